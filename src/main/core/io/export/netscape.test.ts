import fs from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTo, fixtureLibrary, TRICKY_TITLE, type TestLibrary } from './test-library';

let t: TestLibrary;
beforeAll(async () => {
  t = await fixtureLibrary();
});
afterAll(() => t.close());

describe('netscape bookmark export', () => {
  it('parses back to the same titles, URLs and a folder per category', () => {
    const { file } = exportTo(t, 'bookmarks.html', { format: 'netscape' });
    const html = fs.readFileSync(file, 'utf8');
    expect(html.startsWith('<!DOCTYPE NETSCAPE-Bookmark-file-1>')).toBe(true);
    const doc = new JSDOM(html).window.document;
    const links = [...doc.querySelectorAll('a')];
    expect(links.map((a) => a.textContent).sort()).toEqual([...t.titles].sort());
    const tricky = links.find((a) => a.textContent === TRICKY_TITLE)!;
    expect(tricky.getAttribute('href')).toBe('https://tricky.example/a?x=1&y=2');
    expect(tricky.getAttribute('add_date')).toBe(String(Date.parse('2030-01-01T00:00:00Z') / 1000));
    expect(tricky.getAttribute('tags')).toBe('');
    // The markup in the title stays text.
    expect(tricky.querySelector('b')).toBeNull();
    const folders = [...doc.querySelectorAll('h3')].map((h) => h.textContent);
    const categories = t.lib.repo.categories();
    expect(folders.sort()).toEqual(
      [
        ...categories.categories.map((c) => c.name),
        ...(categories.uncategorized ? ['Uncategorized'] : []),
      ].sort(),
    );
    const rows = t.lib.repo.list({ limit: 100 }).items;
    for (const a of rows)
      expect(links.find((l) => l.getAttribute('href') === a.url)?.textContent).toBe(a.title);
  });
});

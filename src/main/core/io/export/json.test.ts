import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTo, fixtureLibrary, type TestLibrary } from './test-library';

let t: TestLibrary;
beforeAll(async () => {
  t = await fixtureLibrary();
});
afterAll(() => t.close());

describe('json export', () => {
  it('is an array of the fields of `quire show --json`, without the content', () => {
    const { file } = exportTo(t, 'list.json', { format: 'json' });
    const items = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>[];
    expect(items.map((a) => a.title)).toEqual(t.titles);
    const { contentHtml: _c, text: _t, ...rest } = t.lib.repo.get(items[0]!.id as number);
    expect(items[0]).toEqual(rest);
  });

  it('with full, includes the content', () => {
    const { file } = exportTo(t, 'full.json', { format: 'json', full: true });
    const items = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>[];
    expect(items[1]).toEqual(t.lib.repo.get(items[1]!.id as number));
  });

  it('is an empty array when nothing matches, and filters by category and search', () => {
    expect(
      JSON.parse(fs.readFileSync(exportTo(t, 'e.json', { format: 'json', query: 'qqqq' }).file, 'utf8')),
    ).toEqual([]);
    const sci = JSON.parse(
      fs.readFileSync(exportTo(t, 's.json', { format: 'json', category: 'science' }).file, 'utf8'),
    );
    expect(sci.map((a: { category: string }) => a.category)).toEqual(['Science']);
    const q = JSON.parse(
      fs.readFileSync(exportTo(t, 'q.json', { format: 'json', query: 'Lighthouse' }).file, 'utf8'),
    );
    expect(q.length).toBeGreaterThan(0);
    for (const a of q) expect(t.lib.repo.get(a.id).text.toLowerCase()).toContain('lighthouse');
  });
});

import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTo, fixtureLibrary, type TestLibrary } from './test-library';

let t: TestLibrary;
beforeAll(async () => {
  t = await fixtureLibrary();
});
afterAll(() => t.close());

describe('markdown export', () => {
  it('lists a link per article with site, date and the excerpt indented below', () => {
    const { file } = exportTo(t, 'list.md', { format: 'md' });
    const md = fs.readFileSync(file, 'utf8');
    expect(md.split('\n')[0]).toBe('# Quire reading list — all, 2024-06-01');
    const items = md.split('\n').filter((l) => l.startsWith('- ['));
    expect(items.length).toBe(t.titles.length);
    const news = t.lib.repo.list({ limit: 100 }).items.find((a) => a.siteName === 'The Daily Signal')!;
    const line = md.split('\n').findIndex((l) => l.includes(`(${news.url})`));
    expect(md.split('\n')[line]).toBe(`- [${news.title}](${news.url}) — The Daily Signal · 2024-05-14`);
    expect(md.split('\n')[line + 1]).toBe(`  ${news.excerpt}`);
    // Markdown in a title cannot break the link.
    expect(md).toContain('\\<b\\>"quotes"\\</b\\>');
  });

  it('with full, converts whole articles to Markdown without pointing at any image', () => {
    const { file } = exportTo(t, 'full.md', { format: 'md', full: true });
    const md = fs.readFileSync(file, 'utf8');
    expect(md.match(/^## /gm)?.length).toBeGreaterThanOrEqual(t.titles.length);
    expect(md).not.toMatch(/!\[[^\]]*\]\(/);
    expect(md).not.toContain('quire-asset:');
    expect(md).not.toContain('javascript:');
    expect(md).toContain('\\[a lost picture\\]');
    expect(md).toContain('```\na < b\n```');
    expect(md).toContain('BlackBerry has told Pakistani regulators');
  });
});

import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFixtureSite, type FixtureSite } from '../../../../test/fixture-site/server';
import { tempDir } from '../../../../test/support/temp-dir';
import { dispatch } from '../api/dispatch';
import { inlineExtractor } from '../extract/extractor';
import { Library } from './library';

let site: FixtureSite;
let lib: Library;
let cleanup: () => void;

beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(() => site.close());
beforeEach(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  lib = new Library({
    file: path.join(t.dir, 'library.sqlite3'),
    extractor: inlineExtractor(),
    fetch: { timeoutMs: 1500 },
  });
});
afterEach(async () => {
  await lib.close();
  cleanup();
});

const count = () => (lib.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;

describe('saving a news page end to end (real HTTP, real SQLite)', () => {
  it('stores the article without its chrome, with byline and the category from its breadcrumb', async () => {
    const page = site.pages.find((p) => p.name === 'wordpress-news')!;
    const { article, existing } = await lib.saveUrl(site.urlOf('wordpress-news'));
    expect(existing).toBe(false);
    const full = lib.repo.get(article.id);
    expect(full.title).toBe(page.expect.title);
    expect(full.byline).toBe('Ayesha Raza');
    expect(full.category).toBe('Mobile');
    expect(full.categorySource).toBe('breadcrumb');
    const text = full.text.replace(/\s+/g, ' ');
    for (const s of page.expect.mustKeep) expect(text).toContain(s.replace(/\s+/g, ' '));
    for (const s of page.expect.mustDrop) expect(text).not.toContain(s.replace(/\s+/g, ' '));
    expect(full.contentHtml).not.toMatch(/<script|<form|onerror=|<iframe/i);
  });

  it('emits progress in order', async () => {
    const stages: string[] = [];
    lib.events.subscribe((event, p) => {
      if (event === 'saveProgress' && 'stage' in p) stages.push(p.stage);
    });
    await lib.saveUrl(site.urlOf('blog-static'));
    expect(stages).toEqual(['queued', 'fetching', 'extracting', 'images', 'storing', 'done']);
  });

  it('never stores the same URL twice', async () => {
    const first = await lib.saveUrl(site.urlOf('blog-static'));
    const again = await lib.saveUrl(site.urlOf('blog-static') + '#comments');
    expect(again.existing).toBe(true);
    expect(again.article.id).toBe(first.article.id);
    expect(count()).toBe(1);
  });

  it('recognises a redirect to a page already saved', async () => {
    await lib.saveUrl(site.urlOf(site.pages[0]!.name));
    const viaRedirect = await lib.saveUrl(`${site.origin}/moved`);
    expect(viaRedirect.existing).toBe(true);
    expect(count()).toBe(1);
  });

  it('lets the user override the category at save time', async () => {
    const { article } = await lib.saveUrl(site.urlOf('wordpress-news'), { category: 'Telecoms' });
    expect(article.category).toBe('Telecoms');
    expect(lib.repo.get(article.id).categorySource).toBe('user');
  });

  it.each([
    ['/missing', 'HTTP_ERROR'],
    ['/broken', 'HTTP_ERROR'],
    ['/report.pdf', 'NOT_HTML'],
    ['/hang', 'TIMEOUT'],
  ])('a failed save of %s (%s) writes nothing', async (p, code) => {
    await expect(lib.saveUrl(site.origin + p)).rejects.toMatchObject({ code });
    expect(count()).toBe(0);
    expect(lib.repo.categories()).toEqual({ total: 0, uncategorized: 0, categories: [] });
  });
});

describe('the API contract over the library', () => {
  beforeEach(async () => {
    for (const p of site.pages) await lib.saveUrl(site.urlOf(p.name));
  });

  it('lists categories with counts that add up', async () => {
    const res = await dispatch(lib.handlers(), 'listCategories', []);
    expect(res.ok).toBe(true);
    const cats = (
      res as {
        value: { total: number; uncategorized: number; categories: { name: string; count: number }[] };
      }
    ).value;
    expect(cats.total).toBe(site.pages.length);
    expect(cats.categories.map((c) => c.name)).toEqual(
      [...new Set(site.pages.map((p) => p.expect.category))].sort((a, b) =>
        a.localeCompare(b, undefined, { sensitivity: 'base' }),
      ),
    );
    expect(cats.categories.reduce((n, c) => n + c.count, 0) + cats.uncategorized).toBe(cats.total);
  });

  it('filters by category and sorts by every key', () => {
    const mobile = lib.repo.list({ category: 'mobile' });
    expect(mobile.items.map((a) => a.category)).toEqual(['Mobile']);
    const byTitle = lib.repo.list({ sort: 'title' }).items.map((a) => a.title);
    expect(byTitle).toEqual([...byTitle].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    const byTime = lib.repo.list({ sort: 'reading-time' }).items.map((a) => a.readingMinutes);
    expect(byTime).toEqual([...byTime].sort((a, b) => a - b));
    const byPublished = lib.repo.list({ sort: 'published' }).items.map((a) => a.publishedTime!);
    expect(byPublished.map((d) => Date.parse(d))).toEqual(
      byPublished.map((d) => Date.parse(d)).sort((a, b) => b - a),
    );
    const byAdded = lib.repo.list({ sort: 'added', direction: 'asc' }).items.map((a) => a.savedAt);
    expect(byAdded).toEqual([...byAdded].sort());
    const page = lib.repo.list({ sort: 'title', limit: 2, offset: 1 });
    expect(page.items.map((a) => a.title)).toEqual(byTitle.slice(1, 3));
    expect(page.total).toBe(site.pages.length);
  });

  it('changes a category, creating a new one and dropping the emptied one', async () => {
    const [mobile] = lib.repo.list({ category: 'Mobile' }).items;
    const res = await dispatch(lib.handlers(), 'setArticleCategory', [mobile!.id, 'Policy']);
    expect(res).toMatchObject({ ok: true, value: { category: 'Policy' } });
    const names = lib.repo.categories().categories.map((c) => c.name);
    expect(names).toContain('Policy');
    expect(names).not.toContain('Mobile');
    await dispatch(lib.handlers(), 'setArticleCategory', [mobile!.id, null]);
    expect(lib.repo.list({ category: 'Uncategorized' }).items.map((a) => a.id)).toEqual([mobile!.id]);
  });

  it('deletes an article and refuses unknown ids and bad arguments as values', async () => {
    const [first] = lib.repo.list().items;
    expect(await dispatch(lib.handlers(), 'deleteArticle', [first!.id])).toEqual({
      ok: true,
      value: { id: first!.id },
    });
    expect(await dispatch(lib.handlers(), 'getArticle', [first!.id])).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await dispatch(lib.handlers(), 'deleteArticle', [first!.id])).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await dispatch(lib.handlers(), 'getArticle', ['abc'])).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(await dispatch(lib.handlers(), 'listArticles', [{ sort: 'colour' }])).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(await dispatch(lib.handlers(), 'dropTables', [])).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await dispatch(lib.handlers(), 'saveUrl', 'not-an-array')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(await dispatch(lib.handlers(), 'saveUrl', ['not a url'])).toMatchObject({
      ok: false,
      error: { code: 'INVALID_URL' },
    });
  });
});

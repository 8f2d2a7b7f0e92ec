import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  articleHtml,
  startArticleServer,
  type ArticleServer,
  type Responder,
} from '../../../../test/support/article-server';
import { tempDir } from '../../../../test/support/temp-dir';
import { inlineExtractor } from '../extract/extractor';
import { Library } from './library';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(respond: Responder): Promise<{ lib: Library; site: ArticleServer }> {
  const site = await startArticleServer(respond);
  const t = tempDir();
  const lib = new Library({
    file: path.join(t.dir, 'library.sqlite3'),
    extractor: inlineExtractor(),
    fetch: { timeoutMs: 3000 },
  });
  cleanups.push(
    () => site.close(),
    t.cleanup,
    () => lib.close(),
  );
  return { lib, site };
}

const withCanonical = (title: string, href: string) =>
  articleHtml(title).replace('<title>', `<link rel="canonical" href="${href}"><title>`);

describe('refreshing a saved article', () => {
  it('replaces the content from the web and keeps state, favourite, tags, highlights and a chosen category', async () => {
    const { lib, site } = await setup((_p, hit) => ({
      status: 200,
      body: articleHtml(hit === 1 ? 'First edition' : 'Second edition'),
    }));
    const { article } = await lib.saveUrl(`${site.origin}/story`, { category: 'Harbours' });
    const h = lib.handlers();
    await h.setArticleState(article.id, 'archived');
    await h.setFavorite(article.id, true);
    await h.setArticleTags(article.id, ['keep']);
    lib.repo.addHighlight(article.id, { text: 'a passage', note: null, createdAt: null });
    const refreshed = await h.refreshArticle(article.id);
    expect(refreshed).toMatchObject({
      id: article.id,
      title: 'Second edition',
      state: 'archived',
      favorite: true,
      tags: ['keep'],
      category: 'Harbours',
      savedAt: article.savedAt,
    });
    expect(lib.repo.get(article.id).text).toContain('Second edition: paragraph 1');
    expect(lib.repo.get(article.id).highlights).toHaveLength(1);
    expect(lib.repo.list().total).toBe(1);
  });

  it('keeps the stored copy when the page is gone', async () => {
    const { lib, site } = await setup((_p, hit) => (hit === 1 ? { status: 200 } : { status: 404 }));
    const { article } = await lib.saveUrl(`${site.origin}/story`);
    await expect(lib.handlers().refreshArticle(article.id)).rejects.toMatchObject({ code: 'HTTP_ERROR' });
    expect(lib.repo.get(article.id).text).toContain('paragraph 5');
    expect(lib.queue.status().failures).toEqual([]);
  });
});

describe('the canonical URL', () => {
  it('recognises another address of a saved article by its canonical URL', async () => {
    const { lib, site } = await setup((p) => ({
      status: 200,
      body: withCanonical(`Story ${p}`, '/news/the-story'),
    }));
    const first = await lib.saveUrl(`${site.origin}/news/the-story?page=all`);
    const again = await lib.saveUrl(`${site.origin}/amp/news/the-story`);
    expect(again).toMatchObject({ existing: true, article: { id: first.article.id } });
    expect(lib.repo.list().total).toBe(1);
  });

  it('ignores a canonical that points at the home page or another site', async () => {
    const { lib, site } = await setup((p) => ({
      status: 200,
      body: withCanonical(`Story ${p}`, p.startsWith('/a') ? '/' : 'https://elsewhere.example/x'),
    }));
    for (const p of ['/a1', '/a2', '/b1', '/b2']) await lib.saveUrl(`${site.origin}${p}`);
    expect(lib.repo.list().total).toBe(4);
  });
});

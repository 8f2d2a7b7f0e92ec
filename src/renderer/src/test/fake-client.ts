import { vi } from 'vitest';
import type { QuireClient } from '@shared/api';
import {
  UNCATEGORIZED,
  type ApiEvents,
  type Article,
  type ArticlePage,
  type ArticleSummary,
  type CategoryList,
  type ListQuery,
  type SaveOutcome,
} from '@shared/domain';
import type { ApiError, ErrorCode, Result } from '@shared/result';

type Listener = (payload: never) => void;

/** What `saveUrl` finds at an address; anything not listed saves as a plain generated page. */
export type FakePage = Partial<Omit<Article, 'id' | 'url' | 'savedAt'>> | { error: ApiError };

export interface FakeOptions {
  /** What `assetBaseUrl` answers: `/assets/` as under `quire serve`. */
  assetBase?: string;
}

let clock = Date.parse('2026-11-20T10:00:00Z');

export function makeArticle(fields: Partial<Article> & { id: number; title: string }): Article {
  clock += 60_000;
  return {
    url: `https://example.com/${fields.id}`,
    byline: null,
    siteName: null,
    lang: 'en',
    publishedTime: null,
    excerpt: null,
    category: UNCATEGORIZED,
    wordCount: 1000,
    readingMinutes: 5,
    savedAt: new Date(clock).toISOString(),
    contentHtml: `<p>Body of ${fields.title}</p>`,
    text: `Body of ${fields.title}`,
    categorySource: 'none',
    extractedBy: 'readability',
    imagesFound: 0,
    imagesStored: 0,
    leadImage: null,
    tags: [],
    state: 'unread',
    favorite: false,
    progress: 0,
    highlights: [],
    ...fields,
  };
}

const summary = ({
  contentHtml: _c,
  text: _t,
  categorySource: _s,
  extractedBy: _e,
  highlights: _h,
  ...rest
}: Article): ArticleSummary => rest;

const fail = (code: ErrorCode, message: string): { ok: false; error: ApiError } => ({
  ok: false,
  error: { code, message },
});

/**
 * An in-memory QuireClient that behaves like the real library: categories are derived from the
 * articles, answers are Result envelopes, and changes emit the same events. Every method is a
 * vi.fn, so tests can both drive the UI through it and check how it was called.
 */
export function createFakeClient(
  initial: Article[] = [],
  pages: Record<string, FakePage> = {},
  { assetBase = '/assets/' }: FakeOptions = {},
) {
  const articles = [...initial];
  const listeners = new Map<string, Set<Listener>>();
  let nextId = Math.max(0, ...articles.map((a) => a.id)) + 1;
  let saveGate: Promise<void> | null = null;

  const emit = <E extends keyof ApiEvents>(event: E, payload: ApiEvents[E]) => {
    for (const listener of listeners.get(event) ?? []) (listener as (p: ApiEvents[E]) => void)(payload);
  };
  const find = (id: number) => articles.find((a) => a.id === id);
  const cleanCategory = (name: string | null | undefined) => name?.replace(/\s+/g, ' ').trim() || null;

  const client = {
    saveUrl: vi.fn(async (rawUrl: string, options?: { category?: string }): Promise<Result<SaveOutcome>> => {
      let url: string;
      try {
        url = new URL(rawUrl).href;
      } catch {
        return fail('INVALID_URL', `“${rawUrl}” is not a web address.`);
      }
      const existing = articles.find((a) => a.url === url);
      if (existing) return { ok: true, value: { article: summary(existing), existing: true } };
      emit('saveProgress', { url, stage: 'fetching' });
      if (saveGate) await saveGate;
      const page = pages[url];
      if (page && 'error' in page) {
        emit('saveProgress', { url, stage: 'failed', message: page.error.message });
        return { ok: false, error: page.error };
      }
      emit('saveProgress', { url, stage: 'extracting' });
      emit('saveProgress', { url, stage: 'storing' });
      const category = cleanCategory(options?.category);
      const article = makeArticle({ title: `Page at ${url}`, ...page, id: nextId++, url });
      if (category) Object.assign(article, { category, categorySource: 'user' });
      articles.push(article);
      emit('saveProgress', { url, stage: 'done' });
      emit('libraryChanged', { reason: 'saved', id: article.id });
      return { ok: true, value: { article: summary(article), existing: false } };
    }),

    listArticles: vi.fn(async (query: ListQuery = {}): Promise<Result<ArticlePage>> => {
      const { category, sort = 'added', limit = 50, offset = 0 } = query;
      const chosen = category
        ? articles.filter((a) => a.category.toLowerCase() === category.toLowerCase())
        : [...articles];
      const by = {
        added: (a: Article, b: Article) => b.savedAt.localeCompare(a.savedAt),
        published: (a: Article, b: Article) => (b.publishedTime ?? '').localeCompare(a.publishedTime ?? ''),
        title: (a: Article, b: Article) => a.title.localeCompare(b.title),
        'reading-time': (a: Article, b: Article) => a.readingMinutes - b.readingMinutes,
      }[sort];
      chosen.sort(by);
      return {
        ok: true,
        value: { items: chosen.slice(offset, offset + limit).map(summary), total: chosen.length },
      };
    }),

    getArticle: vi.fn(async (id: number): Promise<Result<Article>> => {
      const article = find(id);
      return article ? { ok: true, value: { ...article } } : fail('NOT_FOUND', `No article ${id}.`);
    }),

    listCategories: vi.fn(async (): Promise<Result<CategoryList>> => {
      const counts = new Map<string, number>();
      for (const a of articles)
        if (a.category !== UNCATEGORIZED) counts.set(a.category, (counts.get(a.category) ?? 0) + 1);
      return {
        ok: true,
        value: {
          total: articles.length,
          uncategorized: articles.filter((a) => a.category === UNCATEGORIZED).length,
          categories: [...counts]
            .map(([name, count]) => ({ name, count }))
            .sort((a, b) => a.name.localeCompare(b.name)),
        },
      };
    }),

    setArticleCategory: vi.fn(async (id: number, name: string | null): Promise<Result<ArticleSummary>> => {
      const article = find(id);
      if (!article) return fail('NOT_FOUND', `No article ${id}.`);
      Object.assign(article, { category: cleanCategory(name) ?? UNCATEGORIZED, categorySource: 'user' });
      emit('libraryChanged', { reason: 'updated', id });
      return { ok: true, value: summary(article) };
    }),

    deleteArticle: vi.fn(async (id: number): Promise<Result<{ id: number }>> => {
      const index = articles.findIndex((a) => a.id === id);
      if (index < 0) return fail('NOT_FOUND', `No article ${id}.`);
      articles.splice(index, 1);
      emit('libraryChanged', { reason: 'deleted', id });
      return { ok: true, value: { id } };
    }),

    retryMissingImages: vi.fn(async (id: number): Promise<Result<ArticleSummary>> => {
      const article = find(id);
      if (!article) return fail('NOT_FOUND', `No article ${id}.`);
      article.imagesStored = article.imagesFound;
      emit('libraryChanged', { reason: 'updated', id });
      return { ok: true, value: summary(article) };
    }),

    assetBaseUrl: vi.fn(async (): Promise<Result<string>> => ({ ok: true, value: assetBase })),

    on: vi.fn((event: string, listener: Listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    }),
  };

  return {
    client: client as unknown as QuireClient,
    mocks: client,
    articles,
    emit,
    /** Holds every save after its first progress event until the returned function is called. */
    holdSaves(): () => void {
      let release!: () => void;
      saveGate = new Promise((resolve) => (release = resolve));
      return () => {
        saveGate = null;
        release();
      };
    },
  };
}

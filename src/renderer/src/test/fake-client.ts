import { vi } from 'vitest';
import type { ExportedFile, ExportRequest, ImportRequest, QuireClient } from '@shared/api';
import {
  UNCATEGORIZED,
  type ApiEvents,
  type Article,
  type ArticlePage,
  type ArticleSummary,
  type CategoryList,
  type ImportSummary,
  type ListQuery,
  type QueueStatus,
  type ReadState,
  type SaveOutcome,
} from '@shared/domain';
import type { ApiError, ErrorCode, Result } from '@shared/result';

type Listener = (payload: never) => void;

/**
 * What `saveUrl` (and `refreshArticle`) finds at an address; anything not listed saves as a plain
 * generated page, and refreshes to the copy already stored (the page has not changed).
 */
export type FakePage = Partial<Omit<Article, 'id' | 'url' | 'savedAt'>> | { error: ApiError };

export interface FakeOptions {
  /** What `assetBaseUrl` answers: `/assets/` as under `quire serve`. */
  assetBase?: string;
  /** The ingest queue as `queueStatus` first answers. */
  queue?: Partial<QueueStatus>;
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

export const idleQueue = (): QueueStatus => ({
  pending: 0,
  running: 0,
  done: 0,
  failed: 0,
  cancelled: 0,
  current: [],
  failures: [],
});

/** Words as the core's full-text search sees them: letters, digits and underscores. */
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];

const toBase64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));
const fromBase64 = (data: string) =>
  new TextDecoder().decode(Uint8Array.from(atob(data), (c) => c.charCodeAt(0)));

/** What a refresh replaces: everything the page says; the rest is the person's and stays. */
const CONTENT_FIELDS = [
  'title',
  'byline',
  'siteName',
  'lang',
  'publishedTime',
  'excerpt',
  'contentHtml',
  'text',
  'wordCount',
  'readingMinutes',
  'extractedBy',
  'leadImage',
  'imagesFound',
  'imagesStored',
] as const satisfies readonly (keyof Article)[];

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
  { assetBase = '/assets/', queue: initialQueue = {} }: FakeOptions = {},
) {
  const articles = [...initial];
  // What the web serves now; `setPage` changes it, as a site edits or takes down a page.
  const web: Record<string, FakePage> = { ...pages };
  const listeners = new Map<string, Set<Listener>>();
  let nextId = Math.max(0, ...articles.map((a) => a.id)) + 1;
  let saveGate: Promise<void> | null = null;
  let queue: QueueStatus = { ...idleQueue(), ...initialQueue };
  let nextJob = 1;
  let nextBatch = 1;

  const emit = <E extends keyof ApiEvents>(event: E, payload: ApiEvents[E]) => {
    for (const listener of listeners.get(event) ?? []) (listener as (p: ApiEvents[E]) => void)(payload);
  };
  const find = (id: number) => articles.find((a) => a.id === id);
  const cleanCategory = (name: string | null | undefined) => name?.replace(/\s+/g, ' ').trim() || null;
  const setQueue = (next: QueueStatus) => {
    queue = next;
    emit('queueProgress', structuredClone(queue));
  };
  const updated = (article: Article): Result<ArticleSummary> => {
    emit('libraryChanged', { reason: 'updated', id: article.id });
    return { ok: true, value: summary(article) };
  };
  /** The articles a list or an export chooses, as the core filters them. */
  const select = (query: ListQuery & { ids?: number[] }): Article[] | { error: ApiError } => {
    let chosen = [...articles];
    if (query.category)
      chosen = chosen.filter((a) => a.category.toLowerCase() === query.category!.toLowerCase());
    if (query.tag)
      chosen = chosen.filter((a) => a.tags.some((t) => t.toLowerCase() === query.tag!.toLowerCase()));
    if (query.state) chosen = chosen.filter((a) => a.state === query.state);
    if (query.favorite !== undefined) chosen = chosen.filter((a) => a.favorite === query.favorite);
    if (query.ids) chosen = chosen.filter((a) => query.ids!.includes(a.id));
    if (query.search?.trim()) {
      const wanted = words(query.search);
      if (!wanted.length)
        return {
          error: {
            code: 'INVALID_ARGUMENT',
            message: `The search "${query.search}" has no words to look for.`,
          },
        };
      chosen = chosen.filter((a) => {
        const have = new Set(words(`${a.title} ${a.byline ?? ''} ${a.text}`));
        return wanted.every((w) => have.has(w));
      });
    }
    return chosen;
  };

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
      emit('saveProgress', { url, stage: 'queued' });
      emit('saveProgress', { url, stage: 'fetching' });
      if (saveGate) await saveGate;
      const page = web[url];
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

    // Like the core: fetched again through the queue (the same progress events as a save, for the
    // stored URL), then the content is replaced in one go; a failure leaves the stored copy as it was.
    refreshArticle: vi.fn(async (id: number): Promise<Result<ArticleSummary>> => {
      const article = find(id);
      if (!article) return fail('NOT_FOUND', `No article ${id}.`);
      const { url } = article;
      emit('saveProgress', { url, stage: 'fetching' });
      if (saveGate) await saveGate;
      const page = web[url];
      if (page && 'error' in page) {
        emit('saveProgress', { url, stage: 'failed', message: page.error.message });
        return { ok: false, error: page.error };
      }
      emit('saveProgress', { url, stage: 'extracting' });
      emit('saveProgress', { url, stage: 'images' });
      emit('saveProgress', { url, stage: 'storing' });
      if (page) {
        for (const field of CONTENT_FIELDS)
          if (page[field] !== undefined) Object.assign(article, { [field]: page[field] });
        if (page.contentHtml !== undefined && page.text === undefined)
          article.text = page.contentHtml
            .replace(/<[^>]*>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim();
        // A category the person chose stays; one read from the page follows the page.
        if (article.categorySource !== 'user' && page.category !== undefined)
          Object.assign(article, { category: page.category, categorySource: page.categorySource ?? 'meta' });
      }
      emit('saveProgress', { url, stage: 'done' });
      return updated(article);
    }),

    listArticles: vi.fn(async (query: ListQuery = {}): Promise<Result<ArticlePage>> => {
      const { sort = 'added', limit = 500, offset = 0 } = query;
      const chosen = select(query);
      if ('error' in chosen) return { ok: false, error: chosen.error };
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

    setArticleState: vi.fn(async (id: number, state: ReadState): Promise<Result<ArticleSummary>> => {
      const article = find(id);
      if (!article) return fail('NOT_FOUND', `No article ${id}.`);
      article.state = state;
      return updated(article);
    }),
    setFavorite: vi.fn(async (id: number, favorite: boolean): Promise<Result<ArticleSummary>> => {
      const article = find(id);
      if (!article) return fail('NOT_FOUND', `No article ${id}.`);
      article.favorite = favorite;
      return updated(article);
    }),
    // Like the core, progress is saved quietly: no libraryChanged for every scroll.
    setProgress: vi.fn(async (id: number, progress: number): Promise<Result<ArticleSummary>> => {
      const article = find(id);
      if (!article) return fail('NOT_FOUND', `No article ${id}.`);
      if (!(progress >= 0 && progress <= 1))
        return fail('INVALID_ARGUMENT', 'Progress is a number from 0 to 1.');
      article.progress = progress;
      return { ok: true, value: summary(article) };
    }),
    setArticleTags: vi.fn(async (id: number, tags: string[]): Promise<Result<ArticleSummary>> => {
      const article = find(id);
      if (!article) return fail('NOT_FOUND', `No article ${id}.`);
      const names = new Map<string, string>();
      for (const raw of tags) {
        const tag = raw.replace(/\s+/g, ' ').trim();
        if (tag && !names.has(tag.toLowerCase())) names.set(tag.toLowerCase(), tag);
      }
      article.tags = [...names.values()].sort((a, b) => a.localeCompare(b));
      return updated(article);
    }),
    listTags: vi.fn(async (): Promise<Result<{ name: string; count: number }[]>> => {
      const counts = new Map<string, number>();
      for (const a of articles) for (const t of a.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
      return {
        ok: true,
        value: [...counts]
          .map(([name, count]) => ({ name, count }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      };
    }),
    queueStatus: vi.fn(async (): Promise<Result<QueueStatus>> => ({
      ok: true,
      value: structuredClone(queue),
    })),
    cancelSaves: vi.fn(async (ids: number[] | 'all'): Promise<Result<{ cancelled: number[] }>> => {
      const cancelled = queue.current.map((c) => c.id).filter((id) => ids === 'all' || ids.includes(id));
      const n = ids === 'all' ? queue.pending + queue.running : cancelled.length;
      setQueue({
        ...queue,
        pending: ids === 'all' ? 0 : queue.pending,
        running: ids === 'all' ? 0 : queue.running - cancelled.length,
        cancelled: queue.cancelled + n,
        current: queue.current.filter((c) => !cancelled.includes(c.id)),
      });
      return { ok: true, value: { cancelled } };
    }),
    retryFailedSaves: vi.fn(async (ids?: number[]): Promise<Result<{ retried: number }>> => {
      const retried = queue.failures.filter((f) => !ids || ids.includes(f.id));
      setQueue({
        ...queue,
        pending: queue.pending + retried.length,
        failed: queue.failed - retried.length,
        failures: queue.failures.filter((f) => !retried.includes(f)),
      });
      return { ok: true, value: { retried: retried.length } };
    }),
    dismissFailedSaves: vi.fn(async (): Promise<Result<{ dismissed: number }>> => {
      const dismissed = queue.failures.length;
      setQueue({ ...queue, failures: [] });
      return { ok: true, value: { dismissed } };
    }),
    // Reads the links of a bookmarks file or a list of URLs; what they become is up to the test.
    importFile: vi.fn(async (request: ImportRequest): Promise<Result<ImportSummary>> => {
      const text = fromBase64(request.dataBase64);
      const netscape = /<!DOCTYPE NETSCAPE-Bookmark-file-1>/i.test(text);
      const format = request.format ?? (netscape ? 'netscape' : /^\s*https?:\/\//.test(text) ? 'urls' : null);
      if (!format)
        return fail('UNKNOWN_FORMAT', `Quire cannot tell what kind of export "${request.fileName}" is.`);
      const found = netscape
        ? [...text.matchAll(/HREF="([^"]*)"/gi)].map((m) => m[1]!)
        : text.split(/\r?\n/).filter((line) => line.trim());
      const seen = new Set<string>();
      const summary: ImportSummary = {
        batchId: nextBatch++,
        format,
        fileName: request.fileName,
        entries: found.length,
        stored: 0,
        queued: 0,
        alreadySaved: 0,
        duplicates: 0,
        skipped: [],
        jobIds: [],
      };
      found.forEach((url, i) => {
        if (!/^https?:\/\//.test(url))
          summary.skipped.push({ where: `entry ${i + 1}`, reason: `“${url}” is not a web page address.` });
        else if (seen.has(url)) summary.duplicates++;
        else if (articles.some((a) => a.url === url)) summary.alreadySaved++;
        else summary.jobIds.push(nextJob++);
        seen.add(url);
      });
      // Like the core, entries are the articles read from the file; what was left out is not one.
      summary.entries -= summary.skipped.length;
      summary.queued = summary.jobIds.length;
      if (summary.queued) setQueue({ ...queue, pending: queue.pending + summary.queued });
      return { ok: true, value: summary };
    }),
    exportList: vi.fn(async (request: ExportRequest): Promise<Result<ExportedFile>> => {
      if (!['md', 'html', 'netscape', 'csv', 'json', 'opml', 'epub'].includes(request.format))
        return fail('INVALID_ARGUMENT', `Unknown export format "${request.format}".`);
      const chosen = select({ ...request, search: request.query });
      if ('error' in chosen) return { ok: false, error: chosen.error };
      const lines = chosen.map((a) => `- [${a.title}](${a.url})`);
      const name = request.format === 'netscape' ? 'bookmarks' : 'reading-list';
      return {
        ok: true,
        value: {
          fileName: `quire-${name}-2026-11-28.${request.format === 'netscape' ? 'html' : request.format}`,
          mime: request.format === 'md' ? 'text/markdown; charset=utf-8' : 'application/octet-stream',
          dataBase64: toBase64(`# Reading list\n\n${lines.join('\n')}\n`),
          count: chosen.length,
        },
      };
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
    /** Puts the ingest queue in this state and tells the listeners, as the core does. */
    setQueue: (next: Partial<QueueStatus>) => setQueue({ ...idleQueue(), ...next }),
    /** What the web serves at `url` from now on: new content for a refresh to find, or an error. */
    setPage(url: string, page: FakePage) {
      web[url] = page;
    },
    /** Holds every save and refresh once it is fetching, until the returned function is called. */
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

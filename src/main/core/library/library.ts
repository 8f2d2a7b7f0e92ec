import type { ApiHandlers } from '../../../shared/api';
import {
  READ_STATES,
  SORT_KEYS,
  type ArticleSummary,
  type ImportSummary,
  type QueueJob,
  type ListQuery,
  type SaveOptions,
  type SaveOutcome,
  type SaveStage,
} from '../../../shared/domain';
import { QuireError, type ErrorCode } from '../../../shared/result';
import { EventHub } from '../events/emitter';
import { hostOf, normalizeUrl } from '../fetch/normalize-url';
import { IngestQueue, type QueueOptions } from '../queue/ingest-queue';
import { parseMeta, type JobMeta } from '../queue/job-meta';
import { JobsRepo, type JobRow, type NewJob } from '../queue/jobs-repo';
import type { Extractor } from '../extract/extractor';
import { fetchPage, parseHttpUrl, type FetchOptions } from '../fetch/fetch-page';
import { downloadImages, type DownloadLimits, type ImageResult } from '../assets/download';
import { resolvePlaceholders } from '../assets/rewrite';
import { importArchive } from '../io/archive/import-archive';
import { exportToMemory } from '../io/export/to-memory';
import { detectFormat } from '../io/import/detect';
import { importBatch } from '../io/import/import-batch';
import { parseImport } from '../io/import/parse';
import { IMPORT_FORMATS, type ImportFormat } from '../io/import/types';
import { ArticlesRepo, type ImageRecord, type NewArticle } from './articles-repo';
import { openDatabase, type Db } from './db';

export interface LibraryOptions {
  file: string;
  extractor: Extractor;
  fetch?: FetchOptions;
  images?: DownloadLimits;
  nativeBinding?: string;
  queue?: QueueOptions;
}

function positiveId(id: unknown): number {
  const n = typeof id === 'string' ? Number(id) : id;
  if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0)
    throw new QuireError(
      'INVALID_ARGUMENT',
      `Article id must be a positive whole number, not ${JSON.stringify(id)}.`,
    );
  return n;
}

function checkQuery(q: unknown): ListQuery {
  if (q === undefined || q === null) return {};
  if (typeof q !== 'object' || Array.isArray(q))
    throw new QuireError('INVALID_ARGUMENT', 'The list query must be an object.');
  const query = q as ListQuery;
  if (query.sort !== undefined && !SORT_KEYS.includes(query.sort))
    throw new QuireError(
      'INVALID_ARGUMENT',
      `Unknown sort "${query.sort}"; use one of ${SORT_KEYS.join(', ')}.`,
    );
  for (const k of ['limit', 'offset'] as const) {
    const v = query[k];
    if (v !== undefined && (!Number.isInteger(v) || v < 0))
      throw new QuireError('INVALID_ARGUMENT', `${k} must be a non-negative whole number.`);
  }
  return query;
}

/** A category typed by a person: trimmed; case kept as typed, since they chose it. */
function userCategory(name: unknown): string | null {
  if (name === null || name === undefined) return null;
  if (typeof name !== 'string') throw new QuireError('INVALID_ARGUMENT', 'A category name must be text.');
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (trimmed.length > 80)
    throw new QuireError('INVALID_ARGUMENT', 'A category name can be at most 80 characters.');
  return trimmed || null;
}

function tagNames(tags: unknown): string[] {
  if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string'))
    throw new QuireError('INVALID_ARGUMENT', 'Tags must be a list of names.');
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags as string[]) {
    const t = raw.replace(/\s+/g, ' ').trim();
    if (!t) continue;
    if (t.length > 80) throw new QuireError('INVALID_ARGUMENT', 'A tag can be at most 80 characters.');
    if (!seen.has(t.toLowerCase())) out.push(t);
    seen.add(t.toLowerCase());
  }
  return out;
}

type Progress = (stage: SaveStage, message?: string) => void;

const bareHost = (u: URL) => u.hostname.replace(/^www\./, '');

/**
 * A canonical URL is trusted to say two addresses are one article only when it stays on the
 * page's own site and names a page, not the home page: some sites point every article's
 * canonical at their front page, and trusting that would merge unrelated articles.
 */
function usableCanonical(canonical: string | null, pageUrl: string): string | null {
  if (!canonical) return null;
  try {
    const c = new URL(normalizeUrl(canonical));
    if (bareHost(c) !== bareHost(new URL(pageUrl)) || c.pathname === '/') return null;
    return c.href;
  } catch {
    return null;
  }
}

function idList(ids: unknown): number[] {
  if (!Array.isArray(ids)) throw new QuireError('INVALID_ARGUMENT', 'Expected a list of ids.');
  return ids.map(positiveId);
}

const toRecord = (r: ImageResult): ImageRecord =>
  r.ok ? { url: r.url, asset: { hash: r.hash, mime: r.mime, data: r.data } } : { url: r.url, error: r.error };

function firstStored(results: Map<number, ImageResult>): ImageRecord | null {
  for (const r of results.values()) if (r.ok) return toRecord(r);
  return null;
}

/** The library: the implementation of the API contract over one SQLite file. */
export class Library {
  readonly events = new EventHub();
  readonly db: Db;
  readonly repo: ArticlesRepo;
  readonly jobs: JobsRepo;
  readonly queue: IngestQueue;
  get extractor() {
    return this.options.extractor;
  }
  private queueStarted = false;

  constructor(private readonly options: LibraryOptions) {
    this.db = openDatabase(options.file, { nativeBinding: options.nativeBinding });
    this.repo = new ArticlesRepo(this.db);
    this.jobs = new JobsRepo(this.db);
    this.queue = new IngestQueue(
      this.jobs,
      (job, signal) => this.runJob(job, signal),
      this.events,
      options.queue,
    );
  }

  /** Starts working through the persistent queue (resuming what a killed run left). Idempotent. */
  startQueue(): IngestQueue {
    if (!this.queueStarted) {
      this.queueStarted = true;
      this.queue.start();
    }
    return this.queue;
  }

  /**
   * Saves one page through the queue and waits for it. A URL already in the library (after
   * normalisation: case, default port, tracking parameters, fragment) is not fetched again.
   */
  async saveUrl(rawUrl: string, options: SaveOptions = {}): Promise<SaveOutcome> {
    const url = normalizeUrl(rawUrl);
    const category = userCategory(options?.category);
    const existing = this.repo.findIdByUrl(url, parseHttpUrl(rawUrl).href);
    if (existing) return { article: this.repo.summary(existing), existing: true };
    const job = await this.awaitOne(
      { kind: 'save', url, host: hostOf(url), meta: category ? { category } : {} },
      'Saving',
    );
    if (!job.articleId) throw new QuireError('INTERNAL', `Saving ${url} failed.`);
    const article = this.repo.summary(job.articleId);
    // Stored under another URL: the page redirected (or is canonically) an article saved before.
    return { article, existing: article.url !== url };
  }

  /**
   * Queues one job for a person who is waiting on it, and waits. They get one quick retry, not the
   * patient schedule of an import; a failure is thrown to them rather than left in the queue's
   * list of failures (asking again is the retry).
   */
  private async awaitOne(job: NewJob, doing: string): Promise<QueueJob> {
    this.events.emit('saveProgress', { url: job.url, stage: 'queued' });
    const id =
      this.jobs.findUnfinished(job.kind, job.url) ??
      this.jobs.add([{ ...job, meta: { ...job.meta, maxAttempts: 2 } }], null)[0]!;
    this.startQueue().pump();
    const done = await this.queue.wait(id);
    if (done.status === 'done') return done;
    if (done.status === 'cancelled') throw new QuireError('CANCELLED', `${doing} ${job.url} was cancelled.`);
    this.jobs.dismiss(id);
    throw new QuireError(
      (done.errorCode as ErrorCode | null) ?? 'INTERNAL',
      done.error ?? `${doing} ${job.url} failed.`,
    );
  }

  private async runJob(job: JobRow, signal: AbortSignal): Promise<number> {
    if (job.kind === 'refresh') {
      if (!job.article_id) throw new QuireError('NOT_FOUND', 'The article to refresh is gone.');
      return this.refreshNow(job.article_id, signal);
    }
    if (job.kind === 'images') {
      if (!job.article_id) throw new QuireError('NOT_FOUND', 'The article of this image download is gone.');
      await this.retryMissingImages(job.article_id, signal);
      return job.article_id;
    }
    const meta = parseMeta(job.meta);
    const existing = this.repo.findIdByUrl(job.url);
    if (existing) {
      this.mergeMeta(existing, meta);
      return existing;
    }
    return this.fetchAndStore(job.url, meta, signal);
  }

  /** What an import says about an article that is already in the library: its tags are added. */
  private mergeMeta(id: number, meta: JobMeta): void {
    this.repo.mergeInto(id, { tags: meta.tags, favorite: meta.favorite });
  }

  /** Fetches, extracts and downloads the images of a page: everything but the write. */
  private async fetchArticle(
    url: string,
    signal: AbortSignal,
    progress: Progress,
    knownAs: number | null,
  ): Promise<{ existing: number } | { article: NewArticle }> {
    progress('fetching');
    const page = await fetchPage(url, { ...this.options.fetch, signal });
    const redirected = this.repo.findIdByUrl(normalizeUrl(page.finalUrl));
    if (redirected && redirected !== knownAs) return { existing: redirected };
    progress('extracting');
    const x = await this.options.extractor.extract({
      body: page.body,
      url: page.finalUrl,
      contentType: page.contentType,
      offlineImages: true,
    });
    if (signal.aborted) throw new QuireError('CANCELLED', `Saving ${url} was cancelled.`);
    const canonical = usableCanonical(x.canonicalUrl, page.finalUrl);
    const byCanonical = canonical ? this.repo.findIdByUrl(canonical) : null;
    if (byCanonical && byCanonical !== knownAs) return { existing: byCanonical };
    progress('images', x.images.length ? `${x.images.length} images` : undefined);
    const lead = x.leadImage && /^https?:/i.test(x.leadImage) ? [{ urls: [x.leadImage] }] : [];
    const downloads = await downloadImages([...x.images, ...lead], page.finalUrl, this.options.images, {
      ...this.options.fetch,
      signal,
    });
    const bodyResults = new Map(downloads.slice(0, x.images.length).map((r, i) => [i, r]));
    const leadResult = lead.length ? downloads[downloads.length - 1]! : null;
    return {
      article: {
        url,
        finalUrl: page.finalUrl,
        canonicalUrl: canonical,
        title: x.title,
        byline: x.byline,
        siteName: x.siteName,
        lang: x.lang,
        publishedTime: x.publishedTime,
        excerpt: x.excerpt,
        contentHtml: resolvePlaceholders(x.contentHtml, bodyResults),
        images: [...bodyResults.values()].map(toRecord),
        leadImageUrl: x.leadImage,
        // Without a stored og:image, the first picture of the article stands for it.
        leadImage: leadResult?.ok ? toRecord(leadResult) : firstStored(bodyResults),
        text: x.text,
        wordCount: x.wordCount,
        readingMinutes: x.readingMinutes,
        category: x.category,
        categorySource: x.categorySource,
        extractedBy: x.extractedBy,
      },
    };
  }

  /** Runs one page's work with its progress events; a failure is reported as the last stage. */
  private async withProgress(url: string, work: (progress: Progress) => Promise<number>): Promise<number> {
    const progress: Progress = (stage, message) => this.events.emit('saveProgress', { url, stage, message });
    try {
      return await work(progress);
    } catch (err) {
      progress('failed', err instanceof Error ? err.message : String(err));
      throw err;
    }
  }

  private fetchAndStore(url: string, meta: JobMeta, signal: AbortSignal): Promise<number> {
    return this.withProgress(url, async (progress) => {
      const got = await this.fetchArticle(url, signal, progress, null);
      if ('existing' in got) {
        this.mergeMeta(got.existing, meta);
        progress('done');
        return got.existing;
      }
      progress('storing');
      const category = meta.category ?? null;
      // Everything is written in one transaction inside insert(): a failure leaves nothing behind.
      const article = this.repo.insert({
        ...got.article,
        // A title the person kept in the service they came from wins over the page's own.
        title: meta.title?.trim() || got.article.title,
        category: category ?? got.article.category,
        categorySource: category ? 'user' : got.article.categorySource,
        savedAt: meta.savedAt ?? undefined,
        state: meta.state,
        favorite: meta.favorite,
        progress: meta.progress ?? undefined,
        tags: meta.tags,
        highlights: meta.highlights,
      });
      progress('done');
      this.events.emit('libraryChanged', { reason: 'saved', id: article.id });
      return article.id;
    });
  }

  /** Fetches a saved article's page again and replaces its content, keeping what the person did with it. */
  private refreshNow(id: number, signal: AbortSignal): Promise<number> {
    const { url } = this.repo.summary(id);
    return this.withProgress(url, async (progress) => {
      const got = await this.fetchArticle(url, signal, progress, id);
      if ('existing' in got)
        throw new QuireError(
          'INVALID_ARGUMENT',
          `${url} now leads to another article already in the library (#${got.existing}).`,
        );
      progress('storing');
      this.repo.replaceContent(id, got.article);
      progress('done');
      this.events.emit('libraryChanged', { reason: 'updated', id });
      return id;
    });
  }

  /** Refreshes a saved article through the queue and waits for it. */
  async refreshArticle(id: number): Promise<ArticleSummary> {
    const { url } = this.repo.summary(id);
    await this.awaitOne({ kind: 'refresh', url, host: hostOf(url), articleId: id }, 'Refreshing');
    return this.repo.summary(id);
  }

  /** Downloads again the images that failed; the article is updated in one transaction. */
  async retryMissingImages(id: number, signal?: AbortSignal) {
    const missing = this.repo.missingImages(id);
    if (!missing.length) return this.repo.summary(id);
    const article = this.repo.get(id);
    const results = await downloadImages(
      missing.map((m) => ({ urls: [m.url] })),
      article.url,
      this.options.images,
      { ...this.options.fetch, signal },
    );
    const byIdx = new Map(missing.map((m, i) => [m.idx, results[i]!]));
    this.repo.updateImages(
      id,
      resolvePlaceholders(article.contentHtml, byIdx),
      new Map([...byIdx].map(([idx, r]) => [idx, toRecord(r)])),
    );
    this.events.emit('libraryChanged', { reason: 'updated', id });
    return this.repo.summary(id);
  }

  /**
   * Takes an export file in: parsed whole first (a bad file changes nothing), then every entry in
   * one transaction; pages to fetch go to the queue.
   */
  async importFile(bytes: Uint8Array, fileName: string, format?: string): Promise<ImportSummary> {
    if (format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(format))
      throw new QuireError(
        'UNKNOWN_FORMAT',
        `"${format}" is not an import format; use one of ${IMPORT_FORMATS.join(', ')}.`,
      );
    const chosen = (format as ImportFormat | undefined) ?? detectFormat(bytes, fileName);
    if (chosen === 'quire-archive') return importArchive(this, bytes, fileName);
    const summary = await importBatch(this, parseImport(bytes, fileName, chosen), fileName);
    if (this.queueStarted) this.queue.pump();
    return summary;
  }

  async close(): Promise<void> {
    await this.queue.stop();
    this.db.close();
    return this.options.extractor.close();
  }

  private updated<T extends { id: number }>(article: T): T {
    this.events.emit('libraryChanged', { reason: 'updated', id: article.id });
    return article;
  }

  /** The API contract, bound to this library. */
  handlers(): ApiHandlers {
    return {
      saveUrl: (url, options) => {
        if (typeof url !== 'string') throw new QuireError('INVALID_URL', 'A URL must be given as text.');
        return this.saveUrl(url, options);
      },
      listArticles: (query) => this.repo.list(checkQuery(query)),
      getArticle: (id) => this.repo.get(positiveId(id)),
      listCategories: () => this.repo.categories(),
      setArticleCategory: (id, name) => {
        const article = this.repo.setCategory(positiveId(id), userCategory(name));
        this.events.emit('libraryChanged', { reason: 'updated', id: article.id });
        return article;
      },
      deleteArticle: (id) => {
        const n = positiveId(id);
        this.repo.delete(n);
        this.events.emit('libraryChanged', { reason: 'deleted', id: n });
        return { id: n };
      },
      retryMissingImages: (id) => this.retryMissingImages(positiveId(id)),
      assetBaseUrl: () => '/assets/',
      setArticleState: (id, state) => {
        if (!READ_STATES.includes(state))
          throw new QuireError('INVALID_ARGUMENT', `A state is one of ${READ_STATES.join(', ')}.`);
        return this.updated(this.repo.setReading(positiveId(id), { state }));
      },
      setFavorite: (id, favorite) => {
        if (typeof favorite !== 'boolean')
          throw new QuireError('INVALID_ARGUMENT', 'favorite must be true or false.');
        return this.updated(this.repo.setReading(positiveId(id), { favorite }));
      },
      setProgress: (id, progress) => {
        if (typeof progress !== 'number' || !(progress >= 0 && progress <= 1))
          throw new QuireError('INVALID_ARGUMENT', 'Progress is a number from 0 to 1.');
        return this.repo.setReading(positiveId(id), { progress });
      },
      setArticleTags: (id, tags) => this.updated(this.repo.setTags(positiveId(id), tagNames(tags))),
      listTags: () => this.repo.tags(),
      queueStatus: () => this.queue.status(),
      cancelSaves: (ids) => ({ cancelled: this.queue.cancel(ids === 'all' ? 'all' : idList(ids)) }),
      retryFailedSaves: (ids) => {
        const retried = this.queue.retryFailed(ids === undefined || ids === null ? undefined : idList(ids));
        this.startQueue();
        return { retried };
      },
      dismissFailedSaves: () => ({ dismissed: this.queue.dismissFailed() }),
      refreshArticle: (id) => this.refreshArticle(positiveId(id)),
      exportList: (request) => exportToMemory(this.db, request),
      importFile: async (request) => {
        if (!request || typeof request.fileName !== 'string' || typeof request.dataBase64 !== 'string')
          throw new QuireError('INVALID_ARGUMENT', "An import needs a file name and the file's data.");
        const summary = await this.importFile(
          Buffer.from(request.dataBase64, 'base64'),
          request.fileName,
          request.format || undefined,
        );
        this.startQueue();
        return summary;
      },
    };
  }
}

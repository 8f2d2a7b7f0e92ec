import type { ApiHandlers } from '../../../shared/api';
import {
  SORT_KEYS,
  type ListQuery,
  type SaveOptions,
  type SaveOutcome,
  type SaveStage,
} from '../../../shared/domain';
import { QuireError } from '../../../shared/result';
import { EventHub } from '../events/emitter';
import type { Extractor } from '../extract/extractor';
import { fetchPage, parseHttpUrl, type FetchOptions } from '../fetch/fetch-page';
import { downloadImages, type DownloadLimits, type ImageResult } from '../assets/download';
import { resolvePlaceholders } from '../assets/rewrite';
import { ArticlesRepo, type ImageRecord } from './articles-repo';
import { openDatabase, type Db } from './db';

export interface LibraryOptions {
  file: string;
  extractor: Extractor;
  fetch?: FetchOptions;
  images?: DownloadLimits;
  nativeBinding?: string;
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

  constructor(private readonly options: LibraryOptions) {
    this.db = openDatabase(options.file, { nativeBinding: options.nativeBinding });
    this.repo = new ArticlesRepo(this.db);
  }

  async saveUrl(rawUrl: string, options: SaveOptions = {}): Promise<SaveOutcome> {
    const url = parseHttpUrl(rawUrl).href;
    const category = userCategory(options?.category);
    const existing = this.repo.findIdByUrl(url);
    if (existing) return { article: this.repo.summary(existing), existing: true };
    const progress = (stage: SaveStage, message?: string) =>
      this.events.emit('saveProgress', { url, stage, message });
    try {
      progress('fetching');
      const page = await fetchPage(url, this.options.fetch);
      const redirected = this.repo.findIdByUrl(page.finalUrl);
      if (redirected) {
        progress('done');
        return { article: this.repo.summary(redirected), existing: true };
      }
      progress('extracting');
      const x = await this.options.extractor.extract({
        body: page.body,
        url: page.finalUrl,
        contentType: page.contentType,
        offlineImages: true,
      });
      progress('images', x.images.length ? `${x.images.length} images` : undefined);
      const lead = x.leadImage && /^https?:/i.test(x.leadImage) ? [{ urls: [x.leadImage] }] : [];
      const downloads = await downloadImages(
        [...x.images, ...lead],
        page.finalUrl,
        this.options.images,
        this.options.fetch,
      );
      const bodyResults = new Map(downloads.slice(0, x.images.length).map((r, i) => [i, r]));
      const leadResult = lead.length ? downloads[downloads.length - 1]! : null;
      progress('storing');
      // Everything is written in one transaction inside insert(): a failure leaves nothing behind.
      const article = this.repo.insert({
        url,
        finalUrl: page.finalUrl,
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
        category: category ?? x.category,
        categorySource: category ? 'user' : x.categorySource,
        extractedBy: x.extractedBy,
      });
      progress('done');
      this.events.emit('libraryChanged', { reason: 'saved', id: article.id });
      return { article, existing: false };
    } catch (err) {
      progress('failed', err instanceof Error ? err.message : String(err));
      throw err;
    }
  }

  /** Downloads again the images that failed; the article is updated in one transaction. */
  async retryMissingImages(id: number) {
    const missing = this.repo.missingImages(id);
    if (!missing.length) return this.repo.summary(id);
    const article = this.repo.get(id);
    const results = await downloadImages(
      missing.map((m) => ({ urls: [m.url] })),
      article.url,
      this.options.images,
      this.options.fetch,
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

  close(): Promise<void> {
    this.db.close();
    return this.options.extractor.close();
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
    };
  }
}

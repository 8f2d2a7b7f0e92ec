import type {
  Article,
  ArticlePage,
  ArticleSummary,
  ApiEvents,
  CategoryList,
  ImportSummary,
  ListQuery,
  QueueStatus,
  ReadState,
  SaveOptions,
  SaveOutcome,
} from './domain';
import type { Result } from './result';

/**
 * The one contract between the library and every front end. The Electron preload, `quire serve`
 * and the CLI are generic bindings of this interface: adding a method here (and to API_METHODS)
 * is all it takes to reach it from the renderer.
 */
export interface QuireApi {
  saveUrl(url: string, options?: SaveOptions): SaveOutcome;
  listArticles(query?: ListQuery): ArticlePage;
  getArticle(id: number): Article;
  listCategories(): CategoryList;
  setArticleCategory(id: number, name: string | null): ArticleSummary;
  deleteArticle(id: number): { id: number };
  /** Tries again to download the images of an article that could not be stored when it was saved. */
  retryMissingImages(id: number): ArticleSummary;
  /** Where stored images are served from; the renderer appends an image's hash to it. */
  assetBaseUrl(): string;
  setArticleState(id: number, state: ReadState): ArticleSummary;
  setFavorite(id: number, favorite: boolean): ArticleSummary;
  /** How far the article has been read, 0..1. */
  setProgress(id: number, progress: number): ArticleSummary;
  /** Replaces the article's tags. */
  setArticleTags(id: number, tags: string[]): ArticleSummary;
  listTags(): { name: string; count: number }[];
  /** The ingest queue since it last became busy. */
  queueStatus(): QueueStatus;
  cancelSaves(ids: number[] | 'all'): { cancelled: number[] };
  /** Puts failed saves back in the queue (all of them without ids). */
  retryFailedSaves(ids?: number[]): { retried: number };
  dismissFailedSaves(): { dismissed: number };
  /** Takes an export file of another service (or a Quire archive) in; `format` forces one. */
  importFile(request: ImportRequest): ImportSummary;
  /** Fetches a saved article's page again; state, tags, highlights and a chosen category stay. */
  refreshArticle(id: number): ArticleSummary;
  /** A reading list of the chosen articles as a file, for the front end to offer as a download. */
  exportList(request: ExportRequest): ExportedFile;
}

export interface ExportRequest {
  /** md, html, netscape, csv, json, opml, epub or archive. */
  format: string;
  category?: string;
  tag?: string;
  query?: string;
  state?: ReadState;
  favorite?: boolean;
  /** A selection: exactly these articles. */
  ids?: number[];
  /** Whole articles rather than links (md, json). */
  full?: boolean;
}

export interface ExportedFile {
  fileName: string;
  mime: string;
  dataBase64: string;
  count: number;
}

export interface ImportRequest {
  fileName: string;
  /** The file's bytes, base64-encoded (the contract carries JSON). */
  dataBase64: string;
  format?: string;
}

export type ApiMethod = keyof QuireApi;

export const API_METHODS = [
  'saveUrl',
  'listArticles',
  'getArticle',
  'listCategories',
  'setArticleCategory',
  'deleteArticle',
  'retryMissingImages',
  'assetBaseUrl',
  'setArticleState',
  'setFavorite',
  'setProgress',
  'setArticleTags',
  'listTags',
  'queueStatus',
  'cancelSaves',
  'retryFailedSaves',
  'dismissFailedSaves',
  'importFile',
  'exportList',
  'refreshArticle',
] as const satisfies readonly ApiMethod[];

// Fails to compile if a method of QuireApi is missing from API_METHODS.
type Missing = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
const _allListed: Missing extends never ? true : never = true;
void _allListed;

export type ApiArgs<M extends ApiMethod> = Parameters<QuireApi[M]>;
export type ApiValue<M extends ApiMethod> = ReturnType<QuireApi[M]>;

/** What the core implements: plain values, failures thrown as QuireError. */
export type ApiHandlers = { [M in ApiMethod]: (...args: ApiArgs<M>) => ApiValue<M> | Promise<ApiValue<M>> };

export type EventName = keyof ApiEvents;
export const EVENT_NAMES = [
  'saveProgress',
  'libraryChanged',
  'queueProgress',
] as const satisfies readonly EventName[];

/** What a front end sees as `window.quire`: every method answers with a Result envelope. */
export type QuireClient = { [M in ApiMethod]: (...args: ApiArgs<M>) => Promise<Result<ApiValue<M>>> } & {
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
};

export function isApiMethod(name: string): name is ApiMethod {
  return (API_METHODS as readonly string[]).includes(name);
}

/** IPC channel names, derived in one place so no binding spells them out. */
export const ipcChannel = (method: ApiMethod): string => `quire:api:${method}`;
export const ipcEventChannel = 'quire:event';

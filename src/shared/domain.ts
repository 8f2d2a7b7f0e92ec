/** Where an article's category came from; `user` always wins over what the page says. */
export type CategorySource = 'user' | 'breadcrumb' | 'json-ld' | 'meta' | 'url' | 'none';

export const UNCATEGORIZED = 'Uncategorized';

export type SortKey = 'added' | 'published' | 'title' | 'reading-time';
export const SORT_KEYS: readonly SortKey[] = ['added', 'published', 'title', 'reading-time'];

export interface ArticleSummary {
  id: number;
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  category: string;
  wordCount: number;
  readingMinutes: number;
  savedAt: string;
  /** Images in the article, and how many of them are stored for offline reading. */
  imagesFound: number;
  imagesStored: number;
  /** Stored lead image (an asset hash), for thumbnails and covers. */
  leadImage: string | null;
  /** Tag names, A→Z. */
  tags: string[];
  state: ReadState;
  favorite: boolean;
  /** How far it has been read, 0..1. */
  progress: number;
}

export type ReadState = 'unread' | 'archived';
export const READ_STATES: readonly ReadState[] = ['unread', 'archived'];

export interface Highlight {
  id: number;
  text: string;
  note: string | null;
  createdAt: string;
}

export interface Article extends ArticleSummary {
  contentHtml: string;
  text: string;
  categorySource: CategorySource;
  extractedBy: string;
  highlights: Highlight[];
}

export interface ListQuery {
  /** A category name, or `Uncategorized`; omitted means all. */
  category?: string;
  /** Only articles with this tag. */
  tag?: string;
  state?: ReadState;
  favorite?: boolean;
  /** Words that must all occur in title, byline or text. */
  search?: string;
  sort?: SortKey;
  /** Defaults: newest first for dates, A→Z for title, shortest first for reading time. */
  direction?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

export interface ArticlePage {
  items: ArticleSummary[];
  total: number;
}

export interface CategoryCount {
  name: string;
  count: number;
}

export interface CategoryList {
  total: number;
  uncategorized: number;
  categories: CategoryCount[];
}

export interface SaveOptions {
  /** Overrides the category read from the page. */
  category?: string;
}

export interface SaveOutcome {
  article: ArticleSummary;
  /** True when the URL was already in the library; nothing new was stored. */
  existing: boolean;
}

export type SaveStage = 'queued' | 'fetching' | 'extracting' | 'images' | 'storing' | 'done' | 'failed';

/** What an import did at its metadata stage; content fetching then goes on in the queue. */
export interface ImportSummary {
  batchId: number;
  format: string;
  fileName: string;
  /** Entries read from the file. */
  entries: number;
  /** Stored at once, with the content the file carried (Omnivore, Wallabag, Quire archive). */
  stored: number;
  /** Queued to be fetched. */
  queued: number;
  /** Already in the library: not added again; tags and favourites merged. */
  alreadySaved: number;
  /** Repeated within the file (after URL normalisation). */
  duplicates: number;
  /** Entries left out on purpose (bookmarklets, feeds, URLs Quire cannot save), with why. */
  skipped: { where: string; reason: string }[];
  /** The queued saves, to follow or wait for. */
  jobIds: number[];
}

export type JobStatus = 'pending' | 'running' | 'done' | 'failed' | 'cancelled';

export interface QueueJob {
  id: number;
  url: string;
  status: JobStatus;
  attempts: number;
  errorCode: string | null;
  error: string | null;
  articleId: number | null;
}

/** The ingest queue since it last became busy: what the progress bar shows. */
export interface QueueStatus {
  pending: number;
  running: number;
  done: number;
  failed: number;
  cancelled: number;
  /** What is being fetched right now. */
  current: { id: number; url: string }[];
  /** Failed saves not yet retried or dismissed, newest first (at most 100). */
  failures: QueueJob[];
}

/** Events pushed from the core to every window/browser that listens. */
export interface ApiEvents {
  saveProgress: { url: string; stage: SaveStage; message?: string };
  libraryChanged: { reason: 'saved' | 'deleted' | 'updated' | 'imported'; id: number };
  queueProgress: QueueStatus;
}

import type { CategorySource, ReadState } from '../../../../shared/domain';

export const ARCHIVE_FORMAT = 'quire-archive';
export const ARCHIVE_VERSION = 1;

export interface ArchiveImage {
  idx: number;
  url: string;
  hash: string | null;
  error: string | null;
}

/** One article, every column Quire keeps; content and text live in their own zip members. */
export interface ArchiveArticle {
  id: number;
  url: string;
  finalUrl: string;
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  wordCount: number;
  readingMinutes: number;
  category: string | null;
  categorySource: CategorySource;
  extractedBy: string;
  savedAt: string;
  state: ReadState;
  favorite: boolean;
  progress: number;
  tags: string[];
  highlights: { text: string; note: string | null; createdAt: string }[];
  leadImageUrl: string | null;
  leadImage: string | null;
  images: ArchiveImage[];
  /** Zip members holding the stored HTML and plain text. */
  content: string;
  text: string;
}

export interface ArchiveManifest {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  exportedAt: string;
  generator: string;
  /** The library schema the archive was written from. */
  schema: number;
  settings: Record<string, string>;
  /** Stored images, by SHA-256 of their bytes; each is the zip member `assets/<hash>`. */
  assets: Record<string, { mime: string; size: number }>;
  articles: ArchiveArticle[];
}

export const contentMember = (id: number) => `content/${String(id).padStart(6, '0')}.html`;
export const textMember = (id: number) => `content/${String(id).padStart(6, '0')}.txt`;
export const assetMember = (hash: string) => `assets/${hash}`;

/** Settings that describe this machine's queue, not the person's library. */
export const isPortableSetting = (key: string) => !key.startsWith('queue.');

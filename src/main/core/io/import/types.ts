import type { ReadState } from '../../../../shared/domain';
import { QuireError } from '../../../../shared/result';

/** Every file format Quire reads; `--format` takes these names. */
export const IMPORT_FORMATS = [
  'pocket-html',
  'pocket-csv',
  'instapaper',
  'omnivore',
  'wallabag',
  'karakeep',
  'netscape',
  'opml',
  'urls',
  'quire-archive',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export type { ReadState };

export interface ImportHighlight {
  /** The quoted passage. */
  text: string;
  note: string | null;
  createdAt: string | null;
}

/** Saved content that comes with the entry (Omnivore, Wallabag, Karakeep): stored without a refetch. */
export interface ImportContent {
  /** Untrusted HTML; the importer sanitises and cleans it like a fetched page. */
  html: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  leadImage: string | null;
}

/** One entry of an export file, in the terms of Quire's library. */
export interface ImportItem {
  /** Absolute http(s) URL, as given by the file (normalised later by the library). */
  url: string;
  title: string | null;
  /** When the source service recorded the save (ISO 8601, UTC); null when the file has no date. */
  savedAt: string | null;
  /** Tag names, trimmed, without duplicates, in file order. */
  tags: string[];
  /** A folder or category name that is not a state (e.g. Instapaper's own folders, bookmark folders joined by " / "). */
  category: string | null;
  state: ReadState;
  favorite: boolean;
  /** Reading progress 0..1 where the format records it. */
  progress: number | null;
  content: ImportContent | null;
  highlights: ImportHighlight[];
  /** Where in the file the entry is, for messages: "line 12", "entry 7", "content/abc.html". */
  where: string;
}

export interface ImportBatch {
  format: ImportFormat;
  items: ImportItem[];
  /** Entries skipped on purpose (bookmarklets, `place:` URLs, separators), each with where and why. */
  skipped: { where: string; reason: string }[];
}

/** A file Quire cannot take in; `where` names the line or entry, so people can fix or report it. */
export class ImportFileError extends QuireError {
  constructor(
    readonly format: ImportFormat | null,
    readonly where: string | null,
    reason: string,
  ) {
    super('IMPORT_INVALID', where ? `${reason} (${where})` : reason);
  }
}

/** A parser takes the file's bytes and its name and returns every entry, or throws ImportFileError. */
export type ImportParser = (bytes: Uint8Array, fileName: string) => ImportBatch;

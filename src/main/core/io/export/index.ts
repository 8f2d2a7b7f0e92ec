import type { ReadState } from '../../../../shared/domain';
import { QuireError } from '../../../../shared/result';
import { ArticlesRepo } from '../../library/articles-repo';
import type { Db } from '../../library/db';
import { ftsQuery, SearchRepo } from '../../library/search-repo';
import { writeArchive } from '../archive/write-archive';
import { AtomicFile } from './atomic-file';
import { EXPORT_FORMATS, repoContext, type ExportContext, type ExportFormat } from './context';
import { writeCsv } from './csv';
import { writeEpub } from './epub';
import { isoDay } from './escape';
import { writeHtml } from './html';
import { writeJson } from './json';
import { writeMarkdown } from './markdown';
import { writeNetscape } from './netscape';
import { writeOpml } from './opml';

export { EXPORT_FORMATS, type ExportFormat } from './context';

export interface ExportOptions {
  format: ExportFormat;
  /** Where to write; replaced only once the export is complete. */
  file: string;
  category?: string;
  query?: string;
  tag?: string;
  state?: ReadState;
  favorite?: boolean;
  ids?: readonly number[];
  /** Whole articles rather than links (md, json). */
  full?: boolean;
  /** The date the list carries (defaults to now). */
  now?: Date;
}

export interface ExportResult {
  file: string;
  count: number;
  bytes: number;
}

const WRITERS: Record<ExportFormat, (ctx: ExportContext & { db: Db }) => void> = {
  md: writeMarkdown,
  html: writeHtml,
  netscape: writeNetscape,
  csv: writeCsv,
  json: writeJson,
  opml: writeOpml,
  epub: writeEpub,
  archive: writeArchive,
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** What the list holds, in words: "Science", "“lighthouses”", "Science, “lighthouses”" or "all". */
export function selectionLabel(category?: string, query?: string, tag?: string): string {
  const parts = [
    category?.trim(),
    tag?.trim() ? `#${tag.trim()}` : undefined,
    query?.trim() ? `“${query.trim()}”` : undefined,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'all';
}

/** Writes the chosen articles, newest saved first, as a reading list in one format. */
export function exportReadingList(db: Db, options: ExportOptions): ExportResult {
  const write = WRITERS[options.format];
  if (!write)
    throw new QuireError(
      'INVALID_ARGUMENT',
      `Unknown export format "${String(options.format)}"; use one of ${EXPORT_FORMATS.join(', ')}.`,
    );
  const repo = new ArticlesRepo(db);
  const search = new SearchRepo(db);
  // Checked before any file is created, so a bad search leaves nothing behind.
  if (options.query?.trim()) ftsQuery(options.query);
  const date = options.now ?? new Date();
  const label = options.ids
    ? `${options.ids.length} chosen`
    : selectionLabel(options.category, options.query, options.tag);
  const out = new AtomicFile(options.file);
  let count: number;
  try {
    // One read transaction: the list stays consistent even if the app saves an article meanwhile.
    count = db.transaction(() => {
      const ids = search.selectIds({
        category: options.category,
        query: options.query,
        tag: options.tag,
        state: options.state,
        favorite: options.favorite,
        ids: options.ids,
      });
      write({
        db,
        ...repoContext(repo, search),
        ids,
        title: `Quire reading list — ${label}, ${isoDay(date.toISOString())}`,
        label,
        date,
        full: !!options.full,
        out,
      });
      return ids.length;
    })();
    out.commit();
  } catch (err) {
    out.abort();
    throw err;
  }
  return { file: options.file, count, bytes: out.bytes };
}

import type { ExportContext } from './context';

export const CSV_HEADER = [
  'title',
  'url',
  'site',
  'byline',
  'category',
  'published',
  'saved',
  'reading_minutes',
  'excerpt',
  'tags',
  'state',
  'favorite',
] as const;

/** A spreadsheet would run a cell starting like a formula; a leading apostrophe keeps it text. */
export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted. */
export function writeCsv(ctx: ExportContext): void {
  ctx.out.write(CSV_HEADER.join(',') + '\r\n');
  for (const id of ctx.ids) {
    const a = ctx.summary(id);
    const row = [
      a.title,
      a.url,
      a.siteName,
      a.byline,
      a.category,
      a.publishedTime,
      a.savedAt,
      a.readingMinutes,
      a.excerpt,
      a.tags.join('|'),
      a.state,
      a.favorite ? 'true' : 'false',
    ];
    ctx.out.write(row.map(csvCell).join(',') + '\r\n');
  }
}

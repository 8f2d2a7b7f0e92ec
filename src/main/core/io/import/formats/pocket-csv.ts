import { ImportFileError, type ImportBatch } from '../types';
import { columns, lineWhere, readCsv } from './csv';
import { toIsoDate } from './dates';
import { cleanTags, cleanTitle, newItem, serviceUrl, titleUnlessUrl } from './items';
import { decodeText } from './text';
import { baseName, isZip, readZip } from './zip';

const REQUIRED = ['title', 'url', 'time_added'] as const;
const OPTIONAL = ['tags', 'status'] as const;

/**
 * Pocket's CSV export (2024–2025): a zip of `part_000000.csv`, `part_000001.csv`… (or one bare CSV),
 * each with the header `title,url,time_added,tags,status`; tags `|`-separated, status unread/archive.
 */
export function parsePocketCsv(bytes: Uint8Array, fileName: string): ImportBatch {
  const batch: ImportBatch = { format: 'pocket-csv', items: [], skipped: [] };
  if (!isZip(bytes)) {
    readPart(decodeText(bytes), undefined, batch);
    return batch;
  }
  const parts = [...readZip(bytes, 'pocket-csv', fileName, (name) => /\.csv$/i.test(name))].sort(([a], [b]) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
  if (parts.length === 0)
    throw new ImportFileError('pocket-csv', fileName, 'The zip holds no .csv files: not a Pocket export');
  for (const [name, data] of parts) readPart(decodeText(data), baseName(name) || name, batch);
  return batch;
}

function readPart(text: string, member: string | undefined, batch: ImportBatch): void {
  const [header, ...rows] = readCsv(text, 'pocket-csv', member);
  const col = columns(header, REQUIRED, OPTIONAL, 'pocket-csv', member);
  const cell = (fields: string[], key: string) => (col[key] === undefined ? '' : (fields[col[key]] ?? ''));
  for (const { fields, line } of rows) {
    const where = lineWhere(line, member);
    const url = serviceUrl(cell(fields, 'url'), 'pocket-csv', where);
    if ('skip' in url) {
      batch.skipped.push({ where, reason: url.skip });
      continue;
    }
    batch.items.push(
      newItem({
        url: url.url,
        where,
        title: titleUnlessUrl(cleanTitle(cell(fields, 'title')), url.url),
        savedAt: toIsoDate(cell(fields, 'time_added')),
        tags: cleanTags(cell(fields, 'tags').split('|')),
        state: /^archived?$/i.test(cell(fields, 'status').trim()) ? 'archived' : 'unread',
      }),
    );
  }
}

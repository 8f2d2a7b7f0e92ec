import { type ImportBatch, type ImportHighlight, type ImportItem } from '../types';
import { columns, lineWhere, readCsv } from './csv';
import { toIsoDate } from './dates';
import { cleanTags, cleanText, cleanTitle, newItem, serviceUrl } from './items';
import { decodeText } from './text';

const REQUIRED = ['url', 'title', 'selection', 'folder'] as const;
const OPTIONAL = ['timestamp', 'tags'] as const;

/**
 * Instapaper's CSV export: `URL,Title,Selection,Folder,Timestamp,Tags` (older exports stop at Folder).
 * Unread, Archive and Starred are states, not folders; every other folder becomes the category.
 */
export function parseInstapaper(bytes: Uint8Array): ImportBatch {
  const batch: ImportBatch = { format: 'instapaper', items: [], skipped: [] };
  const [header, ...rows] = readCsv(decodeText(bytes), 'instapaper');
  const col = columns(header, REQUIRED, OPTIONAL, 'instapaper');
  const cell = (fields: string[], key: string) => (col[key] === undefined ? '' : (fields[col[key]] ?? ''));
  for (const { fields, line } of rows) {
    const where = lineWhere(line);
    const url = serviceUrl(cell(fields, 'url'), 'instapaper', where);
    if ('skip' in url) {
      batch.skipped.push({ where, reason: url.skip });
      continue;
    }
    const folder = cell(fields, 'folder').trim();
    const selection = cleanText(cell(fields, 'selection'));
    const highlights: ImportHighlight[] = selection ? [{ text: selection, note: null, createdAt: null }] : [];
    const item: ImportItem = newItem({
      url: url.url,
      where,
      title: cleanTitle(cell(fields, 'title')),
      savedAt: toIsoDate(cell(fields, 'timestamp')),
      tags: cleanTags(parseTags(cell(fields, 'tags'))),
      highlights,
    });
    const lower = folder.toLowerCase();
    if (lower === 'archive') item.state = 'archived';
    else if (lower === 'starred') item.favorite = true;
    else if (lower !== 'unread' && folder !== '') item.category = folder;
    batch.items.push(item);
  }
  return batch;
}

/** `["a","b"]` as Instapaper writes it; anything that is not a JSON list is read as "a, b". */
function parseTags(raw: string): unknown[] {
  const s = raw.trim();
  if (s === '' || s === '[]') return [];
  if (s.startsWith('[')) {
    try {
      const list: unknown = JSON.parse(s);
      if (Array.isArray(list)) return list;
    } catch {
      // Hand-edited lists such as [a, b] fall through to the plain split.
    }
    return s
      .replace(/^\[|\]$/g, '')
      .split(',')
      .map(unquote);
  }
  return s.split(',').map(unquote);
}

const unquote = (t: string) => t.trim().replace(/^(["'])(.*)\1$/, '$2');

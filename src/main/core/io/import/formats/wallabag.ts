import { ImportFileError, type ImportBatch, type ImportContent, type ImportHighlight } from '../types';
import { toIsoDate } from './dates';
import { cleanTags, cleanText, cleanTitle, isRecord, newItem, serviceUrl, tagList } from './items';
import { parseJson } from './json';
import { decodeText } from './text';

/**
 * Wallabag's JSON export: an array of entries with their saved HTML, flags as 0/1 (or booleans) and
 * annotations (`quote` is the passage, `text` the reader's note).
 */
export function parseWallabag(bytes: Uint8Array): ImportBatch {
  const data = parseJson(decodeText(bytes), 'wallabag');
  if (!Array.isArray(data))
    throw new ImportFileError('wallabag', null, 'A Wallabag export is a JSON list of entries');
  const batch: ImportBatch = { format: 'wallabag', items: [], skipped: [] };
  data.forEach((entry: unknown, i) => {
    const where = `entry ${i + 1}`;
    if (!isRecord(entry)) throw new ImportFileError('wallabag', where, 'An entry is not a JSON object');
    const url = serviceUrl(entry.url, 'wallabag', where);
    if ('skip' in url) {
      batch.skipped.push({ where, reason: url.skip });
      return;
    }
    batch.items.push(
      newItem({
        url: url.url,
        where,
        title: cleanTitle(entry.title),
        savedAt: toIsoDate(entry.created_at),
        tags: cleanTags(tagList(entry.tags)),
        state: truthy(entry.is_archived) ? 'archived' : 'unread',
        favorite: truthy(entry.is_starred),
        content: content(entry),
        highlights: highlights(entry.annotations),
      }),
    );
  });
  return batch;
}

const truthy = (v: unknown) => v === true || v === 1 || v === '1' || v === 'true';

function content(entry: Record<string, unknown>): ImportContent | null {
  if (typeof entry.content !== 'string' || entry.content.trim() === '') return null;
  const authors = Array.isArray(entry.published_by)
    ? entry.published_by.filter((a): a is string => typeof a === 'string' && a.trim() !== '')
    : [];
  return {
    html: entry.content,
    byline: authors.length ? authors.map((a) => a.trim()).join(', ') : cleanText(entry.published_by),
    siteName: cleanText(entry.domain_name),
    publishedTime: toIsoDate(entry.published_at),
    lang: cleanText(entry.language),
    excerpt: null,
    leadImage: cleanText(entry.preview_picture),
  };
}

function highlights(annotations: unknown): ImportHighlight[] {
  if (!Array.isArray(annotations)) return [];
  const out: ImportHighlight[] = [];
  for (const a of annotations) {
    if (!isRecord(a)) continue;
    const text = cleanText(a.quote);
    if (!text) continue;
    out.push({ text, note: cleanText(a.text), createdAt: toIsoDate(a.created_at) });
  }
  return out;
}

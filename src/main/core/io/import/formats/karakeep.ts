import { ImportFileError, type ImportBatch } from '../types';
import { toIsoDate } from './dates';
import { cleanTags, cleanTitle, isRecord, newItem, serviceUrl, tagList } from './items';
import { parseJson } from './json';
import { decodeText } from './text';

/**
 * Karakeep's (formerly Hoarder's) JSON export: `{ "bookmarks": [...] }`. Only link bookmarks are
 * articles; text notes and uploaded files are skipped. The export carries no page HTML.
 */
export function parseKarakeep(bytes: Uint8Array): ImportBatch {
  const data = parseJson(decodeText(bytes), 'karakeep');
  if (!isRecord(data) || !Array.isArray(data.bookmarks))
    throw new ImportFileError('karakeep', null, 'A Karakeep export is a JSON object with a "bookmarks" list');
  const batch: ImportBatch = { format: 'karakeep', items: [], skipped: [] };
  data.bookmarks.forEach((b: unknown, i) => {
    const where = `entry ${i + 1}`;
    if (!isRecord(b)) throw new ImportFileError('karakeep', where, 'A bookmark is not a JSON object');
    const content = isRecord(b.content) ? b.content : {};
    const type = typeof content.type === 'string' ? content.type : 'link';
    if (type !== 'link' || content.url === undefined || content.url === null || content.url === '') {
      batch.skipped.push({
        where,
        reason:
          type === 'text'
            ? 'A text note, not a link'
            : type === 'asset'
              ? 'An uploaded file, not a link'
              : 'A bookmark without a URL',
      });
      return;
    }
    const url = serviceUrl(content.url, 'karakeep', where);
    if ('skip' in url) {
      batch.skipped.push({ where, reason: url.skip });
      return;
    }
    batch.items.push(
      newItem({
        url: url.url,
        where,
        // Karakeep keeps the user's title and the crawled one apart; the export has either.
        title: cleanTitle(b.title) ?? cleanTitle(content.title),
        savedAt: toIsoDate(b.createdAt),
        tags: cleanTags(tagList(b.tags)),
        state: b.archived === true ? 'archived' : 'unread',
        favorite: b.favourited === true || b.favorited === true,
      }),
    );
  });
  return batch;
}

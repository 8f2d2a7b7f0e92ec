import { ImportFileError, type ImportBatch, type ImportItem, type ReadState } from '../types';
import { toIsoDate } from './dates';
import { cleanTags, cleanTitle, newItem, serviceUrl, titleUnlessUrl } from './items';
import { textUntil, tokenize, type Token } from './markup';
import { decodeText, lineCounter } from './text';

const ENDS_LINK = (t: Token) =>
  (t.kind === 'end' && (t.name === 'a' || t.name === 'li' || t.name === 'ul')) ||
  (t.kind === 'start' && (t.name === 'a' || t.name === 'li' || t.name === 'h1' || t.name === 'ul'));

/**
 * Pocket's HTML export: `<h1>Unread</h1><ul><li><a href time_added tags>Title</a></li>…</ul>` and the
 * same under `<h1>Read Archive</h1>`. Pocket records no favourites or progress in this file.
 */
export function parsePocketHtml(bytes: Uint8Array): ImportBatch {
  const src = decodeText(bytes);
  const tokens = tokenize(src);
  const lineOf = lineCounter(src);
  const batch: ImportBatch = { format: 'pocket-html', items: [], skipped: [] };
  let state: ReadState = 'unread';
  let sections = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'start') continue;
    if (t.name === 'h1') {
      const heading = textUntil(tokens, i + 1, (x) => x.kind !== 'text');
      sections++;
      state = /archive/i.test(heading.text) ? 'archived' : 'unread';
      continue;
    }
    if (t.name !== 'a' || !t.attrs.has('href')) continue;
    const where = `line ${lineOf(t.pos)}`;
    const title = textUntil(tokens, i + 1, ENDS_LINK);
    const url = serviceUrl(t.attrs.get('href'), 'pocket-html', where);
    if ('skip' in url) {
      batch.skipped.push({ where, reason: url.skip });
      continue;
    }
    const item: ImportItem = newItem({
      url: url.url,
      where,
      title: titleUnlessUrl(cleanTitle(title.text), url.url),
      savedAt: toIsoDate(t.attrs.get('time_added')),
      tags: cleanTags((t.attrs.get('tags') ?? '').split(',')),
      state,
    });
    batch.items.push(item);
  }
  if (sections === 0 && batch.items.length === 0 && batch.skipped.length === 0)
    throw new ImportFileError(
      'pocket-html',
      'line 1',
      'This is not a Pocket export: it has no "Unread" or "Read Archive" list and no links',
    );
  return batch;
}

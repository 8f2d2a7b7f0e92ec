import { ImportFileError, type ImportBatch } from '../types';
import { toIsoDate } from './dates';
import { checkUrl, cleanTags, cleanText, cleanTitle, newItem } from './items';
import { tokenize } from './markup';
import { decodeText, lineCounter } from './text';

const UNCATEGORIZED = 'Uncategorized';

/**
 * OPML reading lists: `<outline>` elements with a `url` (or `htmlUrl`) are links, the outlines around
 * them are folders. Read with the tokenizer in XML mode: no DTD is processed and no entity but the
 * built-in ones is expanded, and a file whose tags do not nest is refused with the line.
 */
export function parseOpml(bytes: Uint8Array): ImportBatch {
  const src = decodeText(bytes);
  const lineOf = lineCounter(src);
  const batch: ImportBatch = { format: 'opml', items: [], skipped: [] };
  // Open elements, each with the folder path of what it holds (worked out once, not per link).
  const open: { name: string; pos: number; path: string | null }[] = [];
  let sawRoot = false;
  for (const t of tokenize(src, { xml: true })) {
    if (t.kind === 'text') continue;
    if (t.kind === 'end') {
      const top = open.pop();
      if (!top)
        throw new ImportFileError(
          'opml',
          `line ${lineOf(t.pos)}`,
          `Malformed XML: </${t.name}> closes nothing`,
        );
      if (top.name !== t.name)
        throw new ImportFileError(
          'opml',
          `line ${lineOf(t.pos)}`,
          `Malformed XML: </${t.name}> where </${top.name}> (opened on line ${lineOf(top.pos)}) was expected`,
        );
      continue;
    }
    if (t.name === 'opml') sawRoot = true;
    let folder: string | null = null;
    if (t.name === 'outline') {
      const where = `line ${lineOf(t.pos)}`;
      const href = cleanText(t.attrs.get('url')) ?? cleanText(t.attrs.get('htmlurl'));
      const label = cleanTitle(t.attrs.get('text')) ?? cleanTitle(t.attrs.get('title'));
      if (href) {
        const url = checkUrl(href);
        if ('url' in url)
          batch.items.push(
            newItem({
              url: url.url,
              where,
              title: label,
              savedAt: toIsoDate(t.attrs.get('created')),
              // OPML categories are "/"-paths ("/Science/Physics"); each is one tag here.
              tags: cleanTags((t.attrs.get('category') ?? '').split(',').map((c) => c.replace(/^\/+/, ''))),
              category: categoryOf(open.at(-1)?.path ?? null),
            }),
          );
        else batch.skipped.push({ where, reason: 'skip' in url ? url.skip : url.invalid });
      } else if (t.attrs.has('xmlurl')) {
        batch.skipped.push({ where, reason: 'A feed subscription, not an article' });
      } else if (t.selfClosing) {
        batch.skipped.push({ where, reason: 'An outline without a link' });
      } else {
        folder = label;
      }
    }
    if (!t.selfClosing) {
      const parent = open.at(-1)?.path ?? null;
      const path = folder ? (parent ? `${parent} / ${folder}` : folder) : parent;
      open.push({ name: t.name, pos: t.pos, path });
    }
  }
  if (!sawRoot)
    throw new ImportFileError('opml', 'line 1', 'This is not an OPML file: there is no <opml> element');
  const unclosed = open.at(-1);
  if (unclosed)
    throw new ImportFileError(
      'opml',
      `line ${lineOf(unclosed.pos)}`,
      `Malformed XML: <${unclosed.name}> is never closed (the file may be cut short)`,
    );
  return batch;
}

/** Quire's own export files articles without a category under "Uncategorized". */
const categoryOf = (path: string | null): string | null => (path === UNCATEGORIZED ? null : path);

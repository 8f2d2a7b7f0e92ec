import { ImportFileError, type ImportBatch } from '../types';
import { toIsoDate } from './dates';
import { checkUrl, cleanTags, cleanTitle, newItem } from './items';
import { textUntil, tokenize, type Token } from './markup';
import { decodeText, lineCounter } from './text';

/** Browsers' built-in roots: they hold bookmarks but are not folders anyone chose. */
const CONTAINERS = new Set(
  [
    'Bookmarks bar',
    'Bookmarks Toolbar',
    'Favorites bar',
    'Favourites bar',
    'Bookmarks Menu',
    'Other bookmarks',
    'Mobile bookmarks',
    'Unsorted bookmarks',
    'Favorites',
    'Favourites',
    // Safari
    'BookmarksBar',
    'BookmarksMenu',
  ].map((n) => n.toLowerCase()),
);
/** The folder Quire's own export puts articles without a category in. */
const UNCATEGORIZED = 'Uncategorized';

const ENDS_TITLE = (t: Token) =>
  (t.kind === 'end' && (t.name === 'a' || t.name === 'dl' || t.name === 'h3')) ||
  (t.kind === 'start' && ['a', 'dt', 'dd', 'dl', 'h3', 'hr'].includes(t.name));

/**
 * The Netscape bookmark file that every browser exports and imports. Real files are not well-formed
 * (unclosed <DT> and <p>, a missing </DL>), so the folder structure comes from <H3> and the <DL>
 * that follows it, not from a document tree.
 */
export function parseNetscape(bytes: Uint8Array): ImportBatch {
  const src = decodeText(bytes);
  const tokens = tokenize(src);
  const lineOf = lineCounter(src);
  const batch: ImportBatch = { format: 'netscape', items: [], skipped: [] };
  // One entry per open <DL>: the category of what it holds, worked out once per list, not per bookmark.
  const lists: Level[] = [];
  let pendingFolder: string | null = null;
  let sawList = false;
  // Pinboard and friends mark unread bookmarks; in such a file the rest have been read.
  const usesToRead = tokens.some((t) => t.kind === 'start' && t.name === 'a' && t.attrs.has('toread'));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'end') {
      if (t.name === 'dl') lists.pop();
      continue;
    }
    if (t.kind !== 'start') continue;
    switch (t.name) {
      case 'h3': {
        const heading = textUntil(tokens, i + 1, ENDS_TITLE);
        pendingFolder = heading.text;
        i = heading.next - 1;
        break;
      }
      case 'dl':
        sawList = true;
        lists.push(enter(lists.at(-1) ?? TOP, pendingFolder));
        pendingFolder = null;
        break;
      case 'hr':
        batch.skipped.push({ where: `line ${lineOf(t.pos)}`, reason: 'A separator' });
        break;
      case 'a': {
        const where = `line ${lineOf(t.pos)}`;
        const title = textUntil(tokens, i + 1, ENDS_TITLE);
        i = title.next - 1;
        const href = t.attrs.get('href');
        if (href === undefined) break;
        const url = checkUrl(href);
        if (!('url' in url)) {
          batch.skipped.push({ where, reason: 'skip' in url ? url.skip : url.invalid });
          break;
        }
        batch.items.push(
          newItem({
            url: url.url,
            where,
            title: cleanTitle(title.text),
            savedAt: toIsoDate(t.attrs.get('add_date')),
            tags: cleanTags((t.attrs.get('tags') ?? '').split(',')),
            category: categoryOf(lists.at(-1) ?? TOP),
            state: usesToRead && t.attrs.get('toread') !== '1' ? 'archived' : 'unread',
          }),
        );
        break;
      }
    }
  }
  if (!sawList && batch.items.length === 0 && batch.skipped.length === 0)
    throw new ImportFileError(
      'netscape',
      'line 1',
      'This is not a bookmark file: it has no <DL> list and no links',
    );
  return batch;
}

interface Level {
  /** The folder path below the browser's own roots, joined by " / ". */
  path: string | null;
  /** Still among the browser's roots ("Bookmarks bar", "Other bookmarks"…), which are left out. */
  inRoots: boolean;
}
const TOP: Level = { path: null, inRoots: true };

function enter(parent: Level, folder: string | null): Level {
  if (!folder) return parent;
  if (parent.inRoots && CONTAINERS.has(folder.toLowerCase())) return parent;
  return { path: parent.path ? `${parent.path} / ${folder}` : folder, inRoots: false };
}

const categoryOf = (level: Level): string | null => (level.path === UNCATEGORIZED ? null : level.path);

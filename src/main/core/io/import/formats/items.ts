import { ImportFileError, type ImportFormat, type ImportItem } from '../types';
import { quote } from './text';

export type UrlCheck = { url: string } | { skip: string } | { invalid: string };

/**
 * Sorts a link into: a web address to import; another scheme (`javascript:`, `place:`, `file:`…) to
 * skip on purpose; or something that is not a URL at all.
 */
export function checkUrl(raw: unknown): UrlCheck {
  if (typeof raw !== 'string' || raw.trim() === '') return { invalid: 'There is no URL' };
  const s = raw.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(s)?.[1]?.toLowerCase();
  if (!scheme) return { invalid: `Not a URL: ${quote(s)}` };
  if (scheme !== 'http' && scheme !== 'https') {
    // Bookmarklets hold spaces; any other "word: words" is prose, not a link.
    if (/\s/.test(s) && scheme !== 'javascript' && scheme !== 'data')
      return { invalid: `Not a URL: ${quote(s)}` };
    return { skip: `${/^[aeiou]/.test(scheme) ? 'An' : 'A'} ${scheme}: link, not a web page` };
  }
  let parsed: URL;
  try {
    parsed = new URL(s);
  } catch {
    return { invalid: `Not a URL: ${quote(s)}` };
  }
  if (!parsed.hostname) return { invalid: `Not a URL: ${quote(s)}` };
  return { url: /^https?:\/\//i.test(s) ? s : parsed.href };
}

/** The URL of a service export entry, where a bad one means a broken file, not a choice. */
export function serviceUrl(
  raw: unknown,
  format: ImportFormat,
  where: string,
): { url: string } | { skip: string } {
  const check = checkUrl(raw);
  if ('invalid' in check) throw new ImportFileError(format, where, check.invalid);
  return check;
}

/**
 * Trimmed, empties dropped, duplicates (ignoring case) dropped keeping the first spelling. Tags written
 * as objects (`{ "label": "x" }` in some Wallabag versions, `{ "name": "x" }` elsewhere) count too.
 */
export function cleanTags(tags: Iterable<unknown>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of tags) {
    const name = isRecord(t) ? (t.label ?? t.name) : t;
    if (typeof name !== 'string') continue;
    const tag = name.trim();
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

export const cleanText = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  return s === '' ? null : s;
};

/** Titles lose inner line breaks and runs of spaces too: they come from markup and spreadsheets. */
export const cleanTitle = (value: unknown): string | null =>
  typeof value === 'string' ? cleanText(value.replace(/\s+/g, ' ')) : null;

export function newItem(fields: Partial<ImportItem> & Pick<ImportItem, 'url' | 'where'>): ImportItem {
  return {
    title: null,
    savedAt: null,
    tags: [],
    category: null,
    state: 'unread',
    favorite: false,
    progress: null,
    content: null,
    highlights: [],
    ...fields,
  };
}

/** 0..1 from a percentage, or null when absent or nonsense. */
export function fromPercent(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return null;
  return Math.min(1, Math.max(0, n / 100));
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Tags from a JSON field that should be a list but may be missing or a single string. */
export const tagList = (v: unknown): unknown[] =>
  Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : [];

/** Pocket writes the address as the title of a save it has no title for. */
export const titleUnlessUrl = (title: string | null, url: string): string | null =>
  title === url ? null : title;

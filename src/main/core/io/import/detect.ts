import { QuireError } from '../../../../shared/result';
import { IMPORT_FORMATS, type ImportFormat } from './types';
import { decodeText } from './formats/text';
import { baseName, isZip, listZip, readZip } from './formats/zip';

// Enough of a file to recognise it; a format's signature is always near the start.
const SNIFF_BYTES = 64 * 1024;

const FORMAT_NAMES =
  'Pocket (HTML export, or CSV export zip), Instapaper CSV, Omnivore export zip, Wallabag JSON, ' +
  'Karakeep/Hoarder JSON, browser bookmarks (Netscape HTML), OPML, a text file of URLs, and Quire archives';

/** Which export format a file is, from its content alone (the name is only for the message); throws UNKNOWN_FORMAT. */
export function detectFormat(bytes: Uint8Array, fileName: string): ImportFormat {
  const found = isZip(bytes)
    ? detectZip(bytes, fileName)
    : detectText(decodeText(bytes.subarray(0, SNIFF_BYTES)));
  if (found) return found;
  throw new QuireError(
    'UNKNOWN_FORMAT',
    `Quire cannot tell what kind of export "${fileName.split(/[\\/]/).pop()}" is. It reads ${FORMAT_NAMES}. ` +
      `If you know which it is, choose its format (on the command line: --format ${IMPORT_FORMATS.join('|')}).`,
  );
}

function detectZip(bytes: Uint8Array, fileName: string): ImportFormat | null {
  const names = listZip(bytes, null, fileName);
  if (names.some((n) => /^metadata_.*\.json$/i.test(baseName(n)))) return 'omnivore';
  const manifest = names.find((n) => n === 'manifest.json');
  if (manifest) {
    const data = readZip(bytes, null, fileName, (n) => n === manifest).get(manifest);
    if (data && /"format"\s*:\s*"quire-archive"/.test(decodeText(data.subarray(0, SNIFF_BYTES))))
      return 'quire-archive';
  }
  const csv = names.find((n) => /\.csv$/i.test(n));
  if (csv) {
    const data = readZip(bytes, null, fileName, (n) => n === csv).get(csv);
    if (data && isPocketCsvHeader(firstLine(decodeText(data.subarray(0, SNIFF_BYTES))))) return 'pocket-csv';
  }
  return null;
}

const firstLine = (text: string): string => /^[^\r\n]*/.exec(text)![0];

/** Header cells, lower-cased and unquoted; headers never hold commas inside quotes. */
const headerCells = (line: string): string[] =>
  line.split(',').map((c) =>
    c
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim()
      .toLowerCase(),
  );

function isPocketCsvHeader(line: string): boolean {
  const cells = headerCells(line);
  return ['title', 'url', 'time_added'].every((c) => cells.includes(c));
}

function detectText(text: string): ImportFormat | null {
  const start = text.trimStart();
  if (start.startsWith('[') || start.startsWith('{')) return detectJson(start);
  if (/<opml[\s>]/i.test(text)) return 'opml';
  if (
    /<!DOCTYPE\s+NETSCAPE-Bookmark-file-1/i.test(text) ||
    (/<dl[\s>]/i.test(text) && /<dt>\s*<a\s[^>]{0,2000}?href/i.test(text))
  ) {
    const pocket =
      /<title>\s*Pocket Export\s*<\/title>/i.test(text) ||
      (/<h1>\s*(?:Unread|Read Archive)\s*<\/h1>/i.test(text) && /\btime_added\s*=/i.test(text));
    return pocket ? 'pocket-html' : 'netscape';
  }
  if (/<title>\s*Pocket Export\s*<\/title>/i.test(text)) return 'pocket-html';
  if (/<h1>\s*(?:Unread|Read Archive)\s*<\/h1>/i.test(text) && /\btime_added\s*=/i.test(text))
    return 'pocket-html';
  const header = headerCells(firstLine(start));
  if (header.slice(0, 4).join(',') === 'url,title,selection,folder') return 'instapaper';
  if (isPocketCsvHeader(firstLine(start))) return 'pocket-csv';
  return looksLikeUrlList(text) ? 'urls' : null;
}

function detectJson(text: string): ImportFormat | null {
  if (text.startsWith('[')) {
    if (/"(?:is_archived|is_starred)"\s*:/.test(text)) return 'wallabag';
    // An empty list is an empty Wallabag export: the only format that is a bare JSON list.
    return /^\[\s*\]\s*$/.test(text) ? 'wallabag' : null;
  }
  return /"bookmarks"\s*:\s*\[/.test(text) ? 'karakeep' : null;
}

/** The first line that is not blank or a comment starts with a web address; the parser checks the rest. */
function looksLikeUrlList(text: string): boolean {
  for (const raw of text.split(/\r\n|\n|\r/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    return /^https?:\/\/\S/i.test(line);
  }
  // Nothing but blank lines and comments: an empty list.
  return true;
}

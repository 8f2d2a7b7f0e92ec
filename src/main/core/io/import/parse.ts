import { QuireError } from '../../../../shared/result';
import { detectFormat } from './detect';
import { parseInstapaper } from './formats/instapaper';
import { parseKarakeep } from './formats/karakeep';
import { parseNetscape } from './formats/netscape';
import { parseOmnivore } from './formats/omnivore';
import { parseOpml } from './formats/opml';
import { parsePocketCsv } from './formats/pocket-csv';
import { parsePocketHtml } from './formats/pocket-html';
import { parseUrls } from './formats/urls';
import { parseWallabag } from './formats/wallabag';
import { IMPORT_FORMATS, type ImportBatch, type ImportFormat, type ImportParser } from './types';

/** The parser for each format; Quire archives are read by the archive importer, registered elsewhere. */
export const PARSERS: Partial<Record<ImportFormat, ImportParser>> = {
  'pocket-html': parsePocketHtml,
  'pocket-csv': parsePocketCsv,
  instapaper: parseInstapaper,
  omnivore: parseOmnivore,
  wallabag: parseWallabag,
  karakeep: parseKarakeep,
  netscape: parseNetscape,
  opml: parseOpml,
  urls: parseUrls,
};

/** Every entry of an export file; the format is detected unless given (`--format`). */
export function parseImport(bytes: Uint8Array, fileName: string, format?: ImportFormat): ImportBatch {
  if (format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(format))
    throw new QuireError(
      'UNKNOWN_FORMAT',
      `"${String(format)}" is not an import format; use one of ${IMPORT_FORMATS.join(', ')}`,
    );
  const chosen = format ?? detectFormat(bytes, fileName);
  const parser = PARSERS[chosen];
  if (!parser)
    throw new QuireError('UNKNOWN_FORMAT', `Quire has no reader for ${chosen} files in this version`);
  return parser(bytes, fileName);
}

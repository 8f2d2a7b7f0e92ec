import { ImportFileError, type ImportFormat } from '../types';

export interface CsvRecord {
  fields: string[];
  /** 1-based line the record starts on; quoted fields may carry it over several lines. */
  line: number;
}

/** "line 12", or "part_000001.csv line 12" for a member of a zip. */
export const lineWhere = (line: number, member?: string): string =>
  member ? `${member} line ${line}` : `line ${line}`;

/**
 * RFC 4180 records: comma-separated, fields optionally in double quotes with `""` for a quote and line
 * breaks allowed inside; CRLF, LF or CR line ends. The BOM is expected to be gone already (decodeText).
 * Lenient where spreadsheets are: a quote inside an unquoted field is a literal character.
 */
export function readCsv(text: string, format: ImportFormat, member?: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    fields.push(field);
    // A blank line is not a record of one empty field.
    if (fields.length > 1 || fields[0] !== '') records.push({ fields, line: recordLine });
    fields = [];
    field = '';
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      const openedOn = line;
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1)
          throw new ImportFileError(
            format,
            lineWhere(openedOn, member),
            'A quoted field is never closed: a `"` is missing',
          );
        const chunk = text.slice(i, q);
        field += chunk;
        line += countLineBreaks(chunk);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r')
        throw new ImportFileError(
          format,
          lineWhere(line, member),
          'Text follows a closing quote; a quote inside a quoted field must be doubled ("")',
        );
      continue;
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      // Plain run up to the next special character, copied in one slice.
      let j = i + 1;
      while (j < n) {
        const d = text[j];
        if (d === ',' || d === '\n' || d === '\r') break;
        j++;
      }
      field += text.slice(i, j);
      i = j;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

function countLineBreaks(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\n') count++;
    else if (s[i] === '\r' && s[i + 1] !== '\n') count++;
  }
  return count;
}

/**
 * Column positions by header name (case-insensitive, any order, extra columns ignored); throws naming
 * the missing columns when a required one is absent.
 */
export function columns<K extends string>(
  header: CsvRecord | undefined,
  required: readonly K[],
  optional: readonly string[],
  format: ImportFormat,
  member?: string,
): Record<string, number> {
  const names = (header?.fields ?? []).map((f) => f.trim().toLowerCase());
  const missing = required.filter((k) => !names.includes(k.toLowerCase()));
  if (missing.length)
    throw new ImportFileError(
      format,
      lineWhere(header?.line ?? 1, member),
      `The header has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}` +
        ` (expected ${[...required, ...optional].join(',')})`,
    );
  const out: Record<string, number> = {};
  for (const k of [...required, ...optional]) {
    const at = names.indexOf(k.toLowerCase());
    if (at !== -1) out[k] = at;
  }
  return out;
}

import { ImportFileError, type ImportBatch } from '../types';
import { checkUrl, cleanTitle, newItem } from './items';
import { decodeText } from './text';

/** A plain list: one URL per line, optionally followed by whitespace and a title; `#` starts a comment. */
export function parseUrls(bytes: Uint8Array): ImportBatch {
  const batch: ImportBatch = { format: 'urls', items: [], skipped: [] };
  decodeText(bytes)
    .split(/\r\n|\n|\r/)
    .forEach((raw, i) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const where = `line ${i + 1}`;
      const m = /^(\S+)(?:\s+(.*))?$/.exec(line)!;
      const check = checkUrl(m[1]);
      if ('invalid' in check) {
        // A bookmarklet is one line with spaces; the whole line is the link.
        const whole = checkUrl(line);
        if ('skip' in whole) {
          batch.skipped.push({ where, reason: whole.skip });
          return;
        }
        throw new ImportFileError('urls', where, `${check.invalid}; each line must be an http(s) URL`);
      }
      if ('skip' in check) batch.skipped.push({ where, reason: check.skip });
      else batch.items.push(newItem({ url: check.url, where, title: cleanTitle(m[2]) }));
    });
  return batch;
}

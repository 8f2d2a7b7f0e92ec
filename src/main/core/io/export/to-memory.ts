import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExportedFile, ExportRequest } from '../../../../shared/api';
import { READ_STATES } from '../../../../shared/domain';
import { QuireError } from '../../../../shared/result';
import type { Db } from '../../library/db';
import { exportReadingList, isExportFormat } from './index';

const MIME: Record<string, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  netscape: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  opml: 'text/x-opml; charset=utf-8',
  epub: 'application/epub+zip',
  archive: 'application/zip',
};
const EXTENSION: Record<string, string> = { netscape: 'html', archive: 'quire.zip' };

/** An export for a front end to download: written to a temporary file by the usual writer, then read back. */
export function exportToMemory(db: Db, request: ExportRequest): ExportedFile {
  if (!request || typeof request.format !== 'string' || !isExportFormat(request.format))
    throw new QuireError('INVALID_ARGUMENT', `Unknown export format "${String(request?.format)}".`);
  if (
    request.ids !== undefined &&
    (!Array.isArray(request.ids) || request.ids.some((n) => !Number.isInteger(n)))
  )
    throw new QuireError('INVALID_ARGUMENT', 'A selection is a list of article ids.');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quire-export-'));
  try {
    const stamp = new Date().toISOString().slice(0, 10);
    const fileName = `quire-${request.format === 'netscape' ? 'bookmarks' : 'reading-list'}-${stamp}.${EXTENSION[request.format] ?? request.format}`;
    const file = path.join(dir, fileName);
    const result = exportReadingList(db, {
      format: request.format,
      file,
      category: request.category || undefined,
      tag: request.tag || undefined,
      query: request.query || undefined,
      state: request.state && READ_STATES.includes(request.state) ? request.state : undefined,
      favorite: typeof request.favorite === 'boolean' ? request.favorite : undefined,
      ids: request.ids,
      full: !!request.full,
    });
    return {
      fileName,
      mime: MIME[request.format] ?? 'application/octet-stream',
      dataBase64: fs.readFileSync(file).toString('base64'),
      count: result.count,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

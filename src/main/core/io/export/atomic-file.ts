import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { QuireError } from '../../../../shared/result';

/**
 * A file written under a temporary name in the same folder and renamed over the target only once
 * complete, so a failed or interrupted export never leaves a half-written file behind.
 */
export class AtomicFile {
  private fd: number | null;
  readonly temp: string;
  bytes = 0;

  constructor(readonly target: string) {
    const dir = path.dirname(path.resolve(target));
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(target);
    } catch {
      /* a new file */
    }
    if (stat?.isDirectory())
      throw new QuireError('INVALID_ARGUMENT', `Cannot write to ${target}: it is a folder.`);
    this.temp = path.join(dir, `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
    try {
      this.fd = fs.openSync(this.temp, 'wx', 0o644);
    } catch (err) {
      throw new QuireError(
        'INVALID_ARGUMENT',
        `Cannot write to ${target}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (err as Error).message}.`,
      );
    }
  }

  write(data: string | Uint8Array): void {
    if (this.fd === null) throw new Error('The export file is already closed.');
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < buf.length) off += fs.writeSync(this.fd, buf, off, buf.length - off);
    this.bytes += buf.length;
  }

  /** Makes the file appear under its real name. */
  commit(): void {
    if (this.fd === null) return;
    fs.fsyncSync(this.fd);
    fs.closeSync(this.fd);
    this.fd = null;
    fs.renameSync(this.temp, this.target);
  }

  /** Throws the partial file away. */
  abort(): void {
    if (this.fd !== null) {
      fs.closeSync(this.fd);
      this.fd = null;
    }
    fs.rmSync(this.temp, { force: true });
  }
}

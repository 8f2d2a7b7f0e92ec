import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A temporary file of JSON lines, written as results arrive and read back in the same order:
 * a big import keeps its cleaned articles here instead of in memory until its one transaction.
 */
export class Spool<T> {
  private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quire-import-'));
  private readonly file = path.join(this.dir, 'spool.jsonl');
  private readonly fd = fs.openSync(this.file, 'w+');
  private readPos = 0;
  private pending: Buffer = Buffer.alloc(0);
  private readonly buf = Buffer.alloc(1 << 20);

  write(value: T): void {
    // JSON.stringify escapes line breaks inside strings, so one value is one line.
    fs.writeSync(this.fd, JSON.stringify(value) + '\n');
  }

  /** The next value written, synchronously (it is read inside a transaction). */
  next(): T {
    for (;;) {
      // Split on the newline byte, then decode: in UTF-8 no byte of a multi-byte character is 0x0A.
      const nl = this.pending.indexOf(0x0a);
      if (nl >= 0) {
        const line = this.pending.toString('utf8', 0, nl);
        this.pending = this.pending.subarray(nl + 1);
        return JSON.parse(line) as T;
      }
      const n = fs.readSync(this.fd, this.buf, 0, this.buf.length, this.readPos);
      if (n === 0) throw new Error('The import spool ended early.');
      this.readPos += n;
      this.pending = Buffer.concat([this.pending, this.buf.subarray(0, n)]);
    }
  }

  close(): void {
    fs.closeSync(this.fd);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

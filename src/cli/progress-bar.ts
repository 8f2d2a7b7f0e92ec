/** One self-rewriting status line on a terminal; does nothing when stderr is not a terminal. */
export class ProgressLine {
  private readonly tty = !!process.stderr.isTTY;
  private last = 0;

  update(done: number, total: number, detail: string): void {
    if (!this.tty) return;
    const now = Date.now();
    if (now - this.last < 80 && done < total) return;
    this.last = now;
    const width = 24;
    const filled = total ? Math.round((done / total) * width) : 0;
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const cols = process.stderr.columns || 100;
    const line = `${bar} ${done}/${total} ${detail}`;
    process.stderr.write(`\r\x1b[2K${line.length > cols - 1 ? line.slice(0, cols - 2) + '…' : line}`);
  }

  clear(): void {
    if (this.tty) process.stderr.write('\r\x1b[2K');
  }
}

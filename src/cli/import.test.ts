import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startArticleServer, type ArticleServer } from '../../test/support/article-server';
import { tempDir } from '../../test/support/temp-dir';

const ROOT = path.resolve(import.meta.dirname, '../..');
let site: ArticleServer;
let t: { dir: string; cleanup: () => void };

beforeAll(async () => {
  site = await startArticleServer((p) => (p.startsWith('/gone') ? { status: 404 } : { status: 200 }));
  t = tempDir('quire-cli-import-');
});
afterAll(async () => {
  await site.close();
  t.cleanup();
});

function quire(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', '--data-dir', t.dir, ...args],
      {
        cwd: ROOT,
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('quire import', () => {
  it('imports a list, waits for the saves, reports failures and exits non-zero for them', async () => {
    const list = path.join(t.dir, 'urls.txt');
    fs.writeFileSync(
      list,
      `# my list\n${site.origin}/one\n${site.origin}/two?utm_medium=email\n${site.origin}/gone\n`,
    );
    const r = await quire('import', list, '--json');
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(summary).toMatchObject({ format: 'urls', entries: 3, queued: 3, saved: 2, failed: 1 });
    expect(summary.failures).toEqual([
      { url: `${site.origin}/gone`, code: 'HTTP_ERROR', message: expect.stringContaining('404') },
    ]);
    const shown = await quire('show', '1', '--json');
    expect(JSON.parse(shown.stdout)).toMatchObject({
      tags: [],
      state: 'unread',
      favorite: false,
      progress: 0,
    });
  }, 60_000);

  it('refuses a file it cannot read as any format, naming it, and changes nothing', async () => {
    const bad = path.join(t.dir, 'notes.bin');
    fs.writeFileSync(bad, Buffer.from([0, 1, 2, 3, 250, 251]));
    const r = await quire('import', bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot tell what kind of export "notes\.bin" is.*\[UNKNOWN_FORMAT\]/);
  }, 60_000);

  it('with --no-wait queues the saves and returns at once', async () => {
    const list = path.join(t.dir, 'later.txt');
    fs.writeFileSync(list, `${site.origin}/three\n`);
    const r = await quire('import', list, '--no-wait');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Queued 1 save');
    expect(site.hits.get('/three')).toBeUndefined();
  }, 60_000);
});

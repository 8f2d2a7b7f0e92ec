import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePng } from '../fixture-site/png';
import { articleHtml, startArticleServer, type ArticleServer } from '../support/article-server';
import { tempDir } from '../support/temp-dir';

// 50+ kills when run on purpose (QUIRE_KILLS=50); a smaller count keeps CI quick.
const KILLS = Number(process.env.QUIRE_KILLS ?? 12);
// Enough pages that the import is still running when the last kill comes.
const PAGES = Math.max(300, KILLS * 25);
const ROOT = path.resolve(import.meta.dirname, '../..');

let servers: ArticleServer[];
let dir: { dir: string; cleanup: () => void };
let urls: string[];

beforeAll(async () => {
  const png = makePng(24, 16, 3);
  servers = await Promise.all(
    [0, 1, 2].map(() =>
      startArticleServer((p) =>
        p.endsWith('.png')
          ? { status: 200, headers: { 'content-type': 'image/png' }, body: png, delayMs: 5 }
          : {
              status: 200,
              delayMs: 10,
              body: articleHtml(`Story ${p}`).replace(
                '</article>',
                `<img src="${p}.png" alt="figure"></article>`,
              ),
            },
      ),
    ),
  );
  dir = tempDir('quire-kill-');
  urls = Array.from({ length: PAGES }, (_, i) => `${servers[i % 3]!.origin}/story/${i}`);
  fs.writeFileSync(path.join(dir.dir, 'urls.txt'), urls.join('\n') + '\n');
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  dir.cleanup();
});

interface Run {
  saved: number[];
  finished: boolean;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Runs the child and kills it with SIGKILL `killAfterMs` after it is ready (never, if null), or,
 * with `fromSpawn`, that long after it started: then the kill may land inside the import itself.
 */
function runChild(file: string, killAfterMs: number | null, fromSpawn = false): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/kill/import-child.ts', file, path.join(dir.dir, 'urls.txt')],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const run: Run = { saved: [], finished: false, code: null, signal: null };
    if (fromSpawn && killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      buffered += c.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('saved ')) run.saved.push(Number(line.slice(6)));
        if (line === 'finished') run.finished = true;
        if (line === 'ready' && killAfterMs !== null && !fromSpawn)
          setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      run.code = code;
      run.signal = signal;
      if (code && !run.finished)
        reject(new Error(`the import child failed (${code}): ${stderr.slice(-2000)}`));
      else resolve(run);
    });
  });
}

function checkLibrary(file: string, reported: Set<number>) {
  // Opened as the app's next start opens it, read-write: a WAL left by a SIGKILL may need its index
  // recovered (or a rollback journal rolled back) first, which a read-only connection refuses with
  // "attempt to write a readonly database" (seen in CI). Recovery is part of what is under test.
  const db = new Database(file);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // Killed before the first migration committed: a library with no tables, and nothing saved.
    if (!db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'`).get()) {
      expect(reported.size).toBe(0);
      return 0;
    }
    const articles = db
      .prepare(
        `SELECT a.id, a.url, a.text, a.content_html AS html,
           (SELECT count(*) FROM article_images i WHERE i.article_id = a.id) AS images
         FROM articles a`,
      )
      .all() as { id: number; url: string; text: string; html: string; images: number }[];
    const byId = new Map(articles.map((a) => [a.id, a]));
    for (const id of reported) {
      const a = byId.get(id);
      expect(a, `article ${id} was reported saved`).toBeDefined();
      // Complete: its text, its image row, and HTML pointing at the stored image.
      expect(a!.text).toContain('paragraph 5');
      expect(a!.images).toBe(1);
      expect(a!.html).toMatch(/src="quire-asset:[0-9a-f]{64}"/);
    }
    expect(new Set(articles.map((a) => a.url)).size).toBe(articles.length);
    return articles.length;
  } finally {
    db.close();
  }
}

describe(`a bulk import killed with SIGKILL ${KILLS} times`, () => {
  it('keeps the database intact and every reported save complete, then resumes and finishes', async () => {
    const file = path.join(dir.dir, 'library.sqlite3');
    const reported = new Set<number>();
    let kills = 0;
    let killedMidSaves = 0;
    const counts: number[] = [];
    for (let i = 0; i < KILLS; i++) {
      // Random moments: the first kills while the child starts or imports, the rest amid the saves.
      const run =
        i < 3
          ? await runChild(file, 400 + Math.floor(Math.random() * 1600), true)
          : await runChild(file, Math.floor(Math.random() * 1500));
      run.saved.forEach((id) => reported.add(id));
      if (run.signal === 'SIGKILL') kills++;
      if (run.signal === 'SIGKILL' && run.saved.length) killedMidSaves++;
      if (fs.existsSync(file)) counts.push(checkLibrary(file, reported));
      if (run.finished) break;
    }
    const last = await runChild(file, null);
    last.saved.forEach((id) => reported.add(id));
    expect(last.finished).toBe(true);
    expect(kills).toBeGreaterThanOrEqual(Math.min(KILLS, 5));
    // Some kills must land between saves, not only before the first one.
    expect(killedMidSaves).toBeGreaterThan(0);
    expect(checkLibrary(file, reported)).toBe(PAGES);
    const db = new Database(file, { readonly: true });
    const jobs = db.prepare('SELECT status, count(*) AS n FROM ingest_jobs GROUP BY status').all();
    db.close();
    expect(jobs).toEqual([{ status: 'done', n: PAGES }]);
    console.log(
      `kill test: ${kills} kills (${killedMidSaves} amid saves), ${reported.size} saves reported, ` +
        `articles after each kill: ${counts.join(' → ')}`,
    );
  }, 600_000);
});

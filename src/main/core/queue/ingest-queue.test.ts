import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { QueueStatus } from '../../../shared/domain';
import {
  startArticleServer,
  type ArticleServer,
  type Responder,
} from '../../../../test/support/article-server';
import { tempDir } from '../../../../test/support/temp-dir';
import { inlineExtractor } from '../extract/extractor';
import { hostOf } from '../fetch/normalize-url';
import { Library } from '../library/library';

const fastRetry = { maxAttempts: 4, backoffMs: () => 40, maxRetryAfterMs: 5000 };
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function server(respond: Responder): Promise<ArticleServer> {
  const s = await startArticleServer(respond);
  cleanups.push(() => s.close());
  return s;
}

function library(file?: string, concurrency = 6, perHost = 2): { lib: Library; file: string } {
  let f = file;
  if (!f) {
    const t = tempDir();
    cleanups.push(t.cleanup);
    f = path.join(t.dir, 'library.sqlite3');
  }
  const lib = new Library({
    file: f,
    extractor: inlineExtractor(),
    fetch: { timeoutMs: 3000 },
    queue: { concurrency, perHost, retry: fastRetry },
  });
  cleanups.push(() => lib.close());
  return { lib, file: f };
}

function enqueue(lib: Library, urls: string[]): number[] {
  return lib.db.transaction(() =>
    lib.jobs.add(
      urls.map((url) => ({ kind: 'save' as const, url, host: hostOf(url) })),
      lib.jobs.newBatch('test', null, null),
    ),
  )();
}

const ok: Responder = () => ({ status: 200, delayMs: 60 });

describe('the ingest queue', () => {
  it('keeps at most two requests per host and six in all, while using them', async () => {
    const hosts = await Promise.all([server(ok), server(ok), server(ok), server(ok)]);
    const { lib } = library();
    const urls = hosts.flatMap((h) => Array.from({ length: 6 }, (_, i) => `${h.origin}/a/${i}`));
    const ids = enqueue(lib, urls);
    let peakRunning = 0;
    lib.events.subscribe((e, p) => {
      if (e === 'queueProgress') peakRunning = Math.max(peakRunning, (p as QueueStatus).running);
    });
    lib.startQueue();
    const jobs = await lib.queue.waitAll(ids);
    expect(jobs.map((j) => j.status)).toEqual(urls.map(() => 'done'));
    expect(hosts.map((h) => h.peak)).toEqual([2, 2, 2, 2]);
    expect(peakRunning).toBeLessThanOrEqual(6);
    expect(peakRunning).toBeGreaterThan(2);
    expect(lib.repo.list().total).toBe(24);
  });

  it('retries 5xx and 429 (waiting out Retry-After) but not 404', async () => {
    const s = await server((p, hit) => {
      if (p === '/flaky') return hit < 3 ? { status: 503 } : { status: 200 };
      if (p === '/busy') return hit < 2 ? { status: 429, headers: { 'retry-after': '1' } } : { status: 200 };
      return { status: 404 };
    });
    const { lib } = library();
    const [flaky, busy, gone] = enqueue(lib, [`${s.origin}/flaky`, `${s.origin}/busy`, `${s.origin}/gone`]);
    const t0 = Date.now();
    lib.startQueue();
    const [a, b, c] = await lib.queue.waitAll([flaky!, busy!, gone!]);
    expect([a!.status, a!.attempts]).toEqual(['done', 3]);
    expect([b!.status, b!.attempts]).toEqual(['done', 2]);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect([c!.status, c!.attempts, c!.errorCode]).toEqual(['failed', 1, 'HTTP_ERROR']);
    expect(s.hits.get('/gone')).toBe(1);
    expect(lib.queue.status().failures.map((f) => f.url)).toEqual([`${s.origin}/gone`]);
  });

  it('gives up on a transient failure after the last attempt, and "retry failed" starts again', async () => {
    let healthy = false;
    const s = await server(() => (healthy ? { status: 200 } : { status: 500 }));
    const { lib } = library();
    const [id] = enqueue(lib, [`${s.origin}/story`]);
    lib.startQueue();
    expect((await lib.queue.wait(id!)).status).toBe('failed');
    expect(s.hits.get('/story')).toBe(fastRetry.maxAttempts);
    healthy = true;
    expect(lib.queue.retryFailed()).toBe(1);
    const job = await lib.queue.wait(id!);
    expect(job.status).toBe('done');
    expect(lib.repo.summary(job.articleId!).title).toBe('Story /story');
  });

  it('resumes jobs a killed runner left running, and does not fetch what another live runner holds', async () => {
    const s = await server(ok);
    const { lib, file } = library();
    const [orphan, held] = enqueue(lib, [`${s.origin}/orphan`, `${s.origin}/held`]);
    // A runner whose process is gone (pid 2^22+1 is beyond Linux pids) and one in a live process.
    lib.db
      .prepare("UPDATE ingest_jobs SET status = 'running', runner = '4194305:x' WHERE id = ?")
      .run(orphan);
    lib.db
      .prepare('UPDATE ingest_jobs SET status = ?, runner = ? WHERE id = ?')
      .run('running', `${process.ppid}:live-elsewhere`, held);
    await lib.close();
    cleanups.pop();
    const { lib: again } = library(file);
    again.startQueue();
    expect((await again.queue.wait(orphan!)).status).toBe('done');
    expect(again.jobs.job(held!)!.status).toBe('running');
    expect(s.hits.get('/held')).toBeUndefined();
  });

  it('cancels one or all: nothing of a cancelled save is stored', async () => {
    const s = await server(() => ({ status: 200, delayMs: 400 }));
    const { lib } = library(undefined, 2, 2);
    const ids = enqueue(
      lib,
      [1, 2, 3, 4, 5].map((n) => `${s.origin}/slow/${n}`),
    );
    lib.startQueue();
    expect(lib.queue.cancel([ids[4]!])).toEqual([ids[4]]);
    await new Promise((r) => setTimeout(r, 100));
    const cancelled = lib.queue.cancel('all');
    expect(cancelled.sort()).toEqual(ids.slice(0, 4).sort());
    const jobs = await lib.queue.waitAll(ids);
    expect(jobs.map((j) => j.status)).toEqual(ids.map(() => 'cancelled'));
    await new Promise((r) => setTimeout(r, 500));
    expect(lib.repo.list().total).toBe(0);
    expect(s.hits.get('/slow/5')).toBeUndefined();
  });

  it('reports progress from the moment it became busy until it is idle again', async () => {
    const s = await server(ok);
    const { lib } = library();
    const seen: QueueStatus[] = [];
    lib.events.subscribe((e, p) => {
      if (e === 'queueProgress') seen.push(p as QueueStatus);
    });
    const ids = enqueue(lib, [`${s.origin}/p1`, `${s.origin}/p2`, `${s.origin}/p3`]);
    lib.startQueue();
    await lib.queue.waitAll(ids);
    await new Promise((r) => setTimeout(r, 150));
    const last = seen[seen.length - 1]!;
    expect([last.done, last.pending, last.running, last.failed]).toEqual([3, 0, 0, 0]);
    expect(seen.some((p) => p.running > 0 && p.current.length === p.running)).toBe(true);
    // A later burst starts counting afresh.
    const [next] = enqueue(lib, [`${s.origin}/p4`]);
    lib.queue.pump();
    await lib.queue.wait(next!);
    expect(lib.queue.status().done).toBe(1);
  });
});

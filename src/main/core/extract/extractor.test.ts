import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { poolExtractor } from './extractor';

const workerFile = path.resolve(
  import.meta.dirname,
  '../../../../test/fixtures/workers/misbehaving-worker.mjs',
);

describe('the extraction pool', () => {
  it('stops a page that runs past its time limit with a typed failure, and keeps going', async () => {
    const pool = poolExtractor({ workerFile, threads: 2, timeoutMs: 800 });
    try {
      const results = await Promise.allSettled([
        pool.extract({ body: 'hang' }),
        pool.extract({ body: 'a' }),
        pool.extract({ body: 'b' }),
      ]);
      expect(results[0]).toMatchObject({ status: 'rejected', reason: { code: 'TIMEOUT' } });
      expect(results.slice(1).map((r) => r.status === 'fulfilled' && r.value.title)).toEqual([
        'done:a',
        'done:b',
      ]);
      // The hung worker was replaced: the pool still answers.
      await expect(pool.extract({ body: 'c' })).resolves.toMatchObject({ title: 'done:c' });
    } finally {
      await pool.close();
    }
  });

  it('turns a worker that exhausts its heap into a typed failure, and keeps going', async () => {
    const pool = poolExtractor({ workerFile, threads: 1, timeoutMs: 20_000, maxHeapMb: 48 });
    try {
      await expect(pool.extract({ body: 'oom' })).rejects.toMatchObject({ code: 'EXTRACTION_FAILED' });
      await expect(pool.extract({ body: 'after' })).resolves.toMatchObject({ title: 'done:after' });
    } finally {
      await pool.close();
    }
  });

  it('reports a crash inside the worker as a failure of that page only', async () => {
    const pool = poolExtractor({ workerFile, threads: 1 });
    try {
      await expect(pool.extract({ body: 'throw' })).rejects.toMatchObject({ code: 'EXTRACTION_FAILED' });
      await expect(pool.extract({ body: 'ok' })).resolves.toMatchObject({ title: 'done:ok' });
    } finally {
      await pool.close();
    }
  });
});

import fs from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import { Piscina } from 'piscina';
import { QuireError } from '../../../shared/result';
import { cleanImportedContent, type CleanContent } from '../io/import/imported-content';
import { extractArticle, type ExtractedArticle, type ExtractInput } from './extract';

/** Extraction as a service: in a worker pool when a built worker exists, else on this thread (tests). */
export interface Extractor {
  extract(input: ExtractInput): Promise<ExtractedArticle>;
  /** Sanitises article HTML that arrived in an import file (no Readability: it is extracted already). */
  cleanImported(html: string, url: string): Promise<CleanContent>;
  close(): Promise<void>;
  readonly mode: 'pool' | 'inline';
}

export interface PoolOptions {
  workerFile: string;
  threads?: number;
  /** Per-page wall-clock limit; the worker running a page past it is terminated and replaced. */
  timeoutMs?: number;
  /** Old-generation heap cap per worker. */
  maxHeapMb?: number;
}

/**
 * A page's DOM lives for the ~100 ms its extraction takes while jsdom allocates fast: with V8's
 * default young generation much of it is promoted, and must then be marked by major collections
 * (on the other cores). A larger young generation lets more of it die young. Measured on 120
 * corpus pages with one worker, over repeated runs: 5–10 % less CPU per page at 128–192 MB.
 */
const YOUNG_GENERATION_MB = 160;

export const inlineExtractor = (): Extractor => ({
  mode: 'inline',
  extract: async (input) => extractArticle(input),
  cleanImported: async (html, url) => cleanImportedContent(html, url),
  close: async () => {},
});

/**
 * V8 settings for a pool that runs a worker per core. Both are process-wide and read at each
 * collection, so they hold for workers made later.
 *
 * Parallel scavenging (young-generation collections shared out to V8's helper threads) is off:
 * every core already runs a worker, so the helpers have no idle core to use and take time from the
 * other worker. Measured on 2 cores, 120 corpus pages, steady state: the helper threads' CPU per
 * page fell from 22–26 ms to 17 ms with two workers, their throughput rose 4–13 %, and one worker
 * was no slower.
 *
 * The old generation may double before a full collection. V8 picks its growth factor from the heap
 * limit, and under a worker's 768 MB limit it picks a small one: a worker ran ten full collections
 * per 120 pages (about 160 MB before each, 70 MB after). Each is marked on the helper threads, and
 * each throws away the optimised code of every short-lived closure (V8 holds it weakly), to be
 * compiled again (Readability's, DOMPurify's, jsdom's, ours). Doubling instead: three to four full
 * collections per 120 pages, helper CPU per page with two workers 14.5–16.5 ms → 11.3–14.1 ms,
 * two-worker throughput +5 % (three interleaved runs each: 20.7 → 21.8 pages/s), for 40–90 MB more
 * peak memory (a factor of four gave +7 % for +250 MB). The main thread's heap doubles too; it is
 * small.
 */
function tuneV8ForPool(): void {
  v8.setFlagsFromString('--no-parallel-scavenge');
  v8.setFlagsFromString('--heap-growing-percent=100');
}

export function poolExtractor(opts: PoolOptions): Extractor {
  tuneV8ForPool();
  const threads = opts.threads ?? Math.max(1, os.availableParallelism());
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const pool = new Piscina({
    filename: opts.workerFile,
    minThreads: 1,
    maxThreads: threads,
    idleTimeout: 30_000,
    resourceLimits: {
      maxOldGenerationSizeMb: opts.maxHeapMb ?? 768,
      maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
    },
    // jsdom frees a document only when the worker's event loop turns; Piscina's synchronous
    // atomics keep it from turning between tasks, and workers then run out of memory.
    atomics: 'disabled',
  });
  // A worker can die after its task was already given up (a timeout, then out of memory): that
  // error belongs to no task, and unhandled it would take the whole process down.
  pool.on('error', (err: Error) => console.error('[quire] an extraction worker failed:', err.message));
  return {
    mode: 'pool',
    async extract(input) {
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        const out = (await pool.run(input, { signal })) as
          { ok: true; value: ExtractedArticle } | { ok: false; error: { code: string; message: string } };
        if (out.ok) return out.value;
        throw new QuireError(out.error.code as never, out.error.message);
      } catch (err) {
        if (err instanceof QuireError) throw err;
        if (signal.aborted)
          throw new QuireError(
            'TIMEOUT',
            `Extraction took longer than ${Math.round(timeoutMs / 1000)} s and was stopped.`,
          );
        const msg = (err as Error).message ?? String(err);
        if (/ERR_WORKER_OUT_OF_MEMORY|out of memory/i.test(msg + ((err as NodeJS.ErrnoException).code ?? '')))
          throw new QuireError('EXTRACTION_FAILED', 'The page needed more memory than extraction may use.');
        throw new QuireError('EXTRACTION_FAILED', `Extraction failed: ${msg}`);
      }
    },
    async cleanImported(html, url) {
      const out = (await pool.run(
        { html, url },
        { name: 'cleanImported', signal: AbortSignal.timeout(timeoutMs) },
      )) as { ok: true; value: CleanContent } | { ok: false; error: { code: string; message: string } };
      if (out.ok) return out.value;
      throw new QuireError(out.error.code as never, out.error.message);
    },
    close: () => pool.destroy(),
  };
}

/** The pool if its worker has been built next to the running bundle, else inline. */
export function createExtractor(workerFile?: string): Extractor {
  if (workerFile && fs.existsSync(workerFile)) return poolExtractor({ workerFile });
  return inlineExtractor();
}

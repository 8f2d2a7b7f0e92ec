/** What the benchmark runs and times: Quire through the pool or inline, and plain Readability. */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/main/core/extract/extract';
import { poolExtractor, type Extractor } from '../src/main/core/extract/extractor';
import { decodeHtml } from '../src/main/core/fetch/charset';
import { toApiError } from '../src/shared/result';
import type { EventLoopDelay, Throughput, TimingStats } from './report';
import { splitCpu, threadCpu } from './thread-cpu';
import { median, percentile, type BenchCase } from './score';

const ELD_RESOLUTION_MS = 10;

export interface Page {
  c: BenchCase;
  bytes: Buffer;
}

export const log = (msg: string): void => void process.stderr.write(`[bench] ${msg}\n`);

/**
 * poolExtractor's Piscina pool has no 'error' listener, so a worker that dies with no task
 * attributed to it (out of memory just after its task timed out and was aborted) throws from
 * the pool's EventEmitter and would end the process, as it ends `quire extract`. The benchmark
 * records such events and goes on; anything else still ends the run.
 */
export const unhandledPoolErrors: string[] = [];
export function survivePoolErrors(): void {
  process.on('uncaughtException', (err: NodeJS.ErrnoException) => {
    if (err.code?.startsWith('ERR_WORKER_')) {
      unhandledPoolErrors.push(`${err.code}: ${err.message}`);
      log(`unhandled pool 'error' event (would crash \`quire extract\`): ${err.code}`);
      return;
    }
    process.stderr.write(`extract-bench: ${err.stack ?? err.message}\n`);
    process.exit(1);
  });
}

// ---------------------------------------------------------------- extractors under test

export interface Outcome {
  text: string;
  extractedBy: string | null;
  error: string | null;
  ms: number;
}

async function quireViaPool(extractor: Extractor, p: Page): Promise<Outcome> {
  const t0 = performance.now();
  try {
    const x = await extractor.extract({ body: p.bytes, url: p.c.url });
    return { text: x.text, extractedBy: x.extractedBy, error: null, ms: performance.now() - t0 };
  } catch (err) {
    return { text: '', extractedBy: null, error: toApiError(err).code, ms: performance.now() - t0 };
  }
}

function quireInline(p: Page): Outcome {
  const t0 = performance.now();
  try {
    const x = extractArticle({ body: p.bytes, url: p.c.url });
    return { text: x.text, extractedBy: x.extractedBy, error: null, ms: performance.now() - t0 };
  } catch (err) {
    return { text: '', extractedBy: null, error: toApiError(err).code, ms: performance.now() - t0 };
  }
}

// jsdom's default console would print every CSS parse error; silencing it changes no result.
const silentConsole = new VirtualConsole();

/** The baseline: Readability 0.6.0 with defaults on jsdom, the page decoded as Quire decodes it. */
function plainReadability(p: Page): Outcome {
  const t0 = performance.now();
  try {
    const { html } = decodeHtml(p.bytes);
    const dom = new JSDOM(html, { ...(p.c.url ? { url: p.c.url } : {}), virtualConsole: silentConsole });
    const article = new Readability(dom.window.document).parse();
    return {
      text: article?.textContent ?? '',
      extractedBy: 'readability',
      error: null,
      ms: performance.now() - t0,
    };
  } catch (err) {
    return { text: '', extractedBy: null, error: (err as Error).name || 'Error', ms: performance.now() - t0 };
  }
}

// ---------------------------------------------------------------- measurement helpers

/** Runs every page through the pool, keeping a few tasks queued per worker (as `quire extract --batch` does). */
async function runPool(
  extractor: Extractor,
  pages: readonly Page[],
  threads: number,
  label: string,
): Promise<Outcome[]> {
  const out: Outcome[] = new Array<Outcome>(pages.length);
  let next = 0;
  let done = 0;
  const lane = async (): Promise<void> => {
    while (next < pages.length) {
      const i = next++;
      out[i] = await quireViaPool(extractor, pages[i]!);
      if (++done % 100 === 0) log(`${label}: ${done}/${pages.length}`);
    }
  };
  await Promise.all(Array.from({ length: threads * 2 }, lane));
  return out;
}

/** Starts every worker and loads its modules so that timing excludes start-up. */
async function warmUp(extractor: Extractor, pages: readonly Page[], threads: number): Promise<void> {
  const few = pages.slice(0, threads * 2);
  await Promise.all(few.map((p) => quireViaPool(extractor, p)));
}

export interface PoolRun {
  outcomes: Outcome[];
  throughput: Throughput;
  eventLoop: Omit<EventLoopDelay, 'idleP99Ms' | 'batchPages'>;
}

/**
 * Times one pass of `pages` through a pool of `threads` workers. Cold: after each worker has
 * extracted two pages (modules loaded). Steady (`steady`): after the sample has also gone through
 * once per worker, untimed, so that every worker has seen about the whole sample: each worker is
 * its own V8 isolate and compiles jsdom's hot code for itself, seconds of optimising compilation
 * on other cores over its first hundred pages, which a batch import pays once.
 */
export async function timedPoolRun(
  workerFile: string,
  threads: number,
  pages: readonly Page[],
  label: string,
  steady = false,
): Promise<PoolRun> {
  const extractor = poolExtractor({ workerFile, threads });
  try {
    await warmUp(extractor, pages, threads);
    for (let pass = 0; steady && pass < threads; pass++)
      await runPool(extractor, pages, threads, `${label} warm-up`);
    const h = monitorEventLoopDelay({ resolution: ELD_RESOLUTION_MS });
    h.enable();
    const cpu0 = process.cpuUsage();
    const threads0 = threadCpu();
    const t0 = performance.now();
    const outcomes = await runPool(extractor, pages, threads, label);
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuSplit = splitCpu(threads0, threadCpu(), threads, pages.length);
    h.disable();
    const ms = (ns: number): number => ns / 1e6;
    return {
      outcomes,
      throughput: {
        threads,
        pages: pages.length,
        seconds,
        pagesPerSec: pages.length / seconds,
        coresBusy: (cpu.user + cpu.system) / 1e6 / seconds,
        cpuSplit,
      },
      eventLoop: {
        resolutionMs: ELD_RESOLUTION_MS,
        threads,
        p99Ms: ms(h.percentile(99)),
        p50Ms: ms(h.percentile(50)),
        maxMs: ms(h.max),
        meanMs: ms(h.mean),
      },
    };
  } finally {
    await extractor.close();
  }
}

export async function idleLoopP99(): Promise<number> {
  const h = monitorEventLoopDelay({ resolution: ELD_RESOLUTION_MS });
  h.enable();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  h.disable();
  return h.percentile(99) / 1e6;
}

/**
 * jsdom's documents are reclaimed only once the event loop turns (each window is a V8 context); a
 * synchronous loop over hundreds of pages would keep them all and run out of heap. Untimed.
 */
const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function runBaseline(pages: readonly Page[]): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const p of pages) {
    out.push(plainReadability(p));
    if (out.length % 100 === 0) log(`readability: ${out.length}/${pages.length}`);
    await yieldToLoop();
  }
  return out;
}

export function timingStats(ms: readonly number[]): TimingStats {
  return {
    pages: ms.length,
    medianMs: median(ms),
    p95Ms: percentile(ms, 95),
    meanMs: ms.reduce((a, b) => a + b, 0) / Math.max(1, ms.length),
  };
}

export function evenSample(count: number, size: number): number[] {
  const n = Math.min(count, size);
  return Array.from({ length: n }, (_, i) => Math.floor((i * count) / n));
}

/** Single-threaded timing on the main thread, Quire and Readability interleaved page by page. */
export async function singleThreadTimings(
  pages: readonly Page[],
): Promise<{ quire: Outcome[]; readability: Outcome[] }> {
  for (const p of pages.slice(0, 3)) quireInline(p); // JIT warm-up for Quire's own modules
  const quire: Outcome[] = [];
  const readability: Outcome[] = [];
  for (const [i, p] of pages.entries()) {
    // Alternate which goes first so that neither always inherits the other's garbage.
    if (i % 2 === 0) quire.push(quireInline(p));
    readability.push(plainReadability(p));
    await yieldToLoop();
    if (i % 2 === 1) quire.push(quireInline(p));
    await yieldToLoop();
  }
  return { quire, readability };
}

/**
 * Extraction benchmark: scores Quire (the `quire extract` code path: extractArticle in the built
 * worker pool, raw bytes + URL, no content type) and plain @mozilla/readability on the
 * extraction-dev corpus, then measures speed. Run with `npm run bench:extract` (builds first).
 *
 *   tsx bench/extract-bench.ts [--limit N] [--no-speed] [--speed-sample N] [--corpus DIR] [--out FILE]
 *
 * Phases, one after another so that none disturbs another's timing:
 *   1. Quire through the pool with all workers on every page (scoring; also the event-loop delay
 *      on the main thread and the throughput of the whole set).
 *   2. Plain Readability on the main thread on every page (scoring; per-page timing).
 *   3. Speed (unless --no-speed), on an evenly spaced sample: Quire's extractArticle and plain
 *      Readability, interleaved, single-threaded on the main thread; then pool throughput with one
 *      worker and with all workers on the same sample.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { aggregateLeakKinds } from './leak-kinds';
import {
  evenSample,
  idleLoopP99,
  log,
  runBaseline,
  singleThreadTimings,
  survivePoolErrors,
  timedPoolRun,
  timingStats,
  unhandledPoolErrors,
  type Outcome,
  type Page,
  type PoolRun,
} from './measure';
import {
  REFERENCE_ROWS,
  leakKindsText,
  qualityTable,
  speedText,
  targetsText,
  worstPagesText,
  type PageDetail,
  type SpeedReport,
  type Target,
} from './report';
import { scorePage, summarize, type BenchCase, type PageScore, type Summary } from './score';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ELD_BATCH_PAGES = 500;

// ---------------------------------------------------------------- options and corpus

interface Options {
  limit: number | null;
  speed: boolean;
  speedSample: number;
  corpusDir: string;
  outFile: string;
  workerFile: string;
}

function positiveInt(name: string, raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a whole number above 0, not "${raw}"`);
  return n;
}

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      limit: { type: 'string' },
      'no-speed': { type: 'boolean', default: false },
      'speed-sample': { type: 'string' },
      corpus: { type: 'string' },
      out: { type: 'string' },
    },
  });
  return {
    limit: positiveInt('limit', values.limit),
    speed: !values['no-speed'],
    speedSample: positiveInt('speed-sample', values['speed-sample']) ?? 120,
    corpusDir: path.resolve(
      values.corpus ??
        process.env.QUIRE_EXTRACTION_CORPUS ??
        path.join(repoRoot, '../shared/corpus/extraction-dev'),
    ),
    outFile: path.resolve(values.out ?? path.join(repoRoot, 'reports/bench-extract.json')),
    workerFile: path.join(repoRoot, 'out/main/extract-worker.js'),
  };
}

/** Cases and their raw page bytes, read from the shared corpus (never copied into the repo). */
function loadPages(corpusDir: string, limit: number | null): Page[] {
  const cases = JSON.parse(fs.readFileSync(path.join(corpusDir, 'cases.json'), 'utf8')) as BenchCase[];
  return cases.slice(0, limit ?? cases.length).map((c) => ({
    c: { file: c.file, url: c.url ?? null, with: c.with, without: c.without },
    bytes: zlib.gunzipSync(fs.readFileSync(path.join(corpusDir, c.file))),
  }));
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Warns when src/ has changed since the worker was built: the pool would then score older code. */
function checkWorker(workerFile: string): void {
  if (!fs.existsSync(workerFile)) {
    throw new Error(
      `${workerFile} is missing: run \`npx electron-vite build\` first (npm run bench:extract does).`,
    );
  }
  const built = fs.statSync(workerFile).mtimeMs;
  const srcNewest = Math.max(
    newestMtime(path.join(repoRoot, 'src/main')),
    newestMtime(path.join(repoRoot, 'src/shared')),
  );
  if (srcNewest > built) {
    log(
      `warning: src/ changed after ${path.relative(repoRoot, workerFile)} was built; the pool scores the built code.`,
    );
  }
}

// ---------------------------------------------------------------- phases

interface Scored {
  outcomes: Outcome[];
  scores: PageScore[];
  summary: Summary;
}

function score(pages: readonly Page[], outcomes: Outcome[]): Scored {
  const scores = pages.map((p, i) => scorePage(outcomes[i]!.text, p.c));
  return { outcomes, scores, summary: summarize(scores) };
}

async function measureSpeed(
  opts: Options,
  pages: readonly Page[],
  threads: number,
  scoringRun: PoolRun,
  baseline: Outcome[],
  idleP99Ms: number,
): Promise<SpeedReport> {
  const sampleIdx = evenSample(pages.length, opts.speedSample);
  const sample = sampleIdx.map((i) => pages[i]!);
  log(`speed: single-thread timing on ${sample.length} pages`);
  const single = await singleThreadTimings(sample);
  const mismatches = sampleIdx
    .filter((pageIdx, k) => single.quire[k]!.text !== scoringRun.outcomes[pageIdx]!.text)
    .map((pageIdx) => pages[pageIdx]!.c.file);
  log(`speed: pool throughput with 1 worker on ${sample.length} pages, cold`);
  const one = await timedPoolRun(opts.workerFile, 1, sample, 'pool x1');
  log(`speed: pool throughput with ${threads} workers on ${sample.length} pages, cold`);
  const all = await timedPoolRun(opts.workerFile, threads, sample, `pool x${threads}`);
  log(`speed: pool throughput with 1 worker on ${sample.length} pages, steady`);
  const oneSteady = await timedPoolRun(opts.workerFile, 1, sample, 'pool x1 steady', true);
  log(`speed: pool throughput with ${threads} workers on ${sample.length} pages, steady`);
  const allSteady = await timedPoolRun(opts.workerFile, threads, sample, `pool x${threads} steady`, true);
  const quireT = timingStats(single.quire.map((o) => o.ms));
  const readT = timingStats(single.readability.map((o) => o.ms));
  return {
    sample: { pages: sample.length, how: `every ${(pages.length / sample.length).toFixed(2)}th scored page` },
    singleThread: {
      quire: quireT,
      readability: readT,
      medianRatio: quireT.medianMs / readT.medianMs,
      readabilityAllPages: timingStats(baseline.map((o) => o.ms)),
    },
    throughput: {
      oneWorker: one.throughput,
      allWorkers: all.throughput,
      ratio: all.throughput.pagesPerSec / one.throughput.pagesPerSec,
      oneWorkerSteady: oneSteady.throughput,
      allWorkersSteady: allSteady.throughput,
      steadyRatio: allSteady.throughput.pagesPerSec / oneSteady.throughput.pagesPerSec,
      scoringPass: scoringRun.throughput,
    },
    eventLoop: { ...scoringRun.eventLoop, batchPages: pages.length, idleP99Ms },
    inlineVsPoolMismatches: mismatches,
  };
}

function pageDetails(pages: readonly Page[], quire: Scored, baseline: Scored): PageDetail[] {
  return pages.map((p, i) => {
    const q = quire.scores[i]!;
    const o = quire.outcomes[i]!;
    const b = baseline.scores[i]!;
    return {
      file: p.c.file,
      url: p.c.url,
      extractedBy: o.extractedBy,
      error: o.error,
      ...q,
      readability: { misses: b.fn, leaks: b.fp, error: baseline.outcomes[i]!.error },
    };
  });
}

function targets(s: Summary, speed: SpeedReport | null): Target[] {
  const t = (name: string, goal: string, value: number | null, ok: (v: number) => boolean): Target => ({
    name,
    goal,
    value,
    met: value === null ? null : ok(value),
  });
  return [
    t('F1', '≥ 0.940', s.f1, (v) => v >= 0.94),
    t('recall', '≥ 0.930', s.recall, (v) => v >= 0.93),
    t('median ms ratio Quire/Readability', '≤ 1.0', speed?.singleThread.medianRatio ?? null, (v) => v <= 1),
    t('throughput ratio all/1 worker, cold', '≥ 1.8', speed?.throughput.ratio ?? null, (v) => v >= 1.8),
    t(
      'throughput ratio all/1 worker, steady',
      '≥ 1.8',
      speed?.throughput.steadyRatio ?? null,
      (v) => v >= 1.8,
    ),
  ];
}

const countBy = (values: readonly string[]): Record<string, number> =>
  values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});

function worstPages(details: readonly PageDetail[], n: number): PageDetail[] {
  return [...details]
    .filter((d) => d.fn + d.fp > 0)
    .sort((a, b) => b.fn + b.fp - (a.fn + a.fp) || b.fn - a.fn || a.file.localeCompare(b.file))
    .slice(0, n);
}

// ---------------------------------------------------------------- report

interface RunData {
  opts: Options;
  threads: number;
  pages: readonly Page[];
  quire: Scored;
  baseline: Scored;
  speed: SpeedReport | null;
  loadAtStart: number;
  runSeconds: number;
}

function buildReport(d: RunData) {
  const details = pageDetails(d.pages, d.quire, d.baseline);
  return {
    generatedAt: new Date().toISOString(),
    corpus: d.opts.corpusDir,
    pages: d.pages.length,
    limit: d.opts.limit,
    environment: {
      node: process.version,
      cpus: os.cpus().length,
      availableParallelism: d.threads,
      // Other processes on the machine skew every timing; the 1-minute load average shows them.
      loadAverage: { atStart: d.loadAtStart, atEnd: os.loadavg()[0]! },
    },
    workerFile: path.relative(repoRoot, d.opts.workerFile),
    method: {
      quire:
        'poolExtractor({ workerFile, threads: availableParallelism }) with defaults (30 s timeout), { body: raw bytes, url } and no content type, as `quire extract`',
      readability:
        '@mozilla/readability 0.6.0 defaults on jsdom (silent virtual console), html = decodeHtml(bytes), text = textContent; main thread',
      scoring:
        'whitespace runs collapsed to one space and trimmed, case-sensitive substring match; failure = empty text',
    },
    summary: { quire: d.quire.summary, readability: d.baseline.summary },
    reference: REFERENCE_ROWS,
    speed: d.speed,
    targets: targets(d.quire.summary, d.speed),
    quireErrors: countBy(details.flatMap((x) => (x.error ? [x.error] : []))),
    quireExtractedBy: countBy(details.flatMap((x) => (x.extractedBy ? [x.extractedBy] : []))),
    unhandledPoolErrors,
    readabilityErrors: countBy(d.baseline.outcomes.flatMap((o) => (o.error ? [o.error] : []))),
    leakKinds: {
      quire: aggregateLeakKinds(d.quire.scores.flatMap((s) => s.leaks)).slice(0, 10),
      readability: aggregateLeakKinds(d.baseline.scores.flatMap((s) => s.leaks)).slice(0, 10),
    },
    worstPages: worstPages(details, 30),
    runSeconds: d.runSeconds,
    details,
  };
}

type BenchReport = ReturnType<typeof buildReport>;

function printReport(r: BenchReport, opts: Options): void {
  const out = (s = ''): void => void process.stdout.write(s + '\n');
  const q = r.summary.quire;
  const b = r.summary.readability;
  out(`\nExtraction quality on ${r.pages} pages (${q.tp + q.fn} "with" snippets, ${q.fp + q.tn} "without")`);
  out(
    qualityTable([
      { name: 'Quire (pool, built worker)', summary: q },
      { name: 'plain Readability 0.6.0 (measured)', summary: b },
      ...REFERENCE_ROWS,
    ]),
  );
  if (opts.limit !== null) out('(published rows are for the full 990-page set)');
  out(
    `Quire       TP ${q.tp} FN ${q.fn} FP ${q.fp} TN ${q.tn}; extracted by ${JSON.stringify(r.quireExtractedBy)}`,
  );
  out(`            errors ${JSON.stringify(r.quireErrors)}`);
  if (r.unhandledPoolErrors.length)
    out(
      `            unhandled pool 'error' events (each would crash \`quire extract\`): ${r.unhandledPoolErrors.length}`,
    );
  out(
    `Readability TP ${b.tp} FN ${b.fn} FP ${b.fp} TN ${b.tn}; errors ${JSON.stringify(r.readabilityErrors)}`,
  );
  out();
  out(r.speed ? speedText(r.speed) : 'Speed: skipped (--no-speed)');
  out('\nTargets:');
  out(targetsText(r.targets));
  out('\nQuire leak kinds (top 10):');
  out(leakKindsText(r.leakKinds.quire));
  out('\nWorst 10 pages for Quire (misses + leaks):');
  out(worstPagesText(r.worstPages.slice(0, 10)));
  out(`\nFull report: ${path.relative(process.cwd(), opts.outFile)}`);
  const load = r.environment.loadAverage;
  out(
    `Run time: ${r.runSeconds.toFixed(1)} s (machine load, 1-min average: ${load.atStart.toFixed(2)} at start, ${load.atEnd.toFixed(2)} at end)`,
  );
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const started = performance.now();
  const opts = readOptions(process.argv.slice(2));
  survivePoolErrors();
  checkWorker(opts.workerFile);
  const threads = Math.max(1, os.availableParallelism());
  const loadAtStart = os.loadavg()[0]!;
  if (loadAtStart > threads / 2)
    log(`warning: machine load is already ${loadAtStart.toFixed(2)}; timings will suffer`);
  const pages = loadPages(opts.corpusDir, opts.limit);
  log(`${pages.length} pages from ${opts.corpusDir}; ${threads} workers; speed ${opts.speed ? 'on' : 'off'}`);

  const idleP99Ms = await idleLoopP99();
  log(`phase 1: Quire via the pool (${threads} workers), every page`);
  const poolRun = await timedPoolRun(opts.workerFile, threads, pages, `quire x${threads}`);
  if (pages.length < ELD_BATCH_PAGES)
    log(`event-loop delay measured over the whole (limited) set of ${pages.length}`);
  log('phase 2: plain Readability on the main thread, every page');
  const baselineOutcomes = await runBaseline(pages);
  const speed = opts.speed
    ? await measureSpeed(opts, pages, threads, poolRun, baselineOutcomes, idleP99Ms)
    : null;

  const report = buildReport({
    opts,
    threads,
    pages,
    quire: score(pages, poolRun.outcomes),
    baseline: score(pages, baselineOutcomes),
    speed,
    loadAtStart,
    runSeconds: (performance.now() - started) / 1000,
  });
  fs.mkdirSync(path.dirname(opts.outFile), { recursive: true });
  fs.writeFileSync(opts.outFile, JSON.stringify(report, null, 2) + '\n');
  printReport(report, opts);
}

main().catch((err: unknown) => {
  process.stderr.write(`extract-bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});

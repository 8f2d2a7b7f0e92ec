/** The benchmark's report: its JSON shape and the tables printed to stdout. */
import type { LeakKindCount } from './leak-kinds';
import type { PageScore, Summary } from './score';
import type { CpuSplit } from './thread-cpu';

export interface PageDetail extends PageScore {
  file: string;
  url: string | null;
  extractedBy: string | null;
  /** Error code when Quire failed (the page then counts as empty text). */
  error: string | null;
  /** The baseline's counts on the same page, for comparison. */
  readability: { misses: number; leaks: number; error: string | null };
}

export interface TimingStats {
  pages: number;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
}

export interface Throughput {
  threads: number;
  pages: number;
  seconds: number;
  pagesPerSec: number;
  /** CPU time of the whole process (every thread, GC helpers included) over the batch, per wall second. */
  coresBusy: number;
  /** That CPU time by thread (Linux only): the workers' own, V8's helpers', the main thread's. */
  cpuSplit?: CpuSplit | null;
}

export interface EventLoopDelay {
  resolutionMs: number;
  batchPages: number;
  threads: number;
  /** Raw histogram values: with a 10 ms resolution an idle loop already reads about 10 ms. */
  p99Ms: number;
  p50Ms: number;
  maxMs: number;
  meanMs: number;
  idleP99Ms: number;
}

export interface SpeedReport {
  sample: { pages: number; how: string };
  singleThread: {
    quire: TimingStats;
    readability: TimingStats;
    medianRatio: number;
    /** Readability's timing over every scored page, from the scoring pass (main thread, nothing else running). */
    readabilityAllPages: TimingStats;
  };
  throughput: {
    oneWorker: Throughput;
    allWorkers: Throughput;
    ratio: number;
    /** After every worker has extracted the sample once (its JIT warmed up), as in a long batch. */
    oneWorkerSteady: Throughput;
    allWorkersSteady: Throughput;
    steadyRatio: number;
    scoringPass: Throughput;
  };
  eventLoop: EventLoopDelay;
  /** Sample pages where Quire on the main thread (src via tsx) and the built worker gave different text. */
  inlineVsPoolMismatches: string[];
}

export interface Target {
  name: string;
  goal: string;
  value: number | null;
  met: boolean | null;
}

export interface QualityRow {
  name: string;
  summary: Pick<Summary, 'precision' | 'recall' | 'f1'> & Partial<Summary>;
  note?: string;
}

export const REFERENCE_ROWS: readonly QualityRow[] = [
  {
    name: 'trafilatura 2.2.0 standard (published)',
    summary: { precision: 0.906, recall: 0.943, f1: 0.924 },
    note: 'corpus README, full set',
  },
  {
    name: 'readability-lxml 0.8.4.1 (published)',
    summary: { precision: 0.898, recall: 0.764, f1: 0.826 },
    note: 'corpus README, full set',
  },
];

const f3 = (n: number | undefined): string => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(3));
const f1d = (n: number): string => (Number.isNaN(n) ? '–' : n.toFixed(1));
const ofPages = (n: number | undefined, total: number | undefined): string =>
  n === undefined || total === undefined ? '–' : `${n}/${total}`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function qualityTable(rows: readonly QualityRow[]): string {
  const header = ['extractor', 'P', 'R', 'F1', 'accuracy', 'zero-leak pages', 'full-recall pages', 'both'];
  return table(
    header,
    rows.map(({ name, summary: s }) => [
      name,
      f3(s.precision),
      f3(s.recall),
      f3(s.f1),
      f3(s.accuracy),
      ofPages(s.zeroLeakPages, s.pages),
      ofPages(s.fullRecallPages, s.pages),
      ofPages(s.bothPages, s.pages),
    ]),
  );
}

export function speedText(speed: SpeedReport): string {
  const st = speed.singleThread;
  const timing = table(
    ['single thread, main thread (decode + parse + extract)', 'median ms', 'p95 ms', 'mean ms', 'pages'],
    [
      ['Quire extractArticle', st.quire, ''],
      ['plain Readability', st.readability, ''],
      ['plain Readability, every scored page', st.readabilityAllPages, ''],
    ].map(([name, t]) => {
      const s = t as TimingStats;
      return [name as string, f1d(s.medianMs), f1d(s.p95Ms), f1d(s.meanMs), String(s.pages)];
    }),
  );
  const tp = speed.throughput;
  const through = table(
    [
      'Quire pool throughput',
      'workers',
      'pages',
      'seconds',
      'pages/s',
      'cores busy',
      'CPU ms/page: workers',
      'helpers',
      'main',
    ],
    [
      ['1 worker (sample, cold)', tp.oneWorker],
      ['all workers (sample, cold)', tp.allWorkers],
      ['1 worker (sample, steady)', tp.oneWorkerSteady],
      ['all workers (sample, steady)', tp.allWorkersSteady],
      ['all workers (scoring pass, every page)', tp.scoringPass],
    ].map(([name, t]) => {
      const x = t as Throughput;
      return [
        name as string,
        String(x.threads),
        String(x.pages),
        x.seconds.toFixed(1),
        x.pagesPerSec.toFixed(2),
        x.coresBusy.toFixed(2),
        x.cpuSplit ? f1d(x.cpuSplit.workersMsPerPage) : '–',
        x.cpuSplit ? f1d(x.cpuSplit.helpersMsPerPage) : '–',
        x.cpuSplit ? f1d(x.cpuSplit.mainMsPerPage) : '–',
      ];
    }),
  );
  const el = speed.eventLoop;
  return [
    `Speed sample: ${speed.sample.pages} pages (${speed.sample.how})`,
    timing,
    `median ratio Quire / Readability: ${st.medianRatio.toFixed(2)}`,
    '',
    through,
    `throughput ratio all / 1 worker: cold ${tp.ratio.toFixed(2)}, steady ${tp.steadyRatio.toFixed(2)}`,
    '',
    `Main event-loop delay while ${el.threads} workers extracted ${el.batchPages} pages (resolution ${el.resolutionMs} ms):` +
      ` p99 ${f1d(el.p99Ms)} ms, p50 ${f1d(el.p50Ms)} ms, max ${f1d(el.maxMs)} ms, mean ${f1d(el.meanMs)} ms` +
      ` (idle loop p99 ${f1d(el.idleP99Ms)} ms)`,
    `inline (src) vs pool (built worker) text mismatches on the sample: ${speed.inlineVsPoolMismatches.length}`,
  ].join('\n');
}

export function targetsText(targets: readonly Target[]): string {
  return targets
    .map((t) => {
      const verdict = t.met === null ? 'NOT MEASURED' : t.met ? 'MET' : 'NOT MET';
      const value = t.value === null ? '–' : t.value.toFixed(3);
      return `  ${verdict.padEnd(12)} ${t.name.padEnd(34)} ${value.padStart(7)}  (goal ${t.goal})`;
    })
    .join('\n');
}

const clip = (s: string, n = 60): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
};

export function leakKindsText(kinds: readonly LeakKindCount[]): string {
  return kinds
    .map(
      (k) =>
        `  ${String(k.count).padStart(4)}  ${k.kind.padEnd(20)} e.g. ${k.examples
          .slice(0, 3)
          .map((e) => `"${clip(e, 40)}"`)
          .join(', ')}`,
    )
    .join('\n');
}

export function worstPagesText(pages: readonly PageDetail[]): string {
  return pages
    .map((p) => {
      const head = `  ${p.file}  misses ${p.fn}/${p.tp + p.fn}, leaks ${p.fp}/${p.fp + p.tn}  [${p.error ?? p.extractedBy ?? '?'}]  ${p.url ?? '(no url)'}`;
      const misses = p.misses.length
        ? `\n      missed: ${p.misses
            .slice(0, 3)
            .map((s) => `"${clip(s)}"`)
            .join(', ')}`
        : '';
      const leaks = p.leaks.length
        ? `\n      leaked: ${p.leaks
            .slice(0, 3)
            .map((s) => `"${clip(s)}"`)
            .join(', ')}`
        : '';
      return head + misses + leaks;
    })
    .join('\n');
}

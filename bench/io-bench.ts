/**
 * `npm run bench:io`: bulk import and export at 10,000 entries, each task in its own process
 * (peak memory is per task), each beside a baseline doing the least such a task can do, measured
 * in the same run. Prints a table and JSON; writes reports/bench-io.json.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const N = Number(process.env.QUIRE_IO_N ?? 10_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quire-bench-io-'));

function task(name: string): Record<string, number | string> & { ms: number; peakRssMb: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/io-task.ts', name, dir], {
    env: { ...process.env, QUIRE_IO_N: String(N) },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

try {
  task('make-files');
  const rows = [
    {
      name: `import ${N} Wallabag entries with content`,
      quire: task('import-wallabag'),
      base: task('baseline-wallabag'),
      targetMs: 60_000,
    },
    {
      name: `import ${N} Netscape bookmarks into the queue`,
      quire: task('import-netscape'),
      base: task('baseline-netscape'),
      targetMs: 5_000,
    },
  ];
  const images = task('add-images');
  const base = task('baseline-export');
  rows.push(
    {
      name: `export ${N} articles to Markdown (whole articles)`,
      quire: task('export-md'),
      base,
      targetMs: 10_000,
    },
    {
      name: `export ${N} articles to EPUB (one image each)`,
      quire: task('export-epub'),
      base,
      targetMs: 60_000,
    },
  );
  const report = {
    entries: N,
    machine: { cpus: os.availableParallelism(), node: process.version },
    images,
    tasks: rows.map((r) => ({
      task: r.name,
      ms: r.quire.ms,
      targetMs: r.targetMs,
      meetsTime: r.quire.ms < r.targetMs,
      peakRssMb: r.quire.peakRssMb,
      meetsMemory: r.quire.peakRssMb < 1024,
      baselineMs: r.base.ms,
      ratioToBaseline: Math.round((r.quire.ms / Math.max(1, r.base.ms)) * 10) / 10,
      details: r.quire,
    })),
  };
  fs.mkdirSync('reports', { recursive: true });
  fs.writeFileSync('reports/bench-io.json', JSON.stringify(report, null, 2));
  console.log(JSON.stringify(report));
  console.log();
  console.log('| task | time | target | × baseline | peak memory |');
  console.log('|---|---|---|---|---|');
  for (const t of report.tasks)
    console.log(
      `| ${t.task} | ${(t.ms / 1000).toFixed(1)} s ${t.meetsTime ? '✓' : '✗'} | < ${t.targetMs / 1000} s | ${t.ratioToBaseline}× (${(t.baselineMs / 1000).toFixed(1)} s) | ${t.peakRssMb} MB ${t.meetsMemory ? '✓' : '✗'} |`,
    );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

// Doyensec's electronegativity over the built app (out/), failing on any high or medium finding
// that is not in .electronegativity-exceptions.json with its justification. The tool is installed
// on first use into node_modules/.cache (pinned), to keep its old dependency tree out of the app's.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const VERSION = '1.10.3';
const ELECTRON = '45.5.0';
const dir = path.resolve('node_modules/.cache', `electronegativity-${VERSION}`);
const bin = path.join(dir, 'node_modules/.bin/electronegativity');
if (!fs.existsSync(bin)) {
  console.log(`installing @doyensec/electronegativity@${VERSION} into ${dir}`);
  fs.mkdirSync(dir, { recursive: true });
  execFileSync(
    'npm',
    [
      'install',
      '--prefix',
      dir,
      '--no-audit',
      '--no-fund',
      '--no-save',
      `@doyensec/electronegativity@${VERSION}`,
    ],
    {
      stdio: 'inherit',
    },
  );
}
if (!fs.existsSync('out/main/index.js')) {
  console.error('out/ is missing: run `npm run build` first.');
  process.exit(1);
}
const csv = path.join(dir, 'result.csv');

/** Splits one CSV line, honouring quoted fields with doubled quotes. */
function fields(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

/** One run of the tool; null when its report is missing or cut short. */
function runReport() {
  fs.rmSync(csv, { force: true });
  spawnSync(bin, ['-i', 'out', '-e', ELECTRON, '-r', '-v', 'false', '-o', csv], { stdio: 'ignore' });
  if (!fs.existsSync(csv)) return null;
  const rows = fs.readFileSync(csv, 'utf8').trim().split('\n').slice(1).map(fields);
  // The tool sometimes exits before its report is fully written: a short row means a cut-off file.
  if (rows.some((r) => r.length < 6)) return null;
  return rows.map(([check, severity, confidence, file, location, sample]) => ({
    check,
    severity,
    confidence,
    file,
    location,
    sample,
  }));
}

let findings = null;
for (let attempt = 1; attempt <= 3 && !findings; attempt++) findings = runReport();
if (!findings) {
  console.error('electronegativity produced no complete report in 3 runs');
  process.exit(1);
}

const exceptions = JSON.parse(fs.readFileSync('.electronegativity-exceptions.json', 'utf8'));
let blocking = 0;
for (const f of findings) {
  const excused = exceptions.find((e) => e.check === f.check && f.sample.includes(e.sample));
  const serious = f.severity === 'HIGH' || f.severity === 'MEDIUM';
  const verdict = !serious ? 'low' : excused ? 'excused' : 'BLOCKING';
  if (verdict === 'BLOCKING') blocking++;
  console.log(
    `${verdict.padEnd(8)} ${f.severity.padEnd(6)} ${f.check} ${f.file}:${f.location}${excused ? ` (${excused.why.slice(0, 60)}…)` : ''}`,
  );
}
console.log(`electronegativity: ${findings.length} findings, ${blocking} high/medium not excused`);
process.exit(blocking ? 1 : 0);

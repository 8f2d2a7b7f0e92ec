/**
 * Development helper: scores extractArticle inline on a shard of the corpus (no pool, no speed
 * phase), so rule changes can be checked in a minute. Writes one JSON line per page.
 *
 *   tsx bench/quick-eval.ts --shard K/N [--readability] [--out FILE]
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/main/core/extract/extract';
import { decodeHtml } from '../src/main/core/fetch/charset';
import { scorePage, summarize, type BenchCase, type PageScore } from './score';

const { values } = parseArgs({
  options: {
    shard: { type: 'string', default: '0/1' },
    readability: { type: 'boolean', default: false },
    out: { type: 'string', default: '/tmp/quick-eval.jsonl' },
    corpus: { type: 'string', default: path.resolve('../shared/corpus/extraction-dev') },
  },
});
const [k, n] = values.shard.split('/').map(Number) as [number, number];
const cases = JSON.parse(fs.readFileSync(path.join(values.corpus, 'cases.json'), 'utf8')) as BenchCase[];
const silent = new VirtualConsole();
fs.writeFileSync(values.out, '');
const scores: PageScore[] = [];
const times: number[] = [];
for (const [i, c] of cases.entries()) {
  if (i % n !== k) continue;
  // jsdom frees a document only when the event loop turns.
  await new Promise((r) => setImmediate(r));
  const bytes = zlib.gunzipSync(fs.readFileSync(path.join(values.corpus, c.file)));
  const t0 = performance.now();
  let text = '';
  let by: string | null;
  // The whole result, so a change meant to alter nothing can be checked to alter nothing.
  let digest = '';
  try {
    if (values.readability) {
      const { html } = decodeHtml(bytes);
      const dom = new JSDOM(html, { ...(c.url ? { url: c.url } : {}), virtualConsole: silent });
      text = new Readability(dom.window.document).parse()?.textContent ?? '';
      by = 'readability';
    } else {
      const x = extractArticle({ body: bytes, url: c.url });
      text = x.text;
      by = x.extractedBy;
      digest = crypto.createHash('sha1').update(JSON.stringify(x)).digest('hex').slice(0, 12);
    }
  } catch (err) {
    by = `error:${(err as Error).message.slice(0, 80)}`;
  }
  const ms = performance.now() - t0;
  const s = scorePage(text, c);
  scores.push(s);
  times.push(ms);
  fs.appendFileSync(values.out, JSON.stringify({ i, file: c.file, by, ms, digest, ...s }) + '\n');
}

const sum = summarize(scores);
times.sort((a, b) => a - b);
const f = (x: number): string => x.toFixed(3);
console.log(
  `shard ${k}/${n}: ${sum.pages} pages  P ${f(sum.precision)} R ${f(sum.recall)} F1 ${f(sum.f1)}  TP ${sum.tp} FN ${sum.fn} FP ${sum.fp}  median ${times[times.length >> 1]?.toFixed(1)} ms  -> ${values.out}`,
);

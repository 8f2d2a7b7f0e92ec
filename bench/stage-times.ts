/**
 * Development helper: median and total milliseconds of each stage of Quire's pipeline on the speed
 * sample, next to plain Readability's parse and run, to show where Quire's extra time goes.
 *
 *   tsx bench/stage-times.ts [--pages N]
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from '../src/main/core/fetch/charset';
import { stripScriptsAndStyles } from '../src/main/core/extract/prepare-html';
import { readMetadata } from '../src/main/core/extract/metadata';
import { detectCategory } from '../src/main/core/extract/category';
import { findSplitCore, preClean } from '../src/main/core/extract/pre-clean';
import { postClean } from '../src/main/core/extract/post-clean';
import { sanitizeToBody, sanitizeTree } from '../src/main/core/extract/sanitize';
import { blockText, countWords } from '../src/main/core/extract/text';
import { extractArticle } from '../src/main/core/extract/extract';
import type { BenchCase } from './score';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '120' } } });
const corpus = path.resolve('../shared/corpus/extraction-dev');
const cases = JSON.parse(fs.readFileSync(path.join(corpus, 'cases.json'), 'utf8')) as BenchCase[];
const n = Math.min(cases.length, Number(values.pages));
const sample = Array.from({ length: n }, (_, i) => cases[Math.floor((i * cases.length) / n)]!);
const silent = new VirtualConsole();
const times = new Map<string, number[]>();
const time = <T>(label: string, f: () => T): T => {
  const t0 = performance.now();
  const out = f();
  (times.get(label) ?? times.set(label, []).get(label)!).push(performance.now() - t0);
  return out;
};
const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

for (const [i, c] of sample.entries()) {
  const bytes = zlib.gunzipSync(fs.readFileSync(path.join(corpus, c.file)));
  const url = c.url ?? 'about:blank';
  const quire = (): void => {
    try {
      extractArticle({ body: bytes, url: c.url });
    } catch {
      // a page with no article still costs its time
    }
  };
  if (i < 3) quire();
  await tick();
  time('whole: quire', quire);
  await tick();
  const t0 = performance.now();
  const { html } = time('decode', () => decodeHtml(bytes));
  const rdoc = time(
    'R: jsdom full page',
    () => new JSDOM(html, { url, virtualConsole: silent }).window.document,
  );
  time('R: readability', () => new Readability(rdoc).parse()?.textContent);
  (times.get('whole: readability') ?? times.set('whole: readability', []).get('whole: readability')!).push(
    performance.now() - t0,
  );
  rdoc.defaultView?.close();
  await tick();
  const stripped = time('Q: strip', () => stripScriptsAndStyles(html));
  const win = time('Q: jsdom stripped', () => new JSDOM(stripped, { url, virtualConsole: silent }).window);
  const doc = win.document;
  const meta = time('Q: metadata', () => readMetadata(doc));
  time('Q: category', () => detectCategory(doc, meta.jsonLd, meta.title, c.url));
  time('Q: preClean', () => preClean(doc));
  time('Q: findSplitCore', () => findSplitCore(doc));
  const r = time('Q: readability', () =>
    new Readability<Node>(doc, { charThreshold: 400, keepClasses: false, serializer: (x) => x }).parse(),
  );
  const box = (r?.content as Element | undefined) ?? doc.createElement('div');
  time('Q: postClean', () => postClean(box));
  const markup = time('Q: serialize', () => box.innerHTML);
  time('Q: sanitize markup', () => sanitizeToBody(markup));
  const body = time('Q: sanitize tree', () => sanitizeTree(box));
  const text = time('Q: blockText', () => blockText(body));
  time('Q: countWords', () => countWords(text));
  time('Q: final innerHTML', () => body.innerHTML);
  win.close();
}
const med = (a: number[]): number => [...a].sort((x, y) => x - y)[a.length >> 1]!;
const rows = [...times].map(([k, v]) => ({
  stage: k,
  medianMs: +med(v).toFixed(2),
  totalMs: Math.round(v.reduce((a, b) => a + b, 0)),
}));
console.table(rows);

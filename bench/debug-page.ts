/** Development helper: where along the pipeline does a snippet disappear? tsx bench/debug-page.ts INDEX... */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from '../src/main/core/fetch/charset';
import { stripScriptsAndStyles } from '../src/main/core/extract/prepare-html';
import { preClean } from '../src/main/core/extract/pre-clean';
import { postClean } from '../src/main/core/extract/post-clean';
import { signature } from '../src/main/core/extract/dom-utils';
import { scorePage, type BenchCase } from './score';

const dir = '../shared/corpus/extraction-dev';
const cases = JSON.parse(fs.readFileSync(`${dir}/cases.json`, 'utf8')) as BenchCase[];
const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
for (const arg of process.argv.slice(2)) {
  const i = Number(arg);
  const c = cases[i]!;
  const { html } = decodeHtml(zlib.gunzipSync(fs.readFileSync(`${dir}/${c.file}`)));
  const doc = new JSDOM(stripScriptsAndStyles(html), {
    url: c.url ?? 'about:blank',
    virtualConsole: new VirtualConsole(),
  }).window.document;
  const before = norm(doc.body?.textContent);
  const where = (s: string): string => {
    // the innermost element holding the snippet, and its ancestors' signatures
    let best: Element | null = null;
    for (const el of doc.body.querySelectorAll('*')) if (norm(el.textContent).includes(norm(s))) best = el;
    const chain: string[] = [];
    for (let e = best; e && e !== doc.body; e = e.parentElement) chain.push(`${e.tagName}[${signature(e)}]`);
    return chain.slice(0, 8).join(' < ');
  };
  const chains = new Map([...c.with, ...c.without].map((s) => [s, where(s)]));
  preClean(doc);
  const afterPre = norm(doc.body?.textContent);
  const r = new Readability<Node>(doc, {
    charThreshold: 400,
    keepClasses: false,
    serializer: (n) => n,
  }).parse();
  const el = r?.content as Element | undefined;
  const afterR = norm(el?.textContent);
  if (el) postClean(el);
  const afterPost = norm(el?.textContent);
  console.log(`#${i} ${c.url}`);
  for (const s of c.with) {
    const n = norm(s);
    const stage = !before.includes(n)
      ? 'not in page'
      : !afterPre.includes(n)
        ? 'PRE-CLEAN'
        : !afterR.includes(n)
          ? 'readability'
          : !afterPost.includes(n)
            ? 'POST-CLEAN'
            : 'kept';
    if (stage !== 'kept') console.log(`  ${stage}: ${s}\n     ${chains.get(s)}`);
  }
  const leaks = scorePage(afterPost, c).leaks;
  if (process.env.LEAKS) for (const l of leaks) console.log(`  LEAK: ${l}\n     ${chains.get(l)}`);
}

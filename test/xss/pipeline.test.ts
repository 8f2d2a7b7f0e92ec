import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/main/core/extract/extract';
import { sanitizeHtml } from '../../src/main/core/extract/sanitize';
import { loadVectors, vectorPage } from './vectors';

/**
 * Every vector through extraction and ingest sanitising (no browser): what would be stored must
 * hold nothing that can run or load, and sanitising it again must change nothing.
 */
const { vectors, missingCorpus } = loadVectors();
if (missingCorpus) console.log(`[xss] public corpora skipped: ${missingCorpus}`);

const URL_ATTRS = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
  'srcset',
  'ping',
  'data',
];
const SAFE_URL =
  /^(https?:|mailto:|#|quire-asset:(pending-\d+|missing-\d+|[0-9a-f]{64})$|data:image\/[a-z+.-]+[;,])/i;

function dangers(html: string): string[] {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  const found: string[] = [];
  for (const el of doc.body.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (
      /^(script|iframe|frame|object|embed|form|base|meta|link|style|svg|math|template|noscript|input|button|textarea|select)$/.test(
        tag,
      )
    )
      found.push(`<${tag}>`);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`);
      if (attr.name === 'style' || attr.name === 'srcdoc') found.push(`${tag}[${attr.name}]`);
      if (URL_ATTRS.includes(attr.name.toLowerCase()) && attr.value && !SAFE_URL.test(attr.value.trim()))
        found.push(`${tag}[${attr.name}=${attr.value.slice(0, 40)}]`);
    }
  }
  return found;
}

describe.each(['own', 'dompurify', 'h5sc', 'owasp'] as const)('%s vectors through extraction', (source) => {
  const set = vectors.filter((v) => v.source === source);
  it.skipIf(!set.length)(
    `store nothing executable or remote (${set.length} vectors)`,
    async () => {
      const problems: string[] = [];
      for (const v of set) {
        let html: string;
        try {
          html = extractArticle({
            body: vectorPage(v),
            url: 'http://news.example/report',
            offlineImages: true,
          }).contentHtml;
        } catch (err) {
          problems.push(`${v.id}: extraction threw ${(err as Error).message}`);
          continue;
        }
        const d = dangers(html);
        if (d.length) problems.push(`${v.id}: ${d.join(', ')}`);
        if (sanitizeHtml(html) !== html) problems.push(`${v.id}: sanitising again changed the stored HTML`);
        // Let jsdom windows go between pages.
        await new Promise((r) => setImmediate(r));
      }
      expect(problems).toEqual([]);
    },
    120_000,
  );
});

import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';

const sentence = (n: number): string =>
  `Sentence ${n} of the story tells how the harbour was rebuilt after the storm, stone by stone, over three long winters.`;
const para = (n: number): string => `<p>${sentence(n)}</p>`;

function page(bodyHtml: string, ldBody: string | null): string {
  const ld = ldBody
    ? `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Harbour', articleBody: ldBody })}</script>`
    : '';
  return `<!doctype html><html><head><title>Harbour</title>${ld}</head><body><article><h1>Harbour</h1>${bodyHtml}</article></body></html>`;
}

describe('extractArticle: which path produces the article', () => {
  it("keeps Readability's result when the JSON-LD articleBody holds no more", () => {
    const html = page(Array.from({ length: 8 }, (_, i) => para(i)).join(''), sentence(0) + ' ' + sentence(1));
    const a = extractArticle({ body: html, url: 'https://news.example/a' });
    expect(a.extractedBy).toBe('readability');
    expect(a.text).toContain('Sentence 7');
  });

  it('takes the JSON-LD articleBody when it is far longer than what Readability found', () => {
    const all = Array.from({ length: 30 }, (_, i) => sentence(i)).join('\n');
    const html = page(Array.from({ length: 4 }, (_, i) => para(i)).join(''), all);
    const a = extractArticle({ body: html, url: 'https://news.example/b' });
    expect(a.extractedBy).toBe('json-ld');
    expect(a.text).toContain('Sentence 29');
  });
});

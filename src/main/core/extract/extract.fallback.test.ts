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

  it('keeps every section of an article split over sibling blocks, where Readability takes one', () => {
    const section = (n: number, from: number, count: number): string =>
      `<div class="outline"><h2>${n} Part</h2><div class="outline-text" id="text-${n}">${Array.from({ length: count }, (_, i) => para(from + i)).join('')}</div></div>`;
    const html = `<!doctype html><html><head><title>Harbour</title></head><body><div id="content"><h1>Harbour</h1>${section(1, 0, 9)}${section(2, 20, 8)}</div><div id="side"><p>Short note.</p></div></body></html>`;
    const a = extractArticle({ body: html, url: 'https://blog.example/c' });
    expect(a.text).toContain('Sentence 0 ');
    expect(a.text).toContain('Sentence 27 ');
    expect(a.text).not.toContain('Short note');
    expect(a.extractedBy).toBe('split-core');
  });

  // Readability takes the longest row alone: the rows' common ancestor is <body>.
  it('keeps every row of an article laid out as full-width rows directly under <body>, the tables between them too', () => {
    const row = (from: number, count: number): string =>
      `<div class="container-fluid"><div class="container"><div class="row"><div class="col-md-8">${Array.from({ length: count }, (_, i) => para(from + i)).join('')}</div></div></div></div>`;
    const table =
      '<div class="container-fluid"><table><tr><th>Quay length</th><td>412 m</td></tr></table></div>';
    const html = `<!doctype html><html><head><title>Harbour</title></head><body><h1>Harbour</h1>${row(0, 10)}${table}${row(20, 3)}${table.replace('Quay length', 'Berths')}${row(40, 3)}<div class="container-fluid"><p>Short note.</p></div></body></html>`;
    const a = extractArticle({ body: html, url: 'https://gas.example/e' });
    expect(a.extractedBy).toBe('split-core');
    for (const n of [0, 9, 22, 42]) expect(a.text).toContain(`Sentence ${n} `);
    expect(a.text).toContain('Quay length');
    expect(a.text).toContain('Berths');
    expect(a.text).not.toContain('Short note');
  });

  it("puts back the lead that Readability leaves behind in the article's header, not the header's date line", () => {
    const lead =
      'The harbour reopened on Monday after three winters of work, and the first ferry came in at dawn.';
    const html = `<!doctype html><html><head><title>Harbour</title></head><body><div class="entry__header"><h1>Harbour reopens</h1><p class="entry__date">Published 12.03.2024, 08:15, updated in the afternoon with more</p><p class="entry__subtitle">${lead}</p></div><div class="entry__text">${Array.from({ length: 8 }, (_, i) => para(i)).join('')}</div></body></html>`;
    const a = extractArticle({ body: html, url: 'https://news.example/d' });
    expect(a.extractedBy).toBe('readability');
    expect(a.text.startsWith(lead)).toBe(true);
    expect(a.text).not.toContain('Published');
    expect(a.text).toContain('Sentence 7');
  });

  // Sentences without commas, which Readability scores, so a long list of entries outscores them.
  const plain = (n: number): string =>
    `<p>Line ${n} of the report says how the old bridge was taken down and built again in the same spot by the town.</p>`;
  const twoColumns = (entries: string): string =>
    `<!doctype html><html><head><title>Bridge</title></head><body><h1>Bridge</h1><div class="wrap"><div class="col"><div class="story">${Array.from({ length: 8 }, (_, i) => plain(i)).join('')}</div></div><div class="col2"><div class="box"><div class="annex">${entries}</div></div></div></div></body></html>`;

  it("takes the densest block of paragraphs when Readability's pick (a long list of names) leaves them all out", () => {
    const names = Array.from({ length: 150 }, (_, i) => `<div>Signer ${i}, writer, river town</div>`).join(
      '',
    );
    const a = extractArticle({ body: twoColumns(names), url: 'https://news.example/e' });
    expect(a.extractedBy).toBe('densest-block');
    expect(a.text).toContain('Line 0 of the report');
    expect(a.text).toContain('Line 7 of the report');
    expect(a.text).not.toContain('Signer 3,');
  });

  it('puts back the lead above the densest block too, as after a pick of Readability', () => {
    const lead = 'The town council chose to rebuild the old bridge where it stood, and the work ends in May.';
    const names = Array.from({ length: 150 }, (_, i) => `<div>Signer ${i}, writer, river town</div>`).join(
      '',
    );
    const html = twoColumns(names).replace(
      '<h1>Bridge</h1>',
      `<h1>Bridge</h1><p class="standfirst">${lead}</p>`,
    );
    const a = extractArticle({ body: html, url: 'https://news.example/e2' });
    expect(a.extractedBy).toBe('densest-block');
    expect(a.text.startsWith(lead)).toBe(true);
    expect(a.text).toContain('Line 7 of the report');
  });

  it("keeps Readability's pick when it holds the densest block's paragraphs", () => {
    const names = Array.from({ length: 150 }, (_, i) => `<li>Signer ${i}, poet, Ayr</li>`).join('');
    const a = extractArticle({ body: twoColumns(`<ul>${names}</ul>`), url: 'https://news.example/f' });
    expect(a.extractedBy).toBe('readability');
    expect(a.text).toContain('Line 7 of the report');
    expect(a.text).not.toContain('Signer 3,');
  });
});

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { clearPathToCore, readabilityDrops } from './core-path';
import { extractArticle } from './extract';
import { namedChrome } from './pre-clean';

const sentence = (n: number): string =>
  `Sentence ${n} of the report tells how the ferry line was restored after the winter storms, pier by pier.`;
const story = Array.from({ length: 8 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
// Longer than Readability's threshold, so that it settles for this box when the article is gone.
const disclosure = `<div class="disclosure">${[
  'Some offers on this page come from partners who pay us',
  'Partners have no say in what our writers cover',
  'Terms apply to every offer shown',
]
  .map(
    (s) =>
      `<p>${s}, as set out in full in the policy that we publish, review and update every year for our readers.</p>`,
  )
  .join('')}</div>`;

const bodyOf = (html: string): HTMLElement => new JSDOM(html).window.document.body;

describe('readabilityDrops', () => {
  it("reads class and id as Readability does: a substring such as 'footer' or 'pager' is enough", () => {
    const body = bodyOf(
      '<div class="above-footer"></div><div id="apageroot"></div><div class="site-footer content"></div><div role="dialog"></div><div style="display: none"></div><div class="story"></div>',
    );
    expect([...body.children].map(readabilityDrops)).toEqual([true, true, false, true, true, false]);
  });
});

describe('clearPathToCore', () => {
  it("clears the marks of the article's wrappers that Readability would drop", () => {
    const body = bodyOf(`<div class="above-footer" id="x"><div class="story">${story}</div></div>`);
    const core = body.querySelector('.story')!;
    expect(clearPathToCore(core, namedChrome)).toBe(1);
    expect(body.firstElementChild!.hasAttribute('class')).toBe(false);
    expect(core.getAttribute('class')).toBe('story');
  });

  it('leaves a block inside a wrapper named as chrome (a comment thread) as it is', () => {
    const body = bodyOf(
      `<div class="comments"><div class="extra-wrap"><div class="thread">${story}</div></div></div>`,
    );
    expect(clearPathToCore(body.querySelector('.thread')!, namedChrome)).toBe(0);
    expect(body.querySelector('.extra-wrap')).not.toBeNull();
  });

  it('leaves a block without an article of prose (a form, a list of steps) as it is', () => {
    const body = bodyOf('<div class="page-footer"><div class="form"><p>Name</p><p>Email</p></div></div>');
    expect(clearPathToCore(body.querySelector('.form')!, namedChrome)).toBe(0);
  });
});

describe('extractArticle: an article inside a wrapper Readability judges unlikely', () => {
  it('keeps the article rather than the short box beside it', () => {
    const html = `<!doctype html><html><head><title>Ferry</title></head><body><div class="top">${disclosure}</div><div class="above-footer"><div class="story">${story}</div></div><div class="related-links"><a href="/x">More ferry news from the coast this week</a></div></body></html>`;
    const a = extractArticle({ body: html, url: 'https://news.example/ferry' });
    expect(a.text).toContain('Sentence 0 of the report');
    expect(a.text).toContain('Sentence 7 of the report');
    expect(a.text).not.toContain('More ferry news');
  });
});

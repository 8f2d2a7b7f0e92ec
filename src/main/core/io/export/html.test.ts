import fs from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTML_CSP } from './html';
import { exportTo, fixtureLibrary, TRICKY_TITLE, type TestLibrary } from './test-library';

let t: TestLibrary;
beforeAll(async () => {
  t = await fixtureLibrary();
});
afterAll(() => t.close());

describe('html export', () => {
  it('is one self-contained page: contents, every article, images inlined, nothing remote', () => {
    const { file } = exportTo(t, 'list.html', { format: 'html' });
    const html = fs.readFileSync(file, 'utf8');
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      HTML_CSP,
    );
    expect([...doc.querySelectorAll('nav li a')].map((a) => a.textContent)).toEqual(t.titles);
    for (const a of doc.querySelectorAll('nav li a'))
      expect(doc.querySelector(a.getAttribute('href')!)).not.toBeNull();
    expect(doc.querySelectorAll('main article').length).toBe(t.titles.length);
    const imgs = [...doc.querySelectorAll('img')];
    expect(imgs.length).toBeGreaterThan(1);
    for (const img of imgs) expect(img.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(html).not.toMatch(/\ssrc="?(?:https?:|\/\/|quire-asset:)/i);
    expect(doc.querySelectorAll('script, iframe, link, style[src], object').length).toBe(0);
    // A missing image shows its description; a script link loses its href.
    expect(doc.querySelector('.missing-image')?.textContent).toBe('[a lost picture]');
    expect(html).not.toContain('javascript:');
    expect(doc.querySelector('article h2')?.textContent).toBe(TRICKY_TITLE);
  });
});

import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parsePage, releasePage } from './page-parser';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('parsePage', () => {
  it('gives each page its own URL, so relative links resolve against the page they are on', () => {
    const a = parsePage('<p><a href="x">x</a></p>', 'https://one.example/dir/page');
    const b = parsePage('<p><a href="x">x</a></p>', 'https://two.example/other/');
    expect(b.querySelector('a')!.href).toBe('https://two.example/other/x');
    expect(a.URL).toBe('https://one.example/dir/page');
    expect(
      parsePage(
        '<base href="https://cdn.example/b/"><a href="y">y</a>',
        'https://one.example/',
      ).querySelector('a')!.href,
    ).toBe('https://cdn.example/b/y');
  });

  it('parses <noscript> content as markup, as a browser with scripting off does (lazy images live there)', () => {
    const doc = parsePage('<p>lead</p><noscript><img src="/real.jpg"></noscript>', 'https://one.example/');
    expect(doc.querySelector('noscript img')?.getAttribute('src')).toBe('/real.jpg');
  });

  it('keeps parsing correctly across many pages', () => {
    for (let i = 0; i < 60; i++) {
      const doc = parsePage(`<title>t${i}</title><p>page ${i}</p>`, `https://site.example/${i}`);
      expect(doc.title).toBe(`t${i}`);
      expect(doc.body.textContent).toBe(`page ${i}`);
    }
  });

  it('treats a missing URL as about:blank', () => {
    expect(parsePage('<p>x</p>', null).URL).toBe('about:blank');
  });

  it('releases a page: its nodes are gone, the next page is unaffected', () => {
    const doc = parsePage('<p>gone</p>', 'https://one.example/');
    releasePage(doc);
    expect(doc.documentElement).toBeNull();
    expect(parsePage('<p>next</p>', 'https://one.example/').body.textContent).toBe('next');
  });

  it('lets a released page that was queried by selector be collected, though its window lives on', async () => {
    // jsdom's selector engine, made per queried document, adds listeners to the window that are
    // never removed; they held each page's tree for as long as the window lived.
    const paragraph = ((): WeakRef<Element> => {
      const doc = parsePage('<div><p class="x">queried</p></div>', 'https://one.example/');
      expect(doc.querySelector('div > p.x')?.matches('p:not(.y)')).toBe(true);
      const p = new WeakRef(doc.querySelector('p')!);
      releasePage(doc);
      return p;
    })();
    parsePage('<p>next page, same window</p>', 'https://one.example/').querySelector('p');
    await turn();
    gc();
    await turn();
    gc();
    expect(paragraph.deref()).toBeUndefined();
  });
});

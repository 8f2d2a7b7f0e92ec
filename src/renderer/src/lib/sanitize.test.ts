/** @vitest-environment jsdom */
import { MISSING_IMAGE_ATTR, sanitizeArticleHtml } from './sanitize';

const BASE = '/assets/';
const HASH = 'ab'.repeat(32);
const OTHER = '0123456789abcdef'.repeat(4);

const parse = (html: string, assetBase: string | null = BASE) => {
  const div = document.createElement('div');
  div.innerHTML = sanitizeArticleHtml(html, assetBase);
  return div;
};

/** Every URL an element of `root` could load by itself. */
const loadable = (root: Element) =>
  [...root.querySelectorAll('*')].flatMap((el) =>
    ['src', 'srcset', 'poster', 'background', 'data'].flatMap((name) => el.getAttribute(name) ?? []),
  );

describe('sanitizeArticleHtml', () => {
  it('removes scripts, handlers, styles, frames and forms', () => {
    const out = parse(
      '<p style="color:red" onclick="x()">hi</p><script>x()</script><img src=x onerror=alert(1)>' +
        '<iframe src="https://a.example"></iframe><form action="/x"><input name="q"></form><svg><script>x()</script></svg>',
    );
    expect(out.querySelector('script, iframe, form, input, svg, [style], [onclick], [onerror]')).toBeNull();
    expect(out.textContent).toBe('hi');
  });

  it('opens http(s) links outside the app and drops every other href', () => {
    const out = parse(
      '<a href="https://a.example/x">web</a><a href="javascript:alert(1)">js</a><a href="mailto:a@b.example">mail</a>' +
        '<a href="#top">anchor</a><a href="/relative">relative</a><a href="data:text/html,<script>x()</script>">data</a>',
    );
    const [web, ...others] = [...out.querySelectorAll('a')];
    expect(web?.getAttribute('href')).toBe('https://a.example/x');
    expect(web?.getAttribute('target')).toBe('_blank');
    expect(web?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(others).toHaveLength(5);
    for (const a of others) {
      expect(a.hasAttribute('href')).toBe(false);
      expect(a.hasAttribute('target')).toBe(false);
    }
  });

  it('points stored images at the asset base, lazily, keeping their alt text', () => {
    const img = parse(`<img src="quire-asset:${HASH}" alt="A cat">`).querySelector('img');
    expect(img?.getAttribute('src')).toBe(`/assets/${HASH}`);
    expect(img?.getAttribute('loading')).toBe('lazy');
    expect(img?.getAttribute('alt')).toBe('A cat');
    expect(img?.hasAttribute(MISSING_IMAGE_ATTR)).toBe(false);

    const electron = parse(`<img src="quire-asset:${HASH}">`, 'quire-asset://asset/').querySelector('img');
    expect(electron?.getAttribute('src')).toBe(`quire-asset://asset/${HASH}`);
  });

  it('marks every image that is not stored as missing, with nothing to load', () => {
    const out = parse(
      [
        '<img src="quire-asset:missing-0" alt="gone">',
        '<img src="quire-asset:pending-1" alt="never finished">',
        '<img src="http://tracker.example/x.png" alt="tracker">',
        '<img src="https://cdn.example/y.jpg">',
        '<img src="//cdn.example/z.jpg">',
        '<img src="/assets/../secret">',
        `<img src="quire-asset:${HASH.toUpperCase()}">`,
        `<img src="quire-asset:${HASH}0">`,
        '<img alt="no src at all">',
      ].join(''),
    );
    const images = [...out.querySelectorAll('img')];
    expect(images).toHaveLength(9);
    for (const img of images) {
      expect(img.hasAttribute('src')).toBe(false);
      expect(img.hasAttribute(MISSING_IMAGE_ATTR)).toBe(true);
    }
    expect(images[0]?.getAttribute('alt')).toBe('gone');
  });

  it('never lets srcset, sizes or media addresses through', () => {
    const out = parse(
      `<img src="quire-asset:${HASH}" srcset="https://cdn.example/big.jpg 2x" sizes="100vw" alt="x">` +
        '<img src="quire-asset:missing-1" srcset="http://tracker.example/x.png 1x">' +
        '<picture><source srcset="https://cdn.example/a.webp" type="image/webp">' +
        `<img src="quire-asset:${OTHER}"></picture>` +
        '<video src="https://cdn.example/v.mp4" poster="https://cdn.example/p.jpg"><source src="https://cdn.example/v.webm">' +
        '<track src="https://cdn.example/t.vtt"></video><audio src="http://cdn.example/a.mp3"></audio>',
    );
    expect(out.querySelector('[srcset], [sizes]')).toBeNull();
    expect(loadable(out)).toEqual([`/assets/${HASH}`, `/assets/${OTHER}`]);
  });

  it('marks every image missing when the asset base is not known', () => {
    const img = parse(`<img src="quire-asset:${HASH}" alt="A cat">`, null).querySelector('img');
    expect(img?.hasAttribute('src')).toBe(false);
    expect(img?.hasAttribute(MISSING_IMAGE_ATTR)).toBe(true);
  });

  it('keeps inline data: images, which load nothing', () => {
    const img = parse('<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">').querySelector('img');
    expect(img?.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
  });

  it('changes nothing when its own output is sanitised again', () => {
    const html =
      `<figure><img src="quire-asset:${HASH}" alt="A cat" srcset="https://x.example/a.jpg 2x">` +
      '<figcaption>Cat</figcaption></figure><p><img src="quire-asset:missing-0" alt="gone">' +
      '<img src="https://tracker.example/x.png"><a href="https://a.example/">link</a>' +
      '<a href="#x">anchor</a></p><script>x()</script>';
    for (const base of ['/assets/', 'quire-asset://asset/']) {
      const once = sanitizeArticleHtml(html, base);
      const twice = sanitizeArticleHtml(once, base);
      // The same elements with the same attributes (their order may differ).
      const dom = (html: string) => Object.assign(document.createElement('div'), { innerHTML: html });
      expect(dom(twice).isEqualNode(dom(once))).toBe(true);
      expect(twice.length).toBe(once.length);
      expect(once).not.toMatch(/script|https:\/\/(?:x|tracker)/);
      expect(once.match(new RegExp(MISSING_IMAGE_ATTR, 'g'))).toHaveLength(2);
    }
  });
});

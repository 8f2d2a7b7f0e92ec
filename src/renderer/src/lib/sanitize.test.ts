/** @vitest-environment jsdom */
import { sanitizeArticleHtml } from './sanitize';

const parse = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = sanitizeArticleHtml(html);
  return div;
};

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

  it('loads images lazily and keeps their alt text', () => {
    const img = parse('<img src="https://a.example/p.png" alt="A cat">').querySelector('img');
    expect(img?.getAttribute('loading')).toBe('lazy');
    expect(img?.getAttribute('alt')).toBe('A cat');
  });
});

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanContent } from './content';
import { escapeXml } from './escape';
import { AWKWARD_HTML } from './test-library';

const wellFormed = (fragment: string) => {
  const doc = new JSDOM(`<div xmlns="http://www.w3.org/1999/xhtml">${fragment}</div>`, {
    contentType: 'application/xml',
  }).window.document;
  return doc.getElementsByTagName('parsererror').length === 0;
};

describe('cleanContent', () => {
  it('keeps the structure of an article', () => {
    const html =
      '<h2>T</h2><p>a <em>b</em> <a href="https://x.example/?a=1&amp;b=2">c</a></p><blockquote><p>q</p></blockquote>' +
      '<figure><img src="quire-asset:abc123abc123abc123" alt="pic"><figcaption>cap</figcaption></figure>' +
      '<pre><code>1 &lt; 2</code></pre><table><tbody><tr><td>x</td></tr></tbody></table>';
    const out = cleanContent(html, (h) => `img/${h}.png`);
    expect(out).toBe(
      '<h2>T</h2><p>a <em>b</em> <a href="https://x.example/?a=1&amp;b=2">c</a></p><blockquote><p>q</p></blockquote>' +
        '<figure><img src="img/abc123abc123abc123.png" alt="pic"/><figcaption>cap</figcaption></figure>' +
        '<pre><code>1 &lt; 2</code></pre><table><tbody><tr><td>x</td></tr></tbody></table>',
    );
  });

  it('replaces images it cannot show with their description, and drops unsafe things', () => {
    const out = cleanContent(
      '<p><img src="quire-asset:missing-3" alt="a cat"><img src="https://remote.example/x.png" alt="">' +
        '<a href="javascript:alert(1)" onclick="x()">link</a><script>bad()</script><iframe src="https://x"></iframe></p>',
      () => null,
    );
    expect(out).toBe('<p><span class="missing-image">[a cat]</span><a>link</a></p>');
  });

  it('turns awkward but legal HTML into well-formed, validly nested XHTML', () => {
    const out = cleanContent(AWKWARD_HTML, () => null);
    expect(wellFormed(out)).toBe(true);
    expect(out).not.toMatch(/<a [^>]*>[^<]*<a /);
    expect(out).toContain('<li>stray item</li>'.replace(/<\/?li>/g, '')); // the text stays
    expect(out).not.toMatch(/<span><p>/);
    expect(out).not.toContain('<video');
    expect(out).toContain('<td colspan="2">cell</td>');
  });

  it('escapes text and drops characters XML forbids', () => {
    expect(escapeXml('a<b>&"\'\u0001\uD800z')).toBe('a&lt;b&gt;&amp;&quot;&#39;z');
    expect(escapeXml('\u{1F600}')).toBe('\u{1F600}');
  });
});

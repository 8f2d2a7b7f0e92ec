import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { loadVectors } from '../../../../test/xss/vectors';
import { sanitizeHtml, sanitizeToBody, sanitizeTree } from './sanitize';

describe('sanitizeHtml at ingest', () => {
  it('keeps plain attribute values the article needs', () => {
    const out = sanitizeHtml(
      '<table><tr><td colspan="2" rowspan="3">a</td></tr></table><time datetime="2024-01-01">x</time>' +
        '<p lang="fr">y</p><img src="https://a.example/i.png" srcset="https://a.example/i2.png 2x" width="10" alt="z">',
    );
    expect(out).toContain('colspan="2"');
    expect(out).toContain('rowspan="3"');
    expect(out).toContain('datetime="2024-01-01"');
    expect(out).toContain('lang="fr"');
    expect(out).toContain('srcset="https://a.example/i2.png 2x"');
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'vbscript:x',
    'data:text/html,x',
    'ftp://x/y',
    'file:///etc/passwd',
  ])('drops a link to %j', (href) => {
    expect(sanitizeHtml(`<a href="${href}">x</a>`)).toBe('<a>x</a>');
  });

  it('keeps http(s) and mailto links and data: images', () => {
    expect(sanitizeHtml('<a href="https://ok.example/">ok</a>')).toBe('<a href="https://ok.example/">ok</a>');
    expect(sanitizeHtml('<a href="mailto:a@b.example">m</a>')).toContain('mailto:');
    expect(sanitizeHtml('<img src="data:image/png;base64,AAAA">')).toContain('data:image/png');
  });

  it('removes forms, frames, styles, event handlers and <base>', () => {
    const out = sanitizeHtml(
      '<form action="https://evil.example"><input name=q></form><iframe src="https://x.example"></iframe>' +
        '<p style="background:url(https://t.example/p.gif)" onclick="alert(1)">t</p><base href="https://evil.example/">' +
        '<svg><script>alert(1)</script></svg><object data="x.swf"></object>',
    );
    expect(out).toBe('<p>t</p>');
  });
});

describe('sanitizeToBody', () => {
  it('gives the tree whose HTML is exactly what sanitizeHtml returns', () => {
    for (const html of [
      '<p>a<b>b</p>c',
      '<img src=x onerror=alert(1)><svg><p>x</svg>',
      '<table><tr><td>a<form>b</table>',
      '<a href="javascript:alert(1)">x</a><p style="color:red">y</p>',
      '',
    ]) {
      expect(sanitizeToBody(html).innerHTML).toBe(sanitizeHtml(html));
    }
  });
});

describe('sanitising is stable', () => {
  it('repeats until the markup reads back as itself (quirks-mode <p><table>)', () => {
    const once = sanitizeHtml('<p><table><p>');
    expect(sanitizeHtml(once)).toBe(once);
    expect(sanitizeToBody('<p><table><p>').innerHTML).toBe(once);
  });
});

describe("sanitizeTree (a tree from the page's own document)", () => {
  const pageDoc = new JSDOM('<body></body>').window.document;
  const treeOf = (html: string): Element => {
    const box = pageDoc.createElement('div');
    box.innerHTML = html;
    return box;
  };

  it('gives markup that sanitising again leaves unchanged and that holds nothing executable, for every XSS vector', () => {
    const { vectors } = loadVectors();
    expect(vectors.length).toBeGreaterThan(20);
    for (const v of vectors) {
      const out = sanitizeTree(treeOf(v.payload)).innerHTML;
      expect(sanitizeHtml(out), v.id).toBe(out);
      const back = treeOf(out);
      expect(
        back.querySelector('script, iframe, svg, math, style, noscript, object, embed'),
        v.id,
      ).toBeNull();
      for (const el of back.querySelectorAll('*'))
        for (const a of el.attributes) {
          expect(a.name, v.id).not.toMatch(/^on/i);
          if (/^(href|src|srcset|action|formaction|data|poster|xlink:href)$/i.test(a.name))
            expect(a.value.replace(/\s/g, ''), v.id).not.toMatch(/^(javascript|vbscript):/i);
          if (a.name === 'href') expect(a.value, v.id).not.toMatch(/^data:/i);
        }
    }
  });

  it('gives what sanitising the markup gives on ordinary article markup', () => {
    const html =
      '<h2>Sub</h2><p>Text <a href="https://a.example/" onclick="x()">link</a></p><figure><img src="https://a.example/i.jpg" alt="a"><figcaption>Cap</figcaption></figure><table><tbody><tr><td>1</td></tr></tbody></table>';
    expect(sanitizeTree(treeOf(html)).innerHTML).toBe(sanitizeToBody(html).innerHTML);
  });

  it('settles a tree the HTML parser could never build (a table inside a <p>) into markup that reads back the same', () => {
    const p = pageDoc.createElement('p');
    p.append('lead ', pageDoc.createElement('table'), pageDoc.createElement('p'));
    const box = pageDoc.createElement('div');
    box.append(p);
    const out = sanitizeTree(box).innerHTML;
    expect(sanitizeHtml(out)).toBe(out);
  });

  it('keeps the content of a customised built-in element (<section is="…">), without the attribute', () => {
    const html =
      '<section is="theme-single-post"><p>The whole article.</p></section><p is="x-note">More.</p>';
    for (const out of [
      sanitizeTree(treeOf(html)).innerHTML,
      sanitizeToBody(html).innerHTML,
      sanitizeHtml(html),
    ]) {
      expect(out).toContain('The whole article.');
      expect(out).toContain('More.');
    }
    // Extraction's path gives plain elements.
    expect(sanitizeTree(treeOf(html)).innerHTML).toBe(
      '<section><p>The whole article.</p></section><p>More.</p>',
    );
  });

  it("leaves the page's tree untouched", () => {
    const tree = treeOf('<p onclick="x()">a<script>b</script></p>');
    sanitizeTree(tree);
    expect(tree.innerHTML).toBe('<p onclick="x()">a<script>b</script></p>');
  });
});

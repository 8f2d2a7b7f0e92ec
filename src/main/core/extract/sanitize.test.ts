import { describe, expect, it } from 'vitest';
import { sanitizeHtml, sanitizeToBody } from './sanitize';

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

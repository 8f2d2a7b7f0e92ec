import { describe, expect, it } from 'vitest';
import { stripScriptsAndStyles } from './prepare-html';

describe('stripScriptsAndStyles', () => {
  it('drops scripts, styles and templates but keeps JSON-LD', () => {
    const out = stripScriptsAndStyles(
      '<script>var a = "<p>";</script><style>p{}</style><template><p>t</p></template><script type="application/ld+json">{"a":1}</script><p>Text</p>',
    );
    expect(out).toBe('<script type="application/ld+json">{"a":1}</script><p>Text</p>');
  });

  it('ends a block at an end tag with junk before its `>`, as browsers do, not at a later script', () => {
    const out = stripScriptsAndStyles(
      '<script src="a.js"></script\n  <!-- plugin --><p>Article text</p><script>x()</script><p>More</p><style>p{}</style foo><p>End</p></scripts>',
    );
    expect(out).toBe('<p>Article text</p><p>More</p><p>End</p></scripts>');
  });

  it('drops inline SVG, nested SVG included, and leaves custom elements that merely start with "svg"', () => {
    const out = stripScriptsAndStyles(
      '<p>a<svg width="1"><g><svg><text>x</text></svg></g><path d="M0"/></svg>b</p><SVG></SVG><svg-icon>c</svg-icon>',
    );
    expect(out).toBe('<p>ab</p><svg-icon>c</svg-icon>');
  });

  it('leaves an <svg> never closed to the parser, even when a later icon ends with </svg>', () => {
    const html =
      '<svg class="icon"><use href="#i"></use><p>The article.</p><svg><path/></svg><p>More.</p></svg>';
    expect(stripScriptsAndStyles(html)).toBe(
      '<svg class="icon"><use href="#i"></use><p>The article.</p><p>More.</p></svg>',
    );
  });

  it('leaves an unclosed <svg> to the parser', () => {
    expect(stripScriptsAndStyles('<p>a</p><svg><path/>')).toBe('<p>a</p><svg><path/>');
  });

  it('makes frames inert: attributes kept, raw content and loading gone, unclosed frames too', () => {
    expect(
      stripScriptsAndStyles(
        '<p>a</p><IFRAME src="https://www.youtube.com/embed/x" title="T">fallback <b>text</b></iframe ><p>b</p><iframe src=x>',
      ),
    ).toBe(
      '<p>a</p><quire-frame src="https://www.youtube.com/embed/x" title="T"></quire-frame><p>b</p><quire-frame src=x></quire-frame>',
    );
  });
});

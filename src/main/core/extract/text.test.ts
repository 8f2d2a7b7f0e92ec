import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockText, countWords } from './text';

const doc = new JSDOM('').window.document;
function textOfHtml(html: string): string {
  const root = doc.createElement('div');
  root.innerHTML = html;
  return blockText(root);
}

describe('blockText', () => {
  it('puts a line break between paragraphs, headings and list items', () => {
    expect(
      textOfHtml(
        '<h2>Heading</h2><p>First para.</p><p>Second para.</p><ul><li>One</li><li>Two</li></ul><h3>End</h3>',
      ),
    ).toBe('Heading\nFirst para.\nSecond para.\nOne\nTwo\nEnd');
  });

  it('keeps inline elements on one line and collapses whitespace', () => {
    expect(textOfHtml('<p>a <b>b</b> c</p>')).toBe('a b c');
    expect(textOfHtml('<p>  one\n   <em>two</em>\t<a href="#">three</a>  </p>')).toBe('one two three');
    expect(textOfHtml('<p>no<i>space</i>here</p>')).toBe('nospacehere');
  });

  it('breaks a line at <br>', () => {
    expect(textOfHtml('<p>line one<br>line two<br><br>line three</p>')).toBe(
      'line one\nline two\nline three',
    );
  });

  it('keeps the lines and indentation of <pre>', () => {
    expect(
      textOfHtml('<p>Code:</p><pre><code>function f() {\n  return 1;\n}\n</code></pre><p>After.</p>'),
    ).toBe('Code:\nfunction f() {\n  return 1;\n}\nAfter.');
  });

  it('separates text before and after a nested block', () => {
    expect(textOfHtml('<div>intro<p>middle</p>outro</div>')).toBe('intro\nmiddle\noutro');
    expect(
      textOfHtml(
        '<blockquote><p>Quoted.</p></blockquote><figure><img src="x"><figcaption>Caption.</figcaption></figure>',
      ),
    ).toBe('Quoted.\nCaption.');
  });

  it('puts table cells of a row on one line and rows on their own lines', () => {
    expect(
      textOfHtml('<table><tr><th>Year</th><th>Sales</th></tr><tr><td>2023</td><td>5</td></tr></table>'),
    ).toBe('Year Sales\n2023 5');
  });

  it('skips script, style and template content, and drops empty blocks', () => {
    expect(
      textOfHtml(
        '<p>kept</p><script>var x = 1;</script><style>p{}</style><template><p>t</p></template><p> </p><div></div>',
      ),
    ).toBe('kept');
  });

  it('turns non-breaking spaces into plain spaces', () => {
    expect(textOfHtml('<p>10&nbsp;km&nbsp; away</p>')).toBe('10 km away');
  });
});

describe('countWords', () => {
  it('counts Latin words, with apostrophes and hyphens inside words', () => {
    expect(countWords('Hello world, it’s a well-known test. 42!')).toEqual({
      wordCount: 7,
      readingMinutes: 1,
    });
    expect(countWords('Ça va? Très bien — merci.').wordCount).toBe(5);
  });

  it('reads 230 words a minute', () => {
    expect(countWords('word '.repeat(230)).readingMinutes).toBe(1);
    expect(countWords('word '.repeat(690)).readingMinutes).toBe(3);
    expect(countWords('word').readingMinutes).toBe(1);
  });

  it('counts Chinese, Japanese and Korean by characters, 500 a minute', () => {
    expect(countWords('中'.repeat(500))).toEqual({ wordCount: 500, readingMinutes: 1 });
    expect(countWords('中文'.repeat(500))).toEqual({ wordCount: 1000, readingMinutes: 2 });
    expect(countWords('ひらがなカタカナ漢字').wordCount).toBe(10);
    expect(countWords('안녕하세요').wordCount).toBe(5);
    expect(countWords('你好，世界。').wordCount).toBe(4);
  });

  it('counts mixed text: CJK characters plus Latin words', () => {
    // 我 用 阅 读 次 (5 characters) + Quire, app, 3 (3 words)
    expect(countWords('我用Quire阅读 app 3 次').wordCount).toBe(8);
  });

  it('gives 0 words and 0 minutes for empty or punctuation-only text', () => {
    expect(countWords('')).toEqual({ wordCount: 0, readingMinutes: 0 });
    expect(countWords('  \n\t ')).toEqual({ wordCount: 0, readingMinutes: 0 });
    expect(countWords('— … ! ?')).toEqual({ wordCount: 0, readingMinutes: 0 });
  });
});

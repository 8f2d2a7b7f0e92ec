import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { normalizeSpace } from './dom-utils';
import { postClean } from './post-clean';
import { dropLabelledLinks, trimDanglingEnd } from './post-clean-tail';

const doc = new JSDOM('').window.document;

function run(html: string, pass: (root: Element) => void): string {
  const root = doc.createElement('div');
  root.innerHTML = html;
  pass(root);
  return normalizeSpace(root.textContent);
}

const para = (n: number): string =>
  `<p>Paragraph ${n} of the story ${'goes on about the harbour works and the people who run them '.repeat(3)}and ends.</p>`;
const body = `<div>${para(1)}${para(2)}${para(3)}</div>`;

describe('trimDanglingEnd', () => {
  it('drops headings left at the end with nothing under them, however deep their wrappers', () => {
    const text = run(
      `${body}<section><h3>More on the harbour:</h3></section><div><div><h2><span>Contact</span></h2></div></div>`,
      trimDanglingEnd,
    );
    expect(text).not.toMatch(/More on the harbour|Contact/);
    expect(text).toContain('Paragraph 3');
  });

  it('drops the title of a teaser box whose links an earlier pass removed', () => {
    const text = run(
      `${body}<h4>You will like these too</h4><ul><li><a href="/a">One other story</a></li><li><a href="/b">Another story here</a></li><li><a href="/c">And a third story</a></li></ul>`,
      postClean,
    );
    expect(text).not.toMatch(/You will like these|other story/);
    expect(text).toContain('Paragraph 3');
  });

  it('looks past HTML comments after the last line, which are never shown', () => {
    const text = run(
      `${body}<section><h2>From the harbour desk</h2><ul></ul></section><!-- box end --><p><img src="/top.png"></p><!-- footer -->`,
      postClean,
    );
    expect(text).not.toContain('From the harbour desk');
    expect(text).toContain('Paragraph 3');
  });

  it('still keeps a closing paragraph followed by comments', () => {
    expect(run(`${body}<p>The last word of the story.</p><!-- end -->`, trimDanglingEnd)).toContain(
      'The last word of the story.',
    );
  });

  it('drops an agency sign-off code ending the text', () => {
    expect(run(`${body}<p>abc/XYZ</p>`, trimDanglingEnd)).not.toContain('abc/XYZ');
  });

  it('keeps a last paragraph with a link, a closing bold line and a closing sub-heading with its section', () => {
    const html = `${body}<h2>What happens next</h2><p>The council meets on Monday, see <a href="/agenda">the agenda</a>.</p><p><strong>See you there!</strong></p>`;
    const text = run(html, trimDanglingEnd);
    expect(text).toContain('What happens next');
    expect(text).toContain('the agenda');
    expect(text).toContain('See you there!');
  });

  it('keeps a pull quote set as a heading at the end, a closing caption and a closing list', () => {
    const quote = run(`${body}<h4>The harbour was never this quiet, she says.</h4>`, trimDanglingEnd);
    expect(quote).toContain('never this quiet');
    const caption = run(
      `${body}<figure><img src="x.jpg"><figcaption>The quay at dawn</figcaption></figure>`,
      trimDanglingEnd,
    );
    expect(caption).toContain('The quay at dawn');
    const list = run(`${body}<ul><li>Ropes</li><li>Nets</li></ul>`, trimDanglingEnd);
    expect(list).toMatch(/Ropes ?Nets/);
  });

  it('never empties a short article down to nothing', () => {
    expect(run('<h2>Opening hours</h2>', trimDanglingEnd)).toBe('Opening hours');
    expect(run('<p>A short note.</p><h3>Contact</h3>', trimDanglingEnd)).toContain('Contact');
  });
});

describe('dropLabelledLinks', () => {
  it('drops "Label: <a>headline</a>" lines, the label in bold or not', () => {
    const text = run(
      `${para(1)}<p><strong>Read also:</strong> <a href="/x">Storm closes the old pier again</a></p>${para(2)}<h6>SEE: <a href="/y">Ferry strike ends after two days</a></h6>`,
      dropLabelledLinks,
    );
    expect(text).not.toMatch(/Read also|Storm closes|Ferry strike/);
    expect(text).toContain('Paragraph 2');
  });

  it('keeps a sentence with a link, a list of sources and a caption', () => {
    const html = `${para(1)}<p>The mayor said: <a href="/s">the pier will reopen in May</a> and no sooner.</p>
      <ul><li>Source: <a href="/r">Harbour authority annual report</a></li></ul>
      <figure><img src="p.jpg"><figcaption>Photo: <a href="/p">The pier at low tide</a></figcaption></figure>
      <p>Note: <a href="/n">here</a></p>`;
    const text = run(html, dropLabelledLinks);
    expect(text).toContain('the pier will reopen in May');
    expect(text).toContain('Harbour authority annual report');
    expect(text).toContain('The pier at low tide');
    expect(text).toContain('Note: here');
  });
});

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { normalizeSpace } from './dom-utils';
import { dropNotices } from './post-clean-notices';

const doc = new JSDOM('').window.document;

function clean(html: string): string {
  const root = doc.createElement('div');
  root.innerHTML = html;
  dropNotices(root);
  return normalizeSpace(root.textContent);
}

const para = (n: number): string =>
  `<p>Paragraph ${n} tells how the council voted on the new bridge, ${'what the engineers said about its cost and who will pay for the repairs '.repeat(3)}in the end.</p>`;
const body = (from: number, to: number): string =>
  Array.from({ length: to - from + 1 }, (_, i) => para(from + i)).join('');

describe('dropNotices', () => {
  it('removes a closing plea to support the publication or install its app', () => {
    const text = clean(
      `${body(1, 6)}<p>If you value this reporting, please consider supporting us with a monthly gift.</p>` +
        `<div>Get the latest headlines on your phone with the Valley Times app.</div>`,
    );
    expect(text).toContain('Paragraph 6 tells');
    expect(text).not.toContain('consider supporting');
    expect(text).not.toContain('Valley Times app');
  });

  it('removes an affiliate disclosure at the start and an opinion disclaimer and licence line at the end', () => {
    const text = clean(
      `<p>*Dieser Artikel enthält Affiliate-Links: Kaufen Sie darüber, erhalten wir eine Provision.</p>${body(1, 6)}` +
        `<p>Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.</p>` +
        `<p>This text is published under a Creative Commons licence (CC BY 4.0).</p>`,
    );
    expect(text).not.toContain('Affiliate');
    expect(text).not.toContain('Meinung des Autors');
    expect(text).not.toContain('Creative Commons');
    expect(text).toContain('Paragraph 1 tells');
  });

  it('removes a note that the text was reviewed by doctors and a "no guarantee" line at the start', () => {
    const text = clean(
      `<p>Dieser Text wurde von Medizinern geprüft.</p><p>(Alle Angaben ohne Gewähr)</p>${body(1, 6)}`,
    );
    expect(text).not.toMatch(/Medizinern|ohne Gewähr/);
    expect(text).toContain('Paragraph 1 tells');
  });

  it('removes an advertiser disclosure at the start and a plea to support the magazine by name at the end', () => {
    const text = clean(
      `<p>This page includes products from our partners. We may receive compensation when you click on links to them. Read our advertiser disclosure.</p>${body(1, 6)}<p>Unterstütze Stadtblatt schon mit 3 Euro im Monat!</p>`,
    );
    expect(text).not.toMatch(/compensation|Unterstütze/);
    expect(text).toContain('Paragraph 1 tells');
    expect(text).toContain('Paragraph 6 tells');
  });

  it("removes a closing line pointing to the publisher's accounts, but not a sentence about following someone", () => {
    const text = clean(
      `${body(1, 3)}<p>Fans follow Ms Roe on Instagram, where she posts her match diaries.</p>${body(4, 6)}` +
        `<p>Follow The Valley Times on Twitter and Instagram @valleytimes and on Facebook.</p>`,
    );
    expect(text).toContain('Fans follow Ms Roe on Instagram');
    expect(text).not.toContain('@valleytimes');
  });

  it("removes a paywall's line where the free part stops", () => {
    const text = clean(`${body(1, 6)}<p>To read the full article, please subscribe to The Valley Times.</p>`);
    expect(text).not.toContain('please subscribe');
    expect(text).toContain('Paragraph 6 tells');
  });

  it("removes a newsletter's forwarding line at the start, kept on its web copy", () => {
    const text = clean(
      `<p>Consider inviting your friends and colleagues to join us. Was this email forwarded to you? Sign up here.</p>${body(1, 6)}`,
    );
    expect(text).not.toContain('forwarded to you');
    expect(text).toMatch(/^Paragraph 1 tells/);
  });

  it("removes the typo-report widget's line at the end", () => {
    const text = clean(`${body(1, 6)}<p>Нашли ошибку? Выделите текст и нажмите Ctrl+Enter</p>`);
    expect(text).not.toContain('Ctrl+Enter');
    expect(text).toContain('Paragraph 6 tells');
  });

  it('keeps the same words inside the story, and long paragraphs at its end', () => {
    const inside =
      '<p>The charity said the views expressed by the minister were wrong and asked donors to support our appeal.</p>';
    const longEnd = `<p>Critics say affiliate links ${'change what reviewers recommend and how readers trust them, '.repeat(4)}so the rules matter.</p>`;
    const text = clean(`${body(1, 3)}${inside}${body(4, 7)}${longEnd}`);
    expect(text).toContain('views expressed by the minister');
    expect(text).toContain('Critics say affiliate links');
  });
});

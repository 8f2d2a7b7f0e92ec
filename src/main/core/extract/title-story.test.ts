import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { normalizeSpace } from './dom-utils';
import { blocksAfterTitle } from './lead';
import { preClean } from './pre-clean';
import { missedTitleStory, titleStory } from './title-story';

const line = (word: string, n: number): string =>
  `<p>${word} line ${n} says how the old bridge was taken down and built again in the same spot by the town.</p>`;
const story = (title: string, word: string, count: number): string =>
  `<article class="story"><header><h1>${title}</h1></header><div class="entry-text">${Array.from({ length: count }, (_, i) => line(word, i)).join('')}</div><div class="share-bar"><a href="/s">Share on social media</a></div></article>`;
// An endless page: the story the page is for, then the next one the site loaded below it.
const endless = `<!doctype html><html><body><div class="scroll">${story('Bridge rebuilt', 'First', 6)}${story('Mayor resigns', 'Second', 12)}</div><div class="related-posts"><a href="/r">Read more about the bridges of the town</a></div></body></html>`;

function pick(doc: Document, word: string): Element {
  const box = doc.createElement('div');
  box.innerHTML = Array.from({ length: 12 }, (_, i) => line(word, i)).join('');
  return box;
}

describe('missedTitleStory', () => {
  it('is true when the pick holds none of the paragraphs after the title, false when it holds them', () => {
    const doc = new JSDOM(endless).window.document;
    const afterTitle = blocksAfterTitle(doc);
    expect(missedTitleStory(pick(doc, 'Second'), afterTitle)).toBe(true);
    expect(missedTitleStory(pick(doc, 'First'), afterTitle)).toBe(false);
  });

  it('is false when the title is followed by too little prose to tell', () => {
    const doc = new JSDOM(`<h1>Bridge</h1><p>${'Short.'.repeat(3)}</p>`).window.document;
    expect(missedTitleStory(pick(doc, 'Second'), blocksAfterTitle(doc))).toBe(false);
  });
});

describe('titleStory', () => {
  it("returns the <article> around the page's title, its chrome removed by pre-cleaning", () => {
    const doc = new JSDOM(endless).window.document;
    preClean(doc);
    const text = normalizeSpace(titleStory(doc)?.textContent);
    expect(text).toContain('First line 0 says');
    expect(text).toContain('First line 5 says');
    expect(text).not.toContain('Second line');
    expect(text).not.toContain('Share on social media');
    expect(text).not.toContain('Read more about');
  });

  it('without <article> markup, returns the nearest block above the title that holds the story', () => {
    const lines = Array.from({ length: 6 }, (_, i) => line('First', i)).join('');
    const doc = new JSDOM(
      `<div class="page"><div class="col-main"><div class="head"><h1>Bridge</h1></div><div class="text">${lines}</div><div class="social-share"><p>Share this story with your friends and family on every network you use, today and tomorrow.</p></div></div><aside><p>${'Sidebar words that are long enough to look like prose to a quick reader. '.repeat(3)}</p></aside></div>`,
    ).window.document;
    preClean(doc);
    const text = normalizeSpace(titleStory(doc)?.textContent);
    expect(text).toContain('First line 5 says');
    expect(text).not.toContain('Share this story');
    expect(text).not.toContain('Sidebar words');
  });

  it("finds the story by an <h2> that reads as the page's title when the page's only <h1> is a link", () => {
    const title = 'Bridge rebuilt in the same spot';
    const page = endless
      .replace('<h1>Bridge rebuilt</h1>', `<h2>${title}</h2>`)
      .replace('<h1>Mayor resigns</h1>', '<h2>Mayor resigns</h2>')
      .replace('<div class="scroll">', '<h1><a href="/">The Town Paper</a></h1><div class="scroll">');
    const doc = new JSDOM(page).window.document;
    preClean(doc);
    expect(titleStory(doc)).toBeNull();
    const text = normalizeSpace(titleStory(doc, title)?.textContent);
    expect(text).toContain('First line 5 says');
    expect(text).not.toContain('Second line');
  });

  it('returns nothing when its article holds little prose, or the story is far from the title', () => {
    const thin = new JSDOM(`<article><h1>Bridge</h1>${line('First', 0)}</article>`).window.document;
    expect(titleStory(thin)).toBeNull();
    const lines = Array.from({ length: 6 }, (_, i) => line('First', i)).join('');
    const far = new JSDOM(
      `<div><div><div><div><div><h1>Bridge</h1></div></div></div></div></div><div>${lines}</div>`,
    ).window.document;
    expect(titleStory(far)).toBeNull();
  });
});

import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { normalizeSpace } from './dom-utils';
import { findCore, findSplitCore, preClean } from './pre-clean';

const PAGE_URL = 'https://news.example/section/2024/story.html';
const PLACEHOLDER = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

const prose = (n: number): string =>
  `<p>Paragraph ${n}: the council voted on Tuesday to extend the tram line to the northern districts, a plan first proposed in 2012.</p>`;
const ARTICLE = Array.from({ length: 5 }, (_, i) => prose(i + 1)).join('');

function run(bodyHtml: string, { head = '', url = PAGE_URL } = {}): Document {
  const doc = new JSDOM(`<!doctype html><html><head>${head}</head><body>${bodyHtml}</body></html>`, { url })
    .window.document;
  preClean(doc);
  return doc;
}
const textOf = (doc: Document): string => normalizeSpace(doc.body.textContent);

describe('preClean: hidden and chrome', () => {
  const slide = (n: number, style: string): string =>
    `<div class="slide-text" style="${style}"><h3>Stop ${n}</h3><p>At stop ${n} the walk turns down to the old mill, where the river is wide and slow and the path runs along the bank.</p><p>From there it climbs again through the beech wood to a bench that looks back over the valley and the town.</p></div>`;

  it('shows the hidden panels of a series (gallery slides, accordion sections) that hold paragraphs', () => {
    const doc = run(
      `<article><h1>Title</h1>${ARTICLE}<div class="slides">${slide(1, 'display: block')}${slide(2, 'display: none')}<div class="slide-text" hidden>${slide(3, '')}</div></div></article>`,
    );
    const text = textOf(doc);
    expect(text).toContain('At stop 2 the walk');
    expect(doc.querySelectorAll('[style*="none"], [hidden]').length).toBe(0);
  });

  it('still removes a hidden block that stands alone, and hidden panels of links or short lines', () => {
    const menu = (n: number): string =>
      `<div class="panel" style="display:none"><a href="/a${n}">Section ${n} first page of the archive</a> <a href="/b${n}">Section ${n} second page of the archive</a></div>`;
    const doc = run(
      `<article><h1>Title</h1>${ARTICLE}<div class="notice" hidden><p>This notice would tell the reader that the page uses storage in the browser to remember their settings.</p><p>It would offer to accept or refuse, and explain where to change the choice later.</p></div>${menu(1)}${menu(2)}</article>`,
    );
    const text = textOf(doc);
    expect(text).not.toContain('This notice');
    expect(text).not.toContain('archive');
  });

  it('removes hidden, aria-hidden="true" and inline display:none / visibility:hidden elements', () => {
    const doc = run(`<article><h1>Title</h1>${ARTICLE}
      <div hidden>Hidden attribute</div><p aria-hidden="true">Aria hidden</p>
      <span style="color: red; DISPLAY : none">Display none</span><div style="visibility:hidden">Invisible</div>
      <p aria-hidden="false">Aria visible</p></article>`);
    const text = textOf(doc);
    expect(text).not.toMatch(/Hidden attribute|Aria hidden|Display none|Invisible/);
    expect(text).toContain('Aria visible');
    expect(text).toContain('Paragraph 5');
  });

  it('removes nav, aside, footer and form, and ARIA landmarks that are chrome', () => {
    const doc = run(`<nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Title</h1>${ARTICLE}</article>
      <aside>Sidebar box</aside><form><input name="q"> Search the site</form>
      <div role="complementary">Complementary box</div><footer>© Site footer</footer>`);
    const text = textOf(doc);
    expect(text).not.toMatch(/Home|World|Sidebar box|Search the site|Complementary box|Site footer/);
    expect(text).toContain('Paragraph 1');
  });

  it("removes readers' comments marked up in microdata (itemprop=comment, a schema.org Comment)", () => {
    const doc = run(
      `<article>${ARTICLE}</article><div itemprop="comment" itemscope itemtype="http://schema.org/Comment"><p>Tried this last year and it worked for me.</p></div><section itemscope itemtype="https://schema.org/UserComments"><p>Great write-up, thanks for sharing it.</p></section>`,
    );
    const text = textOf(doc);
    expect(text).not.toMatch(/Tried this|Great write-up/);
    expect(text).toContain('Paragraph 5');
  });

  it('keeps the footer of a blockquote or figure inside the article', () => {
    const doc = run(
      `<article>${ARTICLE}<blockquote><p>Quoted words.</p><footer>— Quoted person</footer></blockquote></article>`,
    );
    expect(textOf(doc)).toContain('— Quoted person');
  });

  it('removes a comment section (#comments), even a long one', () => {
    const comments = Array.from(
      { length: 12 },
      (_, i) => `<li><p>Comment ${i}: I think the tram line is a great idea for the district.</p></li>`,
    ).join('');
    const doc = run(
      `<article><h1>Title</h1>${ARTICLE}${prose(6)}${prose(7)}${prose(8)}</article><div id="comments"><h3>Comments</h3><ol>${comments}</ol></div>`,
    );
    expect(doc.getElementById('comments')).toBeNull();
    expect(textOf(doc)).not.toContain('Comment 3');
    expect(textOf(doc)).toContain('Paragraph 8');
  });

  it('removes share, newsletter and related blocks by class', () => {
    const doc = run(`<article><h1>Title</h1>${ARTICLE}
      <div class="share-buttons">Share this</div><div class="newsletter_signup">Sign up now</div>
      <section class="related"><a href="/x">Other story</a></section></article>`);
    expect(textOf(doc)).not.toMatch(/Share this|Sign up now|Other story/);
  });

  it('matches chrome words as whole words only', () => {
    const doc = run(
      `<article><h1>Title</h1><div class="content-adaptive">${ARTICLE}</div><p class="shared-history">Kept paragraph.</p></article>`,
    );
    expect(textOf(doc)).toContain('Kept paragraph.');
  });

  it('never removes the element holding the article body, or its ancestors, whatever their class', () => {
    const doc = run(
      `<div class="has-sidebar"><div class="related-content"><article>${ARTICLE}</article></div><div class="sidebar">Widget</div></div>`,
    );
    expect(textOf(doc)).toContain('Paragraph 1');
    expect(textOf(doc)).toContain('Paragraph 5');
    expect(textOf(doc)).not.toContain('Widget');
  });

  it('never removes the headline, even inside a "masthead" header', () => {
    const doc = run(
      `<header class="site-header"><a href="/">Logo</a></header><div class="masthead"><h1>The headline</h1></div><div>${ARTICLE}</div>`,
    );
    expect(textOf(doc)).toContain('The headline');
    expect(textOf(doc)).not.toContain('Logo');
  });

  it('ignores script hooks, state flags and BEM modifiers when matching chrome words', () => {
    const doc = run(`<article><h1>Title</h1>${ARTICLE}
      <section class="story__section story__section--ads"><p>Section with an ad slot, kept.</p></section>
      <div class="js_readmore"><p>Expandable text, kept.</p></div>
      <div class="box has-ads"><p>Flagged box, kept.</p></div>
      <div class="ad-slot">Real ad slot</div></article>`);
    const text = textOf(doc);
    expect(text).toContain('Section with an ad slot, kept.');
    expect(text).toContain('Expandable text, kept.');
    expect(text).toContain('Flagged box, kept.');
    expect(text).not.toContain('Real ad slot');
  });

  it('keeps a "teaser" without links (a lead) and a "widget" with paragraphs, but not a linked teaser', () => {
    const doc =
      run(`<article><h1>Title</h1><div class="teaser-text"><p>The lead paragraph.</p></div>${ARTICLE}</article>
      <div class="elementor-widget-container">${prose(6)}${prose(7)}${prose(8)}<a href="/x">More</a></div>
      <div class="teaser"><a href="/other">Other story</a> A short line about it.</div>
      <a href="/third"><figure class="teaser-card"><figcaption>Third story</figcaption></figure></a>
      <div class="widget widget_text"><a href="/shop">Visit the shop</a></div>`);
    const text = textOf(doc);
    expect(text).toContain('The lead paragraph.');
    expect(text).toContain('Paragraph 7');
    expect(text).not.toMatch(/Other story|Third story|Visit the shop/);
  });

  it("reads a custom element's name as its class: drops a linked <x-teaser> and an <x-share-bar>", () => {
    const doc = run(`<article><h1>Title</h1>${ARTICLE}
      <x-inline-teaser><x-link href="/faq"><h3>Questions on the tram</h3></x-link><p>All answers in one place.</p></x-inline-teaser>
      <x-share-bar>Send by mail</x-share-bar></article>`);
    const text = textOf(doc);
    expect(text).not.toMatch(/Questions on the tram|All answers|Send by mail/);
    expect(text).toContain('Paragraph 5');
  });

  it('keeps custom elements whose name says nothing of chrome, and an unlinked <x-teaser> (a lead)', () => {
    const doc = run(`<article><h1>Title</h1><x-teaser><p>The lead paragraph.</p></x-teaser>
      <x-rich-text>${ARTICLE}</x-rich-text><x-quote-box><p>A quote kept in its box.</p></x-quote-box></article>`);
    const text = textOf(doc);
    expect(text).toContain('The lead paragraph.');
    expect(text).toContain('Paragraph 5');
    expect(text).toContain('A quote kept in its box.');
  });

  it("keeps the article's own <header> (lead, subtitle) but removes the site header", () => {
    const doc = run(`<header><a href="/">Logo</a> <a href="/login">Log in</a></header>
      <h1>Title</h1><div><header><p>A subtitle that opens the article and says what it is about, in a full sentence.</p></header>${ARTICLE}</div>
      <div class="story"><article><header><p>Short lead.</p></header>${ARTICLE}</article></div>`);
    const text = textOf(doc);
    expect(text).not.toMatch(/Logo|Log in/);
    expect(text).toContain('A subtitle that opens the article');
    expect(text).toContain('Short lead.');
  });

  it('keeps the prose of a <form> that wraps the whole content, but removes a search or comment form', () => {
    const doc =
      run(`<form class="productform"><h1>Blanket</h1>${ARTICLE}<input name="qty"><button>Buy</button></form>
      <form><label>Search</label><input name="q"></form>`);
    const text = textOf(doc);
    expect(text).toContain('Paragraph 3');
    expect(text).not.toContain('Search');
    expect(doc.querySelector('input, button')).toBeNull();
  });

  it('keeps a hidden-looking wrapper when it holds the article itself', () => {
    const doc = run(`<div style="display:none" class="js-reveal">${ARTICLE}</div>`);
    expect(textOf(doc)).toContain('Paragraph 3');
  });
});

describe('preClean: subheadings named "header"', () => {
  const card = `<article><h1>Lentil stew</h1>${ARTICLE}<div class="recipe-card"><h3 class="recipe-header">Ingredients</h3><ul><li>300 g lentils, washed and drained well</li><li>1 large onion, chopped fine</li></ul><div class="section-header"><h2>Method</h2></div>${prose(6)}</div></article>`;

  it("drops the 'header' class of a subheading and of a wrapper holding only one, so Readability keeps them", () => {
    const plain = new Readability(new JSDOM(card).window.document).parse();
    expect(plain?.textContent).not.toContain('Ingredients'); // what this guards against
    const doc = run(card);
    expect(doc.querySelector('h3')?.getAttribute('class')).toBeNull();
    expect(doc.querySelector('h2')?.parentElement?.getAttribute('class')).toBeNull();
    const text = normalizeSpace(new Readability(doc).parse()?.textContent);
    expect(text).toContain('Ingredients');
    expect(text).toContain('Method');
  });

  it("leaves the class of a 'header' block that holds more than a heading, or one outside the article's block", () => {
    const doc = run(
      `<div class="page-header"><h2>Town news</h2><p>Local news since 1901.</p></div><article>${ARTICLE}</article><div class="box"><h3 class="box-header">In this issue</h3></div>`,
    );
    expect(doc.querySelector('.page-header')).not.toBeNull();
    expect(doc.querySelector('.box-header')).not.toBeNull();
  });
});

describe('preClean: lazy images', () => {
  const imgs = (doc: Document) => [...doc.querySelectorAll('img')];

  it('takes data-src over a data: placeholder', () => {
    const doc = run(`<article>${ARTICLE}<img src="${PLACEHOLDER}" data-src="/img/a.jpg"></article>`);
    expect(imgs(doc).map((i) => i.getAttribute('src'))).toEqual(['https://news.example/img/a.jpg']);
  });

  it('takes data-lazy-src when there is no src, but keeps a real src', () => {
    const doc = run(
      `<article>${ARTICLE}<img data-lazy-src="b.jpg"><img src="/real.jpg" data-src="/other.jpg"></article>`,
    );
    expect(imgs(doc).map((i) => i.getAttribute('src'))).toEqual([
      'https://news.example/section/2024/b.jpg',
      'https://news.example/real.jpg',
    ]);
  });

  it('takes data-srcset, and replaces a placeholder src with its first candidate', () => {
    const doc = run(
      `<article>${ARTICLE}<img src="${PLACEHOLDER}" data-srcset="/c-400.jpg 400w, /c-800.jpg 800w"></article>`,
    );
    const img = imgs(doc)[0]!;
    expect(img.getAttribute('srcset')).toBe(
      'https://news.example/c-400.jpg 400w, https://news.example/c-800.jpg 800w',
    );
    expect(img.getAttribute('src')).toBe('https://news.example/c-400.jpg');
  });

  it('keeps the <noscript> image and drops the placeholder before it', () => {
    const doc = run(
      `<article>${ARTICLE}<img class="lazy" src="${PLACEHOLDER}"><noscript><img src="/full.jpg" alt="Full"></noscript></article>`,
    );
    expect(imgs(doc).map((i) => i.getAttribute('src'))).toEqual(['https://news.example/full.jpg']);
    expect(doc.querySelector('noscript')).toBeNull();
  });

  it('drops a <noscript> without an image', () => {
    const doc = run(`<article>${ARTICLE}<noscript>Please enable JavaScript.</noscript></article>`);
    expect(textOf(doc)).not.toContain('enable JavaScript');
  });

  it('folds a <picture> into its <img>, taking the lazy raster source candidates', () => {
    const doc = run(
      `<article>${ARTICLE}<picture><source data-srcset="/p.webp 1x" type="image/webp"><img src="/p.jpg"></picture></article>`,
    );
    expect(doc.querySelector('picture, source')).toBeNull();
    expect(doc.querySelector('img')?.getAttribute('srcset')).toBe('https://news.example/p.webp 1x');
  });
});

describe('preClean: URLs', () => {
  it('makes links and images absolute against the page URL', () => {
    const doc = run(
      `<article>${ARTICLE}<a href="../other.html">rel</a><a href="/root">root</a><img src="pic.png"></article>`,
    );
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://news.example/section/other.html',
      'https://news.example/root',
    ]);
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('https://news.example/section/2024/pic.png');
  });

  it('makes them absolute against <base href> when there is one', () => {
    const doc = run(
      `<article>${ARTICLE}<a href="page2">next</a><img src="img/x.png" srcset="img/x.png 1x, img/x2.png 2x"></article>`,
      {
        head: '<base href="https://cdn.example/assets/">',
      },
    );
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://cdn.example/assets/page2');
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('https://cdn.example/assets/img/x.png');
    expect(doc.querySelector('img')?.getAttribute('srcset')).toBe(
      'https://cdn.example/assets/img/x.png 1x, https://cdn.example/assets/img/x2.png 2x',
    );
  });

  it('leaves fragment, mailto and data: URLs alone', () => {
    const doc = run(
      `<article>${ARTICLE}<a href="#fn1">1</a><a href="mailto:desk@news.example">mail</a><img src="${PLACEHOLDER}"></article>`,
    );
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '#fn1',
      'mailto:desk@news.example',
    ]);
    expect(doc.querySelector('img')?.getAttribute('src')).toBe(PLACEHOLDER);
  });
});

describe('findCore', () => {
  it('finds the block with the most paragraph text', () => {
    const doc = new JSDOM(
      `<body><div id="teasers"><p>${'Short teaser text here. '.repeat(2)}</p></div><div id="body">${ARTICLE}</div></body>`,
    ).window.document;
    expect(findCore(doc)?.id).toBe('body');
  });

  it('prefers an explicit articleBody', () => {
    const doc = new JSDOM(`<body><div itemprop="articleBody" id="ab"><div>${ARTICLE}</div></div></body>`)
      .window.document;
    expect(findCore(doc)?.id).toBe('ab');
  });
});

describe('findSplitCore', () => {
  const section = (id: string, from: number, to: number): string =>
    `<div class="section" id="${id}"><h2>Part ${id}</h2><div class="section-text">${Array.from({ length: to - from + 1 }, (_, i) => prose(from + i)).join('')}</div></div>`;
  const dom = (html: string): Document => new JSDOM(`<body>${html}</body>`).window.document;

  it('finds the wrapper of an article split into sibling sections', () => {
    const doc = dom(
      `<div id="post">${section('a', 1, 4)}${section('b', 5, 7)}</div><div id="side"><p>Short note.</p></div>`,
    );
    expect(findSplitCore(doc)?.root.id).toBe('post');
  });

  it('gathers sections that stand as rows directly under <body>, with a table row between', () => {
    const row = (id: string, from: number, to: number): string =>
      `<div class="row" id="${id}"><div class="col">${section(id, from, to)}</div></div>`;
    const table = `<div class="row"><table><tr><th>Density</th><td>0.67 kg/l</td></tr></table></div>`;
    const doc = dom(`${row('a', 1, 4)}${table}${row('b', 5, 8)}<div class="row"><p>Short note.</p></div>`);
    const split = findSplitCore(doc);
    const text = split?.root.textContent ?? '';
    expect(text).toContain(prose(1).slice(3, 40));
    expect(text).toContain('0.67 kg/l');
    expect(text).toContain(prose(8).slice(3, 40));
    expect(text).not.toContain('Short note');
    // A copy: the page itself is left as it was, for Readability.
    expect(split?.root.parentNode).toBeNull();
    expect(doc.getElementById('a')?.parentElement).toBe(doc.body);
  });

  it('does not reach a block several rows away from the article', () => {
    const row = (id: string, from: number, to: number): string =>
      `<div class="row" id="${id}">${section(id, from, to)}</div>`;
    const gap = '<div class="row"><img src="x.jpg" alt=""></div>'.repeat(3);
    expect(findSplitCore(dom(`${row('a', 1, 6)}${gap}${row('b', 7, 8)}`))).toBeNull();
  });

  it('is null when the article sits in one block', () => {
    expect(findSplitCore(dom(`<div id="post"><div>${ARTICLE}</div></div>`))).toBeNull();
  });

  it('does not gather a listing of posts with linked headlines', () => {
    const post = (n: number): string =>
      `<div class="post"><h2><a href="https://x/${n}">Post ${n}</a></h2><div class="entry">${prose(n)}${prose(n + 10)}</div></div>`;
    expect(findSplitCore(dom(`<div id="list">${post(1)}${post(2)}${post(3)}</div>`))).toBeNull();
  });

  it('does not gather posts that are separate <article>s', () => {
    const post = (n: number): string =>
      `<article><h2>Story ${n}</h2><div>${prose(n)}${prose(n + 10)}</div></article>`;
    expect(findSplitCore(dom(`<div id="feed">${post(1)}${post(2)}</div>`))).toBeNull();
  });

  it('leaves out a long related-posts box and teaser cards with headline links', () => {
    const related = `<ul class="related-posts">${[1, 2, 3].map((n) => `<li>${prose(20 + n)}</li>`).join('')}</ul>`;
    const card = (n: number): string =>
      `<div class="card"><a href="https://x/${n}">Another story worth reading ${n}</a><div>${prose(30 + n)}${prose(40 + n)}</div></div>`;
    const doc = dom(
      `<div id="page"><div id="post">${ARTICLE}</div>${related}<div>${card(1)}${card(2)}</div></div>`,
    );
    expect(findSplitCore(doc)).toBeNull();
  });
});

import { parseSrcset } from '../assets/srcset';
import { embedsToLinks } from './embeds';
import { INERT_FRAME } from './prepare-html';
import {
  elementsWhere,
  firstWhere,
  isHidden,
  linkDensity,
  paragraphProse,
  removeAll,
  signature,
  textOf,
  unwrap,
} from './dom-utils';

/**
 * Cleaning before Readability: remove what is certainly not the article, so Readability's scoring
 * is not misled by it, and make lazily loaded images real.
 */

const CHROME_TAGS = `nav, aside, footer, form, button, input, select, textarea, dialog, iframe, ${INERT_FRAME}, object, embed, svg, menu`;
const CHROME_ROLES =
  '[role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"], [role="search"], [role="dialog"], [role="alertdialog"], [role="menu"], [role="menubar"], [role="toolbar"]';

// Matched against class/id/role/aria-label as whole dash/underscore separated words.
const CHROME_WORDS = new RegExp(
  '(?:^|[\\s_-])(' +
    [
      'breadcrumbs?',
      'crumbs?',
      'share',
      'shares',
      'sharing',
      'sharebar',
      'social',
      'socials',
      'newsletter',
      'subscribe',
      'subscription',
      'signup',
      'related',
      'recommended',
      'recommendations?',
      'more-?stories',
      'read-?more',
      'read-?next',
      'also-?read',
      'check-?also',
      'comments?',
      'comment-?respond',
      'respond',
      'discussion',
      'disqus',
      'cookies?',
      'consent',
      'gdpr',
      'advert',
      'adverts',
      'advertisement',
      'ads?',
      'adslot',
      'ad-?slot',
      'ad-?label',
      'ad-?container',
      'ad-?wrapper',
      'sponsor',
      'sponsored',
      'promo',
      'promoted',
      'popup',
      'modal',
      'overlay',
      'author-?box',
      'author-?bio',
      'about-?author',
      'author-?info',
      'post-?author-?box',
      'post-?meta',
      'postmetadata',
      'entry-?meta',
      'entry-?utility',
      'tags',
      'tag-?list',
      'tagcloud',
      'post-?tags',
      'entry-?tags',
      'teasers?',
      'widget',
      'widgets',
      'pagination',
      'pager',
      'post-?navigation',
      'post-?nav',
      'nav-?links',
      'sidebar',
      'skip-?link',
      'screen-?reader-?text',
      'sr-?only',
      'visually-?hidden',
      'print-?only',
      'toolbar',
      'masthead',
      'site-?header',
      'site-?footer',
      'menu',
      'jump-?link',
      'most-?popular',
      'trending',
      'paywall',
      'webmentions?',
      'reactions',
      'fil-?ariane',
      'ariane',
    ].join('|') +
    ')(?=$|[\\s_-])',
  'i',
);

/**
 * Class tokens that say nothing about what a block is: script hooks ("js-readmore" toggles text, it
 * is not a read-more link), state flags ("has-ads", "no-sidebar") and BEM modifiers
 * ("section--ads" is a section that also holds an ad slot).
 */
function chromeSignature(el: Element): string {
  const classes = (el.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((c) => !/^(js|has|no|with)[-_]/i.test(c))
    .map((c) => c.replace(/--.*$/, ''));
  // A custom element's own name says what it is, as a class would: <x-related-teaser>, <x-share-bar>.
  const custom = el.localName.includes('-') ? el.localName : '';
  return [custom, classes.join(' '), el.id, el.getAttribute('role'), el.getAttribute('aria-label')]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

/** A <header> that opens the article (lead, subtitle) rather than the site: inside an <article>, or holding prose. */
function isArticleHeader(el: Element): boolean {
  if (el.closest('article')) return true;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += textOf(a).length;
  return textOf(el).length - linked >= 80;
}

/** Text in paragraphs of a block: what a comment or search form never holds much of. */
function proseLength(el: Element): number {
  let n = 0;
  for (const p of el.querySelectorAll('p')) n += textOf(p).length;
  return n;
}

/**
 * "Teaser" also names an article's own lead, and "widget" a page builder's text block. A teaser box
 * always links to the story it advertises (from inside or as the link around it), and a sidebar
 * widget holds no real paragraphs.
 */
const WEAK_WORDS = /(^|[\s_-])(teasers?|widgets?)(?=$|[\s_-])/g;

/** True when the signature names chrome only through a weak word. */
function weakChromeOnly(sig: string): boolean {
  return !CHROME_WORDS.test(sig.replace(WEAK_WORDS, '$1 '));
}

function keepsWeak(el: Element, sig: string): boolean {
  // The link may be a custom element's own (<x-link href>).
  if (/teaser/.test(sig)) return !el.closest('[href]') && !el.querySelector('[href]');
  return proseLength(el) >= 300;
}

const KEEP_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/**
 * A hidden panel of a series (a gallery's slides, an accordion's sections, tabs) that holds real
 * paragraphs: the page shows one at a time, but each is part of the article. A hidden menu, dialog
 * or notice stands alone, or holds links and short lines rather than paragraphs.
 */
function isHiddenPanel(el: Element): boolean {
  const cls = el.classList[0];
  if (!cls) return false;
  const same = (s: Element | null): boolean =>
    !!s && s.localName === el.localName && s.classList.contains(cls);
  if (!same(el.previousElementSibling) && !same(el.nextElementSibling)) return false;
  return paragraphProse(el) >= 200 && linkDensity(el) < 0.2;
}

/** Shows a hidden panel to Readability, which skips what the page hides. */
function unhide(el: Element): void {
  el.removeAttribute('hidden');
  el.removeAttribute('aria-hidden');
  el.removeAttribute('style');
}

const PROSE_TAGS = new Set(['p', 'pre', 'li', 'blockquote']);
const isProseTag = (el: Element): boolean => PROSE_TAGS.has(el.localName);

const BODY_CLASSES = ['entry-content', 'post-content', 'article-body', 'article__body'];

/** `[itemprop="articleBody"], .entry-content, .post-content, .article-body, .article__body` */
function isExplicitBody(el: Element): boolean {
  if (el.getAttribute('itemprop') === 'articleBody') return true;
  const list = el.classList;
  return list.length > 0 && BODY_CLASSES.some((c) => list.contains(c));
}

const CHROME_TAG_SET = new Set(CHROME_TAGS.split(/,\s*/));
const CHROME_ROLE_SET = new Set([...CHROME_ROLES.matchAll(/role="([a-z]+)"/g)].map((m) => m[1]!));

// Readers' comments marked up as such in microdata (Discourse's replies, many blog themes), whatever
// their class names say.
const COMMENT_PROP = /(^|\s)comment(\s|$)/;
const COMMENT_ITEM = /(^|\/)(Comment|UserComments)$/;

/**
 * `${CHROME_TAGS}, ${CHROME_ROLES}` without the selector engine, and readers' comments by their
 * microdata (`itemprop="comment"`, a schema.org Comment or UserComments).
 */
function isChromeElement(el: Element): boolean {
  // localName: an inline <svg> reports its tagName in lower case, HTML elements in upper case.
  if (CHROME_TAG_SET.has(el.localName)) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLE_SET.has(role)) return true;
  const itemprop = el.getAttribute('itemprop');
  if (itemprop && COMMENT_PROP.test(itemprop)) return true;
  const itemtype = el.getAttribute('itemtype');
  return !!itemtype && COMMENT_ITEM.test(itemtype.trim());
}

/** The block that holds the most paragraph text: the article is in it, so nothing containing it is removed. */
export function findCore(doc: Document): Element | null {
  const explicit = doc.body ? firstWhere(doc.body, isExplicitBody) : null;
  if (explicit && textOf(explicit).length > 200) return explicit;
  let best: Element | null = null;
  let bestScore = 0;
  const scores = new Map<Element, number>();
  if (!doc.body) return null;
  for (const p of elementsWhere(doc.body, isProseTag)) {
    const parent = p.parentElement;
    if (!parent) continue;
    const len = textOf(p).length;
    if (len < 25) continue;
    // Most paragraphs hold no link: skip the second pass over their text.
    const density = p.getElementsByTagName('a').length ? linkDensity(p) : 0;
    const score = (scores.get(parent) ?? 0) + len * (1 - density);
    scores.set(parent, score);
    if (score > bestScore) {
      bestScore = score;
      best = parent;
    }
  }
  return best;
}

/** Named as chrome by its own class, id, role or label ("comments", "related-posts", "sidebar"). */
export function namedChrome(el: Element): boolean {
  const sig = chromeSignature(el);
  return !!sig && CHROME_WORDS.test(sig) && !weakChromeOnly(sig);
}

/** Named as chrome itself or by a wrapper, up to the article or main landmark that holds it. */
function underChrome(el: Element): boolean {
  let e: Element | null = el;
  for (let up = 0; up < 6 && e && !e.matches('article, main, body'); up++, e = e.parentElement) {
    const sig = chromeSignature(e);
    // "widget" and "teaser" also wrap whole posts on some platforms.
    if (sig && CHROME_WORDS.test(sig) && !weakChromeOnly(sig)) return true;
  }
  return false;
}

/** A short text in a small box with its own headline link: a teaser card for another page. */
function inTeaserCard(el: Element): boolean {
  let box: Element | null = el.parentElement;
  for (let up = 0; up < 2 && box; up++, box = box.parentElement) {
    if (textOf(box).length > 800) return false;
    for (const a of box.getElementsByTagName('a')) {
      if (!el.contains(a) && a.hasAttribute('href') && textOf(a).length >= 15) return true;
    }
  }
  return false;
}

// A block whose paragraphs count towards the article when it is split over sibling blocks.
const SPLIT_MIN_BLOCK = 150;
const SPLIT_MAX_CLIMB = 4;

/**
 * The article's whole extent when its text is split over sibling blocks (sections of a long post,
 * a recipe's steps beside its ingredients, a product's description beside its details), where
 * Readability keeps only the densest block: the nearest ancestor of the densest block that gathers
 * more of the page's prose blocks, or, when only <body> holds them, the run of its rows that does.
 * Returned as a copy, since Readability moves and strips the page's own nodes: only pages whose
 * prose is split pay for it. Null when the prose sits in one block, the common case.
 */
export function findSplitCore(doc: Document): { root: Element; prose: number } | null {
  const body = doc.body;
  if (!body) return null;
  const scores = new Map<Element, number>();
  for (const p of elementsWhere(body, isProseTag)) {
    const parent = p.parentElement;
    if (!parent) continue;
    const len = textOf(p).length;
    if (len < 25) continue;
    const links = p.getElementsByTagName('a').length;
    // A list item with a link is a teaser or a menu entry more often than a step or an ingredient.
    if (links && p.tagName === 'LI') continue;
    const density = links ? linkDensity(p) : 0;
    if (density > 0.5) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len * (1 - density));
  }
  let best: Element | null = null;
  let bestScore = 0;
  const blocks: [Element, number][] = [];
  for (const [el, score] of scores) {
    // Blocks inside a box named as chrome ("related-posts") were spared by pre-clean only for their length.
    if (score < SPLIT_MIN_BLOCK || underChrome(el) || el.closest('form') || inTeaserCard(el)) continue;
    blocks.push([el, score]);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best || blocks.length < 2) return null;
  let root: Element = best;
  let prose = bestScore;
  let node = best.parentElement;
  for (let up = 0; up < SPLIT_MAX_CLIMB && node && node !== body && node !== doc.documentElement; up++) {
    let inside = 0;
    for (const [el, score] of blocks) if (node.contains(el)) inside += score;
    if (gathersMore(inside, prose)) {
      root = node;
      prose = inside;
    }
    node = node.parentElement;
  }
  let extent = [root];
  // The climb reached <body> itself: the sections may stand side by side directly under it.
  if (node === body) {
    const span = bodySpan(body, root, blocks);
    if (span && gathersMore(span.prose, prose)) {
      extent = span.rows;
      prose = span.prose;
    }
  }
  if (extent.length === 1 && root === best) return null;
  const within = (el: Element) => extent.some((row) => row !== el && row.contains(el));
  // Blocks in separate <article>s are separate posts (a listing, an endless scroll of stories).
  const posts = new Set<Element>();
  for (const [el] of blocks) {
    const post = el.closest('article');
    if (post && within(post)) posts.add(post);
  }
  if (posts.size >= 2) return null;
  // Linked headings over the blocks make a listing of posts, each of them a teaser for its own page.
  const linkedHeadings = extent.reduce((n, row) => n + row.querySelectorAll(LINKED_HEADING).length, 0);
  if (linkedHeadings >= 2) return null;
  if (extent.length === 1) return { root: root.cloneNode(true) as Element, prose };
  // The rows' copies in a box of their own: no element of the page holds just them.
  const box = doc.createElement('div');
  for (const row of extent) box.append(row.cloneNode(true));
  return { root: box, prose };
}

const LINKED_HEADING = 'h1 a[href], h2 a[href], h3 a[href], a[href] h2, a[href] h3';

/** Whether a wider extent holding `inside` gathers enough more than the `prose` found so far. */
const gathersMore = (inside: number, prose: number) =>
  inside >= prose + Math.max(SPLIT_MIN_BLOCK, prose * 0.15);

// Body rows without prose (a table, a figure, a pull quote) that may stand between two that have it.
const SPAN_MAX_GAP = 2;

/**
 * The run of <body>'s children around the one holding `root` whose prose blocks follow each other
 * with at most a short gap: an article that a page builder laid out as full-width rows directly
 * under <body> (text, a table, more text), which no element but <body> holds together.
 */
function bodySpan(
  body: Element,
  root: Element,
  blocks: [Element, number][],
): { rows: Element[]; prose: number } | null {
  const rows = [...body.children];
  const proseOf = new Map<Element, number>();
  for (const [el, score] of blocks) {
    const row = rows.find((r) => r.contains(el));
    if (row) proseOf.set(row, (proseOf.get(row) ?? 0) + score);
  }
  const start = rows.findIndex((r) => r.contains(root));
  if (start < 0) return null;
  let first = start;
  let last = start;
  for (let i = start - 1, gap = 0; i >= 0 && gap <= SPAN_MAX_GAP; i--) {
    if (proseOf.has(rows[i]!)) [first, gap] = [i, 0];
    else gap++;
  }
  for (let i = start + 1, gap = 0; i < rows.length && gap <= SPAN_MAX_GAP; i++) {
    if (proseOf.has(rows[i]!)) [last, gap] = [i, 0];
    else gap++;
  }
  if (first === last) return null;
  const span = rows.slice(first, last + 1);
  return { rows: span, prose: span.reduce((n, r) => n + (proseOf.get(r) ?? 0), 0) };
}

function protect(el: Element, core: Element | null, h1: Element | null): boolean {
  if (KEEP_TAGS.has(el.tagName)) return true;
  if (core && (el === core || el.contains(core))) return true;
  if (h1 && el.contains(h1) && el.tagName !== 'NAV') return true;
  if (el.matches('[itemprop="articleBody"]')) return true;
  return false;
}

/** 1×1 tracking pixels and spacers carry nothing to read. */
function isPixel(img: Element): boolean {
  const w = Number(img.getAttribute('width'));
  const h = Number(img.getAttribute('height'));
  return (img.hasAttribute('width') && w <= 2) || (img.hasAttribute('height') && h <= 2);
}

function resolveLazyImages(doc: Document): void {
  const root = doc.documentElement;
  if (!root) return;
  // One walk for the three tags (see elementsWhere); the <noscript> images are in the tree already.
  const imgs: Element[] = [];
  const noscripts: Element[] = [];
  const pictures: Element[] = [];
  elementsWhere(root, (el) => {
    const tag = el.localName;
    if (tag === 'img') imgs.push(el);
    else if (tag === 'noscript') noscripts.push(el);
    else if (tag === 'picture') pictures.push(el);
    return false;
  });
  for (const img of imgs) if (isPixel(img)) img.remove();
  // <noscript> carries the real image next to a placeholder: keep the real one.
  for (const ns of noscripts) {
    const inner = ns.querySelector('img, picture');
    if (!inner) {
      ns.remove();
      continue;
    }
    const prev = ns.previousElementSibling;
    if (prev?.tagName === 'IMG' && isPlaceholder(prev)) prev.remove();
    unwrap(ns);
  }
  for (const img of imgs) {
    if (!img.isConnected) continue;
    const lazy =
      img.getAttribute('data-src') ??
      img.getAttribute('data-lazy-src') ??
      img.getAttribute('data-original') ??
      img.getAttribute('data-url') ??
      img.getAttribute('data-hi-res-src');
    if (lazy && (isPlaceholder(img) || !img.getAttribute('src'))) img.setAttribute('src', lazy);
    const lazySet = img.getAttribute('data-srcset') ?? img.getAttribute('data-lazy-srcset');
    if (lazySet && !img.getAttribute('srcset')) img.setAttribute('srcset', lazySet);
    // Sanitising drops srcset, so src must be a real image too. A candidate URL may itself hold commas.
    if (!img.getAttribute('src') || isPlaceholder(img)) {
      const first = parseSrcset(img.getAttribute('srcset'))[0]?.url;
      if (first) img.setAttribute('src', first);
    }
  }
  for (const picture of pictures) {
    for (const source of picture.querySelectorAll('source[data-srcset]')) {
      if (!source.getAttribute('srcset')) source.setAttribute('srcset', source.getAttribute('data-srcset')!);
    }
  }
  // <source> does not survive sanitising: the first raster source's candidates move onto the <img>,
  // which is what a browser would have shown.
  for (const picture of pictures) {
    if (!picture.isConnected) continue;
    const img = picture.querySelector('img');
    const source =
      [...picture.querySelectorAll('source[srcset]')].find(
        (s) => !/svg/i.test(s.getAttribute('type') ?? '') && !s.hasAttribute('media'),
      ) ?? picture.querySelector('source[srcset]:not([type*="svg" i])');
    if (img && source) img.setAttribute('srcset', source.getAttribute('srcset')!);
    if (img) picture.replaceWith(img);
  }
}

function isPlaceholder(img: Element): boolean {
  const src = img.getAttribute('src') ?? '';
  return (
    !src ||
    src.startsWith('data:') ||
    /(blank|placeholder|spacer|lazy|pixel|transparent)\.(gif|png|svg)/i.test(src)
  );
}

const MEDIA_SRC = new Set(['img', 'source', 'video', 'audio']);

/** Makes links and images absolute against <base> and the page URL, so nothing depends on the origin later. */
function absolutizeUrls(doc: Document): void {
  const fix = (el: Element, attr: string): void => {
    const v = el.getAttribute(attr);
    if (!v || /^(data|mailto|tel):/i.test(v) || v.startsWith('#')) return;
    try {
      el.setAttribute(attr, new URL(v, doc.baseURI).href);
    } catch {
      el.removeAttribute(attr);
    }
  };
  const root = doc.documentElement;
  if (!root) return;
  // One walk instead of three selector lists (see elementsWhere).
  const links: Element[] = [];
  const media: Element[] = [];
  const sets: Element[] = [];
  elementsWhere(root, (el) => {
    const tag = el.localName;
    if ((tag === 'a' || tag === 'area') && el.hasAttribute('href')) links.push(el);
    else if (MEDIA_SRC.has(tag) && (el.hasAttribute('src') || (tag === 'video' && el.hasAttribute('poster'))))
      media.push(el);
    if ((tag === 'img' || tag === 'source') && el.hasAttribute('srcset')) sets.push(el);
    return false;
  });
  for (const a of links) fix(a, 'href');
  for (const img of media) {
    fix(img, img.hasAttribute('src') ? 'src' : 'poster');
  }
  for (const el of sets) {
    const set = parseSrcset(el.getAttribute('srcset'))
      .map(({ url, width, density }) => {
        try {
          const descriptor = width ? ` ${width}w` : ` ${density ?? 1}x`;
          return new URL(url, doc.baseURI).href + descriptor;
        } catch {
          return '';
        }
      })
      .filter(Boolean);
    el.setAttribute('srcset', set.join(', '));
  }
}

const SUBHEADING = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const HEADER_TOKEN = /header/i;

/** A subheading, or a small wrapper whose whole text is one subheading's. */
function isOnlyASubheading(el: Element): boolean {
  if (SUBHEADING.has(el.localName)) return !!textOf(el);
  if (el.getElementsByTagName('*').length > 3) return false;
  const heading = firstWhere(el, (e) => SUBHEADING.has(e.localName));
  return !!heading && !!textOf(el) && textOf(heading) === textOf(el);
}

/**
 * Readability drops any element whose class says "header" as an unlikely candidate, which takes a
 * section's heading with it ("recipe-header" over "Ingredients", "section-header" around an <h2>).
 * A subheading inside the block that holds the article's paragraphs, or a wrapper there holding
 * only one, is the article's own: it loses those class names. Boxes around the article (a sidebar's
 * "Tags", a magazine's "In this issue") keep theirs.
 */
function unmarkSubheadings(core: Element): void {
  const marked = elementsWhere(core, (el) => HEADER_TOKEN.test(el.getAttribute('class') ?? ''));
  for (const el of marked) {
    if (!isOnlyASubheading(el)) continue;
    const kept = [...el.classList].filter((c) => !HEADER_TOKEN.test(c));
    if (kept.length) el.setAttribute('class', kept.join(' '));
    else el.removeAttribute('class');
  }
}

const INERT_TAGS = new Set(['script', 'style', 'link', 'meta', 'template', 'noscript']);

/** Removes the page's chrome; returns the block that holds the most paragraph text, which it spares. */
export function preClean(doc: Document): Element | null {
  embedsToLinks(doc);
  resolveLazyImages(doc);
  absolutizeUrls(doc);
  const body = doc.body;
  if (!body) return null;
  // The first <h1> in document order (what the selector list "article h1, main h1, h1" returns).
  const h1 = body.getElementsByTagName('h1')[0] ?? null;
  const core = findCore(doc);

  const hidden: Element[] = [];
  const inert: Element[] = [];
  elementsWhere(body, (el) => {
    if (isHidden(el)) hidden.push(el);
    if (INERT_TAGS.has(el.localName) && el.getAttribute('type') !== 'application/ld+json') inert.push(el);
    return false;
  });
  for (const el of hidden) {
    if (protect(el, core, h1)) continue;
    if (isHiddenPanel(el)) unhide(el);
    else el.remove();
  }
  removeAll(inert);

  for (const el of elementsWhere(body, isChromeElement)) {
    if (!el.isConnected || protect(el, core, h1)) continue;
    // A figure's footer or an <aside> pull quote inside the body text is part of the article.
    if (el.tagName === 'FOOTER' && el.closest('blockquote, figure')) continue;
    // Some sites wrap a whole product or article in one <form>: its prose stays, its controls go.
    if (el.tagName === 'FORM' && proseLength(el) >= 200) continue;
    el.remove();
  }
  // Site headers: any <header> that is not the article's own header (which holds the h1).
  for (const el of elementsWhere(
    body,
    (e) => e.localName === 'header' || e.getAttribute('role') === 'banner',
  )) {
    if (el.isConnected && !protect(el, core, h1) && !(h1 && el.contains(h1)) && !isArticleHeader(el))
      el.remove();
  }
  const named = elementsWhere(
    body,
    (e) =>
      e.hasAttribute('class') ||
      e.hasAttribute('id') ||
      e.hasAttribute('aria-label') ||
      e.localName.includes('-'),
  );
  for (const el of named) {
    if (!el.isConnected || protect(el, core, h1)) continue;
    // The raw signature first: cleaning tokens only removes matches, and most elements match nothing.
    if (!CHROME_WORDS.test(signature(el)) && !CHROME_WORDS.test(el.localName)) continue;
    const sig = chromeSignature(el);
    if (!sig || !CHROME_WORDS.test(sig)) continue;
    // Words like "related" or "tags" also name wrappers of real content: keep long, link-poor blocks.
    if (textOf(el).length > 1500 && linkDensity(el) < 0.25 && !/comment|respond|disqus/.test(sig)) continue;
    if (weakChromeOnly(sig) && keepsWeak(el, sig)) continue;
    el.remove();
  }
  if (core?.isConnected) unmarkSubheadings(core);
  return core?.isConnected ? core : null;
}

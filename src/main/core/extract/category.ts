import type { CategorySource } from '../../../shared/domain';
import { elementsWhere, firstWhere, normalizeSpace, textOf } from './dom-utils';
import { articleNode, str, types, type JsonLdNode } from './json-ld';

export interface DetectedCategory {
  name: string | null;
  source: CategorySource;
}

const HOME =
  /^(home|homepage|home page|start|startseite|accueil|inicio|início|portada|главная|首页|ホーム|main|index|front ?page|news ?home)$/i;

/** Display form of a section name: slugs become words, shouting or all-lowercase becomes sentence case. */
export function normalizeCategoryName(raw: string | null | undefined): string | null {
  let s = raw ?? '';
  try {
    s = decodeURIComponent(s);
  } catch {
    /* keep as is */
  }
  s = s.replace(/\.(html?|php|aspx?)$/i, '');
  // Only a slug ("e-bikes", "local_news") has separators for spaces; a name a page shows
  // ("E-bikes", "Baden-Württemberg") keeps its hyphens.
  const slug = !/\s/.test(s.trim()) && s === s.toLowerCase();
  s = normalizeSpace(slug ? s.replace(/[-_+]+/g, ' ') : s);
  s = s.replace(/^[\s>/»›|:·•-]+|[\s>/»›|:·•-]+$/g, '');
  if (!s || s.length > 60 || /^\d+$/.test(s)) return null;
  if (s === s.toLowerCase() || (s === s.toUpperCase() && s.length > 3)) {
    s = s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
  }
  return s;
}

const simplify = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** True when a crumb is the article itself (crumb trails often end with a truncated title). */
function isTitleCrumb(crumb: string, title: string | null): boolean {
  if (!title) return false;
  const c = simplify(crumb.replace(/(\.\.\.|…)$/, ''));
  const t = simplify(title);
  if (!c) return false;
  return c === t || (c.length >= 12 && (t.startsWith(c) || c.startsWith(t)));
}

/** The last crumb that is neither "Home" nor the article's own title. */
export function sectionFromCrumbs(crumbs: string[], title: string | null): string | null {
  const trail = crumbs.map(normalizeSpace).filter(Boolean);
  while (trail.length && isTitleCrumb(trail[trail.length - 1]!, title)) trail.pop();
  // A crumb of the article's own length is the title even when it differs from <title>.
  if (trail.length > 1 && trail[trail.length - 1]!.split(/\s+/).length > 7) trail.pop();
  const sections = trail.filter((c) => !HOME.test(c));
  return sections.length ? sections[sections.length - 1]! : null;
}

function jsonLdCrumbs(nodes: JsonLdNode[]): string[] | null {
  const list = nodes.find((n) => types(n).includes('BreadcrumbList'));
  const items = list?.itemListElement;
  if (!Array.isArray(items) || !items.length) return null;
  return (items as JsonLdNode[])
    .map((it, i) => ({
      pos: Number(it.position ?? i + 1),
      name: str(it.name) ?? str((it.item as JsonLdNode | undefined)?.name) ?? '',
    }))
    .sort((a, b) => a.pos - b.pos)
    .map((x) => x.name);
}

/** Named as a breadcrumb trail by class ("breadcrumb", "crumbs", "ariane", "brotkrumen"), id or aria-label. */
function isCrumbBox(el: Element): boolean {
  return (
    /breadcrumb|crumbs|ariane|brotkrumen/i.test(el.getAttribute('class') ?? '') ||
    /breadcrumb|ariane/i.test(el.id) ||
    /breadcrumb/i.test(el.getAttribute('aria-label') ?? '')
  );
}

function markupCrumbs(doc: Document, title: string | null): string[] | null {
  // schema.org BreadcrumbList in microdata or RDFa.
  // Case-insensitive substring selectors walk the tree slowly in jsdom: test the attributes instead.
  const root = doc.documentElement;
  if (!root) return null;
  const list = firstWhere(
    root,
    (el) =>
      (el.hasAttribute('itemtype') || el.hasAttribute('typeof')) &&
      /breadcrumblist/i.test(`${el.getAttribute('itemtype') ?? ''} ${el.getAttribute('typeof') ?? ''}`),
  );
  if (list) {
    const items = [...list.querySelectorAll('[itemprop="itemListElement"], [property="itemListElement"]')];
    const crumbs = items.map((it) => textOf(it.querySelector('[itemprop="name"], [property="name"]') ?? it));
    if (crumbs.length) return crumbs;
  }
  // A plain breadcrumb container: links, then usually the current page as text.
  // The word also names page-wide wrappers ("has-breadcrumbs"): a trail is short and never holds the headline.
  const named = firstWhere(
    root,
    (el) =>
      (el.hasAttribute('class') || el.hasAttribute('id') || el.hasAttribute('aria-label')) &&
      isCrumbBox(el) &&
      textOf(el).length <= 400 &&
      !el.querySelector('h1'),
  );
  const box = named ?? separatorTrail(doc, title);
  if (!box) return null;
  const links = [...box.querySelectorAll('a')].map(textOf).filter(Boolean);
  const lastItem = [...box.querySelectorAll('li')].pop();
  const current = box.querySelector('[aria-current], .current, .active, .last') ?? lastItem;
  if (current && !current.querySelector('a') && !current.closest('a')) links.push(textOf(current));
  return links.length ? links : null;
}

const SEPARATORS = /^[\s>»›/|→·•:\\-]*$/;

/** A direct child text node with a trail separator, followed later by a direct child link. */
function hasSeparatorChild(el: Element): boolean {
  let separator = false;
  for (const node of el.childNodes) {
    if (node.nodeType === 3 && /[>»›/→]/.test(node.textContent ?? '')) separator = true;
    else if (separator && (node as Element).tagName === 'A') return true;
  }
  return false;
}

// Old table layouts set trails in <font>, <b> or <small>.
const TRAIL_TAGS = new Set(['div', 'p', 'nav', 'span', 'td', 'ol', 'ul', 'font', 'b', 'small', 'strong']);

// "You are here:", "当前位置：" before the first crumb.
const TRAIL_LABEL = /^[^:：]{0,24}[:：]\s*$/;

/**
 * The article's headline: the <h1> that reads as the title, else the first with text. A trail
 * comes before the headline; a site logo in an <h1> (an image, or the site's name) does not count.
 */
function headline(doc: Document, title: string | null): Element | null {
  let first: Element | null = null;
  for (const h of doc.getElementsByTagName('h1')) {
    const t = textOf(h);
    if (!t) continue;
    if (title && isTitleCrumb(t, title)) return h;
    first ??= h;
  }
  return first;
}

/** An unnamed trail such as "Home > News > Title": a few links joined only by separator characters. */
function separatorTrail(doc: Document, title: string | null): Element | null {
  const h1 = headline(doc, title);
  const root = doc.documentElement;
  if (!root) return null;
  for (const el of elementsWhere(root, (e) => TRAIL_TAGS.has(e.localName))) {
    // Cheap tests first: counting links and text over every element's subtree is quadratic.
    if (!hasSeparatorChild(el)) continue;
    if (h1 && h1.compareDocumentPosition(el) & 4 /* el follows the h1 */) continue;
    const links = [...el.querySelectorAll('a')];
    if (links.length < 2 || links.length > 7 || textOf(el).length > 250) continue;
    // Text nodes between the links must be separators, and at least one must be a real one.
    let between = '';
    let trailing = '';
    let seenLink = false;
    for (const node of el.childNodes) {
      if (node.nodeType === 3) trailing += node.textContent ?? '';
      else if ((node as Element).tagName === 'A') {
        if (seenLink || !TRAIL_LABEL.test(trailing)) between += trailing;
        seenLink = true;
        trailing = '';
      } else if (!/^(SPAN|EM|I|B|STRONG|LI)$/.test((node as Element).tagName ?? '')) between += 'x';
    }
    if (/[>»›/→]/.test(between) && SEPARATORS.test(between)) return el;
  }
  return null;
}

/**
 * The section an article's address starts with, when the site's own links name it: /tech/2024/…
 * with a menu link to /tech/ reading "Tech". A bare first segment is often no section at all
 * (/2024/, /p/, /blog/, /news/), so the page must link to it, and the link's words are its name.
 */
function sectionFromPathLink(doc: Document, url: string): string | null {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return null;
  }
  const segments = page.pathname.split('/').filter(Boolean);
  // Not a year, an id, a short code (/p/) or a language (/en/, /pt-br/).
  if (segments.length < 2 || /^(\d+|[a-z]{1,2}|[a-z]{2}[-_][a-z]{2,4})$/i.test(segments[0]!)) return null;
  const section = `/${segments[0]!.toLowerCase()}`;
  for (const a of doc.getElementsByTagName('a')) {
    const href = a.getAttribute('href');
    if (!href) continue;
    let target: URL;
    try {
      target = new URL(href, page);
    } catch {
      continue;
    }
    if (target.host !== page.host || target.pathname.replace(/\/$/, '').toLowerCase() !== section) continue;
    const name = textOf(a);
    // "@name" is the author's page on a publishing platform, not a section.
    if (
      name &&
      name.length <= 40 &&
      !HOME.test(name) &&
      !name.startsWith('@') &&
      namesSegment(name, segments[0]!)
    )
      return name;
  }
  return null;
}

const JOINERS = new Set(['and', 'und', 'et', 'y', 'e', 'i', 'of', 'the']);

/**
 * Whether a link's words spell the path segment ("Food & Drink" for /food-drink/, "Magazin" for
 * /magazine/): a logo or a "Sign up" link to the same path names something else.
 */
function namesSegment(name: string, segment: string): boolean {
  let slug = segment;
  try {
    slug = decodeURIComponent(segment);
  } catch {
    /* keep as is */
  }
  const parts = simplify(slug).split(' ');
  const words = simplify(name)
    .split(' ')
    .filter((w) => w && !JOINERS.has(w));
  return words.length > 0 && words.every((w) => parts.some((p) => p.startsWith(w) || w.startsWith(p)));
}

const PATH_SECTION =
  /\/(?:category|categories|section|sections|rubrik|rubrique|kategorie|topics?)\/([^/?#]+)/i;

/** Category from the page's own markup: breadcrumbs, then JSON-LD, then meta, then the URL path. */
export function detectCategory(
  doc: Document,
  jsonLd: JsonLdNode[],
  title: string | null,
  url: string | null,
): DetectedCategory {
  const crumbs = jsonLdCrumbs(jsonLd) ?? markupCrumbs(doc, title);
  const fromCrumbs = crumbs ? normalizeCategoryName(sectionFromCrumbs(crumbs, title)) : null;
  if (fromCrumbs) return { name: fromCrumbs, source: 'breadcrumb' };

  const section = str(articleNode(jsonLd)?.articleSection);
  const fromLd = normalizeCategoryName(section?.split(/[,;]/)[0]);
  if (fromLd) return { name: fromLd, source: 'json-ld' };

  // 'meta[property="article:section" i], meta[name="article:section" i], meta[name="parsely-section" i], meta[name="section" i]'
  const metaSection = [...doc.getElementsByTagName('meta')]
    .find((m) => {
      const name = m.getAttribute('name')?.toLowerCase();
      return (
        m.getAttribute('property')?.toLowerCase() === 'article:section' ||
        name === 'article:section' ||
        name === 'parsely-section' ||
        name === 'section'
      );
    })
    ?.getAttribute('content');
  const fromMeta = normalizeCategoryName(metaSection);
  if (fromMeta) return { name: fromMeta, source: 'meta' };

  if (url) {
    try {
      const m = PATH_SECTION.exec(new URL(url).pathname);
      const fromPath = normalizeCategoryName(m?.[1] ?? sectionFromPathLink(doc, url));
      if (fromPath) return { name: fromPath, source: 'url' };
    } catch {
      /* not a URL */
    }
  }
  return { name: null, source: 'none' };
}

import { articleNode, names, readJsonLd, str, type JsonLdNode } from './json-ld';
import { elementsWhere, firstWhere, normalizeSpace, textOf } from './dom-utils';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  leadImage: string | null;
  /** The address the publisher names as this article's own (`rel=canonical`, else og:url). */
  canonicalUrl: string | null;
  jsonLd: JsonLdNode[];
}

function canonicalOf(doc: Document, ogUrl: string | null): string | null {
  for (const link of doc.getElementsByTagName('link')) {
    if (!/(^|\s)canonical(\s|$)/i.test(link.getAttribute('rel') ?? '')) continue;
    const href = link.getAttribute('href')?.trim();
    if (!href) continue;
    try {
      const url = new URL(href, doc.URL);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      /* an unusable canonical is no canonical */
    }
  }
  if (ogUrl && /^https?:\/\//i.test(ogUrl)) return ogUrl;
  return null;
}

// One pass over the <meta> elements per document: a case-insensitive attribute selector per key
// walks the whole tree each time, and pages are asked for some thirty keys.
const metaIndexes = new WeakMap<Document, Map<string, Element>>();

function metaIndex(doc: Document): Map<string, Element> {
  let index = metaIndexes.get(doc);
  if (index) return index;
  index = new Map();
  for (const el of doc.getElementsByTagName('meta')) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      // The first element in document order that carries the key, as querySelector would find.
      if (key && !index.has(key)) index.set(key, el);
    }
  }
  metaIndexes.set(doc, index);
  return index;
}

/** The first non-empty content among `keys` (property, name or itemprop, any case). */
export function meta(doc: Document, ...keys: string[]): string | null {
  const index = metaIndex(doc);
  for (const key of keys) {
    const v = normalizeSpace(index.get(key.toLowerCase())?.getAttribute('content'));
    if (v) return v;
  }
  return null;
}

function validDate(v: string | null | undefined): string | null {
  const s = normalizeSpace(v);
  if (!s || Number.isNaN(Date.parse(s))) return null;
  return s;
}

const BY_PREFIX =
  /^(?:(?:written|posted|published|reported|words|text|story)\s+)?(?:by|von|par|por|di|door|av|af)\s*[:\-–]?\s+/i;

// A full stop followed by more text, unless it ends an initial ("Michael D. Shear") or a title ("Dr. Jane Doe").
const SENTENCE_BREAK = /(?<!(?:^|[\s.])\p{Lu}|\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Sr|Jr|St))[.!?]\s+\S/u;

/** Turns "By Jane Doe, Staff Writer | 5 min read" into "Jane Doe"; rejects sentences and boxes. */
export function cleanByline(raw: string | null | undefined): string | null {
  let s = normalizeSpace(raw);
  if (!s) return null;
  s = s.replace(BY_PREFIX, '');
  s = s.split(/\s+[|•·]\s+|\s+[-–—]\s+(?=\d)|\bupdated\b|\bpublished\b|\bon\s+\w+\s+\d/i)[0]!.trim();
  // A job title after the name: "Jane Doe, Science Correspondent", "Jane Doe Staff Writer".
  s = s
    .replace(/,\s*[^,]{0,40}?\b(writer|reporter|editor|correspondent|columnist|journalist)s?\b.*$/i, '')
    .replace(/\s+(staff|senior|chief|contributing)\s+(writer|reporter|editor|correspondent)\b.*$/i, '')
    .trim();
  s = s.replace(/[,;:]+$/, '').trim();
  if (!s || s.length > 100 || SENTENCE_BREAK.test(s) || /^(about|share|follow)\b/i.test(s)) return null;
  if (/^https?:\/\//i.test(s)) return null;
  return s;
}

/** Whether `el` carries class `c`; quirks-mode pages match class names regardless of case, as browsers do. */
function hasClass(el: Element, c: string, quirks: boolean): boolean {
  if (!quirks) return el.classList.contains(c);
  const lower = c.toLowerCase();
  for (const k of el.classList) if (k.toLowerCase() === lower) return true;
  return false;
}

function hasAncestor(el: Element, test: (a: Element) => boolean): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) if (test(a)) return true;
  return false;
}

/**
 * Which of the byline selector groups an element matches first, or -1. The groups, tried in order:
 * '[itemprop="author"] [itemprop="name"]'; '[itemprop="author"]'; 'a[rel~="author"]'; '[rel="author"]';
 * '.byline .author, .byline__name, .author-name, .meta-author a, .meta-author';
 * '.byline, .post-author, .entry-author, [class*="byline"], .author'.
 * Tested in one walk: jsdom's selector engine is slow on selector lists and attribute selectors.
 */
function bylineGroup(el: Element, quirks: boolean): number {
  const itemprop = el.getAttribute('itemprop');
  if (itemprop === 'name' && hasAncestor(el, (a) => a.getAttribute('itemprop') === 'author')) return 0;
  if (itemprop === 'author') return 1;
  const rel = el.getAttribute('rel');
  if (rel !== null) {
    if (el.localName === 'a' && rel.split(/\s+/).includes('author')) return 2;
    if (rel === 'author') return 3;
  }
  if (!el.classList.length) return el.localName === 'a' && inMetaAuthor(el, quirks) ? 4 : -1;
  const cls = (c: string): boolean => hasClass(el, c, quirks);
  if (
    (cls('author') && hasAncestor(el, (a) => hasClass(a, 'byline', quirks))) ||
    cls('byline__name') ||
    cls('author-name') ||
    (el.localName === 'a' && inMetaAuthor(el, quirks)) ||
    cls('meta-author')
  )
    return 4;
  const raw = el.getAttribute('class') ?? '';
  if (cls('byline') || cls('post-author') || cls('entry-author') || raw.includes('byline') || cls('author'))
    return 5;
  return -1;
}

function inMetaAuthor(el: Element, quirks: boolean): boolean {
  return hasAncestor(el, (a) => hasClass(a, 'meta-author', quirks));
}

function bylineFromMarkup(doc: Document): string | null {
  const root = doc.documentElement;
  if (!root) return null;
  const quirks = doc.compatMode === 'BackCompat';
  const groups: Element[][] = [[], [], [], [], [], []];
  // An element in several groups fails or succeeds alike in each, so its first group is enough.
  elementsWhere(root, (el) => {
    const g = bylineGroup(el, quirks);
    if (g >= 0) groups[g]!.push(el);
    return false;
  });
  for (const group of groups) {
    for (const el of group) {
      // Author boxes at the foot of the article hold a bio, not a byline.
      if (
        el.closest(
          '[class*="author-box" i], [class*="author-bio" i], [class*="about-author" i], [id*="author-box" i], footer, aside',
        )
      )
        continue;
      const name = cleanByline(el.getAttribute('content') ?? textOf(el));
      if (name) return name;
    }
  }
  return null;
}

function uniqueJoin(list: string[]): string | null {
  const seen = new Set<string>();
  const out = list
    .map((n) => normalizeSpace(n))
    .filter((n) => n && !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
  if (out.length <= 2) return out.join(' and ') || null;
  return `${out.slice(0, -1).join(', ')} and ${out[out.length - 1]}`;
}

/** Strips " | Site", "Site - " and similar from a title. */
export function cleanTitle(title: string | null, siteName: string | null): string | null {
  let t = normalizeSpace(title);
  if (!t) return null;
  if (siteName) {
    const esc = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const stripped = t
      .replace(new RegExp(`\\s*[|\\-–—:·»]\\s*${esc}\\s*$`, 'i'), '')
      .replace(new RegExp(`^${esc}\\s*[|\\-–—:·»]\\s*`, 'i'), '');
    if (stripped.length >= 3) t = stripped;
  }
  // A trailing " | Something short" is almost always a site or section name.
  const m = /^(.{15,}?)\s+[|»]\s+[^|»]{2,40}$/.exec(t);
  if (m) t = m[1]!;
  return t;
}

export function readMetadata(doc: Document): PageMetadata {
  const jsonLd = readJsonLd(doc);
  const article = articleNode(jsonLd);
  const publisher = article?.publisher as JsonLdNode | undefined;
  const website = jsonLd.find((n) => n['@type'] === 'WebSite');

  const siteName =
    meta(doc, 'og:site_name', 'application-name', 'twitter:site:name') ??
    str(publisher?.name) ??
    str(website?.name) ??
    null;

  const h1s = [...doc.querySelectorAll('h1')].map(textOf).filter(Boolean);
  const rawTitle =
    str(article?.headline) ??
    meta(doc, 'og:title', 'twitter:title') ??
    (h1s.length === 1 ? h1s[0]! : null) ??
    textOf(doc.querySelector('title'));
  const title = cleanTitle(rawTitle, siteName);

  const ldAuthors = names(article?.author)
    .map(cleanByline)
    .filter((x): x is string => !!x);
  const byline =
    uniqueJoin(ldAuthors) ??
    cleanByline(meta(doc, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator')) ??
    bylineFromMarkup(doc);

  // 'article time[datetime], time[itemprop="datePublished"], time[pubdate], time[datetime]'
  const timeEl = firstWhere(
    doc.documentElement,
    (el) =>
      el.localName === 'time' &&
      (el.hasAttribute('datetime') ||
        el.hasAttribute('pubdate') ||
        el.getAttribute('itemprop') === 'datePublished'),
  );
  const publishedTime =
    validDate(str(article?.datePublished)) ??
    validDate(
      meta(
        doc,
        'article:published_time',
        'datePublished',
        'parsely-pub-date',
        'pubdate',
        'publishdate',
        'date',
        'dc.date',
        'dcterms.created',
        'sailthru.date',
      ),
    ) ??
    validDate(
      firstWhere(doc.documentElement, (el) => el.getAttribute('itemprop') === 'datePublished')?.getAttribute(
        'content',
      ),
    ) ??
    validDate(timeEl?.getAttribute('datetime'));
  const modifiedTime =
    validDate(str(article?.dateModified)) ??
    validDate(meta(doc, 'article:modified_time', 'dateModified', 'og:updated_time'));

  const lang =
    normalizeSpace(
      doc.documentElement.getAttribute('lang') ?? doc.documentElement.getAttribute('xml:lang'),
    ) ||
    meta(doc, 'content-language', 'dc.language', 'language') ||
    [...doc.getElementsByTagName('meta')]
      .find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-language')
      ?.getAttribute('content')
      ?.trim() ||
    str(article?.inLanguage) ||
    meta(doc, 'og:locale')?.replace('_', '-') ||
    null;

  const excerpt =
    meta(doc, 'description', 'og:description', 'twitter:description') ?? str(article?.description);
  const image = article?.image as JsonLdNode | string | undefined;
  const leadImage =
    meta(doc, 'og:image', 'og:image:url', 'twitter:image') ??
    (typeof image === 'string' ? image : (str((image as JsonLdNode | undefined)?.url) ?? null));

  const canonicalUrl = canonicalOf(doc, meta(doc, 'og:url'));

  return {
    title,
    byline,
    siteName,
    publishedTime,
    modifiedTime,
    lang,
    excerpt,
    leadImage,
    canonicalUrl,
    jsonLd,
  };
}

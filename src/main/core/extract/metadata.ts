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
    // Korean, Japanese and Chinese bylines put the title after the name, or a label before it.
    .replace(/\s*(?:선임기자|객원기자|기자|특파원|논설위원|編集委員|特派員|記者|记者|特约记者)$/u, '')
    .replace(/^(?:记者|記者|作者|文|撰文)\s*[:：|]\s*/u, '')
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

// Hosting platforms that JSON-LD names as the publisher of every blog they host.
const PLATFORM =
  /^(?:blogger|blogspot|wordpress(?:\.com)?|medium|tumblr|substack|ghost|wix(?:\.com)?|squarespace|weebly|livejournal|typepad|jimdo)$/i;

// Between a page title's parts: "Site :: Section :: Headline", "Headline | Site", "Blog: Post".
const PART_BREAK = /\s+(?:[|\-–—·»])\s+|\s*::\s*/;
const BREAK_AT_END = /\s*(?:::|[|\-–—·»:])\s*$/;
const BREAK_AT_START = /^\s*(?:::|[|\-–—·»:])\s*/;

// Not a site's name: a byline, a page number, a host name standing in for a headline.
const NOT_A_SITE = /^(?:by|von|par|por|di)\s|^(?:seite|page|página|pagina|strona)\s*\d+$/i;
const HOST_LIKE = /^[\w-]+(?:\.[\w-]+)+$/;
const MAX_SITE_WORDS = 5;

/**
 * The site's name as its <title> gives it: the outer part of "Site :: Section :: Headline" or
 * "Headline - Site", where the headline is the first of `headlines` the title starts or ends with.
 * A name is a few words at most; anything else is a kicker or a second headline. With `shorter`
 * (when the headline is only guessed), it must also be shorter than the headline.
 */
function siteFromTitle(docTitle: string, headlines: (string | null)[], shorter = false): string | null {
  const lower = docTitle.toLowerCase();
  for (const h of headlines) {
    if (!h || h.length >= docTitle.length || HOST_LIKE.test(h)) continue;
    let rest: string | null = null;
    let outer: (parts: string[]) => string | undefined = (p) => p[0];
    if (lower.endsWith(h.toLowerCase()) && BREAK_AT_END.test(docTitle.slice(0, -h.length)))
      rest = docTitle.slice(0, -h.length).replace(BREAK_AT_END, '');
    else if (lower.startsWith(h.toLowerCase()) && BREAK_AT_START.test(docTitle.slice(h.length))) {
      rest = docTitle.slice(h.length).replace(BREAK_AT_START, '');
      outer = (p) => p[p.length - 1];
    }
    if (rest === null) continue;
    const name = normalizeSpace(outer(rest.split(PART_BREAK))).replace(/^[\s|\-–—·»:]+|[\s|\-–—·»:]+$/g, '');
    const words = name.split(' ').length;
    const plausible =
      /[\p{L}\p{N}]/u.test(name) &&
      (!shorter || name.length < h.length) &&
      words <= MAX_SITE_WORDS &&
      !NOT_A_SITE.test(name);
    return plausible ? name : null;
  }
  return null;
}

/**
 * The JSON-LD publisher names the company or the platform ("Openpedia Foundation, Inc.",
 * "Blogger"); the name the site goes by in its own <title> is preferred when that is the same
 * name cut short, or when the publisher is only the host.
 */
function siteName(ldName: string | null, titleName: string | null): string | null {
  if (!ldName || PLATFORM.test(ldName)) return titleName ?? ldName;
  if (
    titleName &&
    titleName.length < ldName.length &&
    ldName.toLowerCase().startsWith(titleName.toLowerCase() + ' ')
  )
    return titleName;
  return ldName;
}

/** The single <h1> when it is the headline <title> names and JSON-LD's headline is something else (a summary). */
function headlineOverLd(h1s: string[], docTitle: string, ldHeadline: string | null): string | null {
  if (h1s.length !== 1 || !ldHeadline) return null;
  const h1 = h1s[0]!;
  if (
    h1.toLowerCase() === ldHeadline.toLowerCase() ||
    docTitle.toLowerCase().includes(ldHeadline.toLowerCase())
  )
    return null;
  return docTitle.toLowerCase().includes(h1.toLowerCase()) ? h1 : null;
}

// "Last updated on <time>": a date that says when the page changed, not when it was published.
const UPDATE_LABEL =
  /(?:updated|modified|edited|aktualisiert|geändert|bearbeitet|mis à jour|modifié|actualizado|aggiornato|zaktualizowano|обновлено|更新)\W*(?:on|am|le|el|il)?\W*$/iu;

function isUpdateStamp(time: Element): boolean {
  const host = time.parentElement?.closest('p, div, span, li, footer, section, header') ?? time.parentElement;
  if (!host) return false;
  const own = textOf(time);
  const before = textOf(host);
  const cut = own ? before.indexOf(own) : -1;
  return UPDATE_LABEL.test((cut >= 0 ? before.slice(0, cut) : before).slice(-40));
}

export function readMetadata(doc: Document): PageMetadata {
  const jsonLd = readJsonLd(doc);
  const article = articleNode(jsonLd);
  const publisher = article?.publisher as JsonLdNode | undefined;
  const website = jsonLd.find((n) => n['@type'] === 'WebSite');

  const h1s = [...doc.querySelectorAll('h1')].map(textOf).filter(Boolean);
  const docTitle = textOf(doc.querySelector('title'));
  const ldHeadline = str(article?.headline);
  const ogTitle = meta(doc, 'og:title', 'twitter:title');
  // A blog's <h1> may be the blog's own name: the page's stated headlines first, then a lone <h1>.
  const titleSite =
    siteFromTitle(docTitle, [ldHeadline, ogTitle, str(article?.name)]) ??
    (h1s.length === 1 ? siteFromTitle(docTitle, h1s, true) : null);
  const site =
    meta(doc, 'og:site_name', 'application-name', 'twitter:site:name') ??
    siteName(str(publisher?.name) ?? str(website?.name) ?? null, titleSite);

  const rawTitle =
    headlineOverLd(h1s, docTitle, ldHeadline) ??
    ldHeadline ??
    ogTitle ??
    (h1s.length === 1 ? h1s[0]! : null) ??
    docTitle;
  const title = cleanTitle(rawTitle, site);

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
        el.getAttribute('itemprop') === 'datePublished') &&
      !isUpdateStamp(el),
  );
  const updateEl = timeEl
    ? null
    : firstWhere(doc.documentElement, (el) => el.localName === 'time' && el.hasAttribute('datetime'));
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
    validDate(meta(doc, 'article:modified_time', 'dateModified', 'og:updated_time')) ??
    validDate(updateEl?.getAttribute('datetime'));

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
    siteName: site,
    publishedTime,
    modifiedTime,
    lang,
    excerpt,
    leadImage,
    canonicalUrl,
    jsonLd,
  };
}

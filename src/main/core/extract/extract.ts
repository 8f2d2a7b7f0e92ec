import { Readability } from '@mozilla/readability';
import type { CategorySource } from '../../../shared/domain';
import { QuireError } from '../../../shared/result';
import { assignImagePlaceholders, type ImageRef } from '../assets/placeholders';
import { decodeHtml, type DecidedCharset } from '../fetch/charset';
import { detectCategory } from './category';
import { MEDIA_LINK_CLASS } from './embeds';
import { linkDensity, normalizeSpace, paragraphProse, PROSE_MIN, textOf } from './dom-utils';
import { articleNode, str } from './json-ld';
import { blocksAfterTitle, restoreLead } from './lead';
import { cleanByline, readMetadata } from './metadata';
import { parsePage, releasePage } from './page-parser';
import { postClean } from './post-clean';
import { clearPathToCore } from './core-path';
import { findCore, findSplitCore, namedChrome, preClean } from './pre-clean';
import { stripScriptsAndStyles } from './prepare-html';
import { missedTitleStory, titleStory } from './title-story';
import { sanitizeTree } from './sanitize';
import { blockText, countWords } from './text';

export interface ExtractInput {
  /** Raw page bytes (charset decided here) or already-decoded text. */
  body: Uint8Array | string;
  url?: string | null;
  contentType?: string | null;
  /** Replace remote images with placeholders and list them, for saving a copy that works offline. */
  offlineImages?: boolean;
}

export type ExtractPath = 'readability' | 'json-ld' | 'densest-block' | 'split-core' | 'title-story';

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  excerpt: string | null;
  leadImage: string | null;
  canonicalUrl: string | null;
  category: string | null;
  categorySource: CategorySource;
  contentHtml: string;
  /** With `offlineImages`: the images behind the placeholders in contentHtml. */
  images: ImageRef[];
  text: string;
  wordCount: number;
  readingMinutes: number;
  charset: DecidedCharset | null;
  extractedBy: ExtractPath;
}

// Readability's own result is used unless it is far shorter than what the page plainly holds.
const MIN_TEXT = 140;
// ...or unless the page's JSON-LD articleBody is that much longer than what Readability kept.
const LD_BODY_RATIO = 2;
const LD_MIN_BODY = 500;
// ...or unless it kept well under the prose of the article's split blocks together.
const SPLIT_RATIO = 0.7;
const SPLIT_GAIN = 1.3;

function firstParagraph(text: string): string | null {
  const line = text.split('\n').find((l) => l.length > 80) ?? text.split('\n')[0];
  if (!line) return null;
  return line.length > 300 ? line.slice(0, 297).replace(/\s+\S*$/, '') + '…' : line;
}

function paragraphsHtml(doc: Document, text: string): string {
  const box = doc.createElement('div');
  for (const para of text.split(/\n\s*\n|\r\n\s*\r\n|\n/)) {
    if (!para.trim()) continue;
    const p = doc.createElement('p');
    p.textContent = para.trim();
    box.append(p);
  }
  return box.innerHTML;
}

/**
 * The page parsed again and pre-cleaned as the first parse was, for a fallback to pick a block
 * from (the densest block, the story around the title). Readability has mutated the first parse;
 * few pages need this, and a copy of every page up front costs more.
 */
function cleanedAgain(html: string, url: string | null, parsed: Document[]): Document {
  const doc = parsePage(html, url);
  parsed.push(doc);
  preClean(doc);
  return doc;
}

/** A fallback's block as the article: copied into a container of `doc` and post-cleaned. */
function adopted(doc: Document, block: Element): Element {
  const container = doc.createElement('div');
  container.innerHTML = block.innerHTML;
  postClean(container);
  return container;
}

/**
 * Whether the wider block holds what Readability picked: if Readability chose elsewhere (the
 * article beside a longer comment thread), the wider block is the wrong one.
 */
function holdsPick(wider: Element, picked: Element): boolean {
  let longest = '';
  for (const p of picked.querySelectorAll('p, li, pre, blockquote')) {
    const t = textOf(p);
    if (t.length > longest.length) longest = t;
  }
  if (longest.length < 40) longest = textOf(picked);
  return !!longest && normalizeSpace(wider.textContent).includes(longest.slice(0, 200));
}

// Readability's pick is judged wrong when it leaves out the longest paragraph of the page's densest
// block, and that block holds this much prose, twice the paragraphs Readability kept or more.
const CORE_MIN_PROSE = 600;
const CORE_GAIN = 2;
const CORE_KEY = 80;

interface CoreMark {
  /** The start of the block's longest paragraph. */
  key: string;
  /** Its paragraphs' text, less their links. */
  prose: number;
}

/** Notes the densest block's prose before Readability moves or strips it. */
function markCore(core: Element | null): CoreMark | null {
  if (!core) return null;
  let key = '';
  let prose = 0;
  for (const p of core.children) {
    if (p.localName !== 'p') continue;
    const t = textOf(p);
    if (t.length < PROSE_MIN) continue;
    prose += t.length * (1 - (p.getElementsByTagName('a').length ? linkDensity(p) : 0));
    if (t.length > key.length) key = t;
  }
  return prose >= CORE_MIN_PROSE ? { key: key.slice(0, CORE_KEY), prose } : null;
}

/** The extraction pipeline: bytes + URL → the article, cleaned and sanitised, with its metadata. */
export function extractArticle(input: ExtractInput): ExtractedArticle {
  const parsed: Document[] = [];
  try {
    return extractWith(input, parsed);
  } finally {
    for (const doc of parsed) releasePage(doc);
  }
}

function extractWith(input: ExtractInput, parsed: Document[]): ExtractedArticle {
  let html: string;
  let charset: DecidedCharset | null = null;
  if (typeof input.body === 'string') html = input.body;
  else ({ html, charset } = decodeHtml(input.body, input.contentType));
  const url = input.url ?? null;

  const stripped = stripScriptsAndStyles(html);
  let doc: Document;
  try {
    doc = parsePage(stripped, url);
    parsed.push(doc);
  } catch (err) {
    throw new QuireError('EXTRACTION_FAILED', `The page could not be parsed: ${(err as Error).message}`);
  }

  const meta = readMetadata(doc);
  const category = detectCategory(doc, meta.jsonLd, meta.title, url);

  const coreEl = preClean(doc);
  if (coreEl) clearPathToCore(coreEl, namedChrome);
  const core = markCore(coreEl);
  // Before Readability moves its pick out of the page: the wider block, as a copy.
  const split = findSplitCore(doc);
  // The title's following blocks, noted before Readability moves them, to put back a lead it drops.
  const afterTitle = blocksAfterTitle(doc, meta.title);

  let extractedBy: ExtractPath = 'readability';
  let container: Element = doc.createElement('div');
  let readabilityTitle: string | null = null;
  let readabilityByline: string | null = null;
  try {
    // Readability's article element itself, not its HTML: serialising and re-parsing it is wasted work.
    const reader = new Readability<Node>(doc, {
      charThreshold: 400,
      keepClasses: false,
      // The marker on links that stand for embedded players, which post-cleaning must keep.
      classesToPreserve: [MEDIA_LINK_CLASS],
      serializer: (node) => node,
    });
    const result = reader.parse();
    if (result?.content) {
      // The same children the serialised HTML would have given; the wrapper's own attributes are never output.
      container = result.content as Element;
      readabilityTitle = result.title ?? null;
      readabilityByline = result.byline ?? null;
    }
  } catch {
    container = doc.createElement('div');
  }
  postClean(container);

  let found = normalizeSpace(container.textContent).length;
  if (split && found < split.prose * SPLIT_RATIO && holdsPick(split.root, container)) {
    postClean(split.root);
    const wider = normalizeSpace(split.root.textContent).length;
    if (wider > found * SPLIT_GAIN) {
      container = doc.createElement('div');
      container.append(...split.root.childNodes);
      found = wider;
      extractedBy = 'split-core';
    }
  }
  // Readability chose another block (a table, a list of names, a box of offers) over the article's
  // paragraphs: the densest block, cleaned again from a fresh parse, as only such pages pay for it.
  if (
    extractedBy === 'readability' &&
    core &&
    !normalizeSpace(container.textContent).includes(core.key) &&
    paragraphProse(container) * CORE_GAIN < core.prose
  ) {
    const dense = findCore(cleanedAgain(stripped, url, parsed));
    if (dense && normalizeSpace(dense.textContent).includes(core.key)) {
      container = adopted(doc, dense);
      found = normalizeSpace(container.textContent).length;
      extractedBy = 'densest-block';
    }
  }
  // Readability kept none of the paragraphs after the title (it picked another story of an endless
  // page): the story the title heads, from a fresh parse, as only such pages pay for it.
  if (extractedBy === 'readability' && missedTitleStory(container, afterTitle)) {
    const story = titleStory(cleanedAgain(stripped, url, parsed), meta.title);
    if (story) {
      container = adopted(doc, story);
      found = normalizeSpace(container.textContent).length;
      extractedBy = 'title-story';
    }
  }
  // Whichever block was picked, the standfirst before it belongs to it (a body picked as the
  // densest block leaves its lead in the header just as Readability does). Before the fallbacks
  // are weighed: a lead is no reason to prefer a shorter pick.
  restoreLead(container, afterTitle);
  const body = str(articleNode(meta.jsonLd)?.articleBody);
  // The publisher's own articleBody, when Readability found (next to) nothing, or when it holds far
  // more than Readability kept: then Readability caught one part of a page split into blocks.
  const bodyWins =
    !!body &&
    ((found < MIN_TEXT && body.length >= MIN_TEXT) ||
      (body.length >= LD_MIN_BODY && body.length > found * LD_BODY_RATIO));
  if (body && bodyWins) {
    container = doc.createElement('div');
    container.innerHTML = paragraphsHtml(doc, body);
    extractedBy = 'json-ld';
  } else if (found < MIN_TEXT) {
    const core = findCore(cleanedAgain(stripped, url, parsed));
    if (core && textOf(core).length > found) {
      container = adopted(doc, core);
      extractedBy = 'densest-block';
    }
  }

  // Readability's own heading repeats the title; the reader shows the title separately.
  const title = meta.title ?? normalizeSpace(readabilityTitle) ?? null;
  const firstHeading = container.querySelector('h1, h2');
  if (firstHeading && title && textOf(firstHeading) === title && !firstHeading.previousElementSibling)
    firstHeading.remove();

  const textRoot = sanitizeTree(container);
  const text = blockText(textRoot);
  if (!text.trim() && !textRoot.querySelector('img')) {
    throw new QuireError('NO_ARTICLE', 'No article text was found on this page.');
  }
  const counts = countWords(text);
  const images = input.offlineImages ? assignImagePlaceholders(textRoot) : null;

  return {
    title: title || (url ? new URL(url).hostname : 'Untitled'),
    byline: meta.byline ?? cleanByline(readabilityByline),
    siteName: meta.siteName ?? (url ? new URL(url).hostname.replace(/^www\./, '') : null),
    lang: meta.lang,
    publishedTime: meta.publishedTime,
    modifiedTime: meta.modifiedTime,
    excerpt: meta.excerpt ?? firstParagraph(text),
    leadImage: meta.leadImage,
    canonicalUrl: meta.canonicalUrl,
    category: category.name,
    categorySource: category.source,
    // Serialised once, after any placeholders are in.
    contentHtml: textRoot.innerHTML,
    images: images ?? [],
    text,
    ...counts,
    charset,
    extractedBy,
  };
}

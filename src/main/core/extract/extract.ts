import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { CategorySource } from '../../../shared/domain';
import { QuireError } from '../../../shared/result';
import { assignImagePlaceholders, type ImageRef } from '../assets/placeholders';
import { decodeHtml, type DecidedCharset } from '../fetch/charset';
import { detectCategory } from './category';
import { normalizeSpace, textOf } from './dom-utils';
import { articleNode, str } from './json-ld';
import { cleanByline, readMetadata } from './metadata';
import { postClean } from './post-clean';
import { findCore, preClean } from './pre-clean';
import { stripScriptsAndStyles } from './prepare-html';
import { sanitizeHtml } from './sanitize';
import { blockText, countWords } from './text';

export interface ExtractInput {
  /** Raw page bytes (charset decided here) or already-decoded text. */
  body: Uint8Array | string;
  url?: string | null;
  contentType?: string | null;
  /** Replace remote images with placeholders and list them, for saving a copy that works offline. */
  offlineImages?: boolean;
}

export type ExtractPath = 'readability' | 'json-ld' | 'densest-block';

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  excerpt: string | null;
  leadImage: string | null;
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

const quietConsole = new VirtualConsole();

// Readability's own result is used unless it is far shorter than what the page plainly holds.
const MIN_TEXT = 140;

function parse(html: string, url: string | null): Document {
  return new JSDOM(html, {
    url: url ?? 'about:blank',
    contentType: 'text/html',
    virtualConsole: quietConsole,
  }).window.document;
}

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

/** The extraction pipeline: bytes + URL → the article, cleaned and sanitised, with its metadata. */
export function extractArticle(input: ExtractInput): ExtractedArticle {
  let html: string;
  let charset: DecidedCharset | null = null;
  if (typeof input.body === 'string') html = input.body;
  else ({ html, charset } = decodeHtml(input.body, input.contentType));
  const url = input.url ?? null;

  let doc: Document;
  try {
    doc = parse(stripScriptsAndStyles(html), url);
  } catch (err) {
    throw new QuireError('EXTRACTION_FAILED', `The page could not be parsed: ${(err as Error).message}`);
  }

  const meta = readMetadata(doc);
  const category = detectCategory(doc, meta.jsonLd, meta.title, url);

  preClean(doc);
  // Readability mutates the document; the fallback needs the cleaned page as it was.
  const fallbackDoc = doc.cloneNode(true) as Document;

  let extractedBy: ExtractPath = 'readability';
  let contentHtml = '';
  let readabilityTitle: string | null = null;
  let readabilityByline: string | null = null;
  try {
    const result = new Readability(doc, { charThreshold: 400, keepClasses: false }).parse();
    if (result?.content) {
      contentHtml = result.content;
      readabilityTitle = result.title ?? null;
      readabilityByline = result.byline ?? null;
    }
  } catch {
    contentHtml = '';
  }

  let container = doc.createElement('div');
  container.innerHTML = contentHtml;
  postClean(container);

  if (normalizeSpace(container.textContent).length < MIN_TEXT) {
    const body = str(articleNode(meta.jsonLd)?.articleBody);
    const core = findCore(fallbackDoc);
    if (body && body.length >= MIN_TEXT) {
      container = doc.createElement('div');
      container.innerHTML = paragraphsHtml(doc, body);
      extractedBy = 'json-ld';
    } else if (core && textOf(core).length > normalizeSpace(container.textContent).length) {
      container = doc.createElement('div');
      container.innerHTML = core.innerHTML;
      postClean(container);
      extractedBy = 'densest-block';
    }
  }

  // Readability's own heading repeats the title; the reader shows the title separately.
  const title = meta.title ?? normalizeSpace(readabilityTitle) ?? null;
  const firstHeading = container.querySelector('h1, h2');
  if (firstHeading && title && textOf(firstHeading) === title && !firstHeading.previousElementSibling)
    firstHeading.remove();

  const cleanHtml = sanitizeHtml(container.innerHTML);
  const textRoot = doc.createElement('div');
  textRoot.innerHTML = cleanHtml;
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
    category: category.name,
    categorySource: category.source,
    contentHtml: images ? textRoot.innerHTML : cleanHtml,
    images: images ?? [],
    text,
    ...counts,
    charset,
    extractedBy,
  };
}

import { QuireError } from '../../../shared/result';
import { httpGet, type FetchOptions, type HttpResponse } from './http-get';

export { DEFAULT_FETCH_OPTIONS, type FetchOptions } from './http-get';

/** An article page: the raw bytes, undecoded, so the charset can be sniffed as a browser would. */
export type FetchedPage = HttpResponse;

/** Parses and checks a URL a person typed or pasted; only http and https are fetched. */
export function parseHttpUrl(input: string): URL {
  const trimmed = String(input ?? '').trim();
  if (!trimmed) throw new QuireError('INVALID_URL', 'No URL was given.');
  let url: URL;
  try {
    // People paste "example.com/page" without a scheme; browsers assume https.
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    throw new QuireError('INVALID_URL', `"${trimmed}" is not a valid URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new QuireError(
      'UNSUPPORTED_SCHEME',
      `Only http and https pages can be saved, not ${url.protocol}// URLs.`,
    );
  }
  if (
    !url.hostname ||
    (!url.hostname.includes('.') && url.hostname !== 'localhost' && !/^\[.*\]$/.test(url.hostname))
  )
    throw new QuireError('INVALID_URL', `"${trimmed}" has no valid host name.`);
  url.hash = '';
  return url;
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml|application\/xml|text\/xml)\b/i;

function looksLikeHtml(bytes: Buffer): boolean {
  const head = bytes
    .subarray(0, 1024)
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
  return /^(<!doctype html|<html|<head|<body|<!--|<meta|<title|<\?xml)/i.test(head);
}

/** Fetches an article page and checks that it is HTML. */
export async function fetchPage(input: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const page = await httpGet(
    parseHttpUrl(input),
    { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
    options,
  );
  if (page.contentType ? !HTML_TYPES.test(page.contentType) : !looksLikeHtml(page.body)) {
    throw new QuireError(
      'NOT_HTML',
      `${page.finalUrl} is not a web page (${page.contentType ? page.contentType.split(';')[0] : 'unknown content type'}); Quire saves HTML articles.`,
    );
  }
  return page;
}

import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { SANITIZE_CONFIG } from '../../../shared/sanitize-config';

let purifier: ReturnType<typeof createDOMPurify> | null = null;

/** DOMPurify over one long-lived jsdom window (creating a window per page is slow). */
function getPurifier(): ReturnType<typeof createDOMPurify> {
  if (!purifier) purifier = createDOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis);
  return purifier;
}

export function sanitizeHtml(html: string): string {
  return getPurifier().sanitize(html, { ...SANITIZE_CONFIG, RETURN_TRUSTED_TYPE: false });
}

/**
 * The sanitised tree itself (a <body> in the purifier's window): its innerHTML is exactly what
 * sanitizeHtml returns, and reading text from it spares parsing that string once more.
 */
export function sanitizeToBody(html: string): HTMLElement {
  const body = getPurifier().sanitize(html, { ...SANITIZE_CONFIG, RETURN_DOM: true }) as HTMLElement | null;
  // DOMPurify gives null when nothing at all could be parsed: that is an empty article.
  return body ?? new JSDOM('').window.document.body;
}

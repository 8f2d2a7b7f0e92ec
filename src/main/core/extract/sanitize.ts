import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { SANITIZE_CONFIG } from '../../../shared/sanitize-config';

let purifier: ReturnType<typeof createDOMPurify> | null = null;

/** DOMPurify over one long-lived jsdom window (creating a window per page is slow). */
export function sanitizeHtml(html: string): string {
  if (!purifier) purifier = createDOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis);
  return purifier.sanitize(html, { ...SANITIZE_CONFIG, RETURN_TRUSTED_TYPE: false });
}

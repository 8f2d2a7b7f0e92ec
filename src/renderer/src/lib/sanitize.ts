import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { SANITIZE_CONFIG } from '@shared/sanitize-config';
import { httpUrl } from './url';

let purifier: Purifier | null = null;

/**
 * A private DOMPurify instance, so the hooks below never leak into other users of the shared
 * default instance. Created on first use because it needs the page's window.
 */
function getPurifier(): Purifier {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const href = httpUrl(node.getAttribute('href'));
      if (href) {
        // Article links leave the app: Electron hands target=_blank to the system browser.
        node.setAttribute('href', href);
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      } else {
        // mailto:, fragments and relative links have nothing to point at inside the reader.
        node.removeAttribute('href');
        node.removeAttribute('target');
      }
    } else if (node.nodeName === 'IMG') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
  });
  return purifier;
}

/**
 * Article HTML was sanitised when it was saved; it is sanitised again here, right before it is
 * inserted, so a database edited behind Quire's back cannot inject into the page.
 */
export function sanitizeArticleHtml(html: string): string {
  return getPurifier().sanitize(html, SANITIZE_CONFIG);
}

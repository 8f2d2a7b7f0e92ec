import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { SANITIZE_CONFIG } from '@shared/sanitize-config';
import { assetUrl, isAssetHash, storedImageHash } from './assets';
import { httpUrl } from './url';

/** Set on an <img> whose picture is not stored; the reader shows its description instead. */
export const MISSING_IMAGE_ATTR = 'data-quire-missing';

let purifier: Purifier | null = null;
/** The asset base of the sanitize() call in progress (hooks cannot take arguments). */
let currentAssetBase: string | null = null;

/**
 * Where an image may load from: a stored image (`quire-asset:<hash>`, or its URL when this is
 * our own output sanitised again), or an inline data: image. Nothing else, and never the network.
 */
function localImageUrl(src: string | null, assetBase: string | null): string | null {
  if (!src) return null;
  const stored = assetUrl(assetBase, storedImageHash(src));
  if (stored) return stored;
  if (assetBase && src.startsWith(assetBase) && isAssetHash(src.slice(assetBase.length))) return src;
  if (/^data:image\//i.test(src)) return src;
  return null;
}

/**
 * A private DOMPurify instance, so the hooks below never leak into other users of the shared
 * default instance. Created on first use because it needs the page's window.
 */
function getPurifier(): Purifier {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  // Runs after the attributes were filtered, so what is set here is not filtered away again.
  purifier.addHook('afterSanitizeAttributes', (node) => {
    switch (node.nodeName) {
      case 'A': {
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
        break;
      }
      case 'IMG': {
        // Stored articles have one stored copy per image; any candidate list could only point away.
        node.removeAttribute('srcset');
        node.removeAttribute('sizes');
        const src = localImageUrl(node.getAttribute('src'), currentAssetBase);
        if (src) {
          node.setAttribute('src', src);
        } else {
          // Not downloaded (missing-, pending-), or a remote address: shown as its alt text.
          node.removeAttribute('src');
          node.setAttribute(MISSING_IMAGE_ATTR, '');
        }
        node.setAttribute('loading', 'lazy');
        node.setAttribute('decoding', 'async');
        node.setAttribute('referrerpolicy', 'no-referrer');
        break;
      }
      case 'SOURCE':
      case 'VIDEO':
      case 'AUDIO':
      case 'TRACK':
        // Media is never stored: nothing of it may load from the network.
        node.removeAttribute('src');
        node.removeAttribute('srcset');
        node.removeAttribute('poster');
        break;
    }
  });
  return purifier;
}

/**
 * Article HTML was sanitised when it was saved; it is sanitised again here, right before it is
 * inserted, so a database edited behind Quire's back cannot inject into the page. Stored images
 * (`quire-asset:<hash>`) get their URL under `assetBase`; every other image loses its address and
 * is marked with MISSING_IMAGE_ATTR. A null `assetBase` (not known) marks every image missing.
 * Sanitising the output again gives the same output.
 */
export function sanitizeArticleHtml(html: string, assetBase: string | null): string {
  const instance = getPurifier();
  currentAssetBase = assetBase;
  try {
    return instance.sanitize(html, SANITIZE_CONFIG);
  } finally {
    currentAssetBase = null;
  }
}

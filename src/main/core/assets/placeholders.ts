import { PENDING_REF } from '../../../shared/asset-ref';
import { bestCandidate } from './srcset';

/** An image of the article, by its position, with the URLs to try in order of preference. */
export interface ImageRef {
  index: number;
  urls: string[];
}

const isHttp = (u: string) => /^https?:\/\//i.test(u);

/**
 * Marks every remote image of sanitised article HTML with a placeholder to be replaced by its
 * stored copy, and returns what to download. The best `srcset`/`<picture>` candidate comes first,
 * the plain `src` as the fallback. `<picture>` is reduced to its <img>, so only one copy is stored.
 */
export function assignImagePlaceholders(root: Element): ImageRef[] {
  const refs: ImageRef[] = [];
  // getElementsByTagName, not querySelectorAll: jsdom's selector engine keeps every document it
  // was used on alive for as long as the window lives, and the sanitiser's window lives forever.
  for (const img of [...root.getElementsByTagName('img')]) {
    const urls: string[] = [];
    const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : null;
    if (picture) {
      for (const source of [...picture.getElementsByTagName('source')]) {
        const type = source.getAttribute('type') ?? '';
        if (/svg/i.test(type)) continue;
        const best = bestCandidate(source.getAttribute('srcset'));
        if (best) urls.push(best);
      }
      picture.replaceWith(img);
    }
    const fromSet = bestCandidate(img.getAttribute('srcset'));
    if (fromSet) urls.push(fromSet);
    const src = img.getAttribute('src');
    if (src) urls.push(src);
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    if (src?.startsWith('data:image/') && !urls.some(isHttp)) continue;
    const remote = [...new Set(urls.filter(isHttp))];
    if (!remote.length) {
      img.remove();
      continue;
    }
    const index = refs.length;
    refs.push({ index, urls: remote });
    img.setAttribute('src', `${PENDING_REF}${index}`);
  }
  return refs;
}

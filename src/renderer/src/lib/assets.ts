import { isAssetHash } from '@shared/asset-ref';
import type { ArticleSummary } from '@shared/domain';

export { isAssetHash, storedImageHash } from '@shared/asset-ref';

/** The URL of a stored image, or null when `hash` is not a stored image's hash. */
export function assetUrl(assetBase: string | null, hash: string | null | undefined): string | null {
  if (!assetBase || !hash || !isAssetHash(hash)) return null;
  return assetBase + hash;
}

/** How many of the article's images could not be stored for offline reading. */
export function missingImages(article: Pick<ArticleSummary, 'imagesFound' | 'imagesStored'>): number {
  return Math.max(0, article.imagesFound - article.imagesStored);
}

const images = (n: number) => (n === 1 ? 'image' : 'images');

/** The completeness badge: "2 of 5 images offline". */
export function offlineBadgeText({ imagesFound, imagesStored }: ArticleSummary): string {
  return `${imagesStored} of ${imagesFound} ${images(imagesFound)} offline`;
}

export function offlineBadgeTitle(article: ArticleSummary): string {
  const missing = missingImages(article);
  const which = missing === 1 ? 'One image' : `${missing} images`;
  return (
    `${which} could not be downloaded when this article was saved, so ${missing === 1 ? 'it shows' : 'they show'} ` +
    'as a description. “Retry missing images” tries again.'
  );
}

/** What a finished retry says. */
export function retryResultText({ imagesFound, imagesStored }: ArticleSummary): string {
  if (imagesStored >= imagesFound) return 'All images stored';
  if (imagesStored === 0)
    return imagesFound === 1
      ? 'The image could not be downloaded'
      : `None of the ${imagesFound} images could be downloaded`;
  return `${imagesStored} of ${imagesFound} images stored; the rest could not be downloaded`;
}

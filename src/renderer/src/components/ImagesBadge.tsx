import type { ArticleSummary } from '@shared/domain';
import { missingImages, offlineBadgeText, offlineBadgeTitle } from '../lib/assets';
import './images-badge.css';

/** "2 of 5 images offline": shown only while some of an article's images are not stored. */
export function ImagesBadge({ article, retrying }: { article: ArticleSummary; retrying: boolean }) {
  if (missingImages(article) === 0 && !retrying) return null;
  return (
    <span
      className="images-badge"
      data-retrying={retrying || undefined}
      title={retrying ? 'Downloading the missing images again…' : offlineBadgeTitle(article)}
    >
      {retrying ? 'Retrying…' : offlineBadgeText(article)}
    </span>
  );
}

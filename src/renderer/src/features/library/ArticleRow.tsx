import { useState } from 'react';
import type { ArticleSummary } from '@shared/domain';
import { ImagesBadge } from '../../components/ImagesBadge';
import { StarIcon } from '../../components/StarIcon';
import { assetUrl, missingImages } from '../../lib/assets';
import { formatDate, formatProgress, formatReadingTime, isPartlyRead } from '../../lib/format';
import { RowMenu, type MenuAction } from './RowMenu';

/** What a row can ask for; dialogs (tags, category, delete) are opened by the owner. */
export interface RowHandlers {
  onOpen(id: number): void;
  onToggleArchived(article: ArticleSummary): void;
  onToggleFavorite(article: ArticleSummary): void;
  onEditTags(article: ArticleSummary): void;
  onChangeCategory(article: ArticleSummary): void;
  onDelete(article: ArticleSummary): void;
  onRetryImages(article: ArticleSummary): void;
  /** Fetches the page again, replacing the stored copy. */
  onRefresh(article: ArticleSummary): void;
}

interface ArticleRowProps {
  article: ArticleSummary;
  showCategory: boolean;
  /** Where stored images are served from; null while it is not known. */
  assetBase: string | null;
  /** True while the article's missing images are being downloaded again. */
  retrying: boolean;
  /** True while the article is being fetched again from the web. */
  refreshing: boolean;
  handlers: RowHandlers;
}

export function ArticleRow({
  article,
  showCategory,
  assetBase,
  retrying,
  refreshing,
  handlers,
}: ArticleRowProps) {
  const saved = formatDate(article.savedAt);
  const meta = [article.byline, saved && `Saved ${saved}`, formatReadingTime(article.readingMinutes)].filter(
    Boolean,
  );
  const archived = article.state === 'archived';
  const actions: MenuAction[] = [
    {
      label: archived ? 'Move to unread' : 'Archive',
      run: () => handlers.onToggleArchived(article),
    },
    {
      label: article.favorite ? 'Remove from favourites' : 'Add to favourites',
      run: () => handlers.onToggleFavorite(article),
    },
    { label: 'Edit tags…', run: () => handlers.onEditTags(article) },
    { label: 'Change category…', run: () => handlers.onChangeCategory(article) },
  ];
  if (missingImages(article) > 0 || retrying)
    actions.push(
      retrying
        ? { label: 'Retrying…', run: () => {}, disabled: true }
        : { label: 'Retry missing images', run: () => handlers.onRetryImages(article) },
    );
  actions.push(
    refreshing
      ? { label: 'Refreshing…', run: () => {}, disabled: true }
      : { label: 'Refresh from the web', run: () => handlers.onRefresh(article) },
    { label: 'Delete…', run: () => handlers.onDelete(article) },
  );

  return (
    <li className="article-row" data-article-id={article.id} data-favorite={article.favorite || undefined}>
      <div className="row-body">
        {article.siteName && <p className="row-site">{article.siteName}</p>}
        <h2 className="row-heading">
          {/* Stretched over the whole row by CSS, so the row is one big target with one tab stop. */}
          <button type="button" className="article-title" onClick={() => handlers.onOpen(article.id)}>
            {article.title}
          </button>
        </h2>
        {article.excerpt && <p className="row-excerpt">{article.excerpt}</p>}
        <p className="row-meta">
          {meta.join(' · ')}
          {isPartlyRead(article.progress) && <ReadProgress progress={article.progress} />}
          {showCategory && <span className="chip">{article.category}</span>}
          {article.tags.length > 0 && (
            <span className="row-tags">
              {article.tags.map((tag) => (
                <span key={tag} className="chip chip-muted">
                  {tag}
                </span>
              ))}
            </span>
          )}
          <ImagesBadge article={article} retrying={retrying} />
        </p>
      </div>
      <Thumbnail src={assetUrl(assetBase, article.leadImage)} />
      <div className="row-controls">
        <button
          type="button"
          className="icon-button star-button"
          aria-label={`Favourite “${article.title}”`}
          aria-pressed={article.favorite}
          title={article.favorite ? 'Remove from favourites' : 'Add to favourites'}
          onClick={() => handlers.onToggleFavorite(article)}
        >
          <StarIcon filled={article.favorite} />
        </button>
        <RowMenu label={`Actions for “${article.title}”`} actions={actions} />
      </div>
    </li>
  );
}

/** A thin bar for an article read part of the way. */
function ReadProgress({ progress }: { progress: number }) {
  const text = formatProgress(progress);
  return (
    <span className="row-progress" title={text}>
      <progress value={progress} max={1} aria-label={text} />
      <span aria-hidden="true">{text}</span>
    </span>
  );
}

/** The stored lead image, small; decorative, since the title says what the row is. */
function Thumbnail({ src }: { src: string | null }) {
  const [failed, setFailed] = useState<string | null>(null);
  if (!src || failed === src) return null;
  return (
    <img
      className="row-thumb"
      src={src}
      alt=""
      width={96}
      height={72}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      draggable={false}
      onError={() => setFailed(src)}
    />
  );
}

import { useState } from 'react';
import type { ArticleSummary } from '@shared/domain';
import { ImagesBadge } from '../../components/ImagesBadge';
import { assetUrl, missingImages } from '../../lib/assets';
import { formatDate, formatReadingTime } from '../../lib/format';
import { RowMenu, type MenuAction } from './RowMenu';

interface ArticleRowProps {
  article: ArticleSummary;
  showCategory: boolean;
  /** Where stored images are served from; null while it is not known. */
  assetBase: string | null;
  /** True while the article's missing images are being downloaded again. */
  retrying: boolean;
  onOpen(id: number): void;
  onChangeCategory(article: ArticleSummary): void;
  onDelete(article: ArticleSummary): void;
  onRetryImages(article: ArticleSummary): void;
}

export function ArticleRow({
  article,
  showCategory,
  assetBase,
  retrying,
  onOpen,
  onChangeCategory,
  onDelete,
  onRetryImages,
}: ArticleRowProps) {
  const saved = formatDate(article.savedAt);
  const meta = [article.byline, saved && `Saved ${saved}`, formatReadingTime(article.readingMinutes)].filter(
    Boolean,
  );
  const actions: MenuAction[] = [{ label: 'Change category…', run: () => onChangeCategory(article) }];
  if (missingImages(article) > 0 || retrying)
    actions.push(
      retrying
        ? { label: 'Retrying…', run: () => {}, disabled: true }
        : { label: 'Retry missing images', run: () => onRetryImages(article) },
    );
  actions.push({ label: 'Delete…', run: () => onDelete(article) });

  return (
    <li className="article-row" data-article-id={article.id}>
      <div className="row-body">
        {article.siteName && <p className="row-site">{article.siteName}</p>}
        <h2 className="row-heading">
          {/* Stretched over the whole row by CSS, so the row is one big target with one tab stop. */}
          <button type="button" className="article-title" onClick={() => onOpen(article.id)}>
            {article.title}
          </button>
        </h2>
        {article.excerpt && <p className="row-excerpt">{article.excerpt}</p>}
        <p className="row-meta">
          {meta.join(' · ')}
          {showCategory && <span className="chip">{article.category}</span>}
          <ImagesBadge article={article} retrying={retrying} />
        </p>
      </div>
      <Thumbnail src={assetUrl(assetBase, article.leadImage)} />
      <RowMenu label={`Actions for “${article.title}”`} actions={actions} />
    </li>
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

import { useEffect, useRef } from 'react';
import type { ArticleSummary } from '@shared/domain';
import { ArticleRow } from './ArticleRow';

interface ArticleListProps {
  items: ArticleSummary[];
  showCategory: boolean;
  /** The article just read: it gets focus back when the list returns, which also scrolls to it. */
  focusArticleId: number | null;
  assetBase: string | null;
  /** Articles whose missing images are being downloaded again. */
  retrying: ReadonlySet<number>;
  onOpen(id: number): void;
  onChangeCategory(article: ArticleSummary): void;
  onDelete(article: ArticleSummary): void;
  onRetryImages(article: ArticleSummary): void;
}

export function ArticleList({
  items,
  showCategory,
  focusArticleId,
  assetBase,
  retrying,
  onOpen,
  onChangeCategory,
  onDelete,
  onRetryImages,
}: ArticleListProps) {
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (focusArticleId === null) return;
    listRef.current
      ?.querySelector<HTMLElement>(`li[data-article-id="${focusArticleId}"] .article-title`)
      ?.focus();
  }, [focusArticleId]);

  return (
    <ul ref={listRef} aria-label="Articles" className="article-list">
      {items.map((article) => (
        <ArticleRow
          key={article.id}
          article={article}
          showCategory={showCategory}
          assetBase={assetBase}
          retrying={retrying.has(article.id)}
          onOpen={onOpen}
          onChangeCategory={onChangeCategory}
          onDelete={onDelete}
          onRetryImages={onRetryImages}
        />
      ))}
    </ul>
  );
}

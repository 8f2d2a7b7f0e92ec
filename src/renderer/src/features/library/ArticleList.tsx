import { useEffect, useRef } from 'react';
import type { ArticleSummary } from '@shared/domain';
import { ArticleRow, type RowHandlers } from './ArticleRow';

interface ArticleListProps {
  items: ArticleSummary[];
  showCategory: boolean;
  /** The article just read: it gets focus back when the list returns, which also scrolls to it. */
  focusArticleId: number | null;
  assetBase: string | null;
  /** Articles whose missing images are being downloaded again. */
  retrying: ReadonlySet<number>;
  /** Articles being fetched again from the web. */
  refreshing: ReadonlySet<number>;
  handlers: RowHandlers;
}

export function ArticleList({
  items,
  showCategory,
  focusArticleId,
  assetBase,
  retrying,
  refreshing,
  handlers,
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
          refreshing={refreshing.has(article.id)}
          handlers={handlers}
        />
      ))}
    </ul>
  );
}

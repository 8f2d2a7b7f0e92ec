import { useEffect, useRef } from 'react';
import type { ArticleSummary } from '@shared/domain';
import { ArticleRow } from './ArticleRow';

interface ArticleListProps {
  items: ArticleSummary[];
  showCategory: boolean;
  /** The article just read: it gets focus back when the list returns, which also scrolls to it. */
  focusArticleId: number | null;
  onOpen(id: number): void;
  onChangeCategory(article: ArticleSummary): void;
  onDelete(article: ArticleSummary): void;
}

export function ArticleList({
  items,
  showCategory,
  focusArticleId,
  onOpen,
  onChangeCategory,
  onDelete,
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
          onOpen={onOpen}
          onChangeCategory={onChangeCategory}
          onDelete={onDelete}
        />
      ))}
    </ul>
  );
}

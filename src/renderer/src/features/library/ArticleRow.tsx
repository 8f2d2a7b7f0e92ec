import type { ArticleSummary } from '@shared/domain';
import { formatDate, formatReadingTime } from '../../lib/format';
import { RowMenu } from './RowMenu';

interface ArticleRowProps {
  article: ArticleSummary;
  showCategory: boolean;
  onOpen(id: number): void;
  onChangeCategory(article: ArticleSummary): void;
  onDelete(article: ArticleSummary): void;
}

export function ArticleRow({ article, showCategory, onOpen, onChangeCategory, onDelete }: ArticleRowProps) {
  const saved = formatDate(article.savedAt);
  const meta = [article.byline, saved && `Saved ${saved}`, formatReadingTime(article.readingMinutes)].filter(
    Boolean,
  );
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
        </p>
      </div>
      <RowMenu
        label={`Actions for “${article.title}”`}
        actions={[
          { label: 'Change category…', run: () => onChangeCategory(article) },
          { label: 'Delete…', run: () => onDelete(article) },
        ]}
      />
    </li>
  );
}

import { useCallback, useEffect, useRef } from 'react';
import type { QuireClient } from '@shared/api';
import type { Article } from '@shared/domain';
import { formatDate, formatReadingTime } from '../../lib/format';
import { httpUrl } from '../../lib/url';
import { useLoad } from '../../lib/useLoad';
import { CategoryEditor } from './CategoryEditor';
import { ReaderContent } from './ReaderContent';
import './reader.css';

interface ReaderProps {
  client: QuireClient;
  id: number;
  /** Bumped when the library changes, so the open article shows its new category. */
  version: number;
  categoryNames: string[];
  onBack(): void;
  onDelete(article: Article): void;
  onSetCategory(article: Article, name: string | null): Promise<string | null>;
}

export function Reader({ client, id, version, categoryNames, onBack, onDelete, onSetCategory }: ReaderProps) {
  const load = useCallback(() => client.getArticle(id), [client, id]);
  const article = useLoad(load, version);

  return (
    <article aria-label="Reader" className="view reader-view">
      <div className="reader-toolbar">
        <button type="button" className="button button-quiet" onClick={onBack}>
          <span aria-hidden="true">←</span> Back to library
        </button>
        {article.status === 'ready' && (
          <div className="reader-actions">
            <OpenOriginal url={article.value.url} />
            <button type="button" className="button button-quiet" onClick={() => onDelete(article.value)}>
              Delete
            </button>
          </div>
        )}
      </div>
      {article.status === 'loading' && <p className="view-note view-note-delayed">Opening…</p>}
      {article.status === 'error' && (
        <p role="alert" className="view-note form-error">
          Could not open this article: {article.message}
        </p>
      )}
      {article.status === 'ready' && (
        <ReaderArticle
          article={article.value}
          categoryNames={categoryNames}
          onSetCategory={(name) => onSetCategory(article.value, name)}
        />
      )}
    </article>
  );
}

function OpenOriginal({ url }: { url: string }) {
  const href = httpUrl(url);
  if (!href) return null;
  return (
    <a className="button button-quiet" href={href} target="_blank" rel="noopener noreferrer">
      Open original <span aria-hidden="true">↗</span>
    </a>
  );
}

interface ReaderArticleProps {
  article: Article;
  categoryNames: string[];
  onSetCategory(name: string | null): Promise<string | null>;
}

function ReaderArticle({ article, categoryNames, onSetCategory }: ReaderArticleProps) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Focus starts on the title, so screen readers begin there and arrow keys scroll the article.
  useEffect(() => titleRef.current?.focus({ preventScroll: true }), []);

  const published = formatDate(article.publishedTime);
  const date = published ? `Published ${published}` : `Saved ${formatDate(article.savedAt) ?? ''}`;

  return (
    <div className="reader">
      <header className="reader-header">
        {article.siteName && <p className="reader-site">{article.siteName}</p>}
        <h1 ref={titleRef} tabIndex={-1} className="reader-title" lang={article.lang ?? undefined}>
          {article.title}
        </h1>
        {article.byline && <p className="reader-byline">{article.byline}</p>}
        <p className="reader-meta">
          {date} · {formatReadingTime(article.readingMinutes)}
        </p>
        <CategoryEditor category={article.category} suggestions={categoryNames} onApply={onSetCategory} />
      </header>
      <ReaderContent html={article.contentHtml} lang={article.lang} />
    </div>
  );
}

import { useCallback, useEffect, useRef } from 'react';
import type { QuireClient } from '@shared/api';
import type { Article } from '@shared/domain';
import { ImagesBadge } from '../../components/ImagesBadge';
import { missingImages } from '../../lib/assets';
import { formatDate, formatReadingTime } from '../../lib/format';
import { httpUrl } from '../../lib/url';
import { useLoad, type Loaded } from '../../lib/useLoad';
import { CategoryEditor } from './CategoryEditor';
import { ReaderContent } from './ReaderContent';
import './reader.css';

interface ReaderProps {
  client: QuireClient;
  id: number;
  /** Bumped when the library changes, so the open article shows its new category. */
  version: number;
  categoryNames: string[];
  /** Where stored images are served from (see QuireApi.assetBaseUrl). */
  assets: Loaded<string>;
  /** True while the missing images of this article are being downloaded again. */
  retrying: boolean;
  onBack(): void;
  onDelete(article: Article): void;
  onSetCategory(article: Article, name: string | null): Promise<string | null>;
  onRetryImages(article: Article): void;
}

export function Reader({
  client,
  id,
  version,
  categoryNames,
  assets,
  retrying,
  onBack,
  onDelete,
  onSetCategory,
  onRetryImages,
}: ReaderProps) {
  const load = useCallback(() => client.getArticle(id), [client, id]);
  const loaded = useLoad(load, version);
  // The body waits for the image address too, so pictures never flash in as their alt text.
  const article: Loaded<Article> = loaded.status === 'ready' && assets.status === 'loading' ? assets : loaded;

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
          assetBase={assets.status === 'ready' ? assets.value : null}
          retrying={retrying}
          onSetCategory={(name) => onSetCategory(article.value, name)}
          onRetryImages={() => onRetryImages(article.value)}
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
  assetBase: string | null;
  retrying: boolean;
  onSetCategory(name: string | null): Promise<string | null>;
  onRetryImages(): void;
}

function ReaderArticle({
  article,
  categoryNames,
  assetBase,
  retrying,
  onSetCategory,
  onRetryImages,
}: ReaderArticleProps) {
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
        {(missingImages(article) > 0 || retrying) && (
          <div className="reader-images">
            <ImagesBadge article={article} retrying={retrying} />
            <button type="button" className="link-button" disabled={retrying} onClick={onRetryImages}>
              Retry missing images
            </button>
          </div>
        )}
        <CategoryEditor category={article.category} suggestions={categoryNames} onApply={onSetCategory} />
      </header>
      <ReaderContent html={article.contentHtml} lang={article.lang} assetBase={assetBase} />
    </div>
  );
}

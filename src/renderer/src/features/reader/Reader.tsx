import { useCallback, useEffect, useRef } from 'react';
import type { QuireClient } from '@shared/api';
import type { Article } from '@shared/domain';
import { BusyLabel } from '../../components/BusyLabel';
import { ImagesBadge } from '../../components/ImagesBadge';
import { StarIcon } from '../../components/StarIcon';
import { missingImages } from '../../lib/assets';
import { formatDate, formatReadingTime } from '../../lib/format';
import { httpUrl } from '../../lib/url';
import { isLetterKey, isTyping, useKeydown } from '../../lib/useKeydown';
import { useLoad, type Loaded } from '../../lib/useLoad';
import { CategoryEditor } from './CategoryEditor';
import { Highlights } from './Highlights';
import { ReaderContent } from './ReaderContent';
import { useReadingProgress } from './useReadingProgress';
import './reader.css';

/** What the reader's toolbar and keys do; the owner changes the article and opens dialogs. */
export interface ReaderHandlers {
  onBack(): void;
  onToggleArchived(article: Article): void;
  onToggleFavorite(article: Article): void;
  onEditTags(article: Article): void;
  onDelete(article: Article): void;
  onSetCategory(article: Article, name: string | null): Promise<string | null>;
  onRetryImages(article: Article): void;
  /** Fetches the page again; the owner bumps `version` after it, and the new content loads. */
  onRefresh(article: Article): void;
  /** The reading position was saved on leaving. */
  onProgressSaved(): void;
}

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
  /** True while this article is being fetched again from the web. */
  refreshing: boolean;
  /** Off while a dialog is open: its keys are its own. */
  shortcuts: boolean;
  handlers: ReaderHandlers;
}

export function Reader({
  client,
  id,
  version,
  categoryNames,
  assets,
  retrying,
  refreshing,
  shortcuts,
  handlers,
}: ReaderProps) {
  const load = useCallback(() => client.getArticle(id), [client, id]);
  const loaded = useLoad(load, version);
  const scrollerRef = useRef<HTMLElement>(null);
  // The body waits for the image address too, so pictures never flash in as their alt text.
  const article: Loaded<Article> = loaded.status === 'ready' && assets.status === 'loading' ? assets : loaded;
  const ready = article.status === 'ready' ? article.value : null;

  useReadingProgress(
    client,
    id,
    scrollerRef,
    ready ? ready.progress : null,
    ready ? ready.contentHtml : null,
    handlers.onProgressSaved,
  );

  useKeydown((event) => {
    if (!ready || !shortcuts || event.defaultPrevented || isTyping(event)) return;
    if (isLetterKey(event, 'a')) handlers.onToggleArchived(ready);
    else if (isLetterKey(event, 'f')) handlers.onToggleFavorite(ready);
    else return;
    event.preventDefault();
  });

  return (
    <article ref={scrollerRef} aria-label="Reader" className="view reader-view">
      <div className="reader-toolbar">
        <button type="button" className="button button-quiet" onClick={handlers.onBack}>
          <span aria-hidden="true">←</span> Back to library
        </button>
        {ready && <ReaderActions article={ready} refreshing={refreshing} handlers={handlers} />}
      </div>
      {article.status === 'loading' && <p className="view-note view-note-delayed">Opening…</p>}
      {article.status === 'error' && (
        <p role="alert" className="view-note form-error">
          Could not open this article: {article.message}
        </p>
      )}
      {ready && (
        <ReaderArticle
          article={ready}
          categoryNames={categoryNames}
          assetBase={assets.status === 'ready' ? assets.value : null}
          retrying={retrying}
          onSetCategory={(name) => handlers.onSetCategory(ready, name)}
          onRetryImages={() => handlers.onRetryImages(ready)}
        />
      )}
    </article>
  );
}

interface ReaderActionsProps {
  article: Article;
  refreshing: boolean;
  handlers: ReaderHandlers;
}

function ReaderActions({ article, refreshing, handlers }: ReaderActionsProps) {
  const archived = article.state === 'archived';
  return (
    <div className="reader-actions">
      <button
        type="button"
        className="button button-quiet"
        title={archived ? 'Move to unread (A)' : 'Archive (A)'}
        onClick={() => handlers.onToggleArchived(article)}
      >
        {archived ? 'Move to unread' : 'Archive'}
      </button>
      <button
        type="button"
        className="button button-quiet star-toggle"
        aria-pressed={article.favorite}
        title={article.favorite ? 'Remove from favourites (F)' : 'Add to favourites (F)'}
        onClick={() => handlers.onToggleFavorite(article)}
      >
        <StarIcon filled={article.favorite} size={16} /> Favourite
      </button>
      <button type="button" className="button button-quiet" onClick={() => handlers.onEditTags(article)}>
        Tags
      </button>
      {/* Stays focusable while busy (aria-disabled, not disabled), so the keyboard does not lose its place. */}
      <button
        type="button"
        className="button button-quiet"
        aria-disabled={refreshing || undefined}
        title="Fetch the page again and replace the saved copy"
        onClick={() => {
          if (!refreshing) handlers.onRefresh(article);
        }}
      >
        <BusyLabel busy={refreshing} idle="Refresh from the web" working="Refreshing…" />
      </button>
      <OpenOriginal url={article.url} />
      <button type="button" className="button button-quiet" onClick={() => handlers.onDelete(article)}>
        Delete
      </button>
    </div>
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
          {article.state === 'archived' && ' · Archived'}
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
        {article.tags.length > 0 && (
          <p className="reader-tags">
            {article.tags.map((tag) => (
              <span key={tag} className="chip chip-muted">
                {tag}
              </span>
            ))}
          </p>
        )}
      </header>
      <ReaderContent html={article.contentHtml} lang={article.lang} assetBase={assetBase} />
      <Highlights highlights={article.highlights} lang={article.lang} />
    </div>
  );
}

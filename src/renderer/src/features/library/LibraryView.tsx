import type { ArticlePage, ArticleSummary, SortKey } from '@shared/domain';
import type { Loaded } from '../../lib/useLoad';
import { formatCount } from '../../lib/format';
import { MOD_KEY } from '../../lib/platform';
import { ArticleList } from './ArticleList';
import { ALL } from './Sidebar';
import { SortSelect } from './SortSelect';
import './library.css';

interface LibraryViewProps {
  category: string;
  sort: SortKey;
  page: Loaded<ArticlePage>;
  /** Articles in the whole library, which decides between "empty library" and "empty category". */
  libraryTotal: number | null;
  focusArticleId: number | null;
  /** Where stored images (the row thumbnails) are served from; null while it is not known. */
  assetBase: string | null;
  /** Articles whose missing images are being downloaded again. */
  retrying: ReadonlySet<number>;
  onSort(sort: SortKey): void;
  onShowMore(): void;
  onShowAll(): void;
  onAdd(): void;
  onOpen(id: number): void;
  onChangeCategory(article: ArticleSummary): void;
  onDelete(article: ArticleSummary): void;
  onRetryImages(article: ArticleSummary): void;
}

export function LibraryView(props: LibraryViewProps) {
  const { category, sort, page, onSort } = props;
  return (
    <section className="view library-view" aria-labelledby="library-title">
      <header className="view-header">
        <div>
          <h1 id="library-title" className="view-title">
            {category === ALL ? 'All articles' : category}
          </h1>
          <p className="view-subtitle">
            {page.status === 'ready' ? formatCount(page.value.total, 'article') : '\u00a0'}
          </p>
        </div>
        <SortSelect value={sort} onChange={onSort} />
      </header>
      <LibraryBody {...props} />
    </section>
  );
}

function LibraryBody({ category, page, libraryTotal, ...props }: LibraryViewProps) {
  if (page.status === 'loading') return <p className="view-note view-note-delayed">Loading…</p>;
  if (page.status === 'error')
    return (
      <p role="alert" className="view-note form-error">
        Could not load the articles: {page.message}
      </p>
    );
  const { items, total } = page.value;
  if (total === 0 && (libraryTotal === 0 || category === ALL))
    return (
      <div className="empty-state">
        <p className="empty-text">
          Your library is empty — press <kbd>{MOD_KEY}</kbd>+<kbd>L</kbd> to save your first article
        </p>
        <button type="button" className="button button-primary" onClick={props.onAdd}>
          Save an article
        </button>
      </div>
    );
  if (total === 0)
    return (
      <div className="empty-state">
        <p className="empty-text">Nothing in “{category}” any more.</p>
        <button type="button" className="button" onClick={props.onShowAll}>
          Show all articles
        </button>
      </div>
    );
  return (
    <>
      <ArticleList
        items={items}
        showCategory={category === ALL}
        focusArticleId={props.focusArticleId}
        assetBase={props.assetBase}
        retrying={props.retrying}
        onOpen={props.onOpen}
        onChangeCategory={props.onChangeCategory}
        onDelete={props.onDelete}
        onRetryImages={props.onRetryImages}
      />
      {items.length < total && (
        <button type="button" className="button show-more" onClick={props.onShowMore}>
          Show more
        </button>
      )}
    </>
  );
}

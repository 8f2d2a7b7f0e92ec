import type { ArticlePage, SortKey } from '@shared/domain';
import type { Loaded } from '../../lib/useLoad';
import { formatCount } from '../../lib/format';
import { MOD_KEY } from '../../lib/platform';
import { ArticleList } from './ArticleList';
import type { RowHandlers } from './ArticleRow';
import { placeTitle, searchWords, type Place } from './place';
import { SearchBox } from './SearchBox';
import { SortSelect } from './SortSelect';
import './library.css';

interface LibraryViewProps {
  place: Place;
  search: string;
  sort: SortKey;
  page: Loaded<ArticlePage>;
  /** Articles in the whole library, which decides between "empty library" and "empty view". */
  libraryTotal: number | null;
  focusArticleId: number | null;
  /** Where stored images (the row thumbnails) are served from; null while it is not known. */
  assetBase: string | null;
  /** Articles whose missing images are being downloaded again. */
  retrying: ReadonlySet<number>;
  /** Articles being fetched again from the web. */
  refreshing: ReadonlySet<number>;
  handlers: RowHandlers;
  onSearch(search: string): void;
  onSort(sort: SortKey): void;
  onShowMore(): void;
  onShowAll(): void;
  onAdd(): void;
  onImportExport(): void;
}

export function LibraryView(props: LibraryViewProps) {
  const { place, search, sort, page, onSort, onSearch } = props;
  const kind = place.kind === 'tag' ? 'Tag · ' : place.kind === 'category' ? 'Category · ' : '';
  return (
    <section className="view library-view" aria-labelledby="library-title">
      <header className="view-header">
        <div className="view-heading">
          <div>
            <h1 id="library-title" className="view-title">
              {placeTitle(place)}
            </h1>
            <p className="view-subtitle">
              {page.status === 'ready' ? kind + formatCount(page.value.total, 'article') : '\u00a0'}
            </p>
          </div>
          <button
            type="button"
            className="button button-quiet"
            title={`Import / Export (${MOD_KEY}+I)`}
            onClick={props.onImportExport}
          >
            Import / Export
          </button>
        </div>
        <div className="view-tools">
          <SearchBox value={search} onSearch={onSearch} />
          <SortSelect value={sort} onChange={onSort} />
        </div>
      </header>
      <LibraryBody {...props} />
    </section>
  );
}

const EMPTY_SHELF = {
  unread: 'Nothing left to read. Archived articles are in Archive.',
  archive: 'Nothing archived yet. Archive an article when you have read it.',
  favourites: 'No favourites yet. Star an article to keep it here.',
  all: '',
};

function LibraryBody({ place, search, page, libraryTotal, ...props }: LibraryViewProps) {
  if (page.status === 'loading') return <p className="view-note view-note-delayed">Loading…</p>;
  if (page.status === 'error')
    return (
      <p role="alert" className="view-note form-error">
        Could not load the articles: {page.message}
      </p>
    );
  const { items, total } = page.value;
  const searching = searchWords(search);
  if (total === 0 && searching)
    return (
      <div className="empty-state">
        <p className="empty-text">No articles match “{searching}”</p>
        <button type="button" className="button" onClick={() => props.onSearch('')}>
          Clear search
        </button>
      </div>
    );
  if (total === 0 && (libraryTotal === 0 || (place.kind === 'shelf' && place.shelf === 'all')))
    return (
      <div className="empty-state">
        <p className="empty-text">
          Your library is empty — press <kbd>{MOD_KEY}</kbd>+<kbd>L</kbd> to save your first article
        </p>
        <div className="empty-actions">
          <button type="button" className="button button-primary" onClick={props.onAdd}>
            Save an article
          </button>
          <button type="button" className="button" onClick={props.onImportExport}>
            Import a reading list
          </button>
        </div>
      </div>
    );
  if (total === 0)
    return (
      <div className="empty-state">
        <p className="empty-text">
          {place.kind === 'shelf'
            ? EMPTY_SHELF[place.shelf]
            : place.kind === 'tag'
              ? `Nothing is tagged “${place.name}” any more.`
              : `Nothing in “${place.name}” any more.`}
        </p>
        <button type="button" className="button" onClick={props.onShowAll}>
          Show all articles
        </button>
      </div>
    );
  return (
    <>
      <ArticleList
        items={items}
        showCategory={place.kind !== 'category'}
        focusArticleId={props.focusArticleId}
        assetBase={props.assetBase}
        retrying={props.retrying}
        refreshing={props.refreshing}
        handlers={props.handlers}
      />
      {items.length < total && (
        <button type="button" className="button show-more" onClick={props.onShowMore}>
          Show more
        </button>
      )}
    </>
  );
}

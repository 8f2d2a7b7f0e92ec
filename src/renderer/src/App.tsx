import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { QuireClient } from '@shared/api';
import type { ArticleSummary, SortKey } from '@shared/domain';
import { ConfirmDialog } from './components/ConfirmDialog';
import { Toast, type ToastMessage } from './components/Toast';
import { AddDialog } from './features/add/AddDialog';
import { useAddArticle } from './features/add/useAddArticle';
import { CategoryDialog } from './features/articles/CategoryDialog';
import { TagsDialog } from './features/articles/TagsDialog';
import { refreshFailedText, useArticleActions } from './features/articles/useArticleActions';
import type { RowHandlers } from './features/library/ArticleRow';
import { LibraryView } from './features/library/LibraryView';
import { EVERYTHING, placeKey, placeQuery, START, type Place } from './features/library/place';
import { Sidebar } from './features/library/Sidebar';
import { useShelfCounts } from './features/library/useShelfCounts';
import { QueueBar } from './features/queue/QueueBar';
import { Reader, type ReaderHandlers } from './features/reader/Reader';
import { TransferDialog } from './features/transfer/TransferDialog';
import { MOD_KEY } from './lib/platform';
import { isShortcut, useKeydown } from './lib/useKeydown';
import { useArticleRoute } from './lib/useArticleRoute';
import { useLoad } from './lib/useLoad';

const PAGE_SIZE = 100;
// An import saves pages one after another; their events are taken together, not one reload each.
const EVENT_REFRESH_MS = 150;

type Dialog =
  | { kind: 'delete'; article: ArticleSummary }
  | { kind: 'category'; article: ArticleSummary }
  | { kind: 'tags'; article: ArticleSummary }
  | { kind: 'transfer' };

export function App({ client }: { client: QuireClient }) {
  const [place, setPlace] = useState<Place>(START);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<SortKey>('added');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [openId, setOpenId] = useArticleRoute();
  const [lastOpenedId, setLastOpenedId] = useState<number | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  // Every change, here or in another window, bumps this and everything on screen reloads.
  const [version, refresh] = useReducer((v: number) => v + 1, 0);
  const eventTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const off = client.on('libraryChanged', () => {
      if (eventTimer.current) return;
      eventTimer.current = setTimeout(() => {
        eventTimer.current = null;
        refresh();
      }, EVENT_REFRESH_MS);
    });
    return () => {
      off();
      if (eventTimer.current) clearTimeout(eventTimer.current);
      eventTimer.current = null;
    };
  }, [client]);

  const loadCategories = useCallback(() => client.listCategories(), [client]);
  const categories = useLoad(loadCategories, version);
  const loadTags = useCallback(() => client.listTags(), [client]);
  const tags = useLoad(loadTags, version);
  const shelfCounts = useShelfCounts(client, version);
  const loadPage = useCallback(
    () => client.listArticles({ ...placeQuery(place, search), sort, limit, offset: 0 }),
    [client, place, search, sort, limit],
  );
  // The search is left out of the subject: while typing, the last results stay until the new ones land.
  const page = useLoad(loadPage, version, `${placeKey(place)}\n${sort}`);
  const categoryNames = categories.status === 'ready' ? categories.value.categories.map((c) => c.name) : [];
  const tagNames = tags.status === 'ready' ? tags.value.map((t) => t.name) : [];
  // Where stored images are served from: asked once, never assumed.
  const loadAssetBase = useCallback(() => client.assetBaseUrl(), [client]);
  const assets = useLoad(loadAssetBase, 0);
  const assetBase = assets.status === 'ready' ? assets.value : null;

  const notify = useCallback(
    (text: string) => setToast((previous) => ({ id: (previous?.id ?? 0) + 1, text })),
    [],
  );
  const dismissToast = useCallback(() => setToast(null), []);

  const { actions, retrying, refreshing } = useArticleActions(client, {
    refresh,
    notify,
    onDeleted: (id) => {
      setDialog(null);
      setOpenId((open) => (open === id ? null : open));
    },
    // Archiving is what one does on finishing an article: back to the list for the next one.
    onArchived: (id) => setOpenId((open) => (open === id ? null : open)),
  });

  const add = useAddArticle(client, {
    onSaved: ({ article, existing }) => {
      refresh();
      notify(existing ? `Already in your library: “${article.title}”` : `Saved “${article.title}”`);
    },
    onFailedUnseen: (message) => notify(`Could not save the article: ${message}`),
    onRefreshed: (article, seen) => {
      refresh();
      if (!seen) notify(`Refreshed “${article.title}”`);
    },
    onRefreshFailedUnseen: (article, message) => notify(refreshFailedText(article, message)),
  });

  const anyDialogOpen = add.state.open || dialog !== null;
  useKeydown((event) => {
    if (isShortcut(event, 'l')) {
      // Also keeps the browser from jumping to its address bar when Quire runs in a tab.
      event.preventDefault();
      if (!anyDialogOpen) add.open();
    } else if (isShortcut(event, 'i')) {
      event.preventDefault();
      if (!anyDialogOpen) setDialog({ kind: 'transfer' });
    } else if (event.key === 'Escape' && !event.defaultPrevented && !anyDialogOpen && openId !== null) {
      setOpenId(null);
    }
  });

  const selectPlace = (next: Place) => {
    setPlace(next);
    setLimit(PAGE_SIZE);
    setOpenId(null);
  };

  const onSearch = useCallback((next: string) => {
    setSearch(next);
    setLimit(PAGE_SIZE);
  }, []);

  const openArticle = (id: number) => {
    setOpenId(id);
    setLastOpenedId(id);
  };

  const rowHandlers: RowHandlers = {
    onOpen: openArticle,
    onToggleArchived: (article) => void actions.toggleArchived(article),
    onToggleFavorite: (article) => void actions.toggleFavorite(article),
    onEditTags: (article) => setDialog({ kind: 'tags', article }),
    onChangeCategory: (article) => setDialog({ kind: 'category', article }),
    onDelete: (article) => setDialog({ kind: 'delete', article }),
    onRetryImages: (article) => void actions.retryImages(article),
    onRefresh: (article) => void actions.refreshArticle(article),
  };

  const readerHandlers: ReaderHandlers = {
    ...rowHandlers,
    onBack: () => setOpenId(null),
    onSetCategory: actions.setCategory,
    onProgressSaved: refresh,
  };

  const openDialog = (
    <>
      {add.state.open && (
        <AddDialog
          state={add.state}
          suggestions={categoryNames}
          onEdit={add.edit}
          onSubmit={() => void add.submit()}
          onClose={add.close}
          onRefreshExisting={() => void add.refreshExisting()}
          onOpenExisting={(id) => {
            add.close();
            openArticle(id);
          }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          question={`Delete “${dialog.article.title}”?`}
          detail="This removes it and its saved copy."
          confirmText="Delete"
          confirmLabel="Confirm delete"
          onConfirm={() => actions.deleteArticle(dialog.article)}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'category' && (
        <CategoryDialog
          article={dialog.article}
          suggestions={categoryNames}
          onApply={async (name) => {
            const error = await actions.setCategory(dialog.article, name);
            if (!error) setDialog(null);
            return error;
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'tags' && (
        <TagsDialog
          article={dialog.article}
          known={tagNames}
          onApply={async (next) => {
            const error = await actions.setTags(dialog.article, next);
            if (!error) setDialog(null);
            return error;
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'transfer' && (
        <TransferDialog
          client={client}
          place={place}
          search={search}
          onImported={refresh}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );

  return (
    <div className="app">
      <aside className="sidebar">
        <div className="sidebar-top">
          <p className="brand">Quire</p>
          <button
            type="button"
            className="button button-primary add-button"
            aria-label="Add article"
            onClick={add.open}
          >
            <span aria-hidden="true">+</span> Add
          </button>
        </div>
        <Sidebar
          categories={categories.status === 'ready' ? categories.value : null}
          tags={tags.status === 'ready' ? tags.value : []}
          shelfCounts={shelfCounts}
          selected={place}
          onSelect={selectPlace}
        />
        {categories.status === 'error' && (
          <p role="alert" className="sidebar-note form-error">
            Could not load the categories: {categories.message}
          </p>
        )}
        <p className="sidebar-note">
          <kbd>{MOD_KEY}</kbd>+<kbd>L</kbd> saves a page
        </p>
      </aside>

      <main className="main">
        {openId === null ? (
          <>
            <LibraryView
              place={place}
              search={search}
              sort={sort}
              page={page}
              libraryTotal={categories.status === 'ready' ? categories.value.total : null}
              focusArticleId={lastOpenedId}
              assetBase={assetBase}
              retrying={retrying}
              refreshing={refreshing}
              handlers={rowHandlers}
              onSearch={onSearch}
              onSort={(next) => {
                setSort(next);
                setLimit(PAGE_SIZE);
              }}
              onShowMore={() => setLimit((n) => n + PAGE_SIZE)}
              onShowAll={() => selectPlace(EVERYTHING)}
              onAdd={add.open}
              onImportExport={() => setDialog({ kind: 'transfer' })}
            />
            <QueueBar client={client} notify={notify} />
          </>
        ) : (
          <Reader
            key={openId}
            client={client}
            id={openId}
            version={version}
            categoryNames={categoryNames}
            assets={assets}
            retrying={retrying.has(openId)}
            refreshing={refreshing.has(openId)}
            shortcuts={!anyDialogOpen}
            handlers={readerHandlers}
          />
        )}
      </main>

      {openDialog}
      <Toast toast={toast} onDismiss={dismissToast} />
    </div>
  );
}

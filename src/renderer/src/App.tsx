import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { QuireClient } from '@shared/api';
import type { ArticleSummary, SortKey } from '@shared/domain';
import { ConfirmDialog } from './components/ConfirmDialog';
import { Toast, type ToastMessage } from './components/Toast';
import { AddDialog } from './features/add/AddDialog';
import { useAddArticle } from './features/add/useAddArticle';
import { CategoryDialog } from './features/articles/CategoryDialog';
import { LibraryView } from './features/library/LibraryView';
import { ALL, Sidebar } from './features/library/Sidebar';
import { Reader } from './features/reader/Reader';
import { retryResultText } from './lib/assets';
import { MOD_KEY } from './lib/platform';
import { settle } from './lib/settle';
import { isShortcut, useKeydown } from './lib/useKeydown';
import { useArticleRoute } from './lib/useArticleRoute';
import { useLoad } from './lib/useLoad';

const PAGE_SIZE = 100;

type ArticleDialog =
  { kind: 'delete'; article: ArticleSummary } | { kind: 'category'; article: ArticleSummary };

export function App({ client }: { client: QuireClient }) {
  const [category, setCategory] = useState(ALL);
  const [sort, setSort] = useState<SortKey>('added');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [openId, setOpenId] = useArticleRoute();
  const [lastOpenedId, setLastOpenedId] = useState<number | null>(null);
  const [dialog, setDialog] = useState<ArticleDialog | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  // Every change, here or in another window, bumps this and everything on screen reloads.
  const [version, refresh] = useReducer((v: number) => v + 1, 0);

  useEffect(() => client.on('libraryChanged', () => refresh()), [client]);

  const loadCategories = useCallback(() => client.listCategories(), [client]);
  const categories = useLoad(loadCategories, version);
  const loadPage = useCallback(
    () => client.listArticles({ category: category === ALL ? undefined : category, sort, limit, offset: 0 }),
    [client, category, sort, limit],
  );
  const page = useLoad(loadPage, version, `${category}\n${sort}`);
  const categoryNames = categories.status === 'ready' ? categories.value.categories.map((c) => c.name) : [];
  // Where stored images are served from: asked once, never assumed.
  const loadAssetBase = useCallback(() => client.assetBaseUrl(), [client]);
  const assets = useLoad(loadAssetBase, 0);
  const assetBase = assets.status === 'ready' ? assets.value : null;
  const [retrying, setRetrying] = useState<ReadonlySet<number>>(() => new Set());
  const retryingRef = useRef(new Set<number>());

  const notify = (text: string) => setToast((previous) => ({ id: (previous?.id ?? 0) + 1, text }));
  const dismissToast = useCallback(() => setToast(null), []);

  const add = useAddArticle(client, {
    onSaved: ({ article, existing }) => {
      refresh();
      notify(existing ? `Already in your library: “${article.title}”` : `Saved “${article.title}”`);
    },
    onFailedUnseen: (message) => notify(`Could not save the article: ${message}`),
  });

  const anyDialogOpen = add.state.open || dialog !== null;
  useKeydown((event) => {
    if (isShortcut(event, 'l')) {
      // Also keeps the browser from jumping to its address bar when Quire runs in a tab.
      event.preventDefault();
      if (!anyDialogOpen) add.open();
    } else if (event.key === 'Escape' && !event.defaultPrevented && !anyDialogOpen && openId !== null) {
      setOpenId(null);
    }
  });

  const selectCategory = (name: string) => {
    setCategory(name);
    setLimit(PAGE_SIZE);
    setOpenId(null);
  };

  const openArticle = (id: number) => {
    setOpenId(id);
    setLastOpenedId(id);
  };

  const changeCategory = async (article: ArticleSummary, name: string | null): Promise<string | null> => {
    const result = await settle(client.setArticleCategory(article.id, name));
    if (!result.ok) return result.error.message;
    refresh();
    notify(`Moved “${article.title}” to ${result.value.category}`);
    return null;
  };

  const retryImages = async (article: ArticleSummary) => {
    if (retryingRef.current.has(article.id)) return;
    const mark = (on: boolean) => {
      if (on) retryingRef.current.add(article.id);
      else retryingRef.current.delete(article.id);
      setRetrying(new Set(retryingRef.current));
    };
    mark(true);
    const result = await settle(client.retryMissingImages(article.id));
    mark(false);
    refresh();
    notify(result.ok ? retryResultText(result.value) : `Could not retry the images: ${result.error.message}`);
  };

  const deleteArticle = async (article: ArticleSummary): Promise<string | null> => {
    const result = await settle(client.deleteArticle(article.id));
    if (!result.ok) return result.error.message;
    setDialog(null);
    setOpenId((id) => (id === article.id ? null : id));
    refresh();
    notify(`Deleted “${article.title}”`);
    return null;
  };

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
          selected={category}
          onSelect={selectCategory}
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
          <LibraryView
            category={category}
            sort={sort}
            page={page}
            libraryTotal={categories.status === 'ready' ? categories.value.total : null}
            focusArticleId={lastOpenedId}
            assetBase={assetBase}
            retrying={retrying}
            onSort={(next) => {
              setSort(next);
              setLimit(PAGE_SIZE);
            }}
            onShowMore={() => setLimit((n) => n + PAGE_SIZE)}
            onShowAll={() => selectCategory(ALL)}
            onAdd={add.open}
            onOpen={openArticle}
            onChangeCategory={(article) => setDialog({ kind: 'category', article })}
            onDelete={(article) => setDialog({ kind: 'delete', article })}
            onRetryImages={(article) => void retryImages(article)}
          />
        ) : (
          <Reader
            key={openId}
            client={client}
            id={openId}
            version={version}
            categoryNames={categoryNames}
            assets={assets}
            retrying={retrying.has(openId)}
            onRetryImages={(article) => void retryImages(article)}
            onBack={() => setOpenId(null)}
            onDelete={(article) => setDialog({ kind: 'delete', article })}
            onSetCategory={changeCategory}
          />
        )}
      </main>

      {add.state.open && (
        <AddDialog
          state={add.state}
          suggestions={categoryNames}
          onEdit={add.edit}
          onSubmit={() => void add.submit()}
          onClose={add.close}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          question={`Delete “${dialog.article.title}”?`}
          detail="This removes it and its saved copy."
          confirmText="Delete"
          confirmLabel="Confirm delete"
          onConfirm={() => deleteArticle(dialog.article)}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'category' && (
        <CategoryDialog
          article={dialog.article}
          suggestions={categoryNames}
          onApply={async (name) => {
            const error = await changeCategory(dialog.article, name);
            if (!error) setDialog(null);
            return error;
          }}
          onClose={() => setDialog(null)}
        />
      )}
      <Toast toast={toast} onDismiss={dismissToast} />
    </div>
  );
}

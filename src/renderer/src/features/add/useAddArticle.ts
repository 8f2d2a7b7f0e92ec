import { useEffect, useReducer, useRef } from 'react';
import type { QuireClient } from '@shared/api';
import type { ArticleSummary, SaveOutcome } from '@shared/domain';
import { settle } from '../../lib/settle';
import { FIRST_STAGE_TEXT, sameUrl, stageText } from './save-stages';

export interface AddState {
  open: boolean;
  url: string;
  category: string;
  saving: boolean;
  progress: string;
  error: string | null;
  /** The article the URL turned out to be, when it was already in the library. */
  existing: ArticleSummary | null;
  /** Fetching that existing article again from the web, on request. */
  refresh: RefreshState | null;
}

export type RefreshState =
  { status: 'running'; progress: string } | { status: 'done' } | { status: 'failed'; message: string };

type AddAction =
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'edit'; url?: string; category?: string }
  | { type: 'start' }
  | { type: 'progress'; text: string }
  | { type: 'failed'; message: string }
  | { type: 'saved' }
  | { type: 'existing'; article: ArticleSummary }
  | { type: 'refresh-start' }
  | { type: 'refreshed'; article: ArticleSummary }
  | { type: 'refresh-failed'; message: string }
  | { type: 'reset' };

const INITIAL: AddState = {
  open: false,
  url: '',
  category: '',
  saving: false,
  progress: '',
  error: null,
  existing: null,
  refresh: null,
};

const isRefreshing = (state: AddState) => state.refresh?.status === 'running';

function reduce(state: AddState, action: AddAction): AddState {
  switch (action.type) {
    case 'open':
      return { ...state, open: true };
    case 'close':
      // A save or refresh in flight carries on; its outcome is reported when it lands. A found
      // article is old news.
      return state.existing && !isRefreshing(state) ? INITIAL : { ...state, open: false };
    case 'edit':
      return {
        ...state,
        url: action.url ?? state.url,
        category: action.category ?? state.category,
        error: null,
        existing: null,
        refresh: null,
      };
    case 'start':
      return {
        ...state,
        saving: true,
        progress: FIRST_STAGE_TEXT,
        error: null,
        existing: null,
        refresh: null,
      };
    case 'progress':
      if (state.saving) return { ...state, progress: action.text };
      return isRefreshing(state)
        ? { ...state, refresh: { status: 'running', progress: action.text } }
        : state;
    case 'failed':
      return { ...state, saving: false, error: action.message };
    case 'saved':
      return INITIAL;
    case 'existing':
      // Said in the dialog, with a way to open it, rather than passed off as a fresh save.
      return { ...state, saving: false, existing: action.article, refresh: null };
    case 'refresh-start':
      return state.existing
        ? { ...state, refresh: { status: 'running', progress: FIRST_STAGE_TEXT } }
        : state;
    case 'refreshed':
      // The page may have a new title: the notice names the article as it is now.
      return state.existing?.id === action.article.id && isRefreshing(state)
        ? { ...state, existing: action.article, refresh: { status: 'done' } }
        : state;
    case 'refresh-failed':
      return isRefreshing(state)
        ? { ...state, refresh: { status: 'failed', message: action.message } }
        : state;
    case 'reset':
      return INITIAL;
  }
}

interface AddCallbacks {
  /** A new article was saved, or a known one found while the dialog was closed. */
  onSaved(outcome: SaveOutcome): void;
  /** A save failed after its dialog was closed; the draft keeps the URL and error for next time. */
  onFailedUnseen(message: string): void;
  /** An existing article was fetched again; `seen` when the dialog was still open to say so. */
  onRefreshed(article: ArticleSummary, seen: boolean): void;
  /** Refreshing failed after the dialog was closed (the stored copy is unchanged). */
  onRefreshFailedUnseen(article: ArticleSummary, message: string): void;
}

/**
 * The add-an-article flow: the draft, the save in flight and its progress. It lives above the
 * dialog so closing the dialog neither loses the draft nor abandons a save.
 */
export function useAddArticle(
  client: QuireClient,
  { onSaved, onFailedUnseen, onRefreshed, onRefreshFailedUnseen }: AddCallbacks,
) {
  const [state, dispatch] = useReducer(reduce, INITIAL);
  const savingUrl = useRef<string | null>(null);
  const open = useRef(state.open);
  useEffect(() => {
    open.current = state.open;
  }, [state.open]);

  useEffect(
    () =>
      client.on('saveProgress', (event) => {
        const text = stageText(event.stage);
        if (text && savingUrl.current !== null && sameUrl(event.url, savingUrl.current))
          dispatch({ type: 'progress', text });
      }),
    [client],
  );

  const submit = async () => {
    if (state.saving || isRefreshing(state)) return;
    const url = state.url.trim();
    if (!url) {
      dispatch({ type: 'failed', message: 'Paste the address of a page to save it.' });
      return;
    }
    const category = state.category.trim();
    savingUrl.current = url;
    dispatch({ type: 'start' });
    const result = await settle(client.saveUrl(url, category ? { category } : {}));
    savingUrl.current = null;
    if (result.ok && result.value.existing && open.current) {
      dispatch({ type: 'existing', article: result.value.article });
    } else if (result.ok) {
      dispatch({ type: 'saved' });
      onSaved(result.value);
    } else {
      dispatch({ type: 'failed', message: result.error.message });
      if (!open.current) onFailedUnseen(result.error.message);
    }
  };

  /** Fetches the already-saved article again; its progress shows as a save's does. */
  const refreshExisting = async () => {
    const article = state.existing;
    // The ref also stops a second click landing before the first one re-rendered.
    if (!article || state.saving || isRefreshing(state) || savingUrl.current !== null) return;
    savingUrl.current = article.url;
    dispatch({ type: 'refresh-start' });
    const result = await settle(client.refreshArticle(article.id));
    savingUrl.current = null;
    const seen = open.current;
    if (result.ok) onRefreshed(result.value, seen);
    else if (!seen) onRefreshFailedUnseen(article, result.error.message);
    if (!seen) dispatch({ type: 'reset' });
    else if (result.ok) dispatch({ type: 'refreshed', article: result.value });
    else dispatch({ type: 'refresh-failed', message: result.error.message });
  };

  return {
    state,
    open: () => dispatch({ type: 'open' }),
    close: () => dispatch({ type: 'close' }),
    edit: (change: { url?: string; category?: string }) => dispatch({ type: 'edit', ...change }),
    submit,
    refreshExisting,
  };
}

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
}

type AddAction =
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'edit'; url?: string; category?: string }
  | { type: 'start' }
  | { type: 'progress'; text: string }
  | { type: 'failed'; message: string }
  | { type: 'saved' }
  | { type: 'existing'; article: ArticleSummary };

const INITIAL: AddState = {
  open: false,
  url: '',
  category: '',
  saving: false,
  progress: '',
  error: null,
  existing: null,
};

function reduce(state: AddState, action: AddAction): AddState {
  switch (action.type) {
    case 'open':
      return { ...state, open: true };
    case 'close':
      // A save in flight carries on; its outcome is reported when it lands. A found article is old news.
      return state.existing ? INITIAL : { ...state, open: false };
    case 'edit':
      return {
        ...state,
        url: action.url ?? state.url,
        category: action.category ?? state.category,
        error: null,
        existing: null,
      };
    case 'start':
      return { ...state, saving: true, progress: FIRST_STAGE_TEXT, error: null, existing: null };
    case 'progress':
      return state.saving ? { ...state, progress: action.text } : state;
    case 'failed':
      return { ...state, saving: false, error: action.message };
    case 'saved':
      return INITIAL;
    case 'existing':
      // Said in the dialog, with a way to open it, rather than passed off as a fresh save.
      return { ...state, saving: false, existing: action.article };
  }
}

interface AddCallbacks {
  /** A new article was saved, or a known one found while the dialog was closed. */
  onSaved(outcome: SaveOutcome): void;
  /** A save failed after its dialog was closed; the draft keeps the URL and error for next time. */
  onFailedUnseen(message: string): void;
}

/**
 * The add-an-article flow: the draft, the save in flight and its progress. It lives above the
 * dialog so closing the dialog neither loses the draft nor abandons a save.
 */
export function useAddArticle(client: QuireClient, { onSaved, onFailedUnseen }: AddCallbacks) {
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
    if (state.saving) return;
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

  return {
    state,
    open: () => dispatch({ type: 'open' }),
    close: () => dispatch({ type: 'close' }),
    edit: (change: { url?: string; category?: string }) => dispatch({ type: 'edit', ...change }),
    submit,
  };
}

import { useEffect, useId, useRef, type FormEvent } from 'react';
import { BusyLabel } from '../../components/BusyLabel';
import { Modal } from '../../components/Modal';
import { asSentence } from '../../lib/format';
import type { AddState } from './useAddArticle';
import './add.css';

interface AddDialogProps {
  state: AddState;
  suggestions: string[];
  onEdit(change: { url?: string; category?: string }): void;
  onSubmit(): void;
  onClose(): void;
  /** Opens the article the URL turned out to be already saved as. */
  onOpenExisting(id: number): void;
  /** Fetches that already-saved article again from the web. */
  onRefreshExisting(): void;
}

export function AddDialog({
  state,
  suggestions,
  onEdit,
  onSubmit,
  onClose,
  onOpenExisting,
  onRefreshExisting,
}: AddDialogProps) {
  const urlRef = useRef<HTMLInputElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const refresh = state.refresh;
  const refreshing = refresh?.status === 'running';
  const busy = state.saving || refreshing;
  // After a failure the URL is what needs fixing; focus also must not stay on the disabled Save.
  useEffect(() => {
    if (state.error) urlRef.current?.focus();
  }, [state.error]);
  // Once refreshed, the Refresh button goes: focus moves on to what comes next, opening it.
  useEffect(() => {
    if (refresh?.status === 'done') openRef.current?.focus();
  }, [refresh?.status]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <Modal label="Add an article" onClose={onClose} initialFocus={urlRef} className="add-dialog">
      {/* The browser's own URL check is off: the library's messages are clearer and say what to fix. */}
      <form onSubmit={submit} noValidate>
        <h2 className="modal-title">Save an article</h2>
        <p className="modal-text">Paste the address of a page; Quire keeps a clean copy to read offline.</p>
        <label className="field">
          <span className="field-label">URL</span>
          <input
            ref={urlRef}
            type="url"
            value={state.url}
            placeholder="https://"
            autoComplete="off"
            spellCheck={false}
            readOnly={busy}
            aria-invalid={state.error ? true : undefined}
            onChange={(e) => onEdit({ url: e.target.value })}
          />
        </label>
        <label className="field">
          <span className="field-label">Category (optional)</span>
          <input
            type="text"
            list={listId}
            value={state.category}
            placeholder="Found on the page"
            autoComplete="off"
            maxLength={80}
            readOnly={busy}
            onChange={(e) => onEdit({ category: e.target.value })}
          />
        </label>
        <datalist id={listId}>
          {suggestions.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        {state.saving && <SaveProgress text={state.progress} />}
        {state.error && (
          <p role="alert" className="form-error">
            {state.error}
          </p>
        )}
        {state.existing ? (
          <>
            <div role="status" className="existing-notice">
              <p className="existing-title">
                {refresh?.status === 'done' ? 'Refreshed' : 'Already in your library'}
              </p>
              <p className="existing-article">{state.existing.title}</p>
            </div>
            {refreshing && <SaveProgress text={refresh.progress} />}
            {refresh?.status === 'failed' && (
              <p role="alert" className="form-error refresh-error">
                Could not refresh it: {asSentence(refresh.message)} The saved copy was kept.
              </p>
            )}
            <div className="modal-actions">
              <button type="button" className="button" onClick={onClose}>
                Close
              </button>
              {refresh?.status !== 'done' && (
                // Stays focusable while busy (aria-disabled, not disabled): focus is not lost.
                <button
                  type="button"
                  className="button"
                  aria-disabled={refreshing || undefined}
                  onClick={() => {
                    if (!refreshing) onRefreshExisting();
                  }}
                >
                  <BusyLabel busy={refreshing} idle="Refresh from the web" working="Refreshing…" />
                </button>
              )}
              <button
                ref={openRef}
                type="button"
                className="button button-primary"
                autoFocus
                onClick={() => onOpenExisting(state.existing!.id)}
              >
                Open
              </button>
            </div>
          </>
        ) : (
          <div className="modal-actions">
            <button type="button" className="button" onClick={onClose}>
              {state.saving ? 'Close' : 'Cancel'}
            </button>
            <button type="submit" className="button button-primary" disabled={state.saving}>
              Save
            </button>
          </div>
        )}
      </form>
    </Modal>
  );
}

/** How far a save (or a refresh) has got: a moving bar and the stage it is at. */
function SaveProgress({ text }: { text: string }) {
  return (
    <div role="status" className="save-progress">
      <div className="progress-bar" aria-hidden="true">
        <div className="progress-bar-fill" />
      </div>
      <p className="save-progress-text">{text}</p>
    </div>
  );
}

import { useEffect, useId, useRef, type FormEvent } from 'react';
import { Modal } from '../../components/Modal';
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
}

export function AddDialog({ state, suggestions, onEdit, onSubmit, onClose, onOpenExisting }: AddDialogProps) {
  const urlRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  // After a failure the URL is what needs fixing; focus also must not stay on the disabled Save.
  useEffect(() => {
    if (state.error) urlRef.current?.focus();
  }, [state.error]);

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
            readOnly={state.saving}
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
            readOnly={state.saving}
            onChange={(e) => onEdit({ category: e.target.value })}
          />
        </label>
        <datalist id={listId}>
          {suggestions.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        {state.saving && (
          <div role="status" className="save-progress">
            <div className="progress-bar" aria-hidden="true">
              <div className="progress-bar-fill" />
            </div>
            <p className="save-progress-text">{state.progress}</p>
          </div>
        )}
        {state.error && (
          <p role="alert" className="form-error">
            {state.error}
          </p>
        )}
        {state.existing ? (
          <>
            <div role="status" className="existing-notice">
              <p className="existing-title">Already in your library</p>
              <p className="existing-article">{state.existing.title}</p>
            </div>
            <div className="modal-actions">
              <button type="button" className="button" onClick={onClose}>
                Close
              </button>
              <button
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

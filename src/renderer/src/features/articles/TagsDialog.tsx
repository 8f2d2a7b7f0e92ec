import { useId, useRef, useState, type FormEvent } from 'react';
import type { ArticleSummary } from '@shared/domain';
import { Modal } from '../../components/Modal';
import './tags-dialog.css';

/** "news, long read ,," → ["news", "long read"]. */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

interface TagsDialogProps {
  article: ArticleSummary;
  /** Every tag in the library, offered with one click. */
  known: string[];
  /** Resolves to an error message to show, or null when applied. */
  onApply(tags: string[]): Promise<string | null>;
  onClose(): void;
}

/** The article's tags as one comma-separated line, with the library's other tags a click away. */
export function TagsDialog({ article, known, onApply, onClose }: TagsDialogProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(article.tags.join(', '));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  const inputId = useId();

  const chosen = new Set(parseTags(text).map((t) => t.toLowerCase()));
  const offered = known.filter((t) => !chosen.has(t.toLowerCase()));

  const add = (tag: string) => {
    const tags = parseTags(text);
    setText([...tags, tag].join(', ') + ', ');
    inputRef.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const message = await onApply(parseTags(text));
    setBusy(false);
    if (message) setError(message);
  };

  return (
    <Modal label="Edit tags" onClose={onClose} initialFocus={inputRef} className="modal-narrow">
      <form onSubmit={(e) => void submit(e)}>
        <h2 className="modal-title">Edit tags</h2>
        <p className="modal-text">{article.title}</p>
        <div className="field">
          <label htmlFor={inputId} className="field-label">
            Tags
          </label>
          <input
            ref={inputRef}
            id={inputId}
            type="text"
            value={text}
            placeholder="news, long read"
            autoComplete="off"
            aria-describedby={hintId}
            onChange={(e) => setText(e.target.value)}
          />
          <span id={hintId} className="field-hint">
            Separate tags with commas; leave empty to remove them all.
          </span>
        </div>
        {offered.length > 0 && (
          <div className="tag-suggestions" role="group" aria-label="Tags in your library">
            {offered.map((tag) => (
              <button
                key={tag}
                type="button"
                className="tag-suggestion"
                aria-label={`Add tag ${tag}`}
                onClick={() => add(tag)}
              >
                <span aria-hidden="true">+</span> {tag}
              </button>
            ))}
          </div>
        )}
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            Save tags
          </button>
        </div>
      </form>
    </Modal>
  );
}

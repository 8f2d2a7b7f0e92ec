import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { UNCATEGORIZED } from '@shared/domain';
import './category-form.css';

interface CategoryFormProps {
  current: string;
  /** Existing categories, offered as suggestions; any new name may be typed. */
  suggestions: string[];
  /** Resolves to an error message to show, or null when applied. */
  onApply(name: string | null): Promise<string | null>;
  onCancel(): void;
}

/** Picks or types a category; an empty field (or "Uncategorized") removes the category. */
export function CategoryForm({ current, suggestions, onApply, onCancel }: CategoryFormProps) {
  const [value, setValue] = useState(current === UNCATEGORIZED ? '' : current);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const listId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = value.trim();
    setBusy(true);
    setError(null);
    const message = await onApply(
      name === '' || name.toLowerCase() === UNCATEGORIZED.toLowerCase() ? null : name,
    );
    setBusy(false);
    if (message) setError(message);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape') return;
    // Escape closes just this editor, not the view around it.
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };

  return (
    <form className="category-form" onSubmit={(e) => void submit(e)}>
      <label className="field">
        <span className="field-label">Category</span>
        <input
          type="text"
          list={listId}
          value={value}
          placeholder={UNCATEGORIZED}
          autoComplete="off"
          maxLength={80}
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </label>
      <datalist id={listId}>
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <div className="category-form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          Apply
        </button>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  );
}

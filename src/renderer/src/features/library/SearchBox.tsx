import { useEffect, useState, type KeyboardEvent } from 'react';

// Long enough not to search on every key of a word being typed, short enough to feel immediate.
export const SEARCH_DELAY_MS = 200;

interface SearchBoxProps {
  /** The search the list shows. */
  value: string;
  onSearch(search: string): void;
}

/** Full-text search of the current view, as you type; Escape clears it. */
export function SearchBox({ value, onSearch }: SearchBoxProps) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // Whenever the search changes (typed here, or cleared by the empty state's button), the box shows it.
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }

  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => onSearch(draft), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, value, onSearch]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape' || draft === '') return;
    // Handled here, so Escape clears the search and does nothing else.
    event.preventDefault();
    event.stopPropagation();
    setDraft('');
    if (value !== '') onSearch('');
  };

  return (
    <div className="search-box">
      <svg className="search-icon" viewBox="0 0 16 16" width="15" height="15" aria-hidden="true">
        <circle cx="7" cy="7" r="4.75" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
      <input
        type="search"
        aria-label="Search articles"
        placeholder="Search"
        value={draft}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}

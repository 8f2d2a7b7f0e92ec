import type { SortKey } from '@shared/domain';

const OPTIONS: { value: SortKey; label: string }[] = [
  { value: 'added', label: 'Date saved' },
  { value: 'published', label: 'Date published' },
  { value: 'title', label: 'Title' },
  { value: 'reading-time', label: 'Reading time' },
];

export function SortSelect({ value, onChange }: { value: SortKey; onChange(sort: SortKey): void }) {
  return (
    <label className="sort">
      <span className="sort-label" aria-hidden="true">
        Sort
      </span>
      <select aria-label="Sort by" value={value} onChange={(e) => onChange(e.target.value as SortKey)}>
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

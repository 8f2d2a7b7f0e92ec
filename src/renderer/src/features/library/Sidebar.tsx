import { UNCATEGORIZED, type CategoryList } from '@shared/domain';
import './sidebar.css';

/** The sidebar entry for every article; its `data-category` is empty. */
export const ALL = '';

interface SidebarProps {
  categories: CategoryList | null;
  selected: string;
  onSelect(category: string): void;
}

export function Sidebar({ categories, selected, onSelect }: SidebarProps) {
  const entries = [
    { name: ALL, label: 'All', count: categories?.total ?? 0 },
    ...(categories?.categories ?? []).map((c) => ({ name: c.name, label: c.name, count: c.count })),
  ];
  // Uncategorized is only worth a line when something is in it (or it is the current view).
  if ((categories?.uncategorized ?? 0) > 0 || selected === UNCATEGORIZED)
    entries.push({ name: UNCATEGORIZED, label: UNCATEGORIZED, count: categories?.uncategorized ?? 0 });

  return (
    <nav aria-label="Categories" className="sidebar-nav">
      <h2 className="sidebar-heading">Library</h2>
      <ul className="category-list">
        {entries.map((entry) => (
          <li key={entry.name}>
            <button
              type="button"
              className="category-button"
              data-category={entry.name}
              aria-current={entry.name === selected ? 'true' : undefined}
              onClick={() => onSelect(entry.name)}
            >
              <span className="category-name">{entry.label}</span>{' '}
              <span className="count">{entry.count}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

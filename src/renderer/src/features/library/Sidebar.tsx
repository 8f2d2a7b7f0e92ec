import { UNCATEGORIZED, type CategoryList } from '@shared/domain';
import { SHELVES, samePlace, type Place, type Shelf } from './place';
import './sidebar.css';

export type ShelfCounts = Record<Shelf, number>;

interface SidebarProps {
  categories: CategoryList | null;
  tags: { name: string; count: number }[];
  shelfCounts: ShelfCounts | null;
  selected: Place;
  onSelect(place: Place): void;
}

interface Entry {
  place: Place;
  label: string;
  count: number | null;
}

export function Sidebar({ categories, tags, shelfCounts, selected, onSelect }: SidebarProps) {
  const shelves: Entry[] = SHELVES.map(({ shelf, label }) => ({
    place: { kind: 'shelf', shelf },
    label,
    count: shelfCounts?.[shelf] ?? null,
  }));
  const categoryEntries: Entry[] = (categories?.categories ?? []).map((c) => ({
    place: { kind: 'category', name: c.name },
    label: c.name,
    count: c.count,
  }));
  // Uncategorized is only worth a line when something is in it (or it is the current view).
  const inUncategorized = selected.kind === 'category' && selected.name === UNCATEGORIZED;
  if ((categories?.uncategorized ?? 0) > 0 || inUncategorized)
    categoryEntries.push({
      place: { kind: 'category', name: UNCATEGORIZED },
      label: UNCATEGORIZED,
      count: categories?.uncategorized ?? 0,
    });
  // A tag whose last article lost it stays listed while it is the current view, with no articles.
  const tagEntries: Entry[] = tags.map((t) => ({
    place: { kind: 'tag', name: t.name },
    label: t.name,
    count: t.count,
  }));
  if (selected.kind === 'tag' && !tags.some((t) => t.name === selected.name))
    tagEntries.push({ place: selected, label: selected.name, count: 0 });

  const list = (entries: Entry[]) => (
    <ul className="category-list">
      {entries.map((entry) => (
        <li key={entry.label}>
          <PlaceButton entry={entry} current={samePlace(entry.place, selected)} onSelect={onSelect} />
        </li>
      ))}
    </ul>
  );

  return (
    <>
      <nav aria-label="Views" className="sidebar-nav">
        <h2 className="sidebar-heading">Library</h2>
        {list(shelves)}
      </nav>
      {categoryEntries.length > 0 && (
        <nav aria-label="Categories" className="sidebar-nav">
          <h2 className="sidebar-heading">Categories</h2>
          {list(categoryEntries)}
        </nav>
      )}
      {tagEntries.length > 0 && (
        <nav aria-label="Tags" className="sidebar-nav">
          <h2 className="sidebar-heading">Tags</h2>
          {list(tagEntries)}
        </nav>
      )}
    </>
  );
}

function PlaceButton({
  entry,
  current,
  onSelect,
}: {
  entry: Entry;
  current: boolean;
  onSelect(place: Place): void;
}) {
  const { place } = entry;
  return (
    <button
      type="button"
      className="category-button"
      data-shelf={place.kind === 'shelf' ? place.shelf : undefined}
      data-category={place.kind === 'category' ? place.name : undefined}
      data-tag={place.kind === 'tag' ? place.name : undefined}
      aria-current={current ? 'true' : undefined}
      onClick={() => onSelect(place)}
    >
      <span className="category-name">
        {place.kind === 'tag' && (
          <span className="tag-mark" aria-hidden="true">
            #
          </span>
        )}
        {entry.label}
      </span>{' '}
      {entry.count !== null && <span className="count">{entry.count}</span>}
    </button>
  );
}

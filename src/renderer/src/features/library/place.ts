import type { ExportRequest } from '@shared/api';
import type { ListQuery } from '@shared/domain';

/** The fixed views of the library, above the categories. */
export type Shelf = 'unread' | 'archive' | 'favourites' | 'all';

/** Where in the library the list is: one shelf, one category or one tag (the sidebar's selection). */
export type Place =
  { kind: 'shelf'; shelf: Shelf } | { kind: 'category'; name: string } | { kind: 'tag'; name: string };

export const SHELVES: { shelf: Shelf; label: string }[] = [
  { shelf: 'unread', label: 'Unread' },
  { shelf: 'archive', label: 'Archive' },
  { shelf: 'favourites', label: 'Favourites' },
  { shelf: 'all', label: 'All' },
];

export const START: Place = { kind: 'shelf', shelf: 'unread' };
export const EVERYTHING: Place = { kind: 'shelf', shelf: 'all' };

const SHELF_QUERY: Record<Shelf, ListQuery> = {
  unread: { state: 'unread' },
  archive: { state: 'archived' },
  favourites: { favorite: true },
  all: {},
};

/** The core refuses a search without a single word in it, so punctuation alone searches nothing. */
export function searchWords(search: string): string | undefined {
  const trimmed = search.trim();
  return /[\p{L}\p{N}_]/u.test(trimmed) ? trimmed : undefined;
}

/** The filter part of the ListQuery for a place and a search (paging and sort are added by the caller). */
export function placeQuery(place: Place, search: string): ListQuery {
  const base: ListQuery =
    place.kind === 'shelf'
      ? SHELF_QUERY[place.shelf]
      : place.kind === 'category'
        ? { category: place.name }
        : { tag: place.name };
  const words = searchWords(search);
  return words ? { ...base, search: words } : { ...base };
}

/**
 * What an export of "this view" asks for. The export request knows categories, tags and searches
 * but not read states or favourites: for those shelves the caller sends the view's ids instead.
 */
export function placeExport(
  place: Place,
  search: string,
): Pick<ExportRequest, 'category' | 'tag' | 'query'> | null {
  if (place.kind === 'shelf' && place.shelf !== 'all') return null;
  const query = searchWords(search);
  return {
    ...(place.kind === 'category' ? { category: place.name } : {}),
    ...(place.kind === 'tag' ? { tag: place.name } : {}),
    ...(query ? { query } : {}),
  };
}

export function placeTitle(place: Place): string {
  if (place.kind === 'shelf') return place.shelf === 'all' ? 'All articles' : shelfLabel(place.shelf);
  return place.name;
}

export function shelfLabel(shelf: Shelf): string {
  return SHELVES.find((s) => s.shelf === shelf)!.label;
}

/** A string that changes exactly when the place does, for keys and load subjects. */
export function placeKey(place: Place): string {
  return place.kind === 'shelf' ? `shelf:${place.shelf}` : `${place.kind}:${place.name}`;
}

export const samePlace = (a: Place, b: Place) => placeKey(a) === placeKey(b);

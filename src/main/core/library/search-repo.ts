import { UNCATEGORIZED, type ReadState } from '../../../shared/domain';
import { QuireError } from '../../../shared/result';
import type { Db } from './db';

export interface SelectionFilter {
  /** A category name, or `Uncategorized` for articles without one. */
  category?: string;
  /** Words to look for in title, byline and text (every word must occur). */
  query?: string;
  /** Only articles with this tag (any case). */
  tag?: string;
  /** Exactly these articles (a selection in the library view). */
  ids?: readonly number[];
  state?: ReadState;
  favorite?: boolean;
}

/**
 * Turns what a person typed into a safe FTS5 query: each word becomes a quoted term, so FTS5
 * operators and punctuation in the input cannot cause a syntax error. Every word must match.
 */
export function ftsQuery(input: string): string {
  const words = input.match(/[\p{L}\p{N}_]+/gu) ?? [];
  if (!words.length)
    throw new QuireError('INVALID_ARGUMENT', `The search "${input}" has no words to look for.`);
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
}

/** SQL for choosing sets of articles (exports, searches). */
export class SearchRepo {
  constructor(private readonly db: Db) {}

  /** Ids of the matching articles, newest saved first. */
  selectIds(filter: SelectionFilter = {}): number[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.category !== undefined && filter.category !== '') {
      if (filter.category.localeCompare(UNCATEGORIZED, undefined, { sensitivity: 'accent' }) === 0) {
        where.push('a.category_id IS NULL');
      } else {
        where.push('a.category_id = (SELECT id FROM categories WHERE name = ?)');
        params.push(filter.category);
      }
    }
    if (filter.query !== undefined && filter.query.trim() !== '') {
      where.push('a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)');
      params.push(ftsQuery(filter.query));
    }
    if (filter.tag !== undefined && filter.tag.trim() !== '') {
      where.push(
        'a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name = ?)',
      );
      params.push(filter.tag.trim());
    }
    if (filter.state) {
      where.push('a.state = ?');
      params.push(filter.state);
    }
    if (filter.favorite !== undefined) {
      where.push('a.favorite = ?');
      params.push(filter.favorite ? 1 : 0);
    }
    if (filter.ids) {
      where.push(`a.id IN (SELECT value FROM json_each(?))`);
      params.push(JSON.stringify(filter.ids));
    }
    const rows = this.db
      .prepare(
        `SELECT a.id FROM articles a ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
         ORDER BY a.saved_at DESC, a.id DESC`,
      )
      .all(...params) as { id: number }[];
    return rows.map((r) => r.id);
  }

  /** The media type and size of a stored image, without reading its bytes. */
  assetInfo(hash: string): { mime: string; size: number } | null {
    return (
      (this.db.prepare('SELECT mime, size FROM assets WHERE hash = ?').get(hash) as
        { mime: string; size: number } | undefined) ?? null
    );
  }
}

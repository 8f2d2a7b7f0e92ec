import { describe, expect, it } from 'vitest';
import { ArticlesRepo } from './articles-repo';
import { openDatabase } from './db';
import { ftsQuery, SearchRepo } from './search-repo';

function library() {
  const db = openDatabase(':memory:');
  const repo = new ArticlesRepo(db);
  const add = (n: number, title: string, text: string, category: string | null, savedAt: string) =>
    repo.insert({
      url: `https://s.example/${n}`,
      finalUrl: `https://s.example/${n}`,
      title,
      byline: n === 3 ? 'Grace Hopper' : null,
      siteName: null,
      lang: 'en',
      publishedTime: null,
      excerpt: null,
      contentHtml: `<p>${text}</p>`,
      text,
      wordCount: 1,
      readingMinutes: 1,
      category,
      categorySource: category ? 'user' : 'none',
      extractedBy: 'test',
      savedAt,
    });
  add(1, 'Lighthouses of Brittany', 'stone towers by the sea', 'Travel', '2024-01-01T00:00:00Z');
  add(2, 'Café culture', 'über espresso and the sea', null, '2024-03-01T00:00:00Z');
  add(3, 'Compilers', 'a history of COBOL', 'Computing', '2024-02-01T00:00:00Z');
  return { db, search: new SearchRepo(db) };
}

describe('SearchRepo.selectIds', () => {
  it('returns everything newest saved first, or filters by category (Uncategorized = none)', () => {
    const { search } = library();
    expect(search.selectIds()).toEqual([2, 3, 1]);
    expect(search.selectIds({ category: 'travel' })).toEqual([1]);
    expect(search.selectIds({ category: 'Uncategorized' })).toEqual([2]);
    expect(search.selectIds({ category: 'Nope' })).toEqual([]);
  });

  it('searches title, byline and text; every word must match; diacritics folded', () => {
    const { search } = library();
    expect(search.selectIds({ query: 'sea' })).toEqual([2, 1]);
    expect(search.selectIds({ query: 'sea stone' })).toEqual([1]);
    expect(search.selectIds({ query: 'cafe' })).toEqual([2]);
    expect(search.selectIds({ query: 'hopper' })).toEqual([3]);
    expect(search.selectIds({ query: 'sea', category: 'Travel' })).toEqual([1]);
    // FTS5 syntax in the input is just text.
    expect(search.selectIds({ query: 'sea NOT "stone' })).toEqual([]);
  });

  it('quotes every word so no input is an FTS5 syntax error', () => {
    expect(ftsQuery('a "b" c*')).toBe('"a" "b" "c"');
    expect(() => ftsQuery('"*(')).toThrow(/no words/);
  });
});

import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../test/support/temp-dir';
import { dispatch } from '../api/dispatch';
import { inlineExtractor } from '../extract/extractor';
import { Library } from './library';

let lib: Library;
let cleanup: () => void;
beforeEach(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  lib = new Library({ file: path.join(t.dir, 'library.sqlite3'), extractor: inlineExtractor() });
  for (const [i, title, text] of [
    [1, 'Harbour cranes at night', 'the night shift moves containers under floodlights'],
    [2, 'A ferry timetable', 'ferries leave every hour from the quay'],
    [3, 'Lighthouse keepers', 'the last keepers left the lighthouse in 1998'],
  ] as const)
    lib.repo.insert({
      url: `https://a.example/${i}`,
      finalUrl: `https://a.example/${i}`,
      title,
      byline: null,
      siteName: null,
      lang: 'en',
      publishedTime: null,
      excerpt: null,
      contentHtml: `<p>${text}</p>`,
      text,
      wordCount: 8,
      readingMinutes: 1,
      category: null,
      categorySource: 'none',
      extractedBy: 'test',
    });
});
afterEach(async () => {
  await lib.close();
  cleanup();
});

const call = (method: string, ...args: unknown[]) => dispatch(lib.handlers(), method, args);
const titles = (q: object) => lib.repo.list(q).items.map((a) => a.title);

describe('reading state, favourites, progress and tags', () => {
  it('archives, favourites and records progress, and lists filter by them', async () => {
    expect(await call('setArticleState', 1, 'archived')).toMatchObject({
      ok: true,
      value: { state: 'archived' },
    });
    expect(await call('setFavorite', 2, true)).toMatchObject({ ok: true, value: { favorite: true } });
    expect(await call('setProgress', 3, 0.5)).toMatchObject({ ok: true, value: { progress: 0.5 } });
    expect(titles({ state: 'unread', sort: 'title' })).toEqual(['A ferry timetable', 'Lighthouse keepers']);
    expect(titles({ state: 'archived' })).toEqual(['Harbour cranes at night']);
    expect(titles({ favorite: true })).toEqual(['A ferry timetable']);
  });

  it('refuses bad values with a clear error and changes nothing', async () => {
    expect(await call('setArticleState', 1, 'read')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(await call('setProgress', 1, 1.5)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(await call('setFavorite', 1, 'yes')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(await call('setArticleTags', 1, 'a,b')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(await call('setArticleState', 99, 'archived')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(lib.repo.summary(1)).toMatchObject({ state: 'unread', progress: 0, favorite: false, tags: [] });
  });

  it('sets tags (trimmed, one per name whatever the case), lists them, filters by them and forgets unused ones', async () => {
    await call('setArticleTags', 1, ['  Ports ', 'night', 'NIGHT', '']);
    await call('setArticleTags', 2, ['ports']);
    expect(lib.repo.summary(1).tags).toEqual(['night', 'Ports']);
    expect(await call('listTags')).toEqual({
      ok: true,
      value: [
        { name: 'night', count: 1 },
        { name: 'Ports', count: 2 },
      ],
    });
    expect(titles({ tag: 'PORTS', sort: 'title' })).toEqual(['A ferry timetable', 'Harbour cranes at night']);
    await call('setArticleTags', 1, []);
    expect((await call('listTags')) as unknown).toEqual({ ok: true, value: [{ name: 'Ports', count: 1 }] });
  });

  it('searches every word of title, byline and text', () => {
    expect(titles({ search: 'night floodlights' })).toEqual(['Harbour cranes at night']);
    expect(titles({ search: 'quay' })).toEqual(['A ferry timetable']);
    expect(titles({ search: 'quay night' })).toEqual([]);
  });
});

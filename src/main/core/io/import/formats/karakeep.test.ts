import { describe, expect, it } from 'vitest';
import { bytesOf, fixture, thrown } from '../test-fixtures';
import { ImportFileError } from '../types';
import { parseKarakeep } from './karakeep';

describe('Karakeep (Hoarder) JSON export', () => {
  const batch = parseKarakeep(fixture('karakeep.json'));

  it('maps link bookmarks with unix or ISO dates, tags and flags', () => {
    expect(batch.format).toBe('karakeep');
    expect(batch.items).toEqual([
      {
        url: 'https://field-notes.example/2023/moss-gardens',
        title: 'Moss gardens of Kyoto',
        savedAt: '2023-11-14T22:13:20.000Z',
        tags: ['gardening', 'Japan'],
        category: null,
        state: 'unread',
        favorite: true,
        progress: null,
        content: null,
        highlights: [],
        where: 'entry 1',
      },
      expect.objectContaining({
        url: 'https://revista.example.es/ciencia/pulpos',
        // The crawled title stands in when the bookmark has none of its own.
        title: '¿Sueñan los pulpos?',
        savedAt: '2024-02-29T12:00:00.000Z',
        state: 'archived',
        favorite: false,
        where: 'entry 2',
      }),
      expect.objectContaining({
        title: 'Ein Artikel über "Zeit", Raum und Kaffee',
        tags: ['Physik', 'Kaffee'],
        where: 'entry 5',
      }),
    ]);
  });

  it('skips text notes and uploaded files', () => {
    expect(batch.skipped).toEqual([
      { where: 'entry 3', reason: 'A text note, not a link' },
      { where: 'entry 4', reason: 'An uploaded file, not a link' },
    ]);
  });

  it('refuses a file without a bookmarks list, and a link bookmark whose URL is not one', () => {
    const err = thrown(() => parseKarakeep(bytesOf('{"links": []}')));
    expect(err).toBeInstanceOf(ImportFileError);
    expect((err as Error).message).toBe('A Karakeep export is a JSON object with a "bookmarks" list');
    const bad = thrown(() =>
      parseKarakeep(bytesOf('{"bookmarks":[{"content":{"type":"link","url":"see notes"}}]}')),
    );
    expect((bad as Error).message).toBe('Not a URL: "see notes" (entry 1)');
    expect(parseKarakeep(bytesOf('{"bookmarks": []}')).items).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { bytesOf, fixture, thrown } from '../test-fixtures';
import { ImportFileError } from '../types';
import { parseInstapaper } from './instapaper';

describe('Instapaper CSV export', () => {
  const batch = parseInstapaper(fixture('instapaper-export.csv'));

  it('reads every row (BOM and CRLF included) with its line', () => {
    expect(batch.format).toBe('instapaper');
    expect(batch.items.map((i) => [i.where, i.url])).toEqual([
      ['line 2', 'https://field-notes.example/2023/moss-gardens'],
      ['line 3', 'https://zeitung.example.de/kultur/buecher'],
      ['line 4', 'https://blog.example.jp/entry/ramen'],
      ['line 5', 'https://longreads.example.com/the-bridge'],
      ['line 7', 'https://revista.example.es/ciencia/pulpos'],
    ]);
    expect(batch.skipped).toEqual([{ where: 'line 8', reason: 'A javascript: link, not a web page' }]);
  });

  it('turns the Unread, Archive and Starred folders into states and other folders into categories', () => {
    expect(batch.items.map((i) => [i.state, i.favorite, i.category])).toEqual([
      ['unread', false, null],
      ['archived', false, null],
      ['unread', true, null],
      ['unread', false, 'Long Reads'],
      ['unread', false, 'Ciencia y más'],
    ]);
  });

  it('reads titles, timestamps, JSON or comma tag lists, and the selection as a highlight', () => {
    const [moss, books, ramen, bridge, pulpos] = batch.items;
    expect(moss).toEqual({
      url: 'https://field-notes.example/2023/moss-gardens',
      title: 'Moss gardens of Kyoto, and why they stay green',
      savedAt: '2023-07-22T04:26:40.000Z',
      tags: ['gardening', 'japan'],
      category: null,
      state: 'unread',
      favorite: false,
      progress: null,
      content: null,
      highlights: [],
      where: 'line 2',
    });
    expect(books!.highlights).toEqual([
      { text: '„Lesen ist Denken mit fremdem Gehirn.“', note: null, createdAt: null },
    ]);
    expect(ramen!.tags).toEqual(['food', '東京']);
    expect(bridge!.title).toBe('The bridge: a story in "three" parts');
    expect(bridge!.tags).toEqual(['food', 'travel']);
    expect(bridge!.highlights[0]!.text).toBe(
      'It was the kind of evening\nwhen the river forgot it was a river.',
    );
    expect(pulpos!.tags).toEqual([]);
  });

  it('reads older exports without Timestamp and Tags columns', () => {
    const old = parseInstapaper(fixture('instapaper-old.csv'));
    expect(old.items).toEqual([
      expect.objectContaining({ url: 'http://www.example.com/2012/03/slow-web', savedAt: null, tags: [] }),
      expect.objectContaining({
        title: 'On walking, again',
        state: 'archived',
        highlights: [{ text: 'Walking is the best way to think.', note: null, createdAt: null }],
      }),
      expect.objectContaining({ title: 'Phở at home', category: 'Recipes', state: 'unread' }),
    ]);
  });

  it('refuses a row whose URL is not a URL, and a file without the header', () => {
    const bad = thrown(() => parseInstapaper(bytesOf('URL,Title,Selection,Folder\nhello world,x,,Unread\n')));
    expect(bad).toBeInstanceOf(ImportFileError);
    expect((bad as Error).message).toBe('Not a URL: "hello world" (line 2)');
    const noHeader = thrown(() => parseInstapaper(bytesOf('https://a.example/,x,,Unread\n')));
    expect((noHeader as Error).message).toMatch(/^The header has no url, title, selection, folder columns/);
  });
});

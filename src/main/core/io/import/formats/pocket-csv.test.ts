import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bytesOf, fixture, thrown, zipFixture } from '../test-fixtures';
import { ImportFileError } from '../types';
import { parsePocketCsv } from './pocket-csv';

describe('Pocket CSV export', () => {
  it('reads every part of the zip in order, with the part and line of each entry', () => {
    const batch = parsePocketCsv(zipFixture('pocket-csv', 'pocket-export/'), 'pocket.zip');
    expect(batch.format).toBe('pocket-csv');
    expect(batch.skipped).toEqual([]);
    expect(batch.items.map((i) => [i.where, i.url, i.state])).toEqual([
      ['part_000000.csv line 2', 'https://field-notes.example/2023/moss-gardens', 'unread'],
      ['part_000000.csv line 3', 'https://zeitung.example.de/kultur/buecher-des-jahres', 'archived'],
      ['part_000000.csv line 4', 'https://news.example.com/story?id=42&ref=pocket', 'unread'],
      ['part_000000.csv line 6', 'https://no-title.example/', 'unread'],
      ['part_000001.csv line 2', 'https://blog.example.jp/entry/2023/07/24/ramen', 'archived'],
      ['part_000001.csv line 3', 'https://revista.example.es/ciencia/pulpos', 'unread'],
    ]);
    const [moss, books, quoted, untitled, ramen] = batch.items;
    expect(moss).toMatchObject({
      title: 'Moss gardens of Kyoto, and why they stay green',
      savedAt: '2023-11-14T22:13:20.000Z',
      tags: ['gardening', 'japan'],
      category: null,
      favorite: false,
      progress: null,
      content: null,
      highlights: [],
    });
    expect(books!.tags).toEqual(['Bücher', 'Kultur']);
    expect(quoted!.title).toBe('A title with "quotes", commas and a line break');
    expect(quoted!.tags).toEqual([]);
    // Pocket writes the address as the title when it has none.
    expect(untitled!.title).toBeNull();
    expect(ramen!.tags).toEqual(['food', 'japan']);
  });

  it('reads a bare CSV with a BOM, CRLF, columns in another order and extra columns', () => {
    const batch = parsePocketCsv(fixture('pocket-bare.csv'), 'pocket-bare.csv');
    expect(batch.items).toEqual([
      expect.objectContaining({
        url: 'https://field-notes.example/a',
        title: 'Field notes, part one',
        savedAt: '2023-11-14T22:13:20.000Z',
        tags: ['a', 'b'],
        state: 'archived',
        where: 'line 2',
      }),
      expect.objectContaining({
        url: 'https://field-notes.example/b',
        tags: [],
        state: 'unread',
        where: 'line 3',
      }),
    ]);
  });

  it('refuses a CSV without the Pocket columns, naming the missing ones', () => {
    const err = thrown(() => parsePocketCsv(bytesOf('name,link\nx,https://a.example/\n'), 'x.csv'));
    expect(err).toBeInstanceOf(ImportFileError);
    expect((err as Error).message).toBe(
      'The header has no title, url, time_added columns (expected title,url,time_added,tags,status) (line 1)',
    );
  });

  it('refuses a row whose URL is not a URL, naming the part and line', () => {
    const zip = zipSync({
      'part_000000.csv': bytesOf(
        'title,url,time_added,tags,status\nok,https://a.example/,1,,unread\nbad,,2,,unread\n',
      ),
    });
    const err = thrown(() => parsePocketCsv(zip, 'p.zip')) as ImportFileError;
    expect(err.where).toBe('part_000000.csv line 3');
    expect(err.message).toBe('There is no URL (part_000000.csv line 3)');
  });

  it('refuses a zip without CSV files, and reads a header-only CSV as empty', () => {
    const err = thrown(() => parsePocketCsv(zipSync({ 'readme.txt': bytesOf('hi') }), 'p.zip'));
    expect((err as Error).message).toBe('The zip holds no .csv files: not a Pocket export (p.zip)');
    expect(parsePocketCsv(bytesOf('title,url,time_added,tags,status\r\n'), 'p.csv').items).toEqual([]);
  });
});

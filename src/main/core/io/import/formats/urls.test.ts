import { describe, expect, it } from 'vitest';
import { bytesOf, fixture, thrown } from '../test-fixtures';
import { ImportFileError } from '../types';
import { parseUrls } from './urls';

describe('URL list', () => {
  it('reads one URL per line with an optional title, skipping blanks, comments and bookmarklets', () => {
    const batch = parseUrls(fixture('urls.txt'));
    expect(batch.items.map((i) => [i.where, i.url, i.title])).toEqual([
      ['line 2', 'https://field-notes.example/2023/moss-gardens', null],
      ['line 4', 'https://zeitung.example.de/kultur/buecher-des-jahres', 'Die Bücher des Jahres'],
      ['line 5', 'http://old-site.example.org/essay.html', null],
      ['line 8', 'https://blog.example.jp/entry/ramen', 'ラーメンの歴史 — 東京編'],
    ]);
    expect(batch.items[0]).toMatchObject({ savedAt: null, tags: [], state: 'unread', category: null });
    expect(batch.skipped).toEqual([{ where: 'line 7', reason: 'A javascript: link, not a web page' }]);
  });

  it('refuses a line that is not a URL, naming it', () => {
    const err = thrown(() => parseUrls(bytesOf('https://a.example/\r\nwww.example.com/page\r\n')));
    expect(err).toBeInstanceOf(ImportFileError);
    expect((err as Error).message).toBe(
      'Not a URL: "www.example.com/page"; each line must be an http(s) URL (line 2)',
    );
  });

  it('reads an empty file as no items', () => {
    expect(parseUrls(bytesOf('\n# nothing yet\n')).items).toEqual([]);
  });
});

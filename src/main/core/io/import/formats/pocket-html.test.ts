import { describe, expect, it } from 'vitest';
import { bytesOf, fixture, thrown } from '../test-fixtures';
import { ImportFileError } from '../types';
import { parsePocketHtml } from './pocket-html';

describe('Pocket HTML export', () => {
  const batch = parsePocketHtml(fixture('pocket-export.html'));

  it('reads every link with its date and tags, in file order', () => {
    expect(batch.format).toBe('pocket-html');
    expect(batch.items.map((i) => i.url)).toEqual([
      'https://field-notes.example/2023/moss-gardens',
      'https://zeitung.example.de/kultur/buecher-des-jahres',
      'https://blog.example.jp/entry/2023/07/24/ramen',
      'https://news.example.com/story?id=42&ref=pocket',
      'https://no-title.example/',
      'https://revista.example.es/ciencia/pulpos',
      'http://old-site.example.org/essay.html',
    ]);
    expect(batch.items[0]).toEqual({
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
      where: 'line 11',
    });
  });

  it('decodes entities in titles and cleans tags (trimmed, empty dropped, first spelling kept)', () => {
    expect(batch.items[1]!.title).toBe('Die Bücher des Jahres: „Zwischen den Zeilen“ & mehr');
    expect(batch.items[1]!.tags).toEqual(['Bücher', 'Kultur']);
    expect(batch.items[2]!.title).toBe('ラーメンの歴史 — 東京編');
    expect(batch.items[2]!.tags).toEqual([]);
    expect(batch.items[3]!.title).toBe('Rates, "soft landings" and other myths');
    expect(batch.items[3]!.tags).toEqual(['economics']);
    expect(batch.items[4]!.title).toBeNull();
  });

  it('marks the Read Archive list archived', () => {
    expect(batch.items.map((i) => i.state)).toEqual([
      'unread',
      'unread',
      'unread',
      'unread',
      'unread',
      'archived',
      'archived',
    ]);
    expect(batch.items[5]!.savedAt).toBe('2020-04-27T15:06:40.000Z');
  });

  it('skips links that are not web pages', () => {
    expect(batch.skipped).toEqual([{ where: 'line 15', reason: 'A javascript: link, not a web page' }]);
  });

  it('reads an export of an empty account as no items', () => {
    expect(parsePocketHtml(fixture('pocket-export-empty.html'))).toEqual({
      format: 'pocket-html',
      items: [],
      skipped: [],
    });
  });

  it('refuses a link that is not a URL, naming its line', () => {
    const html = '<h1>Unread</h1>\n<ul>\n<li><a href="not a url" time_added="1">x</a></li></ul>';
    const err = thrown(() => parsePocketHtml(bytesOf(html))) as ImportFileError;
    expect(err).toBeInstanceOf(ImportFileError);
    expect(err.message).toBe('Not a URL: "not a url" (line 3)');
  });

  it('refuses HTML that has neither Pocket lists nor links', () => {
    const err = thrown(() => parsePocketHtml(bytesOf('<html><body><p>Hello</p></body></html>')));
    expect((err as ImportFileError).format).toBe('pocket-html');
    expect((err as Error).message).toMatch(/not a Pocket export/);
  });
});

import { describe, expect, it } from 'vitest';
import { writeNetscape } from '../../export/netscape';
import { EXPORTED, exportBytes } from '../export-round-trip';
import { bytesOf, fixture, thrown } from '../test-fixtures';
import { ImportFileError } from '../types';
import { parseNetscape } from './netscape';

describe('Netscape bookmark file', () => {
  it('reads a Chrome export: nested folders below the bookmarks bar, entities, dates', () => {
    const batch = parseNetscape(fixture('bookmarks-chrome.html'));
    expect(batch.format).toBe('netscape');
    expect(batch.items.map((i) => [i.where, i.url, i.title, i.category])).toEqual([
      ['line 11', 'https://field-notes.example/2023/moss-gardens', 'Moss gardens of Kyoto', null],
      [
        'line 14',
        'https://zeitung.example.de/kultur/buecher',
        'Die Bücher des Jahres – „Zwischen den Zeilen“',
        'Reading',
      ],
      ['line 17', 'https://blog.example.jp/entry/ramen', 'ラーメンの歴史 — 東京編', 'Reading / 日本語'],
      [
        'line 19',
        'https://news.example.com/story?id=42&ref=bookmarks',
        'Rates, "soft landings" & other myths',
        'Reading',
      ],
      ['line 25', 'https://revista.example.es/ciencia/pulpos', '¿Sueñan los pulpos?', null],
    ]);
    expect(batch.items[0]).toEqual({
      url: 'https://field-notes.example/2023/moss-gardens',
      title: 'Moss gardens of Kyoto',
      savedAt: '2023-07-22T04:26:40.000Z',
      tags: [],
      category: null,
      state: 'unread',
      favorite: false,
      progress: null,
      content: null,
      highlights: [],
      where: 'line 11',
    });
    expect(batch.skipped).toEqual([
      { where: 'line 21', reason: 'A javascript: link, not a web page' },
      { where: 'line 26', reason: 'A chrome: link, not a web page' },
    ]);
  });

  it('copes with a messy Firefox export: unclosed tags, mixed case, stray <p>, a missing </DL>', () => {
    const batch = parseNetscape(fixture('bookmarks-firefox-messy.html'));
    expect(batch.items.map((i) => [i.where, i.title, i.category, i.tags, i.savedAt])).toEqual([
      ['line 16', 'Bahnhof – Wikipedia', null, ['Reise', 'Bahn'], '2023-07-22T04:26:40.000Z'],
      ['line 17', 'Moss gardens', null, ['gardening'], '2023-07-23T04:26:40.000Z'],
      ['line 22', 'Phở at home', 'Recipes & Food', [], '2023-07-24T04:26:40.000Z'],
      ['line 24', 'Tortilla de patatas', 'Recipes & Food', [], null],
      ['line 27', 'Flan & caramel', 'Recipes & Food / Desserts', [], '2023-07-25T04:26:40.000Z'],
      // The </DL> meant for "Recipes & Food" closed "Desserts", so this stays inside, as in a browser.
      ['line 31', 'After a missing end tag', 'Recipes & Food', [], null],
    ]);
    expect(batch.skipped).toEqual([
      { where: 'line 12', reason: 'A place: link, not a web page' },
      { where: 'line 13', reason: 'A separator' },
      { where: 'line 29', reason: 'An about: link, not a web page' },
      { where: 'line 30', reason: 'A file: link, not a web page' },
    ]);
  });

  it('reads TOREAD as unread and, in files that use it, the rest as archived', () => {
    const batch = parseNetscape(fixture('bookmarks-pinboard.html'));
    expect(batch.items.map((i) => [i.title, i.state, i.tags])).toEqual([
      ['On walking, again', 'unread', ['essays', 'walking']],
      ['The Slow Web', 'archived', ['web']],
    ]);
  });

  it("reads Quire's own export back to the same URLs, titles, categories and dates", () => {
    const batch = parseNetscape(exportBytes(writeNetscape));
    const byUrl = new Map(batch.items.map((i) => [i.url, i]));
    expect(batch.items).toHaveLength(EXPORTED.length);
    for (const a of EXPORTED) {
      const item = byUrl.get(a.url);
      expect(item).toMatchObject({
        title: a.title,
        category: a.category === 'Uncategorized' ? null : a.category,
        savedAt: a.savedAt,
        state: 'unread',
      });
      // The export writes TAGS; whether it fills them in is the exporter's choice, reading them back is ours.
      expect([[], a.tags]).toContainEqual(item!.tags);
    }
    expect(batch.skipped).toEqual([]);
  });

  it('reads a file with folders but no bookmarks as empty, and refuses HTML with neither', () => {
    expect(parseNetscape(bytesOf('<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n</DL><p>')).items).toEqual(
      [],
    );
    const err = thrown(() => parseNetscape(bytesOf('<html><body>\n<p>Just a page</p>\n</body></html>')));
    expect(err).toBeInstanceOf(ImportFileError);
    expect((err as Error).message).toBe(
      'This is not a bookmark file: it has no <DL> list and no links (line 1)',
    );
  });

  it('parses 10,000 bookmarks in nested folders quickly', () => {
    const icon = `data:image/png;base64,${'iVBORw0KGgo'.repeat(40)}`;
    let html = '<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<TITLE>Bookmarks</TITLE>\n<H1>Bookmarks</H1>\n<DL><p>\n';
    for (let f = 0; f < 100; f++) {
      html += `<DT><H3 ADD_DATE="1600000000">Folder ${f}</H3>\n<DL><p>\n<DT><H3>Sub &amp; ${f}</H3>\n<DL><p>\n`;
      for (let b = 0; b < 100; b++)
        html += `<DT><A HREF="https://site${f}.example/page/${b}?q=1&amp;r=2" ADD_DATE="${1690000000 + b}" ICON="${icon}" TAGS="t${b % 5},common">Page ${b} of folder ${f} &mdash; “quoted”</A>\n<DD>About page ${b}\n`;
      html += '</DL><p>\n</DL><p>\n';
    }
    html += '</DL><p>\n';
    const bytes = bytesOf(html);
    const started = performance.now();
    const batch = parseNetscape(bytes);
    const ms = performance.now() - started;
    expect(batch.items).toHaveLength(10_000);
    expect(batch.items[10_000 - 1]).toMatchObject({
      url: 'https://site99.example/page/99?q=1&r=2',
      title: 'Page 99 of folder 99 — “quoted”',
      category: 'Folder 99 / Sub & 99',
      tags: ['t4', 'common'],
    });
    // About 0.25 s alone (a jsdom tree of the same file takes 1.5 s); quadratic work would take minutes.
    expect(ms).toBeLessThan(3000);
  });
});

import { describe, expect, it } from 'vitest';
import { writeOpml } from '../../export/opml';
import { EXPORTED, exportBytes } from '../export-round-trip';
import { bytesOf, fixture, thrown } from '../test-fixtures';
import { ImportFileError } from '../types';
import { parseOpml } from './opml';

describe('OPML reading list', () => {
  const batch = parseOpml(fixture('reading-list.opml'));

  it('reads link outlines with their folder path, dates and categories as tags', () => {
    expect(batch.format).toBe('opml');
    expect(batch.items.map((i) => [i.where, i.url, i.title, i.category])).toEqual([
      ['line 11', 'https://field-notes.example/2023/moss-gardens', 'Moss gardens of Kyoto', null],
      ['line 13', 'https://science.example.org/octopus-dreams', 'How octopuses dream', 'Science'],
      [
        'line 15',
        'https://zeitung.example.de/wissen/zeit?a=1&b=2',
        'Ein Artikel über "Zeit", Raum und Kaffee',
        'Science / Physik & Kaffee',
      ],
      ['line 19', 'https://field-notes.example/', 'Field notes', 'Feeds'],
      // The DOCTYPE is not read: its entity stays as written, nothing is fetched.
      ['line 22', 'https://entities.example/', 'Entity test &xxe;', null],
    ]);
    expect(batch.items[0]).toEqual({
      url: 'https://field-notes.example/2023/moss-gardens',
      title: 'Moss gardens of Kyoto',
      savedAt: '2023-10-02T10:00:00.000Z',
      tags: ['gardening', 'japan'],
      category: null,
      state: 'unread',
      favorite: false,
      progress: null,
      content: null,
      highlights: [],
      where: 'line 11',
    });
    expect(batch.items[1]!.savedAt).toBe('2023-10-03T08:30:00.000Z');
  });

  it('uses a feed outline’s site link, and skips feeds without one and outlines without links', () => {
    expect(batch.skipped).toEqual([
      { where: 'line 20', reason: 'A feed subscription, not an article' },
      { where: 'line 23', reason: 'An outline without a link' },
    ]);
  });

  it("reads Quire's own export back to the same URLs, titles, categories and dates", () => {
    const back = parseOpml(exportBytes(writeOpml));
    const byUrl = new Map(back.items.map((i) => [i.url, i]));
    expect(back.items).toHaveLength(EXPORTED.length);
    for (const a of EXPORTED)
      expect(byUrl.get(a.url)).toMatchObject({
        title: a.title,
        category: a.category === 'Uncategorized' ? null : a.category,
        savedAt: a.savedAt,
      });
  });

  it('refuses tags that do not nest, or a file cut short, naming the line', () => {
    const crossed = thrown(() =>
      parseOpml(bytesOf('<opml version="2.0">\n<body>\n<outline text="A">\n</body>\n</opml>')),
    );
    expect(crossed).toBeInstanceOf(ImportFileError);
    expect((crossed as Error).message).toBe(
      'Malformed XML: </body> where </outline> (opened on line 3) was expected (line 4)',
    );
    const cut = thrown(() => parseOpml(bytesOf('<opml version="2.0">\n<body>\n<outline text="A">')));
    expect((cut as Error).message).toBe(
      'Malformed XML: <outline> is never closed (the file may be cut short) (line 3)',
    );
  });

  it('refuses XML that is not OPML, and reads an empty body as no items', () => {
    expect((thrown(() => parseOpml(bytesOf('<rss><channel/></rss>'))) as Error).message).toBe(
      'This is not an OPML file: there is no <opml> element (line 1)',
    );
    expect(
      parseOpml(bytesOf('<?xml version="1.0"?><opml version="1.0"><head/><body/></opml>')).items,
    ).toEqual([]);
  });
});

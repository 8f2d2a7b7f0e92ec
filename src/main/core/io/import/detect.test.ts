import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { QuireError } from '../../../../shared/result';
import { detectFormat } from './detect';
import { bytesOf, fixture, thrown, zipFixture } from './test-fixtures';

describe('detectFormat', () => {
  it.each([
    ['pocket-export.html', 'pocket-html'],
    ['pocket-export-empty.html', 'pocket-html'],
    ['pocket-bare.csv', 'pocket-csv'],
    ['pocket-csv/part_000001.csv', 'pocket-csv'],
    ['instapaper-export.csv', 'instapaper'],
    ['instapaper-old.csv', 'instapaper'],
    ['wallabag.json', 'wallabag'],
    ['karakeep.json', 'karakeep'],
    ['bookmarks-chrome.html', 'netscape'],
    ['bookmarks-firefox-messy.html', 'netscape'],
    ['bookmarks-pinboard.html', 'netscape'],
    ['reading-list.opml', 'opml'],
    ['urls.txt', 'urls'],
  ])('knows %s as %s', (name, format) => {
    expect(detectFormat(fixture(name), name)).toBe(format);
  });

  it('looks inside zips: Omnivore metadata, Pocket CSV parts, a Quire archive manifest', () => {
    expect(detectFormat(zipFixture('omnivore'), 'export.zip')).toBe('omnivore');
    expect(detectFormat(zipFixture('omnivore', 'Omnivore/'), 'export.zip')).toBe('omnivore');
    expect(detectFormat(zipFixture('pocket-csv'), 'pocket.zip')).toBe('pocket-csv');
    const archive = zipSync({
      'manifest.json': bytesOf('{ "format": "quire-archive", "version": 1 }'),
      'articles.json': bytesOf('[]'),
    });
    expect(detectFormat(archive, 'library.quire.zip')).toBe('quire-archive');
  });

  it('goes by content, not by the file name', () => {
    expect(detectFormat(fixture('wallabag.json'), 'export.txt')).toBe('wallabag');
    expect(detectFormat(fixture('bookmarks-chrome.html'), 'bookmarks.csv')).toBe('netscape');
  });

  it('knows a Netscape file without its DOCTYPE, and a plain DL of links', () => {
    expect(detectFormat(bytesOf('<dl><p>\n<dt><a href="https://a.example/">A</a>\n</dl>'), 'x.html')).toBe(
      'netscape',
    );
  });

  it('refuses what it does not know with UNKNOWN_FORMAT, listing the formats and --format', () => {
    for (const [bytes, name] of [
      [bytesOf('%PDF-1.7\n...'), 'paper.pdf'],
      [bytesOf('{"items": []}'), 'other.json'],
      [bytesOf('<html><body><p>Hi</p></body></html>'), 'page.html'],
      [bytesOf('name,link\nx,y\n'), 'list.csv'],
      [zipSync({ 'readme.txt': bytesOf('hi') }), 'x.zip'],
    ] as const) {
      const err = thrown(() => detectFormat(bytes, `/home/me/${name}`)) as QuireError;
      expect(err).toBeInstanceOf(QuireError);
      expect(err.code).toBe('UNKNOWN_FORMAT');
      expect(err.message).toContain(`"${name}"`);
      expect(err.message).toContain('Instapaper CSV');
      expect(err.message).toMatch(/choose its format .*--format pocket-html\|pocket-csv\|.*\|quire-archive/);
    }
  });

  it('refuses a damaged zip as an import error rather than guessing', () => {
    const zip = zipFixture('omnivore');
    const err = thrown(() => detectFormat(zip.subarray(0, 200), 'export.zip')) as QuireError;
    expect(err.code).toBe('IMPORT_INVALID');
    expect(err.message).toMatch(/damaged or incomplete/);
  });
});

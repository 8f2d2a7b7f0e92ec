import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bytesOf, thrown, zipFixture } from '../test-fixtures';
import { ImportFileError } from '../types';
import { parseOmnivore } from './omnivore';
import { parseOmnivoreHighlights } from './omnivore-highlights';

describe('Omnivore export zip', () => {
  const batch = parseOmnivore(zipFixture('omnivore'), 'omnivore.zip');

  it('maps saves from every metadata file with their content and highlights', () => {
    expect(batch.format).toBe('omnivore');
    expect(batch.items.map((i) => i.url)).toEqual([
      'https://science.example.org/octopus-dreams',
      'https://zeitung.example.de/kultur/buecher-des-jahres',
      'https://blog.example.jp/entry/ramen',
    ]);
    expect(batch.items[0]).toEqual({
      url: 'https://science.example.org/octopus-dreams',
      title: 'How octopuses dream',
      savedAt: '2023-04-05T08:11:12.000Z',
      tags: ['science', 'Oceans'],
      category: null,
      state: 'archived',
      favorite: false,
      progress: 1,
      content: {
        html:
          '<div class="page" id="readability-page-1"><p>Octopuses change colour while they sleep.</p>' +
          '<p>Researchers think it may be a kind of dreaming, and that the colours replay the day.</p></div>\n',
        byline: 'Ana Souza',
        siteName: null,
        publishedTime: '2023-03-30T00:00:00.000Z',
        lang: null,
        excerpt: 'Octopuses change colour while they sleep. What does it mean?',
        leadImage:
          'https://proxy-prod.omnivore-image-cache.app/320x320,s/https://science.example.org/img/octopus.jpg',
      },
      highlights: [
        {
          text: 'Octopuses change colour while they sleep.',
          note: 'Compare with cuttlefish, which do the same.',
          createdAt: null,
        },
        {
          text: 'Researchers think it may be a kind of dreaming,\nand that the colours replay the day.',
          note: null,
          createdAt: null,
        },
      ],
      where: 'content/how-octopuses-dream-18b2f3a1c4d.html',
    });
  });

  it('keeps saves without stored content, with partial progress', () => {
    expect(batch.items[1]).toMatchObject({
      title: 'Die Bücher des Jahres: „Zwischen den Zeilen“',
      state: 'unread',
      progress: 0.375,
      content: null,
      highlights: [],
      where: 'metadata_0_to_49.json entry 2',
    });
    expect(batch.items[2]).toMatchObject({
      tags: ['food', '東京'],
      progress: 0,
      content: { byline: '山田 花子', excerpt: '東京のラーメンの百年。' },
    });
  });

  it('skips deleted saves', () => {
    expect(batch.skipped).toEqual([
      { where: 'metadata_0_to_49.json entry 3', reason: 'Deleted in Omnivore' },
    ]);
  });

  it('finds the members when the export is zipped inside a folder', () => {
    const nested = parseOmnivore(zipFixture('omnivore', 'Omnivore Export/'), 'x.zip');
    expect(nested.items.map((i) => [i.where, i.highlights.length])).toEqual(
      batch.items.map((i) => [i.where, i.highlights.length]),
    );
  });

  it('refuses a zip without metadata files, bad JSON naming the file, and a save without a URL', () => {
    const none = thrown(() => parseOmnivore(zipSync({ 'content/a.html': bytesOf('<p>') }), 'o.zip'));
    expect(none).toBeInstanceOf(ImportFileError);
    expect((none as Error).message).toBe(
      'The zip has no metadata_*.json files: not an Omnivore export (o.zip)',
    );
    const bad = thrown(() => parseOmnivore(zipSync({ 'metadata_0_to_49.json': bytesOf('[{,]') }), 'o.zip'));
    expect((bad as ImportFileError).where).toBe('metadata_0_to_49.json line 1');
    const noUrl = thrown(() =>
      parseOmnivore(zipSync({ 'metadata_0_to_49.json': bytesOf('[{"slug":"a","url":"n/a"}]') }), 'o.zip'),
    );
    expect((noUrl as Error).message).toBe('Not a URL: "n/a" (metadata_0_to_49.json entry 1)');
  });
});

describe('Omnivore highlight notes', () => {
  it('pairs each quote with the paragraph after it, ignoring headings', () => {
    expect(
      parseOmnivoreHighlights(
        '# T\n\n## Highlights\n\n> one\n\nnote one\nmore\n\n> two\n> lines\n\n> three [⤴️](https://omnivore.app/me/x#1)\n',
      ),
    ).toEqual([
      { text: 'one', note: 'note one\nmore', createdAt: null },
      { text: 'two\nlines', note: null, createdAt: null },
      { text: 'three', note: null, createdAt: null },
    ]);
  });
});

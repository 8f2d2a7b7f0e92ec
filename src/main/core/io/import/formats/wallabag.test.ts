import { describe, expect, it } from 'vitest';
import { bytesOf, fixture, thrown } from '../test-fixtures';
import { ImportFileError } from '../types';
import { parseWallabag } from './wallabag';

describe('Wallabag JSON export', () => {
  const batch = parseWallabag(fixture('wallabag.json'));

  it('maps an entry with its content, flags, tags and annotations', () => {
    expect(batch.format).toBe('wallabag');
    expect(batch.items[0]).toEqual({
      url: 'https://science.example.org/octopus-dreams',
      title: 'How octopuses dream',
      savedAt: '2023-04-05T08:11:12.000Z',
      tags: ['science', 'Oceans'],
      category: null,
      state: 'unread',
      favorite: true,
      progress: null,
      content: {
        html: '<p>Octopuses change colour while they sleep.</p><p>Researchers think it may be a kind of dreaming.</p>',
        byline: 'Ana Souza, Kenji Watanabe',
        siteName: 'science.example.org',
        publishedTime: '2023-03-30T00:00:00.000Z',
        lang: 'en',
        excerpt: null,
        leadImage: 'https://science.example.org/img/octopus.jpg',
      },
      highlights: [
        {
          text: 'Octopuses change colour while they sleep.',
          note: 'Compare with cuttlefish',
          createdAt: '2023-04-05T09:00:00.000Z',
        },
        { text: 'a kind of dreaming', note: null, createdAt: '2023-04-05T09:05:00.000Z' },
      ],
      where: 'entry 1',
    });
  });

  it('accepts tags as objects with a label, and archived entries without authors', () => {
    expect(batch.items[1]).toMatchObject({
      tags: ['Politik', 'Europa'],
      state: 'archived',
      favorite: false,
      content: { byline: null, publishedTime: null, lang: 'de', leadImage: null },
      where: 'entry 2',
    });
  });

  it('has no title or content for empty ones', () => {
    expect(batch.items[2]).toMatchObject({ title: null, content: null, savedAt: '2024-07-06T22:07:07.000Z' });
  });

  it('refuses invalid JSON with the line, a non-list, and an entry without a URL naming it', () => {
    const broken = thrown(() =>
      parseWallabag(bytesOf('[\n  {"url": "https://a.example/"},\n  {"url": }\n]')),
    );
    expect(broken).toBeInstanceOf(ImportFileError);
    expect((broken as Error).message).toBe('The file is not valid JSON: unexpected "}" (line 3)');
    expect((thrown(() => parseWallabag(bytesOf('{}'))) as Error).message).toBe(
      'A Wallabag export is a JSON list of entries',
    );
    const noUrl = thrown(() => parseWallabag(bytesOf('[{"url":"https://a.example/"},{"title":"x"}]')));
    expect((noUrl as Error).message).toBe('There is no URL (entry 2)');
    expect((thrown(() => parseWallabag(bytesOf('[3]'))) as Error).message).toBe(
      'An entry is not a JSON object (entry 1)',
    );
  });

  it('reads an empty export as no items', () => {
    expect(parseWallabag(bytesOf('[]')).items).toEqual([]);
  });

  it('parses 10,000 entries of 5 KB content without slowing down', () => {
    const para = `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(9)}</p>`;
    const entries = Array.from({ length: 10_000 }, (_, i) => ({
      is_archived: i % 3 === 0 ? 1 : 0,
      is_starred: i % 7 === 0 ? 1 : 0,
      tags: [`tag${i % 50}`, 'common'],
      title: `Article ${i}`,
      id: i,
      url: `https://site${i % 100}.example/article/${i}`,
      content: para.repeat(10),
      created_at: '2023-04-05T10:11:12+02:00',
      published_by: ['Someone'],
      annotations: [{ text: 'note', quote: 'passage', created_at: '2023-04-05T11:00:00+02:00', ranges: [] }],
      language: 'en',
      domain_name: `site${i % 100}.example`,
      preview_picture: null,
    }));
    const bytes = bytesOf(JSON.stringify(entries));
    expect(bytes.length).toBeGreaterThan(50_000_000);
    const started = performance.now();
    const big = parseWallabag(bytes);
    const ms = performance.now() - started;
    expect(big.items).toHaveLength(10_000);
    expect(big.items[9_999]!.where).toBe('entry 10000');
    // About 0.3 s alone; anything quadratic would take minutes, so the bound can allow for a busy machine.
    expect(ms).toBeLessThan(3000);
  });
});

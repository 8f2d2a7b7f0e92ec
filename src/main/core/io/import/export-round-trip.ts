// Test support: Quire's own bookmark and OPML exports of a few articles, written without a library.
import type { ArticleSummary } from '../../../../shared/domain';
import type { ExportContext } from '../export/context';

const summary = (id: number, fields: Partial<ArticleSummary>): ArticleSummary => ({
  id,
  url: `https://example.org/${id}`,
  title: `Article ${id}`,
  byline: null,
  siteName: null,
  lang: null,
  publishedTime: null,
  excerpt: null,
  category: 'Uncategorized',
  wordCount: 100,
  readingMinutes: 1,
  savedAt: '2024-05-14T09:30:00.000Z',
  imagesFound: 0,
  imagesStored: 0,
  leadImage: null,
  tags: [],
  state: 'unread',
  favorite: false,
  progress: 0,
  ...fields,
});

export const EXPORTED: ArticleSummary[] = [
  summary(1, {
    url: 'https://tricky.example/a?x=1&y=2',
    title: '=HYPERLINK("http://evil.example","click") & <b>"quotes"</b>, commas',
    category: 'Odd & Ends',
    tags: ['quotes', 'Zeichen'],
    excerpt: 'line one\nline "two"',
    savedAt: '2030-01-01T00:00:00.000Z',
  }),
  summary(2, {
    title: 'Wahlen in Europa: Was sich ändert',
    category: 'Politik / Europa',
    tags: ['politik'],
    savedAt: '2024-06-01T06:30:00.000Z',
  }),
  summary(3, { title: 'ラーメンの歴史 — 東京編', category: '食べ物', savedAt: '2023-07-24T04:26:40.000Z' }),
  summary(4, { title: "It's uncategorized", savedAt: '2022-02-02T02:02:02.000Z' }),
  // A folder name that a browser export would treat as its own root stays a category when it is Quire's.
  summary(5, { title: 'Science, briefly', category: 'Science', savedAt: '2021-01-01T00:00:00.000Z' }),
];

/** Runs one of Quire's export writers over EXPORTED and returns the file's bytes. */
export function exportBytes(write: (ctx: ExportContext) => void): Uint8Array {
  let out = '';
  const byId = new Map(EXPORTED.map((a) => [a.id, a]));
  write({
    ids: EXPORTED.map((a) => a.id),
    summary: (id) => byId.get(id)!,
    article: () => {
      throw new Error('links only');
    },
    asset: () => null,
    assetInfo: () => null,
    title: 'Quire reading list — all, 2024-06-01',
    label: 'all',
    date: new Date('2024-06-01T12:00:00Z'),
    full: false,
    out: {
      write: (s: string | Uint8Array) => {
        out += typeof s === 'string' ? s : new TextDecoder().decode(s);
      },
    },
  });
  return new TextEncoder().encode(out);
}

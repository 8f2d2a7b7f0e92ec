import type { Article, ArticleSummary } from '../../../../shared/domain';
import type { ArticlesRepo } from '../../library/articles-repo';
import type { SearchRepo } from '../../library/search-repo';
import type { AtomicFile } from './atomic-file';

export const EXPORT_FORMATS = ['md', 'html', 'netscape', 'csv', 'json', 'opml', 'epub', 'archive'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Everything a format writer needs: the chosen articles, the store, and where to write. */
export interface ExportContext {
  /** Newest saved first. */
  ids: readonly number[];
  summary(id: number): ArticleSummary;
  /** The whole article; read one at a time so a long list never sits in memory at once. */
  article(id: number): Article;
  asset(hash: string): { mime: string; data: Buffer } | null;
  assetInfo(hash: string): { mime: string; size: number } | null;
  /** "Quire reading list — Science, 2024-05-14" */
  title: string;
  /** What was chosen: a category, a search, or "all". */
  label: string;
  date: Date;
  /** Whole articles rather than links (md, json). */
  full: boolean;
  out: Pick<AtomicFile, 'write'>;
}

export function repoContext(
  repo: ArticlesRepo,
  search: SearchRepo,
): Pick<ExportContext, 'summary' | 'article' | 'asset' | 'assetInfo'> {
  return {
    summary: (id) => repo.summary(id),
    article: (id) => repo.get(id),
    asset: (hash) => repo.getAsset(hash),
    assetInfo: (hash) => search.assetInfo(hash),
  };
}

/** Articles grouped by category, categories A→Z with Uncategorized last, each newest first. */
export function byCategory(ctx: ExportContext): [string, ArticleSummary[]][] {
  const groups = new Map<string, ArticleSummary[]>();
  for (const id of ctx.ids) {
    const a = ctx.summary(id);
    const list = groups.get(a.category) ?? [];
    list.push(a);
    groups.set(a.category, list);
  }
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return [...groups].sort(([a], [b]) =>
    a === 'Uncategorized' ? 1 : b === 'Uncategorized' ? -1 : collator.compare(a, b),
  );
}

import type { Article, ArticleSummary } from '../shared/domain';
import type { ApiError } from '../shared/result';

export const printJson = (value: unknown): void => {
  process.stdout.write(JSON.stringify(value) + '\n');
};

export function fail(error: ApiError, json: boolean, extra: Record<string, unknown> = {}): void {
  if (json) printJson({ ...extra, error });
  else process.stderr.write(`quire: ${error.message} [${error.code}]\n`);
}

const date = (iso: string | null): string => (iso ? iso.slice(0, 10) : '');

const pad = (s: string, n: number): string => (s.length > n ? s.slice(0, n - 1) + '…' : s.padEnd(n));

export function printTable(items: ArticleSummary[]): void {
  if (!items.length) {
    process.stdout.write('The library is empty.\n');
    return;
  }
  const idW = Math.max(2, ...items.map((a) => String(a.id).length));
  process.stdout.write(
    `${'ID'.padStart(idW)}  ${pad('Title', 48)}  ${pad('Category', 16)}  ${pad('Site', 20)}  Saved       Min\n`,
  );
  for (const a of items) {
    process.stdout.write(
      `${String(a.id).padStart(idW)}  ${pad(a.title, 48)}  ${pad(a.category, 16)}  ${pad(a.siteName ?? '', 20)}  ${date(a.savedAt).padEnd(10)}  ${String(a.readingMinutes).padStart(3)}\n`,
    );
  }
}

type Printable = Pick<
  Article,
  'title' | 'byline' | 'siteName' | 'publishedTime' | 'readingMinutes' | 'category' | 'text'
> & {
  url: string | null;
};

export function printArticle(a: Printable): void {
  const meta = [
    a.byline,
    a.siteName,
    date(a.publishedTime),
    `${a.readingMinutes} min read`,
    a.category,
  ].filter(Boolean);
  process.stdout.write(`${a.title}\n${meta.join(' · ')}\n${a.url ?? ''}\n\n${a.text}\n`);
}

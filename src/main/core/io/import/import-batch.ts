import type { ImportSummary } from '../../../../shared/domain';
import { resolvePlaceholders } from '../../assets/rewrite';
import { hostOf, normalizeUrl } from '../../fetch/normalize-url';
import type { ImageRecord } from '../../library/articles-repo';
import type { Library } from '../../library/library';
import type { JobMeta } from '../../queue/job-meta';
import type { NewJob } from '../../queue/jobs-repo';
import type { CleanContent } from './imported-content';
import { Spool } from './spool';
import type { ImportBatch, ImportItem } from './types';

interface Entry {
  url: string;
  item: ImportItem;
  /** Its cleaned content waits in the spool. */
  spooled: boolean;
}

/** A later line naming the same page adds to the first: tags, favourite, archived. */
function mergeInto(first: ImportItem, again: ImportItem): void {
  const seen = new Set(first.tags.map((t) => t.toLowerCase()));
  for (const t of again.tags) if (!seen.has(t.toLowerCase())) first.tags.push(t);
  first.favorite ||= again.favorite;
  if (again.state === 'archived') first.state = 'archived';
  first.highlights.push(...again.highlights);
  first.title ??= again.title;
  first.content ??= again.content;
}

function metaOf(item: ImportItem): JobMeta {
  return {
    title: item.title,
    savedAt: item.savedAt,
    tags: item.tags,
    category: item.category,
    state: item.state,
    favorite: item.favorite,
    progress: item.progress,
    highlights: item.highlights,
  };
}

/**
 * Takes a parsed export file into the library. The metadata stage is all or nothing: one
 * transaction adds every entry (stored at once when the file carries its content, else queued to
 * be fetched), or, if anything fails, nothing at all. Content fetching then goes on in the queue.
 */
export async function importBatch(
  lib: Library,
  batch: ImportBatch,
  fileName: string,
): Promise<ImportSummary> {
  const skipped = [...batch.skipped];
  const byUrl = new Map<string, Entry>();
  let duplicates = 0;
  for (const item of batch.items) {
    let url: string;
    try {
      url = normalizeUrl(item.url);
    } catch (err) {
      skipped.push({ where: item.where, reason: (err as Error).message });
      continue;
    }
    const first = byUrl.get(url);
    if (first) {
      mergeInto(first.item, item);
      duplicates++;
    } else
      byUrl.set(url, {
        url,
        item: { ...item, tags: [...item.tags], highlights: [...item.highlights] },
        spooled: false,
      });
  }

  // Sanitising carried content is the slow part: it runs in the worker pool, a bounded number of
  // entries at a time, before the transaction, so the window or server stays responsive. Results
  // go to a spool file and the raw HTML is let go, so memory stays flat however big the file.
  const spool = new Spool<CleanContent>();
  try {
    const toClean = [...byUrl.values()].filter((e) => e.item.content && !lib.repo.findIdByUrl(e.url));
    const IN_FLIGHT = 32;
    for (let i = 0; i < toClean.length; i += IN_FLIGHT) {
      const chunk = toClean.slice(i, i + IN_FLIGHT);
      const cleaned = await Promise.all(
        chunk.map((e) => lib.extractor.cleanImported(e.item.content!.html, e.url)),
      );
      chunk.forEach((e, k) => {
        spool.write(cleaned[k]!);
        e.spooled = true;
        e.item.content!.html = '';
      });
      // jsdom lets go of parsed documents only when the event loop turns; cleaning inline (no
      // worker built) would otherwise hold every document of the import until the end.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return store(lib, batch, fileName, byUrl, spool, skipped, duplicates);
  } finally {
    spool.close();
  }
}

/** The metadata stage's one transaction. */
function store(
  lib: Library,
  batch: ImportBatch,
  fileName: string,
  byUrl: Map<string, Entry>,
  spool: Spool<CleanContent>,
  skipped: ImportSummary['skipped'],
  duplicates: number,
): ImportSummary {
  let stored = 0;
  let queued = 0;
  let alreadySaved = 0;
  const jobIds: number[] = [];
  const batchId = lib.db
    .transaction(() => {
      const id = lib.jobs.newBatch('import', batch.format, fileName);
      const jobs: NewJob[] = [];
      for (const e of byUrl.values()) {
        const { item } = e;
        // Read in the order written, whether or not it is still needed.
        const clean = e.spooled ? spool.next() : null;
        const existing = lib.repo.findIdByUrl(e.url);
        if (existing) {
          alreadySaved++;
          lib.repo.mergeInto(existing, { tags: item.tags, favorite: item.favorite });
          continue;
        }
        if (clean && item.content) {
          const images: ImageRecord[] = clean.images.map((img) => ({
            url: img.urls[0]!,
            error: 'not downloaded yet',
          }));
          const c = item.content;
          const article = lib.repo.insert({
            url: e.url,
            finalUrl: e.url,
            title: item.title || new URL(e.url).hostname,
            byline: c.byline,
            siteName: c.siteName ?? new URL(e.url).hostname.replace(/^www\./, ''),
            lang: c.lang,
            publishedTime: c.publishedTime,
            excerpt: c.excerpt,
            // Marked missing until the queue's image job stores them: the reader shows alt text meanwhile.
            contentHtml: resolvePlaceholders(
              clean.contentHtml,
              new Map(images.map((img, i) => [i, { ok: false as const, url: img.url, error: img.error! }])),
            ),
            text: clean.text,
            wordCount: clean.wordCount,
            readingMinutes: clean.readingMinutes,
            category: item.category,
            categorySource: item.category ? 'user' : 'none',
            extractedBy: `import:${batch.format}`,
            savedAt: item.savedAt ?? undefined,
            state: item.state,
            favorite: item.favorite,
            progress: item.progress ?? 0,
            tags: item.tags,
            highlights: item.highlights,
            images,
            leadImageUrl: c.leadImage,
          });
          stored++;
          if (images.length)
            jobs.push({ kind: 'images', url: e.url, host: hostOf(e.url), articleId: article.id });
          continue;
        }
        jobs.push({ kind: 'save', url: e.url, host: hostOf(e.url), meta: metaOf(item) });
        queued++;
      }
      jobIds.push(...lib.jobs.add(jobs, id));
      return id;
    })
    .immediate();
  lib.events.emit('libraryChanged', { reason: 'imported', id: batchId });
  return {
    batchId,
    format: batch.format,
    fileName,
    entries: batch.items.length,
    stored,
    queued,
    alreadySaved,
    duplicates,
    skipped,
    jobIds,
  };
}

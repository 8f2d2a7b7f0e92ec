/**
 * The process the kill test murders: imports a URL list (unless an earlier run already did, which
 * is all or nothing) and works through the queue, printing "saved <articleId>" after each save is
 * committed and "finished" when nothing is left.
 *
 *   node --import tsx test/kill/import-child.ts LIBRARY_FILE URL_LIST
 */
import fs from 'node:fs';
import { inlineExtractor } from '../../src/main/core/extract/extractor';
import { Library } from '../../src/main/core/library/library';

const [file, list] = process.argv.slice(2) as [string, string];
const lib = new Library({
  file,
  extractor: inlineExtractor(),
  fetch: { timeoutMs: 5000 },
  queue: { concurrency: 6, perHost: 2, retry: { maxAttempts: 3, backoffMs: () => 50, maxRetryAfterMs: 0 } },
});
lib.events.subscribe((event, p) => {
  if (event === 'libraryChanged' && 'reason' in p && p.reason === 'saved')
    process.stdout.write(`saved ${p.id}\n`);
});
const imported = lib.db.prepare('SELECT count(*) AS n FROM ingest_batches').get() as { n: number };
if (!imported.n) await lib.importFile(fs.readFileSync(list), 'urls.txt');
process.stdout.write('ready\n');
lib.startQueue();
for (;;) {
  const unfinished = lib.db
    .prepare("SELECT id FROM ingest_jobs WHERE status IN ('pending', 'running')")
    .pluck()
    .all() as number[];
  if (!unfinished.length) break;
  await lib.queue.waitAll(unfinished);
}
await lib.close();
process.stdout.write('finished\n');

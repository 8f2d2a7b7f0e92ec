import fs from 'node:fs';
import { Command, Option } from 'commander';
import type { QueueJob } from '../shared/domain';
import { toApiError } from '../shared/result';
import { IMPORT_FORMATS } from '../main/core/io/import/types';
import type { Library } from '../main/core/library/library';
import { fail, printJson } from './output';
import { ProgressLine } from './progress-bar';

interface ImportOptions {
  format?: string;
  wait: boolean;
  json?: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Waits for the import's saves, drawing a progress bar on a terminal. */
async function follow(lib: Library, jobIds: number[], json: boolean): Promise<QueueJob[]> {
  const bar = new ProgressLine();
  const total = jobIds.length;
  let finished = 0;
  let failed = 0;
  const off = lib.events.subscribe((event, p) => {
    if (event === 'saveProgress' && 'url' in p && !json)
      bar.update(finished, total, `${failed ? `${failed} failed · ` : ''}${p.url}`);
  });
  lib.startQueue();
  try {
    return await Promise.all(
      jobIds.map((id) =>
        lib.queue.wait(id).then((job) => {
          finished++;
          if (job.status === 'failed') failed++;
          if (!json) bar.update(finished, total, failed ? `${failed} failed` : '');
          return job;
        }),
      ),
    );
  } finally {
    off();
    bar.clear();
  }
}

export function importCommand(open: (cmd: Command) => Library): Command {
  return new Command('import')
    .description(
      'take in an export of Pocket, Instapaper, Omnivore, Wallabag, Karakeep, bookmarks, OPML or a URL list',
    )
    .argument('<file>', 'the export file')
    .addOption(
      new Option('--format <format>', 'skip detection and read the file as this format').choices([
        ...IMPORT_FORMATS,
      ]),
    )
    .option(
      '--no-wait',
      'queue the pages to fetch and return at once (they are fetched the next time Quire runs)',
    )
    .option('--json', 'print a JSON summary')
    .action(async (file: string, opts: ImportOptions, cmd: Command) => {
      let bytes: Buffer;
      try {
        bytes = await fs.promises.readFile(file);
      } catch (err) {
        fail(
          { code: 'FILE_NOT_FOUND', message: `Cannot read ${file}: ${(err as Error).message}` },
          !!opts.json,
        );
        process.exitCode = 1;
        return;
      }
      const lib = open(cmd);
      try {
        const summary = await lib.importFile(bytes, file, opts.format);
        if (!opts.json)
          process.stderr.write(
            `Read ${plural(summary.entries, 'entry', 'entries')} (${summary.format}): ${summary.stored} stored with their content, ` +
              `${summary.queued} to fetch, ${summary.alreadySaved} already saved, ${summary.duplicates} repeated, ` +
              `${summary.skipped.length} skipped.\n`,
          );
        for (const s of opts.json ? [] : summary.skipped.slice(0, 20))
          process.stderr.write(`  skipped ${s.where}: ${s.reason}\n`);
        const jobs = opts.wait ? await follow(lib, summary.jobIds, !!opts.json) : [];
        const failures = jobs.filter((j) => j.status === 'failed');
        const saved = jobs.filter((j) => j.status === 'done').length;
        if (opts.json)
          printJson({
            ...summary,
            waited: opts.wait,
            saved,
            failed: failures.length,
            failures: failures.map((j) => ({ url: j.url, code: j.errorCode, message: j.error })),
          });
        else if (opts.wait) {
          for (const f of failures) process.stderr.write(`  failed ${f.url}: ${f.error}\n`);
          process.stdout.write(
            `Imported ${plural(summary.stored + saved, 'article')}; ${failures.length} failed` +
              `${failures.length ? ' (see above; `quire import` again or "Retry failed" in the app retries them)' : ''}.\n`,
          );
        } else
          process.stdout.write(
            `Queued ${plural(summary.jobIds.length, 'save')}; they run the next time Quire runs.\n`,
          );
        process.exitCode = failures.length ? 1 : 0;
      } catch (err) {
        fail(toApiError(err), !!opts.json, { file });
        process.exitCode = 1;
      } finally {
        await lib.close();
      }
    });
}

import { Command, Option } from 'commander';
import { UNCATEGORIZED } from '../shared/domain';
import { QuireError, toApiError } from '../shared/result';
import type { Db } from '../main/core/library/db';
import { EXPORT_FORMATS, exportReadingList, isExportFormat } from '../main/core/io/export/index';
import { fail } from './output';

export interface ExportCommandOptions {
  format: string;
  output: string;
  category?: string;
  tag?: string;
  query?: string;
  full?: boolean;
}

/** Formats people may ask for that are planned but not built yet. */
const LATER_FORMATS: string[] = [];

/** Checks what cannot be exported before the library is even opened. */
export function checkExportOptions(opts: ExportCommandOptions): void {
  if (LATER_FORMATS.includes(opts.format))
    throw new QuireError(
      'INVALID_ARGUMENT',
      `The "${opts.format}" export is not available yet; use one of ${EXPORT_FORMATS.join(', ')}.`,
    );
  if (!isExportFormat(opts.format))
    throw new QuireError(
      'INVALID_ARGUMENT',
      `Unknown export format "${opts.format}"; use one of ${EXPORT_FORMATS.join(', ')}.`,
    );
  if (opts.full && opts.format !== 'md' && opts.format !== 'json')
    process.stderr.write(
      `quire: --full only changes md and json exports; ${opts.format} is written as usual.\n`,
    );
}

/** The export command's work, given an open library; returns the exit code. */
export function runExport(db: Db, opts: ExportCommandOptions): number {
  try {
    checkExportOptions(opts);
    const result = exportReadingList(db, {
      format: opts.format as (typeof EXPORT_FORMATS)[number],
      file: opts.output,
      category: opts.category,
      query: opts.query,
      tag: opts.tag,
      full: opts.full,
    });
    process.stderr.write(
      result.count
        ? `Exported ${result.count} article${result.count === 1 ? '' : 's'} to ${result.file} (${opts.format}).\n`
        : `0 articles matched; wrote an empty ${opts.format} list to ${result.file}.\n`,
    );
    return 0;
  } catch (err) {
    fail(toApiError(err), false);
    return 1;
  }
}

export function exportCommand(open: (cmd: Command) => { db: Db; close(): Promise<void> }): Command {
  return new Command('export')
    .description('write a reading list of saved articles to a file (newest saved first)')
    .addOption(
      new Option('--format <format>', 'the file format')
        .choices([...EXPORT_FORMATS, ...LATER_FORMATS])
        .makeOptionMandatory(),
    )
    .requiredOption('-o, --output <file>', 'the file to write (replaced only once the export is complete)')
    .option('--category <name>', `only this category ("${UNCATEGORIZED}" for none)`)
    .option('--tag <tag>', 'only articles with this tag')
    .option('--query <words>', 'only articles whose title, byline or text contain all these words')
    .option('--full', 'whole articles rather than links (md: converted to Markdown; json: with content)')
    .action(async (opts: ExportCommandOptions, cmd: Command) => {
      try {
        checkExportOptions(opts);
      } catch (err) {
        fail(toApiError(err), false);
        process.exitCode = 1;
        return;
      }
      const lib = open(cmd);
      try {
        process.exitCode = runExport(lib.db, opts);
      } finally {
        await lib.close();
      }
    });
}

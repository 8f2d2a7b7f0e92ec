import fs from 'node:fs';
import readline from 'node:readline';
import { Command, InvalidArgumentError, Option } from 'commander';
import { SORT_KEYS, UNCATEGORIZED, type SortKey } from '../shared/domain';
import { toApiError } from '../shared/result';
import { createExtractor } from '../main/core/extract/extractor';
import type { ExtractedArticle } from '../main/core/extract/extract';
import { LOOPBACK, startServer } from '../main/serve/server';
import { backupCommand } from './backup';
import { exportCommand } from './export';
import { importCommand } from './import';
import { fail, printArticle, printJson, printTable } from './output';
import { openLibrary, rendererDir, resolveDataDir, workerFile } from './runtime';

const program = new Command('quire')
  .description('Quire: a local-first, offline read-it-later library')
  .option('--data-dir <dir>', 'library folder (default: $QUIRE_DATA_DIR or the app data folder)')
  .showHelpAfterError();

const dataDirOf = (cmd: Command): string =>
  resolveDataDir(cmd.optsWithGlobals().dataDir as string | undefined);

program
  .command('add')
  .description('fetch articles and save them to the library')
  .argument('<url...>', 'one or more article URLs')
  .option('--category <name>', 'put the articles in this category instead of the one the page names')
  .option('--json', 'print one JSON object per URL')
  .action(async (urls: string[], opts: { category?: string; json?: boolean }, cmd: Command) => {
    const lib = openLibrary(dataDirOf(cmd));
    const tty = !opts.json && process.stderr.isTTY;
    if (tty)
      lib.events.subscribe((event, p) => {
        if (event === 'saveProgress' && 'stage' in p && p.stage !== 'done' && p.stage !== 'failed')
          process.stderr.write(`\r\x1b[2K${p.stage}… ${p.url}`);
      });
    let failed = 0;
    try {
      for (const url of urls) {
        try {
          const { article, existing } = await lib.saveUrl(url, { category: opts.category });
          if (tty) process.stderr.write('\r\x1b[2K');
          if (opts.json)
            printJson({
              id: article.id,
              title: article.title,
              url: article.url,
              category: article.category,
              existing,
            });
          else
            process.stdout.write(
              `${existing ? 'Already saved' : 'Saved'} #${article.id} “${article.title}” (${article.category}, ${article.readingMinutes} min)\n`,
            );
        } catch (err) {
          failed++;
          if (tty) process.stderr.write('\r\x1b[2K');
          fail(toApiError(err), !!opts.json, { url });
        }
      }
    } finally {
      await lib.close();
    }
    process.exitCode = failed ? 1 : 0;
  });

const sortOption = new Option('--sort <key>', 'sort order').choices(SORT_KEYS as string[]).default('added');

program
  .command('list')
  .description('list saved articles')
  .option('--category <name>', `only this category ("${UNCATEGORIZED}" for none)`)
  .addOption(sortOption)
  .option('--limit <n>', 'at most this many', (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number');
    return n;
  })
  .option('--json', 'print a JSON array of article summaries')
  .action(
    async (opts: { category?: string; sort: SortKey; limit?: number; json?: boolean }, cmd: Command) => {
      const lib = openLibrary(dataDirOf(cmd));
      try {
        const page = lib.repo.list({ category: opts.category, sort: opts.sort, limit: opts.limit ?? 5000 });
        if (opts.json) printJson(page.items);
        else printTable(page.items);
      } finally {
        await lib.close();
      }
    },
  );

program
  .command('show')
  .description('print one saved article')
  .argument('<id>', 'the article id (see `quire list`)')
  .option('--json', 'print the whole article as JSON')
  .action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
    const lib = openLibrary(dataDirOf(cmd));
    try {
      const result = await lib.handlers().getArticle(Number(id) || (id as unknown as number));
      if (opts.json) printJson(result);
      else printArticle(result);
    } catch (err) {
      fail(toApiError(err), !!opts.json, { id });
      process.exitCode = 1;
    } finally {
      await lib.close();
    }
  });

function extractedFields(x: ExtractedArticle, url: string | null) {
  return {
    url,
    title: x.title,
    byline: x.byline,
    siteName: x.siteName,
    lang: x.lang,
    publishedTime: x.publishedTime,
    modifiedTime: x.modifiedTime,
    excerpt: x.excerpt,
    leadImage: x.leadImage,
    category: x.category ?? UNCATEGORIZED,
    categorySource: x.categorySource,
    wordCount: x.wordCount,
    readingMinutes: x.readingMinutes,
    extractedBy: x.extractedBy,
    charset: x.charset?.encoding ?? null,
    contentHtml: x.contentHtml,
    text: x.text,
  };
}

async function readInput(file: string): Promise<Buffer> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }
  return fs.promises.readFile(file);
}

program
  .command('extract')
  .description('run the extraction pipeline on saved HTML without storing anything')
  .argument('[file]', 'an HTML file, or - for standard input')
  .option('--url <url>', 'the address the page was saved from (resolves links, informs the category)')
  .option(
    '--batch <list.jsonl>',
    'extract many pages: lines of {"id","file","url"}; prints one JSON line each',
  )
  .option('--json', 'print the result as JSON')
  .action(async (file: string | undefined, opts: { url?: string; batch?: string; json?: boolean }) => {
    const extractor = createExtractor(workerFile);
    try {
      if (opts.batch) return await extractBatch(opts.batch, extractor);
      if (!file) throw new InvalidArgumentError('give a FILE, - for standard input, or --batch LIST.jsonl');
      let bytes: Buffer;
      try {
        bytes = await readInput(file);
      } catch (err) {
        fail(
          { code: 'FILE_NOT_FOUND', message: `Cannot read ${file}: ${(err as Error).message}` },
          !!opts.json,
        );
        process.exitCode = 1;
        return;
      }
      try {
        const x = await extractor.extract({ body: bytes, url: opts.url ?? null });
        const fields = extractedFields(x, opts.url ?? null);
        if (opts.json) printJson(fields);
        else printArticle(fields);
      } catch (err) {
        fail(toApiError(err), !!opts.json);
        process.exitCode = 1;
      }
    } finally {
      await extractor.close();
    }
  });

async function extractBatch(list: string, extractor: ReturnType<typeof createExtractor>): Promise<void> {
  const lines = readline.createInterface({
    input: list === '-' ? process.stdin : fs.createReadStream(list),
    crlfDelay: Infinity,
  });
  const pending: Promise<string>[] = [];
  let next = 0;
  const flush = async (all: boolean) => {
    // Keep the pool busy but print in input order.
    while (next < pending.length && (all || pending.length - next > 8))
      process.stdout.write((await pending[next++]!) + '\n');
  };
  for await (const raw of lines) {
    if (!raw.trim()) continue;
    pending.push(
      (async () => {
        let entry: { id?: unknown; file?: unknown; url?: unknown };
        try {
          entry = JSON.parse(raw);
        } catch {
          return JSON.stringify({
            id: null,
            error: { code: 'INVALID_ARGUMENT', message: `Not a JSON line: ${raw.slice(0, 80)}` },
          });
        }
        const id = entry.id ?? null;
        const url = typeof entry.url === 'string' ? entry.url : null;
        let bytes: Buffer;
        try {
          bytes = await fs.promises.readFile(String(entry.file));
        } catch (err) {
          return JSON.stringify({
            id,
            error: {
              code: 'FILE_NOT_FOUND',
              message: `Cannot read ${String(entry.file)}: ${(err as Error).message}`,
            },
          });
        }
        try {
          return JSON.stringify({
            id,
            ...extractedFields(await extractor.extract({ body: bytes, url }), url),
          });
        } catch (err) {
          return JSON.stringify({ id, error: toApiError(err) });
        }
      })(),
    );
    await flush(false);
  }
  await flush(true);
}

program
  .command('serve')
  .description('serve the library to a browser on 127.0.0.1, protected by a token')
  .option('--port <n>', 'port to listen on (default: a free one)', (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('must be a port number');
    return n;
  })
  .option(
    '--host <address>',
    'listen on this address instead of 127.0.0.1 (exposes your library to the network)',
  )
  .action(async (opts: { port?: number; host?: string }, cmd: Command) => {
    if (opts.host && opts.host !== LOOPBACK)
      process.stderr.write(
        `Warning: Quire is listening on ${opts.host}, not only on this computer. Anyone who can reach that ` +
          'address and has the token can read and change your library.\n',
      );
    const lib = openLibrary(dataDirOf(cmd));
    // Saves left queued by an import or a killed run carry on.
    lib.startQueue();
    const server = await startServer({
      handlers: lib.handlers(),
      events: lib.events,
      rendererDir,
      getAsset: (hash) => lib.repo.getAsset(hash),
      port: opts.port,
      host: opts.host,
    });
    process.stdout.write(`Quire is serving at ${server.url}\n`);
    const stop = async () => {
      await server.close();
      await lib.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

program.addCommand(exportCommand((cmd) => openLibrary(dataDirOf(cmd))));
program.addCommand(importCommand((cmd) => openLibrary(dataDirOf(cmd))));
program.addCommand(backupCommand((cmd) => openLibrary(dataDirOf(cmd))));

program.parseAsync(process.argv).catch((err) => {
  const e = toApiError(err);
  process.stderr.write(`quire: ${e.message}\n`);
  process.exitCode = 1;
});

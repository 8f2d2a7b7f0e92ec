/**
 * One measured I/O task in its own process, so its peak memory (maxRSS) is its own. Prints one
 * JSON line: {task, ms, peakRssMb, ...details}.
 *
 *   tsx bench/io-task.ts <task> <dir>
 *   tasks: make-files, import-wallabag, baseline-wallabag, import-netscape, baseline-netscape,
 *          add-images, export-md, export-epub, baseline-export
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { makePng } from '../test/fixture-site/png';
import { createExtractor } from '../src/main/core/extract/extractor';
import { exportReadingList } from '../src/main/core/io/export/index';
import { openDatabase } from '../src/main/core/library/db';
import { Library } from '../src/main/core/library/library';

const N = Number(process.env.QUIRE_IO_N ?? 10_000);
const [task, dir] = process.argv.slice(2) as [string, string];
const file = (name: string) => path.join(dir, name);

const WORDS =
  'harbour crane ferry night shift pilot tide lantern quay rope ledger cargo engine deck signal fog bell chart'.split(
    ' ',
  );
function paragraph(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 31 + i * 7) % WORDS.length]!);
  return `<p>${out.join(' ')}.</p>`;
}

function makeFiles(): Record<string, unknown> {
  // Wallabag: each entry carries ~5 KB of article HTML with one image, as its exports do.
  const out = fs.createWriteStream(file('wallabag.json'));
  out.write('[');
  for (let i = 0; i < N; i++) {
    const content =
      `<h2>Part ${i}</h2>` +
      Array.from({ length: 8 }, (_, k) => paragraph(i + k, 90)).join('') +
      `<figure><img src="https://img.example/${i}.jpg" alt="figure ${i}"><figcaption>Caption ${i}</figcaption></figure>`;
    const entry = {
      id: i + 1,
      url: `https://news${i % 50}.example/story/${i}?utm_source=feed`,
      title: `Story number ${i}`,
      content,
      is_archived: i % 3 === 0 ? 1 : 0,
      is_starred: i % 10 === 0 ? 1 : 0,
      tags: [`t${i % 20}`, 'imported'],
      created_at: new Date(Date.UTC(2022, 0, 1) + i * 3_600_000).toISOString(),
      language: 'en',
      reading_time: 4,
      domain_name: `news${i % 50}.example`,
      annotations:
        i % 5 === 0 ? [{ quote: 'harbour crane', text: 'note', created_at: '2023-01-01T00:00:00Z' }] : [],
    };
    out.write((i ? ',\n' : '\n') + JSON.stringify(entry));
  }
  out.write('\n]\n');
  out.end();
  // Netscape: nested folders, as a browser writes them.
  const lines = [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Bookmarks</TITLE><H1>Bookmarks</H1>',
    '<DL><p>',
  ];
  for (let f = 0; f < 100; f++) {
    lines.push(`<DT><H3 ADD_DATE="1690000000">Folder ${f}</H3>`, '<DL><p>');
    for (let i = 0; i < N / 100; i++) {
      const n = f * (N / 100) + i;
      lines.push(
        `<DT><A HREF="https://site${n % 200}.example/page/${n}" ADD_DATE="${1690000000 + n}" TAGS="a,b${n % 7}">Bookmark ${n} &amp; more</A>`,
      );
    }
    lines.push('</DL><p>');
  }
  lines.push('</DL><p>');
  fs.writeFileSync(file('bookmarks.html'), lines.join('\n'));
  return new Promise((resolve) => out.on('close', () => resolve({}))) as never;
}

// The worker pool from the build, as `quire import` uses it (inline on this thread if not built).
const WORKER = path.resolve('out/main/extract-worker.js');

function library(name: string): Library {
  return new Library({ file: file(name), extractor: createExtractor(WORKER) });
}

const tasks: Record<string, () => Promise<Record<string, unknown>> | Record<string, unknown>> = {
  'make-files': makeFiles,
  async 'import-wallabag'() {
    const lib = library('wallabag.sqlite3');
    const s = await lib.importFile(fs.readFileSync(file('wallabag.json')), 'wallabag.json');
    const mode = lib.extractor.mode;
    await lib.close();
    return { stored: s.stored, bytes: fs.statSync(file('wallabag.json')).size, cleaning: mode };
  },
  /** The least an import can do: parse the JSON and insert the rows, nothing checked or cleaned. */
  'baseline-wallabag'() {
    const db = openDatabase(file('baseline-wallabag.sqlite3'));
    const entries = JSON.parse(fs.readFileSync(file('wallabag.json'), 'utf8')) as {
      url: string;
      title: string;
      content: string;
    }[];
    const insert = db.prepare(
      `INSERT INTO articles (url, final_url, title, content_html, text, word_count, reading_minutes, extracted_by, saved_at)
       VALUES (?, ?, ?, ?, ?, 0, 0, 'baseline', '')`,
    );
    db.transaction(() => entries.forEach((e) => insert.run(e.url, e.url, e.title, e.content, e.content)))();
    db.close();
    return { stored: entries.length };
  },
  async 'import-netscape'() {
    const lib = library('netscape.sqlite3');
    const s = await lib.importFile(fs.readFileSync(file('bookmarks.html')), 'bookmarks.html');
    await lib.close();
    return { queued: s.queued };
  },
  /** Reading the file and listing its links with a regular expression: the floor for any parser. */
  'baseline-netscape'() {
    const text = fs.readFileSync(file('bookmarks.html'), 'utf8');
    const links = [...text.matchAll(/<A HREF="([^"]+)"/g)].length;
    return { links };
  },
  /** Gives every imported article one stored image, so the EPUB carries 10,000 pictures. */
  'add-images'() {
    const db = new Database(file('wallabag.sqlite3'));
    const ids = db.prepare('SELECT id FROM articles').pluck().all() as number[];
    let bytes = 0;
    db.transaction(() => {
      for (const id of ids) {
        const png = makePng(160, 120, id % 250);
        const data = Buffer.concat([png, crypto.randomBytes(0)]);
        const hash = crypto.createHash('sha256').update(data).update(String(id)).digest('hex');
        bytes += data.length;
        db.prepare(
          'INSERT OR IGNORE INTO assets(hash, mime, size, data, created_at) VALUES (?, ?, ?, ?, ?)',
        ).run(hash, 'image/png', data.length, data, '');
        db.prepare('UPDATE article_images SET hash = ?, error = NULL WHERE article_id = ? AND idx = 0').run(
          hash,
          id,
        );
        db.prepare(
          "UPDATE articles SET content_html = replace(content_html, 'quire-asset:missing-0', ?) WHERE id = ?",
        ).run(`quire-asset:${hash}`, id);
      }
    })();
    db.close();
    return { images: ids.length, avgImageKb: Math.round(bytes / ids.length / 102.4) / 10 };
  },
  'export-md'() {
    const db = openDatabase(file('wallabag.sqlite3'));
    const r = exportReadingList(db, { format: 'md', file: file('list.md'), full: true });
    db.close();
    return { count: r.count, mb: Math.round(r.bytes / 1e5) / 10 };
  },
  'export-epub'() {
    const db = openDatabase(file('wallabag.sqlite3'));
    const r = exportReadingList(db, { format: 'epub', file: file('list.epub') });
    db.close();
    return { count: r.count, mb: Math.round(r.bytes / 1e5) / 10 };
  },
  /** Reading every article's HTML and writing it out unchanged: the floor for any export. */
  'baseline-export'() {
    const db = new Database(file('wallabag.sqlite3'), { readonly: true });
    const fd = fs.openSync(file('baseline.out'), 'w');
    let n = 0;
    for (const row of db.prepare('SELECT title, content_html FROM articles').iterate() as Iterable<{
      title: string;
      content_html: string;
    }>) {
      fs.writeSync(fd, `## ${row.title}\n\n${row.content_html}\n`);
      n++;
    }
    fs.closeSync(fd);
    db.close();
    return { count: n };
  },
};

const run = tasks[task];
if (!run) throw new Error(`unknown task ${task}`);
const t0 = performance.now();
const details = await run();
const ms = Math.round(performance.now() - t0);
process.stdout.write(
  JSON.stringify({ task, ms, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), ...details }) +
    '\n',
);

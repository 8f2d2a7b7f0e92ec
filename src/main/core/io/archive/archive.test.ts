import fs from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../../test/support/temp-dir';
import { inlineExtractor } from '../../extract/extractor';
import { sanitizeHtml } from '../../extract/sanitize';
import type { Db } from '../../library/db';
import { Library } from '../../library/library';
import { exportTo, fixtureLibrary, type TestLibrary } from '../export/test-library';

let t: TestLibrary;
let archive: Buffer;
const dir = tempDir('quire-archive-');

beforeAll(async () => {
  t = await fixtureLibrary();
  const [a, b] = t.lib.repo.list({ sort: 'title' }).items;
  const h = t.lib.handlers();
  await h.setArticleTags(a!.id, ['Long reads', 'ships']);
  await h.setArticleTags(b!.id, ['ships']);
  await h.setArticleState(a!.id, 'archived');
  await h.setFavorite(b!.id, true);
  await h.setProgress(b!.id, 0.42);
  t.lib.repo.addHighlight(a!.id, {
    text: 'a quoted passage',
    note: 'why it matters',
    createdAt: '2024-02-03T04:05:06.000Z',
  });
  t.lib.db.prepare("INSERT INTO settings(key, value) VALUES ('reader.fontSize', '19')").run();
  // Two hand-made rows hold markup the pipeline never stores (a javascript: link, stray tags);
  // sanitised here, the library is what Quire itself would hold.
  for (const r of t.lib.db.prepare('SELECT id, content_html AS html FROM articles').all() as {
    id: number;
    html: string;
  }[])
    t.lib.db.prepare('UPDATE articles SET content_html = ? WHERE id = ?').run(sanitizeHtml(r.html), r.id);
  archive = fs.readFileSync(exportTo(t, 'library.quire.zip', { format: 'archive' }).file);
}, 60_000);
afterAll(async () => {
  await t.close();
  dir.cleanup();
});

let n = 0;
function freshLibrary(): Library {
  return new Library({ file: path.join(dir.dir, `lib-${n++}.sqlite3`), extractor: inlineExtractor() });
}

/** Every row of every table a person's library is made of, in a stable order. */
function snapshot(db: Db) {
  const all = (sql: string) => db.prepare(sql).all();
  return {
    articles: all(
      `SELECT a.*, c.name AS category_name FROM articles a LEFT JOIN categories c ON c.id = a.category_id ORDER BY a.id`,
    ).map((r) => ({ ...(r as Record<string, unknown>), category_id: undefined })),
    categories: all('SELECT name FROM categories ORDER BY name'),
    tags: all(
      'SELECT at.article_id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id ORDER BY at.article_id, t.name',
    ),
    highlights: all('SELECT article_id, text, note, created_at FROM highlights ORDER BY id'),
    images: all('SELECT * FROM article_images ORDER BY article_id, idx'),
    assets: all('SELECT hash, mime, size, hex(data) AS data FROM assets ORDER BY hash'),
    settings: all("SELECT key, value FROM settings WHERE key NOT LIKE 'queue.%' ORDER BY key"),
  };
}

describe('the Quire archive', () => {
  it('restores an empty library exactly: every article field, tag, highlight, image and setting', async () => {
    const lib = freshLibrary();
    try {
      const summary = await lib.importFile(archive, 'library.quire.zip');
      const total = t.lib.repo.list().total;
      expect(summary).toMatchObject({ format: 'quire-archive', entries: total, stored: total, queued: 0 });
      const want = snapshot(t.lib.db);
      expect(want.articles.length).toBeGreaterThan(5);
      expect(want.assets.length).toBeGreaterThan(3);
      expect(want.highlights.length).toBe(1);
      expect(snapshot(lib.db)).toEqual(want);
      // The API view agrees too (what `quire show --json` prints).
      for (const { id } of t.lib.repo.list().items) expect(lib.repo.get(id)).toEqual(t.lib.repo.get(id));
    } finally {
      await lib.close();
    }
  });

  it('merges into a library that has articles, without duplicates', async () => {
    const lib = freshLibrary();
    try {
      await lib.importFile(archive, 'first.zip');
      const before = snapshot(lib.db);
      const again = await lib.importFile(archive, 'again.zip');
      expect(again).toMatchObject({ stored: 0, alreadySaved: before.articles.length });
      expect(snapshot(lib.db)).toEqual(before);
    } finally {
      await lib.close();
    }
  });

  it('refuses a damaged archive and changes nothing', async () => {
    const lib = freshLibrary();
    try {
      const files = { manifest: JSON.parse(zipEntry(archive, 'manifest.json')) as Record<string, unknown> };
      const assets = Object.keys(files.manifest.assets as object);
      const broken = rezip(archive, { [`assets/${assets[0]}`]: strToU8('not the image') });
      await expect(lib.importFile(broken, 'broken.zip')).rejects.toMatchObject({
        code: 'IMPORT_INVALID',
        message: expect.stringMatching(/checksum.*assets\//),
      });
      const newer = rezip(archive, {
        'manifest.json': strToU8(JSON.stringify({ ...files.manifest, version: 99 })),
      });
      await expect(lib.importFile(newer, 'newer.zip')).rejects.toMatchObject({
        message: expect.stringMatching(/newer Quire/),
      });
      expect(lib.repo.list().total).toBe(0);
    } finally {
      await lib.close();
    }
  });

  it('stores what a crafted archive carries only after sanitising it', async () => {
    const lib = freshLibrary();
    try {
      const m = JSON.parse(zipEntry(archive, 'manifest.json')) as { articles: { content: string }[] };
      const evil = rezip(archive, {
        [m.articles[0]!.content]: strToU8('<p>fine</p><img src=x onerror=alert(1)><script>alert(2)</script>'),
      });
      await lib.importFile(evil, 'evil.zip');
      const html = lib.db.prepare('SELECT content_html FROM articles').pluck().all().join('\n');
      expect(html).not.toMatch(/onerror|<script/);
    } finally {
      await lib.close();
    }
  });
});

function zipEntry(zip: Buffer, name: string): string {
  return Buffer.from(unzipSync(zip, { filter: (f) => f.name === name })[name]!).toString('utf8');
}

function rezip(zip: Buffer, replace: Record<string, Uint8Array>): Buffer {
  return Buffer.from(zipSync({ ...unzipSync(zip), ...replace }));
}

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { toApiError } from '../../../shared/result';
import { tempDir } from '../../../../test/support/temp-dir';
import { backupDir, backupLibrary } from './backup';
import { openDatabase, schemaVersion } from './db';
import { MIGRATIONS } from './migrations/index';

let cleanup = () => {};
afterEach(() => cleanup());

function dir(): string {
  const t = tempDir();
  cleanup = t.cleanup;
  return t.dir;
}

const addArticle = (db: Database.Database, url: string) =>
  db
    .prepare(
      `INSERT INTO articles (url, final_url, title, content_html, text, word_count, reading_minutes, extracted_by, saved_at)
       VALUES (?, ?, 't', '<p>x</p>', 'x', 1, 1, 'readability', 'now')`,
    )
    .run(url, url);

describe('backups', () => {
  it('copies a library that is being written to, consistently, and the copy opens', async () => {
    const d = dir();
    const db = openDatabase(path.join(d, 'library.sqlite3'));
    for (let i = 0; i < 200; i++) addArticle(db, `https://a.example/${i}`);
    const copying = backupLibrary(db, path.join(d, 'out', 'copy.sqlite3'));
    // Writes during the copy do not tear it: it holds a state that existed at some moment.
    for (let i = 200; i < 260; i++) addArticle(db, `https://a.example/${i}`);
    const { file, bytes } = await copying;
    db.close();
    expect(bytes).toBeGreaterThan(0);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const n = (copy.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    expect(n).toBeGreaterThanOrEqual(200);
    copy.close();
  });

  it('takes a backup before a schema upgrade, holding the library as it was', () => {
    const d = dir();
    const file = path.join(d, 'library.sqlite3');
    const old = openDatabase(file, { migrations: MIGRATIONS.slice(0, 3) });
    addArticle(old, 'https://a.example/old');
    old.close();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    db.close();
    const backups = fs.readdirSync(backupDir(file));
    expect(backups).toEqual([expect.stringMatching(/^quire-before-schema-4-\d{8}-\d{6}\.sqlite3$/)]);
    const copy = new Database(path.join(backupDir(file), backups[0]!), { readonly: true });
    expect(schemaVersion(copy)).toBe(3);
    expect(copy.prepare('SELECT url FROM articles').all()).toEqual([{ url: 'https://a.example/old' }]);
    copy.close();
  });

  it('takes no backup of a new library', () => {
    const d = dir();
    openDatabase(path.join(d, 'library.sqlite3')).close();
    expect(fs.existsSync(backupDir(path.join(d, 'library.sqlite3')))).toBe(false);
  });
});

describe('storage failures people can act on', () => {
  it('names a damaged library file and says how to restore it, leaving the file alone', () => {
    const d = dir();
    const file = path.join(d, 'library.sqlite3');
    const junk = Buffer.from(
      'This is not a database at all, just some text that was saved here.'.repeat(100),
    );
    fs.writeFileSync(file, junk);
    expect(() => openDatabase(file)).toThrow(
      expect.objectContaining({ code: 'DATABASE_CORRUPT', message: expect.stringContaining('backups') }),
    );
    expect(fs.readFileSync(file).equals(junk)).toBe(true);
  });

  it.skipIf(process.getuid?.() === 0)('says a read-only library folder is read-only', () => {
    const d = dir();
    const ro = path.join(d, 'ro');
    fs.mkdirSync(ro);
    fs.chmodSync(ro, 0o555);
    try {
      expect(() => openDatabase(path.join(ro, 'library.sqlite3'))).toThrow(
        expect.objectContaining({ code: 'READ_ONLY' }),
      );
    } finally {
      fs.chmodSync(ro, 0o755);
    }
  });

  it('says the disk is full when SQLite runs out of room, and keeps what was saved', () => {
    const d = dir();
    const db = openDatabase(path.join(d, 'library.sqlite3'));
    addArticle(db, 'https://a.example/kept');
    // A page limit is how SQLite meets a full disk; the same SQLITE_FULL reaches the caller.
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 1}`);
    let caught: unknown;
    try {
      db.transaction(() => {
        for (let i = 0; i < 50; i++) addArticle(db, `https://a.example/${'x'.repeat(2000)}${i}`);
      })();
    } catch (err) {
      caught = err;
    }
    expect((caught as { code: string }).code).toBe('SQLITE_FULL');
    expect(toApiError(caught)).toEqual({
      code: 'DISK_FULL',
      message: expect.stringContaining('disk is full'),
    });
    expect(db.prepare('SELECT url FROM articles').all()).toEqual([{ url: 'https://a.example/kept' }]);
    db.close();
  });
});

import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../test/support/temp-dir';
import { LATEST_VERSION, migrate, openDatabase, schemaVersion } from './db';
import { MIGRATIONS } from './migrations/index';

let cleanup = () => {};
afterEach(() => cleanup());

function dbFile(): string {
  const t = tempDir();
  cleanup = t.cleanup;
  return path.join(t.dir, 'library.sqlite3');
}

describe('openDatabase', () => {
  it('creates a real file in WAL mode with foreign keys on, at the latest schema', () => {
    const file = dbFile();
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a database written by a newer Quire and leaves it untouched', () => {
    const file = dbFile();
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x)');
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(/newer version of Quire/);
    const after = new Database(file);
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 5);
    expect(after.prepare("SELECT name FROM sqlite_master WHERE name = 'articles'").get()).toBeUndefined();
    after.close();
  });

  it('rolls back every step of a failing migration run, user_version included', () => {
    const file = dbFile();
    const db = new Database(file);
    const broken = [
      ...MIGRATIONS,
      { version: MIGRATIONS.length + 1, name: 'broken', up: () => db.exec('CREATE TABLE oops (; nonsense') },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'articles'").get()).toBeUndefined();
    db.close();
  });

  it('is idempotent: opening twice does not re-run migrations', () => {
    const file = dbFile();
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    db.close();
  });

  it('numbers migrations 1..n with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });
});

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { QuireError } from '../../../shared/result';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations/index';

export type Db = Database.Database;

export interface OpenOptions {
  /** An Electron-ABI build of better-sqlite3, when the shell runs under Electron. */
  nativeBinding?: string;
  migrations?: readonly Migration[];
}

/** Opens (creating if needed) a library file, with WAL and foreign keys, migrated to the latest schema. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    migrate(db, options.migrations ?? MIGRATIONS);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Runs every pending migration in one transaction; a database from a newer Quire is refused untouched. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new QuireError(
      'DATABASE_TOO_NEW',
      `This library was written by a newer version of Quire (schema ${current}; this version knows up to ${latest}). ` +
        'Update Quire to open it; the file has not been changed.',
    );
  }
  const pending = migrations.filter((m) => m.version > current);
  if (!pending.length) return;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
}

export { LATEST_VERSION };

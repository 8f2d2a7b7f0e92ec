import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { QuireError } from '../../../shared/result';
import { backupBeforeMigration, backupDir } from './backup';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations/index';

export type Db = Database.Database;

export interface OpenOptions {
  /** An Electron-ABI build of better-sqlite3, when the shell runs under Electron. */
  nativeBinding?: string;
  migrations?: readonly Migration[];
}

/** The SQLite failures people can act on, said in words, with the way out. */
export function storageError(err: unknown, file: string): unknown {
  const code = (err as { code?: unknown })?.code;
  if (typeof code !== 'string') return err;
  const restore =
    `Backups are in ${backupDir(file)} (one is taken before every schema upgrade, and by \`quire backup\`): ` +
    `close Quire and copy the newest one over ${file} to restore it.`;
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
    return new QuireError(
      'DATABASE_CORRUPT',
      `The library file ${file} is damaged or is not a Quire library. ${restore}`,
    );
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EROFS' || code === 'EPERM')
    return new QuireError(
      'READ_ONLY',
      `Quire cannot write to ${file}: the file or its folder is read-only. Nothing was changed; make it writable or choose another --data-dir.`,
    );
  if (code === 'SQLITE_FULL' || code === 'ENOSPC')
    return new QuireError(
      'DISK_FULL',
      `The disk holding ${file} is full. The last change was not saved and nothing already saved was lost; free some space and try again.`,
    );
  if (code.startsWith('SQLITE_CANTOPEN'))
    return new QuireError(
      'READ_ONLY',
      `Quire cannot open ${file}: check that its folder exists and is writable.`,
    );
  return err;
}

/** Opens (creating if needed) a library file, with WAL and foreign keys, migrated to the latest schema. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (err) {
    throw storageError(err, file);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    // Reading the schema is the first real read: a damaged or foreign file fails here.
    const current = schemaVersion(db);
    const migrations = options.migrations ?? MIGRATIONS;
    const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
    if (file !== ':memory:' && current > 0 && current < latest) backupBeforeMigration(db, file, current);
    migrate(db, migrations);
    return db;
  } catch (err) {
    db.close();
    throw storageError(err, file);
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

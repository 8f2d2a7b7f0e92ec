import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './db';

/** Backups live beside the library, in `backups/`, named by when they were taken. */
export const backupDir = (libraryFile: string): string => path.join(path.dirname(libraryFile), 'backups');

const stamp = (d = new Date()) => d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');

export function defaultBackupFile(libraryFile: string, label = 'backup'): string {
  return path.join(backupDir(libraryFile), `quire-${label}-${stamp()}.sqlite3`);
}

/**
 * A consistent copy of the library through SQLite's online backup API: safe while the app or
 * `quire serve` is writing, since the copy restarts on pages changed underneath it. The copy is
 * written beside its target and renamed into place, so a half-written backup never exists.
 */
export async function backupLibrary(db: Db, target: string): Promise<{ file: string; bytes: number }> {
  const file = path.resolve(target);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    await db.backup(partial);
    fs.renameSync(partial, file);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
  return { file, bytes: fs.statSync(file).size };
}

/** The copy taken before a schema migration, with `VACUUM INTO` (synchronous, consistent). */
export function backupBeforeMigration(db: Db, libraryFile: string, fromVersion: number): string {
  const file = defaultBackupFile(libraryFile, `before-schema-${fromVersion + 1}`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  db.prepare('VACUUM INTO ?').run(file);
  return file;
}

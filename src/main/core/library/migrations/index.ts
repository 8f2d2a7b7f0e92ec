import type Database from 'better-sqlite3';
import { m001Initial } from './001-initial';
import { m002FullText } from './002-full-text';
import { m003Images } from './003-images';
import { m004ReadingStateAndQueue } from './004-reading-state-and-queue';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** Append only: a migration that has shipped is never edited, only followed by a new one. */
export const MIGRATIONS: readonly Migration[] = [
  m001Initial,
  m002FullText,
  m003Images,
  m004ReadingStateAndQueue,
];

export const LATEST_VERSION = MIGRATIONS.length;

import type { Migration } from './index';

/**
 * What a read-later service keeps beside the article (state, favourite, progress, tags, highlights,
 * settings) and the persistent ingest queue, so a killed app resumes its saves where it stopped.
 */
export const m004ReadingStateAndQueue: Migration = {
  version: 4,
  name: 'reading state, tags, highlights and the ingest queue',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN state TEXT NOT NULL DEFAULT 'unread' CHECK (state IN ('unread', 'archived'));
      ALTER TABLE articles ADD COLUMN favorite INTEGER NOT NULL DEFAULT 0 CHECK (favorite IN (0, 1));
      ALTER TABLE articles ADD COLUMN progress REAL NOT NULL DEFAULT 0 CHECK (progress >= 0 AND progress <= 1);
      ALTER TABLE articles ADD COLUMN canonical_url TEXT;
      CREATE INDEX articles_final_url ON articles(final_url);
      CREATE INDEX articles_canonical_url ON articles(canonical_url);
      CREATE INDEX articles_state ON articles(state);

      CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE
      );
      CREATE TABLE article_tags (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (article_id, tag_id)
      ) WITHOUT ROWID;
      CREATE INDEX article_tags_tag ON article_tags(tag_id);

      CREATE TABLE highlights (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        note TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX highlights_article ON highlights(article_id);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE ingest_batches (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        format TEXT,
        file_name TEXT,
        created_at TEXT NOT NULL
      );
      CREATE TABLE ingest_jobs (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('save', 'images', 'refresh')),
        url TEXT NOT NULL,
        host TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'running', 'done', 'failed', 'cancelled')),
        attempts INTEGER NOT NULL DEFAULT 0,
        runner TEXT,
        not_before INTEGER NOT NULL DEFAULT 0,
        error_code TEXT,
        error TEXT,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        batch_id INTEGER REFERENCES ingest_batches(id) ON DELETE SET NULL,
        meta TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX ingest_jobs_status ON ingest_jobs(status, not_before);
      CREATE INDEX ingest_jobs_batch ON ingest_jobs(batch_id, status);
      CREATE INDEX ingest_jobs_url ON ingest_jobs(url);
    `);
  },
};

import type { Migration } from './index';

export const m001Initial: Migration = {
  version: 1,
  name: 'articles and categories',
  up(db) {
    db.exec(`
      CREATE TABLE categories (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created_at TEXT NOT NULL
      );
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        final_url TEXT NOT NULL,
        title TEXT NOT NULL,
        byline TEXT,
        site_name TEXT,
        lang TEXT,
        published_time TEXT,
        excerpt TEXT,
        content_html TEXT NOT NULL,
        text TEXT NOT NULL,
        word_count INTEGER NOT NULL,
        reading_minutes INTEGER NOT NULL,
        category_id INTEGER REFERENCES categories(id) ON DELETE SET NULL,
        category_source TEXT NOT NULL DEFAULT 'none',
        extracted_by TEXT NOT NULL,
        saved_at TEXT NOT NULL
      );
      CREATE INDEX articles_category ON articles(category_id);
      CREATE INDEX articles_saved_at ON articles(saved_at);
      CREATE INDEX articles_published ON articles(published_time);
    `);
  },
};

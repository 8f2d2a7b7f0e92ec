import type { Migration } from './index';

/**
 * Offline images: each distinct image stored once (by SHA-256 of its bytes), and per article the
 * images it shows, in order, with the hash once stored or the reason it could not be.
 */
export const m003Images: Migration = {
  version: 3,
  name: 'stored images',
  up(db) {
    db.exec(`
      CREATE TABLE assets (
        hash TEXT PRIMARY KEY,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        data BLOB NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE article_images (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        url TEXT NOT NULL,
        hash TEXT REFERENCES assets(hash),
        error TEXT,
        PRIMARY KEY (article_id, idx)
      );
      CREATE INDEX article_images_hash ON article_images(hash);
      ALTER TABLE articles ADD COLUMN lead_image_url TEXT;
      ALTER TABLE articles ADD COLUMN lead_image_hash TEXT REFERENCES assets(hash);
    `);
  },
};

import type { Migration } from './index';

/** A full-text index of every saved word, kept in step with `articles` by triggers. */
export const m002FullText: Migration = {
  version: 2,
  name: 'full-text index',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, byline, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
      );
      INSERT INTO articles_fts(rowid, title, byline, text) SELECT id, title, coalesce(byline, ''), text FROM articles;
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, byline, text) VALUES (new.id, new.title, coalesce(new.byline, ''), new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, byline, text)
          VALUES ('delete', old.id, old.title, coalesce(old.byline, ''), old.text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, byline, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, byline, text)
          VALUES ('delete', old.id, old.title, coalesce(old.byline, ''), old.text);
        INSERT INTO articles_fts(rowid, title, byline, text) VALUES (new.id, new.title, coalesce(new.byline, ''), new.text);
      END;
    `);
  },
};

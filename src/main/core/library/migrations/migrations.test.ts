import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../db';
import { MIGRATIONS } from './index';

const upTo = (n: number) => MIGRATIONS.slice(0, n);

function columns(db: Database.Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

describe('migration 001: articles and categories', () => {
  it('creates the tables with a unique URL and a category that is cleared when its category goes', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, upTo(1));
    expect(schemaVersion(db)).toBe(1);
    expect(columns(db, 'articles')).toEqual(
      expect.arrayContaining([
        'url',
        'title',
        'byline',
        'content_html',
        'text',
        'category_id',
        'category_source',
        'saved_at',
      ]),
    );
    db.prepare("INSERT INTO categories(name, created_at) VALUES ('Mobile', 'now')").run();
    const insert = db.prepare(
      `INSERT INTO articles (url, final_url, title, content_html, text, word_count, reading_minutes, category_id, extracted_by, saved_at)
       VALUES (?, ?, 't', '<p>x</p>', 'x', 1, 1, 1, 'readability', 'now')`,
    );
    insert.run('https://a.example/1', 'https://a.example/1');
    expect(() => insert.run('https://a.example/1', 'https://a.example/1')).toThrow(/UNIQUE/);
    // Category names are unique regardless of case.
    expect(() =>
      db.prepare("INSERT INTO categories(name, created_at) VALUES ('MOBILE', 'now')").run(),
    ).toThrow(/UNIQUE/);
    db.prepare('DELETE FROM categories').run();
    expect(db.prepare('SELECT category_id FROM articles').get()).toEqual({ category_id: null });
  });
});

describe('migration 002: full-text index', () => {
  it('indexes rows that existed before it ran, and follows inserts, updates and deletes', () => {
    const db = new Database(':memory:');
    migrate(db, upTo(1));
    const insert = db.prepare(
      `INSERT INTO articles (url, final_url, title, byline, content_html, text, word_count, reading_minutes, extracted_by, saved_at)
       VALUES (?, ?, ?, ?, '', ?, 1, 1, 'readability', 'now')`,
    );
    insert.run(
      'https://a.example/old',
      'https://a.example/old',
      'Old story',
      'Ann',
      'a story about lighthouses',
    );
    migrate(db, upTo(2));
    expect(schemaVersion(db)).toBe(2);
    const search = (q: string) =>
      (
        db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid').all(q) as {
          rowid: number;
        }[]
      ).map((r) => r.rowid);
    expect(search('lighthouses')).toEqual([1]);
    insert.run('https://a.example/new', 'https://a.example/new', 'Café culture', null, 'über espresso');
    // Diacritics are folded, so "cafe" finds "Café".
    expect(search('cafe')).toEqual([2]);
    db.prepare("UPDATE articles SET text = 'now about harbours' WHERE id = 1").run();
    expect(search('lighthouses')).toEqual([]);
    expect(search('harbours')).toEqual([1]);
    db.prepare('DELETE FROM articles WHERE id = 2').run();
    expect(search('espresso')).toEqual([]);
  });
});

describe('migration 003: stored images', () => {
  it('adds assets and per-article images that go with their article, keeping existing rows', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, upTo(2));
    db.prepare(
      `INSERT INTO articles (url, final_url, title, content_html, text, word_count, reading_minutes, extracted_by, saved_at)
       VALUES ('https://a.example/1', 'https://a.example/1', 't', '', 'x', 1, 1, 'readability', 'now')`,
    ).run();
    migrate(db, upTo(3));
    expect(schemaVersion(db)).toBe(3);
    expect(columns(db, 'articles')).toEqual(expect.arrayContaining(['lead_image_url', 'lead_image_hash']));
    db.prepare(
      "INSERT INTO assets(hash, mime, size, data, created_at) VALUES ('h1', 'image/png', 3, x'010203', 'now')",
    ).run();
    db.prepare(
      "INSERT INTO article_images(article_id, idx, url, hash) VALUES (1, 0, 'https://i.example/a.png', 'h1')",
    ).run();
    db.prepare(
      "INSERT INTO article_images(article_id, idx, url, error) VALUES (1, 1, 'https://i.example/b.png', '404')",
    ).run();
    // An image row must name a stored asset or none.
    expect(() =>
      db.prepare("INSERT INTO article_images(article_id, idx, url, hash) VALUES (1, 2, 'u', 'nope')").run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM article_images').get()).toEqual({ n: 0 });
  });
});

describe('migration 004: reading state, tags, highlights and the ingest queue', () => {
  it('gives existing articles the unread state and adds tags, highlights and jobs that follow their article', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, upTo(3));
    db.prepare(
      `INSERT INTO articles (url, final_url, title, content_html, text, word_count, reading_minutes, extracted_by, saved_at)
       VALUES ('https://a.example/1', 'https://a.example/1', 't', '', 'x', 1, 1, 'readability', 'now')`,
    ).run();
    migrate(db, upTo(4));
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT state, favorite, progress FROM articles').get()).toEqual({
      state: 'unread',
      favorite: 0,
      progress: 0,
    });
    expect(() => db.prepare("UPDATE articles SET state = 'read'").run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE articles SET progress = 1.5').run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO tags(name) VALUES ('Long reads')").run();
    expect(() => db.prepare("INSERT INTO tags(name) VALUES ('long READS')").run()).toThrow(/UNIQUE/);
    db.prepare('INSERT INTO article_tags(article_id, tag_id) VALUES (1, 1)').run();
    db.prepare("INSERT INTO highlights(article_id, text, created_at) VALUES (1, 'a passage', 'now')").run();
    db.prepare(
      `INSERT INTO ingest_jobs(kind, url, host, status, article_id, created_at, updated_at)
       VALUES ('save', 'https://a.example/1', 'a.example', 'done', 1, 'now', 'now')`,
    ).run();
    expect(() =>
      db
        .prepare(
          `INSERT INTO ingest_jobs(kind, url, host, status, created_at, updated_at)
           VALUES ('save', 'u', 'h', 'sleeping', 'now', 'now')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    const count = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    expect([count('article_tags'), count('highlights'), count('tags')]).toEqual([0, 0, 1]);
    // The job's record stays (it says what happened) but no longer points at a deleted article.
    expect(db.prepare('SELECT article_id FROM ingest_jobs').get()).toEqual({ article_id: null });
  });
});

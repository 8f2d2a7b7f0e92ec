import type {
  Article,
  ArticlePage,
  ArticleSummary,
  CategoryList,
  CategorySource,
  Highlight,
  ListQuery,
  ReadState,
  SortKey,
} from '../../../shared/domain';
import { UNCATEGORIZED } from '../../../shared/domain';
import { QuireError } from '../../../shared/result';
import type { Db } from './db';
import { ftsQuery } from './search-repo';

export interface NewArticle {
  /** Kept as given (restoring an archive into an empty library); otherwise SQLite assigns one. */
  id?: number;
  url: string;
  finalUrl: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  contentHtml: string;
  text: string;
  wordCount: number;
  readingMinutes: number;
  category: string | null;
  categorySource: CategorySource;
  extractedBy: string;
  savedAt?: string;
  canonicalUrl?: string | null;
  state?: ReadState;
  favorite?: boolean;
  progress?: number;
  tags?: string[];
  highlights?: { text: string; note: string | null; createdAt: string | null }[];
  /** The article's images by placeholder index, stored or failed. */
  images?: ImageRecord[];
  leadImageUrl?: string | null;
  leadImage?: ImageRecord | null;
}

export interface ImageRecord {
  url: string;
  /** Set when the image was stored. */
  asset?: { hash: string; mime: string; data: Buffer };
  error?: string;
}

interface Row {
  id: number;
  url: string;
  title: string;
  byline: string | null;
  site_name: string | null;
  lang: string | null;
  published_time: string | null;
  excerpt: string | null;
  category: string | null;
  word_count: number;
  reading_minutes: number;
  saved_at: string;
  images_found: number;
  images_stored: number;
  lead_image_hash: string | null;
  tags: string;
  state: ReadState;
  favorite: number;
  progress: number;
}

interface FullRow extends Row {
  content_html: string;
  text: string;
  category_source: CategorySource;
  extracted_by: string;
}

const SUMMARY_COLUMNS = `a.id, a.url, a.title, a.byline, a.site_name, a.lang, a.published_time, a.excerpt,
  c.name AS category, a.word_count, a.reading_minutes, a.saved_at, a.lead_image_hash,
  (SELECT count(*) FROM article_images i WHERE i.article_id = a.id) AS images_found,
  (SELECT count(i.hash) FROM article_images i WHERE i.article_id = a.id) AS images_stored,
  (SELECT json_group_array(name) FROM (SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
     WHERE at.article_id = a.id ORDER BY t.name COLLATE NOCASE)) AS tags,
  a.state, a.favorite, a.progress`;

// Undated articles sort last whichever way dates are sorted.
const ORDER: Record<SortKey, { column: string; defaultDir: 'asc' | 'desc' }> = {
  added: { column: 'a.saved_at', defaultDir: 'desc' },
  published: { column: 'a.published_time IS NULL, a.published_time', defaultDir: 'desc' },
  title: { column: 'a.title COLLATE NOCASE', defaultDir: 'asc' },
  'reading-time': { column: 'a.reading_minutes', defaultDir: 'asc' },
};

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const toSummary = (r: Row): ArticleSummary => ({
  id: r.id,
  url: r.url,
  title: r.title,
  byline: r.byline,
  siteName: r.site_name,
  lang: r.lang,
  publishedTime: r.published_time,
  excerpt: r.excerpt,
  category: r.category ?? UNCATEGORIZED,
  wordCount: r.word_count,
  readingMinutes: r.reading_minutes,
  savedAt: r.saved_at,
  imagesFound: r.images_found,
  imagesStored: r.images_stored,
  leadImage: r.lead_image_hash,
  tags: JSON.parse(r.tags) as string[],
  state: r.state,
  favorite: r.favorite === 1,
  progress: r.progress,
});

/** The columns a fetch of the page decides, for both a new article and a refreshed one. */
const contentParams = (a: NewArticle, leadHash: string | null) => ({
  finalUrl: a.finalUrl,
  title: a.title,
  byline: a.byline,
  siteName: a.siteName,
  lang: a.lang,
  publishedTime: a.publishedTime,
  excerpt: a.excerpt,
  contentHtml: a.contentHtml,
  text: a.text,
  wordCount: a.wordCount,
  readingMinutes: a.readingMinutes,
  extractedBy: a.extractedBy,
  leadImageUrl: a.leadImageUrl ?? null,
  leadHash,
  canonicalUrl: a.canonicalUrl ?? null,
});

/** The only place that speaks SQL about articles and categories. */
export class ArticlesRepo {
  constructor(private readonly db: Db) {}

  /** Returns the id of the named category, creating it; null for none or "Uncategorized". */
  private categoryId(name: string | null): number | null {
    if (!name || name.localeCompare(UNCATEGORIZED, undefined, { sensitivity: 'accent' }) === 0) return null;
    this.db
      .prepare('INSERT INTO categories(name, created_at) VALUES (?, ?) ON CONFLICT(name) DO NOTHING')
      .run(name, new Date().toISOString());
    return (this.db.prepare('SELECT id FROM categories WHERE name = ?').get(name) as { id: number }).id;
  }

  insert(a: NewArticle): ArticleSummary {
    const id = this.db.transaction(() => {
      const categoryId = this.categoryId(a.category);
      const leadHash = a.leadImage?.asset ? this.putAsset(a.leadImage.asset) : null;
      const info = this.db
        .prepare(
          `INSERT INTO articles (id, url, final_url, title, byline, site_name, lang, published_time, excerpt, content_html,
             text, word_count, reading_minutes, category_id, category_source, extracted_by, saved_at,
             lead_image_url, lead_image_hash, canonical_url, state, favorite, progress)
           VALUES (@id, @url, @finalUrl, @title, @byline, @siteName, @lang, @publishedTime, @excerpt, @contentHtml,
             @text, @wordCount, @readingMinutes, @categoryId, @categorySource, @extractedBy, @savedAt,
             @leadImageUrl, @leadHash, @canonicalUrl, @state, @favorite, @progress)`,
        )
        .run({
          ...contentParams(a, leadHash),
          id: a.id ?? null,
          url: a.url,
          state: a.state ?? 'unread',
          favorite: a.favorite ? 1 : 0,
          progress: a.progress ?? 0,
          categoryId,
          categorySource: categoryId ? a.categorySource : 'none',
          savedAt: a.savedAt ?? new Date().toISOString(),
        });
      const id = Number(info.lastInsertRowid);
      (a.images ?? []).forEach((img, idx) => this.putArticleImage(id, idx, img));
      if (a.tags?.length) this.addTags(id, a.tags);
      for (const h of a.highlights ?? []) this.addHighlight(id, h);
      return id;
    })();
    return this.summary(id);
  }

  /** Adds tags (created as needed; matched regardless of case) to an article. */
  addTags(articleId: number, names: readonly string[]): void {
    const createTag = this.db.prepare('INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING');
    const link = this.db.prepare(
      'INSERT OR IGNORE INTO article_tags(article_id, tag_id) SELECT ?, id FROM tags WHERE name = ?',
    );
    for (const name of names) {
      createTag.run(name);
      link.run(articleId, name);
    }
  }

  addHighlight(articleId: number, h: { text: string; note: string | null; createdAt: string | null }): void {
    this.db
      .prepare('INSERT INTO highlights(article_id, text, note, created_at) VALUES (?, ?, ?, ?)')
      .run(articleId, h.text, h.note, h.createdAt ?? new Date().toISOString());
  }

  /**
   * What another source (an import, a second save) says about an article already here: its tags
   * are added, a favourite is kept, and highlights not already present (by text) are added.
   */
  mergeInto(
    id: number,
    m: { tags?: readonly string[]; favorite?: boolean; highlights?: NewArticle['highlights'] },
  ): void {
    this.db.transaction(() => {
      if (m.tags?.length) this.addTags(id, m.tags);
      if (m.highlights?.length) {
        const known = new Set(this.highlights(id).map((h) => h.text));
        for (const h of m.highlights) if (!known.has(h.text)) this.addHighlight(id, h);
      }
      if (m.favorite) this.setReading(id, { favorite: true });
    })();
  }

  highlights(articleId: number): Highlight[] {
    return this.db
      .prepare(
        'SELECT id, text, note, created_at AS createdAt FROM highlights WHERE article_id = ? ORDER BY id',
      )
      .all(articleId) as Highlight[];
  }

  /** Replaces an article's tags; tags no article uses any more go. */
  setTags(id: number, names: readonly string[]): ArticleSummary {
    this.db.transaction(() => {
      this.summary(id);
      this.db.prepare('DELETE FROM article_tags WHERE article_id = ?').run(id);
      this.addTags(id, names);
      this.pruneTags();
    })();
    return this.summary(id);
  }

  setReading(
    id: number,
    patch: { state?: ReadState; favorite?: boolean; progress?: number },
  ): ArticleSummary {
    this.db.transaction(() => {
      this.summary(id);
      if (patch.state !== undefined)
        this.db.prepare('UPDATE articles SET state = ? WHERE id = ?').run(patch.state, id);
      if (patch.favorite !== undefined)
        this.db.prepare('UPDATE articles SET favorite = ? WHERE id = ?').run(patch.favorite ? 1 : 0, id);
      if (patch.progress !== undefined)
        this.db.prepare('UPDATE articles SET progress = ? WHERE id = ?').run(patch.progress, id);
    })();
    return this.summary(id);
  }

  tags(): { name: string; count: number }[] {
    const rows = this.db
      .prepare(
        'SELECT t.name, count(*) AS count FROM tags t JOIN article_tags at ON at.tag_id = t.id GROUP BY t.id',
      )
      .all() as { name: string; count: number }[];
    return rows.sort((a, b) => collator.compare(a.name, b.name));
  }

  private pruneTags(): void {
    this.db.prepare('DELETE FROM tags WHERE id NOT IN (SELECT DISTINCT tag_id FROM article_tags)').run();
  }

  /** Stores image bytes once per distinct content. */
  private putAsset(asset: { hash: string; mime: string; data: Buffer }): string {
    this.db
      .prepare(
        'INSERT INTO assets(hash, mime, size, data, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(hash) DO NOTHING',
      )
      .run(asset.hash, asset.mime, asset.data.length, asset.data, new Date().toISOString());
    return asset.hash;
  }

  private putArticleImage(articleId: number, idx: number, img: ImageRecord): void {
    const hash = img.asset ? this.putAsset(img.asset) : null;
    this.db
      .prepare(
        `INSERT INTO article_images(article_id, idx, url, hash, error) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(article_id, idx) DO UPDATE SET url = excluded.url, hash = excluded.hash, error = excluded.error`,
      )
      .run(articleId, idx, img.url, hash, hash ? null : (img.error ?? 'not stored'));
  }

  getAsset(hash: string): { mime: string; data: Buffer } | null {
    return (
      (this.db.prepare('SELECT mime, data FROM assets WHERE hash = ?').get(hash) as
        { mime: string; data: Buffer } | undefined) ?? null
    );
  }

  /** Images of an article that are not stored yet, with their index and original URL. */
  missingImages(id: number): { idx: number; url: string }[] {
    return this.db
      .prepare('SELECT idx, url FROM article_images WHERE article_id = ? AND hash IS NULL ORDER BY idx')
      .all(id) as { idx: number; url: string }[];
  }

  /** Records a retry's results and the article HTML that now points at them, in one transaction. */
  updateImages(id: number, contentHtml: string, images: Map<number, ImageRecord>): void {
    this.db.transaction(() => {
      for (const [idx, img] of images) this.putArticleImage(id, idx, img);
      this.db.prepare('UPDATE articles SET content_html = ? WHERE id = ?').run(contentHtml, id);
    })();
  }

  /**
   * A fresh copy of the page replaces the stored one; what the person did with the article (state,
   * favourite, progress, tags, highlights, a category they chose, when it was saved) stays.
   */
  replaceContent(id: number, a: NewArticle): ArticleSummary {
    this.db.transaction(() => {
      const current = this.db.prepare('SELECT category_source FROM articles WHERE id = ?').get(id) as
        { category_source: CategorySource } | undefined;
      if (!current) throw new QuireError('NOT_FOUND', `No article with id ${id}.`);
      const leadHash = a.leadImage?.asset ? this.putAsset(a.leadImage.asset) : null;
      this.db
        .prepare(
          `UPDATE articles SET final_url = @finalUrl, title = @title, byline = @byline, site_name = @siteName,
             lang = @lang, published_time = @publishedTime, excerpt = @excerpt, content_html = @contentHtml,
             text = @text, word_count = @wordCount, reading_minutes = @readingMinutes, extracted_by = @extractedBy,
             lead_image_url = @leadImageUrl, lead_image_hash = @leadHash, canonical_url = @canonicalUrl
           WHERE id = @id`,
        )
        .run({ ...contentParams(a, leadHash), id });
      if (current.category_source !== 'user') {
        const categoryId = this.categoryId(a.category);
        this.db
          .prepare('UPDATE articles SET category_id = ?, category_source = ? WHERE id = ?')
          .run(categoryId, categoryId ? a.categorySource : 'none', id);
        this.pruneCategories();
      }
      this.db.prepare('DELETE FROM article_images WHERE article_id = ?').run(id);
      (a.images ?? []).forEach((img, idx) => this.putArticleImage(id, idx, img));
      this.pruneAssets();
    })();
    return this.summary(id);
  }

  findIdByUrl(...urls: string[]): number | null {
    for (const url of urls) {
      const row = this.db
        .prepare('SELECT id FROM articles WHERE url = ? OR final_url = ? OR canonical_url = ?')
        .get(url, url, url) as { id: number } | undefined;
      if (row) return row.id;
    }
    return null;
  }

  summary(id: number): ArticleSummary {
    const row = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM articles a LEFT JOIN categories c ON c.id = a.category_id WHERE a.id = ?`,
      )
      .get(id) as Row | undefined;
    if (!row) throw new QuireError('NOT_FOUND', `No article with id ${id}.`);
    return toSummary(row);
  }

  get(id: number): Article {
    const row = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS}, a.content_html, a.text, a.category_source, a.extracted_by
         FROM articles a LEFT JOIN categories c ON c.id = a.category_id WHERE a.id = ?`,
      )
      .get(id) as FullRow | undefined;
    if (!row) throw new QuireError('NOT_FOUND', `No article with id ${id}.`);
    return {
      ...toSummary(row),
      contentHtml: row.content_html,
      text: row.text,
      categorySource: row.category_source,
      extractedBy: row.extracted_by,
      highlights: this.highlights(id),
    };
  }

  list(query: ListQuery = {}): ArticlePage {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.category !== undefined && query.category !== '') {
      if (query.category.localeCompare(UNCATEGORIZED, undefined, { sensitivity: 'accent' }) === 0) {
        where.push('a.category_id IS NULL');
      } else {
        where.push('c.name = ?');
        params.push(query.category);
      }
    }
    if (query.tag) {
      where.push(
        'a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name = ?)',
      );
      params.push(query.tag);
    }
    if (query.search?.trim()) {
      where.push('a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)');
      params.push(ftsQuery(query.search));
    }
    if (query.state) {
      where.push('a.state = ?');
      params.push(query.state);
    }
    if (query.favorite !== undefined) {
      where.push('a.favorite = ?');
      params.push(query.favorite ? 1 : 0);
    }
    const sort = ORDER[query.sort ?? 'added'];
    const dir = (query.direction ?? sort.defaultDir) === 'asc' ? 'ASC' : 'DESC';
    const order = sort.column
      .split(', ')
      .map((col) => (col.endsWith('IS NULL') ? col : `${col} ${dir}`))
      .join(', ');
    const limit = Math.max(0, Math.min(query.limit ?? 500, 5000));
    const offset = Math.max(0, query.offset ?? 0);
    const from = `FROM articles a LEFT JOIN categories c ON c.id = a.category_id ${where.length ? 'WHERE ' + where.join(' AND ') : ''}`;
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} ${from} ORDER BY ${order}, a.id ${dir} LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as Row[];
    const { n } = this.db.prepare(`SELECT count(*) AS n ${from}`).get(...params) as { n: number };
    return { items: rows.map(toSummary), total: n };
  }

  categories(): CategoryList {
    const rows = this.db
      .prepare(
        `SELECT c.name, count(a.id) AS count FROM categories c JOIN articles a ON a.category_id = c.id
         GROUP BY c.id`,
      )
      .all() as { name: string; count: number }[];
    // SQLite's NOCASE only folds ASCII; people expect "Économie" beside "Economy", not after "Zoology".
    rows.sort((a, b) => collator.compare(a.name, b.name));
    const { total, uncategorized } = this.db
      .prepare(
        'SELECT count(*) AS total, coalesce(sum(category_id IS NULL), 0) AS uncategorized FROM articles',
      )
      .get() as { total: number; uncategorized: number };
    return { total, uncategorized, categories: rows };
  }

  /** A category chosen by the user; it sticks even if the article is refreshed later. */
  setCategory(id: number, name: string | null): ArticleSummary {
    this.db.transaction(() => {
      this.summary(id);
      const categoryId = this.categoryId(name);
      this.db
        .prepare("UPDATE articles SET category_id = ?, category_source = 'user' WHERE id = ?")
        .run(categoryId, id);
      this.pruneCategories();
    })();
    return this.summary(id);
  }

  delete(id: number): void {
    this.db.transaction(() => {
      const info = this.db.prepare('DELETE FROM articles WHERE id = ?').run(id);
      if (info.changes === 0) throw new QuireError('NOT_FOUND', `No article with id ${id}.`);
      this.pruneCategories();
      this.pruneTags();
      this.pruneAssets();
    })();
  }

  /** Images no article shows any more go. */
  private pruneAssets(): void {
    this.db
      .prepare(
        `DELETE FROM assets WHERE hash NOT IN (SELECT hash FROM article_images WHERE hash IS NOT NULL)
           AND hash NOT IN (SELECT lead_image_hash FROM articles WHERE lead_image_hash IS NOT NULL)`,
      )
      .run();
  }

  /** Categories exist only while an article uses them, so the sidebar never shows empty ones. */
  private pruneCategories(): void {
    this.db
      .prepare(
        'DELETE FROM categories WHERE id NOT IN (SELECT DISTINCT category_id FROM articles WHERE category_id IS NOT NULL)',
      )
      .run();
  }
}

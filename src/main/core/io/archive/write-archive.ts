import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { Db } from '../../library/db';
import { LATEST_VERSION } from '../../library/migrations/index';
import type { ExportContext } from '../export/context';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  assetMember,
  contentMember,
  isPortableSetting,
  textMember,
  type ArchiveArticle,
  type ArchiveManifest,
} from './manifest';

interface ArticleRow {
  id: number;
  url: string;
  final_url: string;
  canonical_url: string | null;
  title: string;
  byline: string | null;
  site_name: string | null;
  lang: string | null;
  published_time: string | null;
  excerpt: string | null;
  word_count: number;
  reading_minutes: number;
  category: string | null;
  category_source: ArchiveArticle['categorySource'];
  extracted_by: string;
  saved_at: string;
  state: ArchiveArticle['state'];
  favorite: number;
  progress: number;
  lead_image_url: string | null;
  lead_image_hash: string | null;
  content_html: string;
  text: string;
}

/**
 * The Quire archive: everything the library keeps about the chosen articles (all columns, tags,
 * highlights, images and their bytes, settings) in one zip, written member by member so the
 * library is never held in memory; the manifest goes last, once it knows everything.
 */
export function writeArchive(ctx: ExportContext & { db: Db }): void {
  const { db } = ctx;
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else ctx.out.write(chunk);
  });
  const put = (name: string, data: string | Uint8Array, store = false) => {
    const entry = store ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    entry.mtime = ctx.date;
    zip.add(entry);
    entry.push(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, true);
    if (failure) throw failure;
  };

  const articleStmt = db.prepare(
    `SELECT a.*, c.name AS category FROM articles a LEFT JOIN categories c ON c.id = a.category_id WHERE a.id = ?`,
  );
  const tagsStmt = db.prepare(
    `SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ? ORDER BY t.name COLLATE NOCASE`,
  );
  const highlightsStmt = db.prepare(
    'SELECT text, note, created_at AS createdAt FROM highlights WHERE article_id = ? ORDER BY id',
  );
  const imagesStmt = db.prepare(
    'SELECT idx, url, hash, error FROM article_images WHERE article_id = ? ORDER BY idx',
  );
  const assetStmt = db.prepare('SELECT mime, size, data FROM assets WHERE hash = ?');

  const assets: ArchiveManifest['assets'] = {};
  const putAsset = (hash: string | null) => {
    if (!hash || assets[hash]) return;
    const row = assetStmt.get(hash) as { mime: string; size: number; data: Buffer } | undefined;
    if (!row) return;
    assets[hash] = { mime: row.mime, size: row.size };
    // Images are compressed already; deflating them again only costs time.
    put(assetMember(hash), row.data, true);
  };

  const articles: ArchiveArticle[] = [];
  for (const id of ctx.ids) {
    const r = articleStmt.get(id) as ArticleRow | undefined;
    if (!r) continue;
    const images = imagesStmt.all(id) as ArchiveArticle['images'];
    put(contentMember(id), r.content_html);
    put(textMember(id), r.text);
    for (const img of images) putAsset(img.hash);
    putAsset(r.lead_image_hash);
    articles.push({
      id: r.id,
      url: r.url,
      finalUrl: r.final_url,
      canonicalUrl: r.canonical_url,
      title: r.title,
      byline: r.byline,
      siteName: r.site_name,
      lang: r.lang,
      publishedTime: r.published_time,
      excerpt: r.excerpt,
      wordCount: r.word_count,
      readingMinutes: r.reading_minutes,
      category: r.category,
      categorySource: r.category_source,
      extractedBy: r.extracted_by,
      savedAt: r.saved_at,
      state: r.state,
      favorite: r.favorite === 1,
      progress: r.progress,
      tags: (tagsStmt.all(id) as { name: string }[]).map((t) => t.name),
      highlights: highlightsStmt.all(id) as ArchiveArticle['highlights'],
      leadImageUrl: r.lead_image_url,
      leadImage: r.lead_image_hash,
      images,
      content: contentMember(id),
      text: textMember(id),
    });
  }
  const settings = Object.fromEntries(
    (db.prepare('SELECT key, value FROM settings ORDER BY key').all() as { key: string; value: string }[])
      .filter((s) => isPortableSetting(s.key))
      .map((s) => [s.key, s.value]),
  );
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt: ctx.date.toISOString(),
    generator: 'Quire',
    schema: LATEST_VERSION,
    settings,
    assets,
    articles,
  };
  put('manifest.json', JSON.stringify(manifest, null, 1));
  zip.end();
  if (failure) throw failure;
}

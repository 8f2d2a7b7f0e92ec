import crypto from 'node:crypto';
import type { ImportSummary } from '../../../../shared/domain';
import { READ_STATES } from '../../../../shared/domain';
import { sniffImage } from '../../assets/sniff';
import { sanitizeHtml } from '../../extract/sanitize';
import { normalizeUrl } from '../../fetch/normalize-url';
import type { ImageRecord } from '../../library/articles-repo';
import type { Library } from '../../library/library';
import { readZip } from '../import/formats/zip';
import { ImportFileError } from '../import/types';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  assetMember,
  isPortableSetting,
  type ArchiveArticle,
  type ArchiveManifest,
} from './manifest';

const FORMAT = 'quire-archive' as const;
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const decoder = new TextDecoder('utf-8', { fatal: false });

function bad(where: string | null, reason: string): never {
  throw new ImportFileError(FORMAT, where, reason);
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const isOptStr = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** The manifest's promises, checked before anything is written (an archive is untrusted input too). */
function checkArticle(a: ArchiveArticle, n: number): void {
  const where = `article ${n}${isStr(a?.url) ? ` (${a.url})` : ''}`;
  if (!a || typeof a !== 'object') bad(where, 'An article entry must be an object');
  for (const k of ['url', 'finalUrl', 'title', 'extractedBy', 'savedAt', 'content', 'text'] as const)
    if (!isStr(a[k])) bad(where, `"${k}" must be text`);
  for (const k of [
    'byline',
    'siteName',
    'lang',
    'publishedTime',
    'excerpt',
    'category',
    'leadImage',
  ] as const)
    if (a[k] !== undefined && !isOptStr(a[k])) bad(where, `"${k}" must be text or null`);
  if (!READ_STATES.includes(a.state)) bad(where, `"state" must be one of ${READ_STATES.join(', ')}`);
  if (typeof a.progress !== 'number' || !(a.progress >= 0 && a.progress <= 1))
    bad(where, '"progress" must be a number from 0 to 1');
  if (!Number.isInteger(a.id) || a.id <= 0) bad(where, '"id" must be a positive whole number');
  if (!Array.isArray(a.tags) || !a.tags.every(isStr)) bad(where, '"tags" must be a list of names');
  if (!Array.isArray(a.highlights) || !a.highlights.every((h) => isStr(h?.text)))
    bad(where, '"highlights" must be a list of {text, note, createdAt}');
  if (!Array.isArray(a.images) || a.images.some((img, i) => img?.idx !== i || !isStr(img.url)))
    bad(where, '"images" must list the article\'s images in order');
  if (!Number.isInteger(a.wordCount) || !Number.isInteger(a.readingMinutes))
    bad(where, 'word count and reading time must be whole numbers');
}

function readManifest(files: Map<string, Uint8Array>, fileName: string): ArchiveManifest {
  const raw = files.get('manifest.json');
  if (!raw) bad(fileName, 'This zip has no manifest.json, so it is not a Quire archive');
  let m: ArchiveManifest;
  try {
    m = JSON.parse(decoder.decode(raw)) as ArchiveManifest;
  } catch (err) {
    return bad('manifest.json', `The manifest is not valid JSON: ${(err as Error).message}`);
  }
  if (m?.format !== ARCHIVE_FORMAT) bad('manifest.json', 'The manifest does not describe a Quire archive');
  if (typeof m.version !== 'number' || m.version > ARCHIVE_VERSION)
    bad(
      'manifest.json',
      `This archive was written by a newer Quire (archive version ${m.version}); update Quire to read it`,
    );
  if (!Array.isArray(m.articles)) bad('manifest.json', '"articles" must be a list');
  if (!m.assets || typeof m.assets !== 'object') bad('manifest.json', '"assets" must be an object');
  return m;
}

/**
 * Restores a Quire archive: into an empty library it reproduces the library exactly (ids included);
 * into one that has articles it merges, adding what is new and, for articles already there, their
 * tags and highlights. All or nothing: everything is checked, then written in one transaction.
 */
export async function importArchive(
  lib: Library,
  bytes: Uint8Array,
  fileName: string,
): Promise<ImportSummary> {
  const files = readZip(bytes, FORMAT, fileName);
  const m = readManifest(files, fileName);
  m.articles.forEach((a, i) => checkArticle(a, i + 1));

  // Every stored image must be the bytes its name promises, and an image Quire would store.
  const assets = new Map<string, { hash: string; mime: string; data: Buffer }>();
  for (const [hash, info] of Object.entries(m.assets)) {
    const data = files.get(assetMember(hash));
    if (!data) bad(assetMember(hash), 'A stored image listed in the manifest is missing');
    const buf = Buffer.from(data);
    if (crypto.createHash('sha256').update(buf).digest('hex') !== hash)
      bad(assetMember(hash), 'A stored image does not match its checksum (the archive is damaged)');
    const mime = sniffImage(buf);
    if (!mime) bad(assetMember(hash), 'A stored file is not an image Quire keeps');
    assets.set(hash, { hash, mime: mime ?? info.mime, data: buf });
  }
  const record = (url: string, hash: string | null, error: string | null): ImageRecord => {
    const asset = hash ? assets.get(hash) : undefined;
    return asset ? { url, asset } : { url, error: error ?? 'not stored' };
  };

  const empty = lib.repo.list({ limit: 1 }).total === 0;
  const prepared: { a: ArchiveArticle; url: string; html: string; text: string }[] = [];
  let duplicates = 0;
  const seen = new Set<string>();
  for (const [i, a] of m.articles.entries()) {
    const html = files.get(a.content);
    const text = files.get(a.text);
    if (!html || !text) bad(`article ${i + 1} (${a.url})`, 'Its content is missing from the archive');
    let url: string;
    try {
      url = normalizeUrl(a.url);
    } catch (err) {
      return bad(`article ${i + 1}`, (err as Error).message);
    }
    if (seen.has(url)) {
      duplicates++;
      continue;
    }
    seen.add(url);
    // Quire's own output is sanitised already, and sanitising is idempotent: a genuine archive
    // comes back byte for byte, a crafted one comes back harmless.
    prepared.push({ a, url: a.url, html: sanitizeHtml(decoder.decode(html)), text: decoder.decode(text) });
    if (i % 50 === 49) await yieldToLoop();
  }

  let stored = 0;
  let alreadySaved = 0;
  const batchId = lib.db
    .transaction(() => {
      const id = lib.jobs.newBatch('import', FORMAT, fileName);
      for (const { a, url, html, text } of prepared) {
        const existing = lib.repo.findIdByUrl(url, normalizeUrl(url));
        if (existing) {
          alreadySaved++;
          lib.repo.mergeInto(existing, { tags: a.tags, favorite: a.favorite, highlights: a.highlights });
          continue;
        }
        lib.repo.insert({
          id: empty ? a.id : undefined,
          url,
          finalUrl: a.finalUrl,
          canonicalUrl: a.canonicalUrl ?? null,
          title: a.title,
          byline: a.byline ?? null,
          siteName: a.siteName ?? null,
          lang: a.lang ?? null,
          publishedTime: a.publishedTime ?? null,
          excerpt: a.excerpt ?? null,
          contentHtml: html,
          text,
          wordCount: a.wordCount,
          readingMinutes: a.readingMinutes,
          category: a.category ?? null,
          categorySource: a.categorySource,
          extractedBy: a.extractedBy,
          savedAt: a.savedAt,
          state: a.state,
          favorite: !!a.favorite,
          progress: a.progress,
          tags: a.tags,
          highlights: a.highlights,
          images: a.images.map((img) => record(img.url, img.hash, img.error)),
          leadImageUrl: a.leadImageUrl ?? null,
          leadImage: a.leadImage ? record(a.leadImageUrl ?? '', a.leadImage, null) : null,
        });
        stored++;
      }
      const setting = lib.db.prepare(
        `INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO ${empty ? 'UPDATE SET value = excluded.value' : 'NOTHING'}`,
      );
      for (const [k, v] of Object.entries(m.settings ?? {}))
        if (isPortableSetting(k) && isStr(v)) setting.run(k, v);
      return id;
    })
    .immediate();
  lib.events.emit('libraryChanged', { reason: 'imported', id: batchId });
  return {
    batchId,
    format: FORMAT,
    fileName,
    entries: m.articles.length,
    stored,
    queued: 0,
    alreadySaved,
    duplicates,
    skipped: [],
    jobIds: [],
  };
}

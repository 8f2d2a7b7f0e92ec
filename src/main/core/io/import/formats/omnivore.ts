import { ImportFileError, type ImportBatch, type ImportContent } from '../types';
import { toIsoDate } from './dates';
import {
  cleanTags,
  cleanText,
  cleanTitle,
  fromPercent,
  isRecord,
  newItem,
  serviceUrl,
  tagList,
} from './items';
import { parseJson } from './json';
import { parseOmnivoreHighlights } from './omnivore-highlights';
import { decodeText } from './text';
import { baseName, readZip } from './zip';

const METADATA = /^metadata_.*\.json$/i;

/**
 * Omnivore's export zip: `metadata_0_to_49.json`… (JSON lists of saves), `content/<slug>.html` (the
 * saved page) and `highlights/<slug>.md`. Deleted saves are skipped.
 */
export function parseOmnivore(bytes: Uint8Array, fileName: string): ImportBatch {
  const files = readZip(bytes, 'omnivore', fileName, (name) => /\.(?:json|html?|md)$/i.test(name));
  // Exports zipped by hand may put everything under a folder; members are found by their own name.
  const byPath = new Map<string, Uint8Array>();
  for (const [name, data] of files)
    byPath.set(name.replace(/^(?:[^/]*\/)*?(?=(?:content|highlights)\/)/, ''), data);
  const metadata = [...files.keys()]
    .filter((name) => METADATA.test(baseName(name)))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (metadata.length === 0)
    throw new ImportFileError(
      'omnivore',
      fileName,
      'The zip has no metadata_*.json files: not an Omnivore export',
    );
  const batch: ImportBatch = { format: 'omnivore', items: [], skipped: [] };
  for (const name of metadata) {
    const member = baseName(name);
    const list = parseJson(decodeText(files.get(name)!), 'omnivore', member);
    if (!Array.isArray(list))
      throw new ImportFileError('omnivore', member, 'A metadata file is not a JSON list of saves');
    list.forEach((entry: unknown, i) => {
      const where = `${member} entry ${i + 1}`;
      if (!isRecord(entry)) throw new ImportFileError('omnivore', where, 'An entry is not a JSON object');
      if (typeof entry.state === 'string' && entry.state.toLowerCase() === 'deleted') {
        batch.skipped.push({ where, reason: 'Deleted in Omnivore' });
        return;
      }
      const url = serviceUrl(entry.url, 'omnivore', where);
      if ('skip' in url) {
        batch.skipped.push({ where, reason: url.skip });
        return;
      }
      const slug = typeof entry.slug === 'string' && entry.slug ? entry.slug : null;
      const html = slug ? byPath.get(`content/${slug}.html`) : undefined;
      const md = slug ? byPath.get(`highlights/${slug}.md`) : undefined;
      batch.items.push(
        newItem({
          url: url.url,
          where: html ? `content/${slug}.html` : where,
          title: cleanTitle(entry.title),
          savedAt: toIsoDate(entry.savedAt),
          tags: cleanTags(tagList(entry.labels)),
          state: typeof entry.state === 'string' && /^archived$/i.test(entry.state) ? 'archived' : 'unread',
          progress: fromPercent(entry.readingProgress),
          content: html ? content(decodeText(html), entry) : null,
          highlights: md ? parseOmnivoreHighlights(decodeText(md)) : [],
        }),
      );
    });
  }
  return batch;
}

function content(html: string, entry: Record<string, unknown>): ImportContent | null {
  if (html.trim() === '') return null;
  return {
    html,
    byline: cleanText(entry.author),
    siteName: cleanText(entry.siteName),
    publishedTime: toIsoDate(entry.publishedAt),
    lang: cleanText(entry.language),
    excerpt: cleanText(entry.description),
    leadImage: cleanText(entry.thumbnail),
  };
}

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTo, fixtureLibrary, type TestLibrary } from './test-library';

const EPUBCHECK = process.env.QUIRE_EPUBCHECK ?? '/usr/bin/epubcheck';
// calibre's command-line metadata reader (Debian package `calibre`).
const EBOOK_META = process.env.QUIRE_EBOOK_META ?? 'ebook-meta';

/** Runs epubcheck (Debian ships it as an executable jar, which needs `java -jar` without binfmt). */
function epubcheck(file: string): { status: number | null; output: string } | string {
  if (!fs.existsSync(EPUBCHECK)) return `${EPUBCHECK} is not installed`;
  const fd = fs.openSync(EPUBCHECK, 'r');
  const magic = Buffer.alloc(2);
  fs.readSync(fd, magic, 0, 2, 0);
  fs.closeSync(fd);
  const isJar = magic.toString('latin1') === 'PK';
  const r = isJar
    ? spawnSync('java', ['-jar', EPUBCHECK, file], { encoding: 'utf8', timeout: 120_000 })
    : spawnSync(EPUBCHECK, [file], { encoding: 'utf8', timeout: 120_000 });
  if (r.error) return `epubcheck could not run: ${r.error.message}`;
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

let t: TestLibrary;
beforeAll(async () => {
  t = await fixtureLibrary();
});
afterAll(() => t.close());

const xml = (bytes: Uint8Array) => {
  const doc = new JSDOM(strFromU8(bytes), { contentType: 'application/xml' }).window.document;
  expect(doc.getElementsByTagName('parsererror').length).toBe(0);
  return doc;
};

describe('epub export', () => {
  it('is an EPUB 3 with the mimetype first and stored, a chapter per article and stored images', () => {
    const { file } = exportTo(t, 'list.epub', { format: 'epub' });
    const bytes = fs.readFileSync(file);
    // The mimetype entry: first, uncompressed (method 0), no extra field.
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(bytes.readUInt16LE(28)).toBe(0);
    expect(bytes.subarray(30, 38).toString()).toBe('mimetype');
    expect(bytes.subarray(38, 58).toString()).toBe('application/epub+zip');

    const files = unzipSync(bytes);
    const opf = xml(files['OEBPS/content.opf']!);
    expect(opf.querySelector('metadata > *|title')?.textContent).toBe('Quire reading list — all, 2024-06-01');
    expect(opf.querySelector('metadata > *|identifier')?.textContent).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(opf.querySelector('meta[property="dcterms:modified"]')?.textContent).toBe('2024-06-01T12:00:00Z');
    const items = [...opf.querySelectorAll('manifest > item')];
    for (const item of items) expect(files[`OEBPS/${item.getAttribute('href')}`]).toBeDefined();
    const images = items.filter((i) => i.getAttribute('media-type')!.startsWith('image/'));
    expect(images.length).toBeGreaterThan(1);
    for (const i of images) expect(i.getAttribute('media-type')).toBe('image/png');
    const chapters = [...opf.querySelectorAll('spine > itemref')].slice(2);
    expect(chapters.length).toBe(t.titles.length);

    const nav = xml(files['OEBPS/nav.xhtml']!);
    expect([...nav.querySelectorAll('nav[*|type="toc"] li a')].map((a) => a.textContent)).toEqual(t.titles);
    xml(files['OEBPS/toc.ncx']!);
    const first = xml(files['OEBPS/text/article-00001.xhtml']!);
    expect(first.querySelector('.missing-image')?.textContent).toBe('[a lost picture]');
    expect(first.querySelector('img')?.getAttribute('src')).toMatch(/^\.\.\/images\/[0-9a-f]{64}\.png$/);
    for (const name of Object.keys(files))
      if (name.endsWith('.xhtml'))
        expect(strFromU8(files[name]!)).not.toMatch(/src="(?:https?:|quire-asset:)/);
  });

  it('passes epubcheck with no errors or warnings', (ctx) => {
    const { file } = exportTo(t, 'check.epub', { format: 'epub' });
    const r = epubcheck(file);
    if (typeof r === 'string') {
      console.log(`Skipping epubcheck: ${r}`);
      ctx.skip();
      return;
    }
    expect(r.output).toContain('No errors or warnings detected');
    expect(r.status).toBe(0);
  }, 180_000);

  it('opens in calibre: ebook-meta reads its title, author, language and date', (ctx) => {
    const { file } = exportTo(t, 'calibre.epub', { format: 'epub' });
    const r = spawnSync(EBOOK_META, [file], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' },
    });
    if (r.error) {
      console.log(`Skipping the calibre check: ${EBOOK_META} could not run (${r.error.message})`);
      ctx.skip();
      return;
    }
    expect(r.status).toBe(0);
    const field = (name: string) => r.stdout.match(new RegExp(`^${name}\\s*:\\s*(.+)$`, 'm'))?.[1]?.trim();
    expect(field('Title')).toBe('Quire reading list — all, 2024-06-01');
    expect(field('Author\\(s\\)')).toBe('Quire');
    expect(field('Languages')).toBeTruthy();
    expect(field('Published')).toMatch(/^2024-06-01/);
  }, 180_000);

  it('passes epubcheck for an empty list too', (ctx) => {
    const { file, count } = exportTo(t, 'empty.epub', { format: 'epub', category: 'Nothing here' });
    expect(count).toBe(0);
    const r = epubcheck(file);
    if (typeof r === 'string') {
      console.log(`Skipping epubcheck: ${r}`);
      ctx.skip();
      return;
    }
    expect(r.output).toContain('No errors or warnings detected');
  }, 180_000);
});

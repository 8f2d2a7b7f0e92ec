import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePng } from '../../../../test/fixture-site/png';
import { tempDir } from '../../../../test/support/temp-dir';
import { inlineExtractor } from '../extract/extractor';
import { Library } from '../library/library';

const para = (n: number) =>
  `<p>Paragraph ${n} of a story about harbours and the people who keep them running through long winters at sea.</p>`;

/** A page whose images live on a second host, some of them broken, duplicated or not images at all. */
function page(imgOrigin: string) {
  return `<!doctype html><html lang="en"><head><title>Harbour lights</title>
<meta property="og:image" content="${imgOrigin}/lead.png"></head><body><article><h1>Harbour lights</h1>
${para(1)}<figure><img src="${imgOrigin}/small.png" srcset="${imgOrigin}/w800.png 800w, ${imgOrigin}/w1600.png 1600w, ${imgOrigin}/w2400.png 2400w" alt="The quay"><figcaption>The quay at dawn.</figcaption></figure>
${para(2)}<picture><source type="image/svg+xml" srcset="${imgOrigin}/vector.svg"><source srcset="${imgOrigin}/pic.webp 1x, ${imgOrigin}/pic2x.png 2x"><img src="${imgOrigin}/pic.png" alt="A crane"></picture>
${para(3)}<img src="${imgOrigin}/flaky.png" alt="The lighthouse keeper">
${para(4)}<img src="${imgOrigin}/small.png" alt="The quay again">
${para(5)}<img src="${imgOrigin}/page.jpg" alt="Not really a picture">
${para(6)}</article></body></html>`;
}

let site: http.Server;
let images: http.Server;
let siteOrigin = '';
let imgOrigin = '';
let flakyWorks = false;
const imageHits: { path: string; referer?: string }[] = [];

beforeAll(async () => {
  images = http.createServer((req, res) => {
    imageHits.push({ path: req.url!, referer: req.headers.referer });
    if (req.url === '/flaky.png' && !flakyWorks) return res.writeHead(503).end();
    if (req.url === '/page.jpg')
      return res.writeHead(200, { 'content-type': 'image/jpeg' }).end('<html>gotcha</html>');
    if (req.url === '/vector.svg')
      return res.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg/>');
    // The small fallback and the 1x picture are identical bytes, to exercise de-duplication.
    const seed = req.url === '/small.png' || req.url === '/pic.png' ? 1 : req.url!.length;
    res.writeHead(200, { 'content-type': 'image/png' }).end(makePng(40, 20, seed));
  });
  site = http.createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end(page(imgOrigin)),
  );
  await new Promise<void>((r) => images.listen(0, '127.0.0.1', r));
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  imgOrigin = `http://127.0.0.1:${(images.address() as AddressInfo).port}`;
  siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});
afterAll(() => {
  site.close();
  images.close();
});

describe('saving an article stores its images for offline reading', () => {
  it('downloads the best candidates, stores each distinct image once, and retries what failed', async () => {
    const t = tempDir();
    const lib = new Library({
      file: path.join(t.dir, 'lib.sqlite3'),
      extractor: inlineExtractor(),
      images: { maxImageBytes: 1 << 20, maxArticleBytes: 10 << 20, timeoutMs: 2000, perHost: 2, overall: 4 },
    });
    try {
      const { article } = await lib.saveUrl(`${siteOrigin}/harbour`);
      const full = lib.repo.get(article.id);

      // The widest srcset candidate at least 1600 px wide, and the 2x <picture> source (the SVG one is never fetched).
      const fetched = imageHits.map((h) => h.path);
      expect(fetched).toContain('/w1600.png');
      expect(fetched).not.toContain('/w2400.png');
      expect(fetched).toContain('/pic2x.png');
      expect(fetched).not.toContain('/vector.svg');
      expect(imageHits.every((h) => h.referer === `${siteOrigin}/harbour`)).toBe(true);

      // No remote image reference survives; failed ones are marked missing, not left pointing out.
      expect(full.contentHtml).not.toMatch(/src="https?:/);
      expect(full.contentHtml).not.toMatch(/srcset=|<picture|<source/);
      const refs = [...full.contentHtml.matchAll(/src="quire-asset:([^"]+)"/g)].map((m) => m[1]!);
      expect(refs).toHaveLength(5);
      expect(refs.filter((r) => r.startsWith('missing-'))).toHaveLength(2); // the 503 and the HTML "jpeg"
      expect(article.imagesFound).toBe(5);
      expect(article.imagesStored).toBe(3);
      expect(article.leadImage).toMatch(/^[0-9a-f]{64}$/);

      // Each stored reference resolves to real image bytes with a sniffed type.
      for (const hash of refs.filter((r) => !r.startsWith('missing-'))) {
        const asset = lib.repo.getAsset(hash)!;
        expect(asset.mime).toBe('image/png');
        expect(asset.data.subarray(1, 4).toString()).toBe('PNG');
      }
      const distinct = (lib.db.prepare('SELECT count(*) AS n FROM assets').get() as { n: number }).n;
      expect(distinct).toBe(
        new Set([...refs.filter((r) => !r.startsWith('missing-')), article.leadImage]).size,
      );

      // The flaky server recovers: "Retry missing images" stores it and rewrites the article.
      flakyWorks = true;
      const after = await lib.retryMissingImages(article.id);
      expect(after.imagesStored).toBe(4);
      expect(lib.repo.get(article.id).contentHtml.match(/quire-asset:missing-/g)).toHaveLength(1);

      // Deleting the article removes the images no other article uses.
      lib.repo.delete(article.id);
      expect((lib.db.prepare('SELECT count(*) AS n FROM assets').get() as { n: number }).n).toBe(0);
    } finally {
      await lib.close();
      t.cleanup();
    }
  });

  it('respects the per-article byte cap', async () => {
    const t = tempDir();
    const lib = new Library({
      file: path.join(t.dir, 'lib.sqlite3'),
      extractor: inlineExtractor(),
      images: { maxImageBytes: 1 << 20, maxArticleBytes: 2500, timeoutMs: 2000, perHost: 2, overall: 4 },
    });
    try {
      const { article } = await lib.saveUrl(`${siteOrigin}/capped`);
      expect(article.imagesFound).toBe(5);
      expect(article.imagesStored).toBeLessThan(3);
    } finally {
      await lib.close();
      t.cleanup();
    }
  });
});

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { makePng } from './png';
import { trackedArticle } from './tracker';

/**
 * A real HTTP server on 127.0.0.1 serving the fixture pages and the awkward cases a fetcher meets:
 * 404, 500, redirects, non-HTML, gzip, a page that never finishes, an endless body.
 */
export const PAGES_DIR = path.resolve(import.meta.dirname, '../fixtures/pages');

export interface FixtureExpectation {
  path: string;
  contentType: string;
  title: string;
  byline: string;
  siteName: string;
  lang: string;
  publishedTime: string;
  category: string;
  mustKeep: string[];
  mustDrop: string[];
}

export interface FixturePage {
  name: string;
  file: string;
  expect: FixtureExpectation;
}

export function loadFixturePages(): FixturePage[] {
  return fs
    .readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.expect.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.expect\.json$/, '');
      return {
        name,
        file: path.join(PAGES_DIR, `${name}.html`),
        expect: JSON.parse(fs.readFileSync(path.join(PAGES_DIR, f), 'utf8')) as FixtureExpectation,
      };
    });
}

export interface FixtureSite {
  origin: string;
  pages: FixturePage[];
  urlOf(name: string): string;
  /** Paths requested so far, in order (for asserting what was, and was not, fetched). */
  hits: string[];
  close(): Promise<void>;
}

export interface FixtureSiteOptions {
  port?: number;
  /** Serves `/tracked/night-ferry` (and extra pages) with images on this other origin. */
  tracker?: string;
  /** Extra pages by path, for tests that build their own markup. */
  extraPages?: Map<string, string>;
}

export async function startFixtureSite(options: FixtureSiteOptions | number = {}): Promise<FixtureSite> {
  const { port = 0, tracker, extraPages } = typeof options === 'number' ? { port: options } : options;
  const pages = loadFixturePages();
  const byPath = new Map(pages.map((p) => [p.expect.path, p]));
  const hits: string[] = [];
  const open = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture');
    hits.push(url.pathname);
    const extra = extraPages?.get(url.pathname);
    if (extra !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(extra);
    }
    if (tracker && url.pathname === '/tracked/night-ferry') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(trackedArticle(tracker));
    }
    const page = byPath.get(url.pathname);
    if (page) {
      res.writeHead(200, { 'content-type': page.expect.contentType });
      return res.end(fs.readFileSync(page.file));
    }
    const first = pages[0]!;
    if (/\.(jpe?g|png|gif|webp|avif)$/i.test(url.pathname)) {
      // Every image path answers with a real picture (a PNG whatever the extension, as CDNs do).
      const seed = [...url.pathname].reduce((n, ch) => (n * 31 + ch.charCodeAt(0)) % 251, 7);
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
      return res.end(makePng(480, 270, seed));
    }
    switch (url.pathname) {
      case '/missing':
        res.writeHead(404, { 'content-type': 'text/html' });
        return res.end('<h1>Not found</h1>');
      case '/broken':
        res.writeHead(500, { 'content-type': 'text/html' });
        return res.end('<h1>Internal Server Error</h1>');
      case '/moved':
        res.writeHead(301, { location: first.expect.path });
        return res.end();
      case '/loop':
        res.writeHead(302, { location: '/loop' });
        return res.end();
      case '/to-ftp':
        res.writeHead(302, { location: 'ftp://127.0.0.1/file' });
        return res.end();
      case '/report.pdf':
        res.writeHead(200, { 'content-type': 'application/pdf' });
        return res.end('%PDF-1.4\n%âãÏÓ\n1 0 obj << >> endobj\n');
      case '/gzipped':
        res.writeHead(200, { 'content-type': first.expect.contentType, 'content-encoding': 'gzip' });
        return res.end(zlib.gzipSync(fs.readFileSync(first.file)));
      case '/hang':
        // Headers and a little of the page, then nothing, ever.
        open.add(res);
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<!doctype html><html><head><title>Never finishes</title></head><body><p>Loading');
        return;
      case '/silent':
        open.add(res);
        return;
      case '/endless': {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, '<p>more</p>');
        const pump = () => {
          while (res.write(chunk));
        };
        res.on('drain', pump);
        open.add(res);
        pump();
        return;
      }
      default:
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('no such fixture');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    pages,
    hits,
    urlOf: (name) => {
      const p = pages.find((x) => x.name === name);
      if (!p) throw new Error(`no fixture page ${name}`);
      return origin + p.expect.path;
    },
    close: () =>
      new Promise((resolve) => {
        for (const r of open) r.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

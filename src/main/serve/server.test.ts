import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/support/temp-dir';
import { inlineExtractor } from '../core/extract/extractor';
import { Library } from '../core/library/library';
import { startServer, type RunningServer } from './server';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const PNG_HASH = 'a'.repeat(64);
let server: RunningServer;
let lib: Library;
let cleanup: () => void;

beforeAll(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  const rendererDir = path.join(t.dir, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'static'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><body>app</body></html>');
  fs.writeFileSync(path.join(rendererDir, 'static', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(t.dir, 'secret.txt'), 'do not serve');
  lib = new Library({ file: path.join(t.dir, 'lib.sqlite3'), extractor: inlineExtractor() });
  server = await startServer({
    handlers: lib.handlers(),
    events: lib.events,
    rendererDir,
    getAsset: (hash) => (hash === PNG_HASH ? { mime: 'image/png', data: PNG } : null),
  });
});
afterAll(async () => {
  await server.close();
  await lib.close();
  cleanup();
});

/** Raw request, so the Host header can be forged (fetch does not allow that). */
function raw(
  pathname: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: pathname,
          method: opts.method ?? 'GET',
          headers: opts.headers,
        },
        (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.end(opts.body);
    },
  );
}

const api = (method: string, args: unknown[], headers: Record<string, string> = {}) =>
  raw(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}`, ...headers },
    body: JSON.stringify(args),
  });

describe('quire serve', () => {
  it('binds to loopback and prints a tokened URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('answers API calls with the result envelope', async () => {
    const res = await api('listArticles', [{}]);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { items: [], total: 0 } });
    const bad = JSON.parse((await api('getArticle', [999])).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses calls without the token, with a wrong token, or from another Host', async () => {
    expect((await api('listCategories', [], { authorization: '' })).status).toBe(401);
    expect((await api('listCategories', [], { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await api('listCategories', [], { host: `evil.example:${server.port}` })).status).toBe(421);
    expect((await raw('/', { headers: { host: 'attacker.example' } })).status).toBe(421);
  });

  it('refuses cross-origin calls and non-JSON bodies', async () => {
    const cross = await api('listCategories', [], { origin: 'http://evil.example' });
    expect(cross.status).toBe(403);
    // No CORS: nothing ever tells a browser another origin may read the answers.
    expect(cross.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await raw('/api/listCategories', {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
    const form = await raw('/api/listCategories', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${server.token}` },
      body: '[]',
    });
    expect(form.status).toBe(415);
    const broken = await raw('/api/listCategories', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: '[',
    });
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect((await api('notAMethod', [])).status).toBe(404);
  });

  it('trades the token in the URL for an HttpOnly cookie, then serves the app with a strict CSP', async () => {
    const first = await raw(`/?token=${server.token}`);
    expect(first.status).toBe(303);
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await raw('/', { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('app');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-src 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'none'");
    const api2 = await raw('/api/listCategories', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0]! },
      body: '[]',
    });
    expect(JSON.parse(api2.body)).toMatchObject({ ok: true });
  });

  it('does not serve the app without the token, nor files outside the renderer', async () => {
    expect((await raw('/')).status).toBe(401);
    expect((await raw(`/?token=nope`)).status).toBe(401);
    const cookie = `quire_token=${server.token}`;
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const res = await raw(p, { headers: { cookie } });
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('do not serve');
    }
    expect((await raw('/static/app.js', { headers: { cookie } })).status).toBe(200);
  });

  it('serves stored images by hash only, and only with the token', async () => {
    const cookie = `quire_token=${server.token}`;
    const ok = await raw(`/assets/${PNG_HASH}`, { headers: { cookie } });
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toBe('image/png');
    expect(ok.headers['x-content-type-options']).toBe('nosniff');
    expect((await raw(`/assets/${PNG_HASH}`)).status).toBe(401);
    for (const p of [
      `/assets/${'b'.repeat(64)}`,
      '/assets/%2e%2e%2fsecret.txt',
      '/assets/' + PNG_HASH.toUpperCase(),
    ]) {
      expect((await raw(p, { headers: { cookie } })).status).toBe(404);
    }
  });
});

describe('quire serve --host', () => {
  it('listens on the given address and answers only requests addressed to it', async () => {
    const other = await startServer({
      handlers: lib.handlers(),
      events: lib.events,
      rendererDir: path.join(path.dirname(lib.db.name), 'renderer'),
      getAsset: () => null,
      host: '127.0.0.2',
    });
    try {
      expect(other.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/\?token=/);
      const call = (host: string) =>
        new Promise<number>((resolve, reject) => {
          const req = http.request(
            {
              host: '127.0.0.2',
              port: other.port,
              path: '/api/listCategories',
              method: 'POST',
              headers: { host, 'content-type': 'application/json', authorization: `Bearer ${other.token}` },
            },
            (res) => {
              res.resume();
              resolve(res.statusCode!);
            },
          );
          req.on('error', reject);
          req.end('[]');
        });
      expect(await call(`127.0.0.2:${other.port}`)).toBe(200);
      expect(await call(`127.0.0.1:${other.port}`)).toBe(421);
      expect(await call(`localhost:${other.port}`)).toBe(421);
    } finally {
      await other.close();
    }
  });
});

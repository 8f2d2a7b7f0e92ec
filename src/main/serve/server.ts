import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { EVENT_NAMES, type ApiHandlers } from '../../shared/api';
import { isAssetHash } from '../../shared/asset-ref';
import { APP_CSP } from '../../shared/csp';
import { fail } from '../../shared/result';
import { dispatch } from '../core/api/dispatch';
import type { EventHub } from '../core/events/emitter';

export interface ServeOptions {
  handlers: ApiHandlers;
  events: EventHub;
  /** Folder of the built renderer (index.html and assets). */
  rendererDir: string;
  /** Stored images by hash, served at /assets/<hash>. */
  getAsset: (hash: string) => { mime: string; data: Buffer } | null;
  port?: number;
  /** Interface to listen on; loopback unless the person explicitly asks otherwise. */
  host?: string;
  token?: string;
}

export const LOOPBACK = '127.0.0.1';

/** The host part of a Host header for an address (IPv6 in brackets). */
const hostPart = (address: string) => (address.includes(':') ? `[${address}]` : address);

export interface RunningServer {
  url: string;
  origin: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const COOKIE = 'quire_token';
const MAX_BODY = 1024 * 1024;
// An export file travels base64-encoded inside the call; Pocket and Omnivore exports run to hundreds of MB.
const MAX_IMPORT_BODY = 700 * 1024 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const SECURITY_HEADERS = {
  'content-security-policy': APP_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'x-frame-options': 'DENY',
};

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

function cookieToken(req: http.IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return v.join('=');
  }
  return null;
}

function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': 'no-store', ...extra });
  res.end(body);
}

const sendJson = (res: http.ServerResponse, status: number, value: unknown): void =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

function readBody(req: http.IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * `quire serve`: the API contract over loopback HTTP, plus the built renderer. Every API call
 * needs the token; the Host header must be the loopback address (DNS-rebinding defence).
 */
export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url');
  const rendererDir = path.resolve(opts.rendererDir);
  let port = 0;
  const listenHost = opts.host ?? LOOPBACK;
  const allowedHosts = new Set<string>();

  const authorized = (req: http.IncomingMessage): boolean => {
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ') && safeEqual(auth.slice(7).trim(), token)) return true;
    const c = cookieToken(req);
    return !!c && safeEqual(c, token);
  };

  const server = http.createServer(async (req, res) => {
    try {
      const host = (req.headers.host ?? '').toLowerCase();
      // DNS rebinding: only requests addressed to the address Quire listens on are answered.
      if (!allowedHosts.has(host)) {
        return send(
          res,
          421,
          `Quire only answers requests addressed to ${hostPart(listenHost)}:${port}.`,
          'text/plain; charset=utf-8',
        );
      }
      const url = new URL(req.url ?? '/', `http://${host}`);

      if (url.pathname.startsWith('/api/')) {
        if (!authorized(req))
          return sendJson(res, 401, fail('INVALID_ARGUMENT', 'Missing or wrong Quire token.'));
        // A cross-site page cannot send this header without a preflight, which this server never grants.
        const origin = req.headers.origin;
        if (origin && origin !== `http://${host}`)
          return sendJson(res, 403, fail('INVALID_ARGUMENT', 'Cross-origin calls are refused.'));
        if (url.pathname === '/api/events' && req.method === 'GET')
          return streamEvents(req, res, opts.events);
        if (req.method !== 'POST') return sendJson(res, 405, fail('INVALID_ARGUMENT', 'API calls use POST.'));
        if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
          return sendJson(res, 415, fail('INVALID_ARGUMENT', 'API calls must send application/json.'));
        const method = decodeURIComponent(url.pathname.slice('/api/'.length));
        let args: unknown;
        try {
          const raw = await readBody(req, method === 'importFile' ? MAX_IMPORT_BODY : MAX_BODY);
          args = raw.trim() ? JSON.parse(raw) : [];
        } catch {
          return sendJson(res, 400, fail('INVALID_ARGUMENT', 'The request body is not valid JSON.'));
        }
        const result = await dispatch(opts.handlers, method, args);
        return sendJson(res, result.ok || result.error.code !== 'UNKNOWN_METHOD' ? 200 : 404, result);
      }

      if (req.method !== 'GET' && req.method !== 'HEAD')
        return send(res, 405, 'Method not allowed', 'text/plain');

      const qToken = url.searchParams.get('token');
      if (qToken !== null) {
        if (!safeEqual(qToken, token)) return send(res, 401, unauthorizedPage(), 'text/html; charset=utf-8');
        // Move the token from the address bar into an HttpOnly cookie, so it is not left in history.
        return send(res, 303, '', 'text/plain', {
          location: '/',
          'set-cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        });
      }
      if (!authorized(req)) return send(res, 401, unauthorizedPage(), 'text/html; charset=utf-8');

      if (url.pathname.startsWith('/assets/')) {
        // Only a SHA-256 name is looked up: nothing here can address a file.
        const hash = url.pathname.slice('/assets/'.length);
        const asset = isAssetHash(hash) ? opts.getAsset(hash) : null;
        if (!asset) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
        return send(res, 200, asset.data, asset.mime, {
          'cache-control': 'private, max-age=31536000, immutable',
        });
      }

      const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
      const file = path.resolve(rendererDir, rel);
      if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      return send(res, 200, fs.readFileSync(file), type, {
        'cache-control': rel.startsWith('static/') ? 'private, max-age=31536000, immutable' : 'no-store',
      });
    } catch (err) {
      console.error('[quire serve]', err);
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', 'Internal error.'));
      else res.end();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, listenHost, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  allowedHosts.add(`${hostPart(listenHost)}:${port}`);
  if (listenHost === LOOPBACK) allowedHosts.add(`localhost:${port}`);
  const origin = `http://${hostPart(listenHost)}:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function streamEvents(req: http.IncomingMessage, res: http.ServerResponse, events: EventHub): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': 'text/event-stream',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const unsubscribe = events.subscribe((event, payload) => {
    if ((EVENT_NAMES as readonly string[]).includes(event))
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  const ping = setInterval(() => res.write(': ping\n\n'), 25_000);
  req.on('close', () => {
    clearInterval(ping);
    unsubscribe();
  });
}

function unauthorizedPage(): string {
  return `<!doctype html><meta charset="utf-8"><title>Quire</title><body>
<h1>Quire needs its token</h1><p>Open the full address that <code>quire serve</code> printed (it ends in <code>?token=…</code>).</p></body>`;
}

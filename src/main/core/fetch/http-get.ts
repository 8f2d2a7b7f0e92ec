import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import { QuireError } from '../../../shared/result';

export interface FetchOptions {
  /** Whole-request deadline, headers and body included. */
  timeoutMs?: number;
  /** Cap on the body after decompression. */
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  signal?: AbortSignal;
}

export interface RequestHeaders {
  accept: string;
  referer?: string;
}

export interface HttpResponse {
  requestedUrl: string;
  finalUrl: string;
  status: number;
  contentType: string | null;
  headers: Record<string, string>;
  /** Raw bytes after content-encoding is undone, nothing else. */
  body: Buffer;
}

export const DEFAULT_FETCH_OPTIONS = {
  timeoutMs: 20_000,
  maxBytes: 15 * 1024 * 1024,
  maxRedirects: 10,
  userAgent:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36 Quire/0.1',
} as const;

function decompressor(
  encoding: string | undefined,
): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}

function describeNetworkError(err: NodeJS.ErrnoException, url: URL): QuireError {
  const host = url.host;
  switch (err.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new QuireError('UNREACHABLE', `Could not find the server ${host} (DNS lookup failed).`);
    case 'ECONNREFUSED':
      return new QuireError('UNREACHABLE', `${host} refused the connection.`);
    case 'ECONNRESET':
      return new QuireError('UNREACHABLE', `${host} closed the connection unexpectedly.`);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new QuireError('UNREACHABLE', `${host} cannot be reached from this network.`);
    default:
      if (err.code?.startsWith('ERR_TLS') || /certificate|SSL/i.test(err.message))
        return new QuireError(
          'UNREACHABLE',
          `A secure connection to ${host} could not be made: ${err.message}`,
        );
      return new QuireError('UNREACHABLE', `Could not load ${url.href}: ${err.message}`);
  }
}

function requestOnce(
  url: URL,
  opts: Required<Omit<FetchOptions, 'signal'>>,
  request: RequestHeaders,
  signal: AbortSignal,
): Promise<{
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer | null;
}> {
  return new Promise((resolve, reject) => {
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(
      url,
      {
        method: 'GET',
        signal,
        headers: {
          'user-agent': opts.userAgent,
          accept: request.accept,
          ...(request.referer ? { referer: request.referer } : {}),
          'accept-encoding': 'gzip, deflate, br',
          'accept-language': 'en;q=0.9, *;q=0.5',
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          return resolve({ status, headers: res.headers, body: null });
        }
        if (status >= 400) {
          res.resume();
          return resolve({ status, headers: res.headers, body: null });
        }
        const decoder = decompressor(res.headers['content-encoding']);
        const stream: NodeJS.ReadableStream = decoder ? res.pipe(decoder) : res;
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > opts.maxBytes) {
            req.destroy();
            reject(
              new QuireError(
                'TOO_LARGE',
                `${url.href} is larger than ${Math.round(opts.maxBytes / 1024 / 1024)} MB; Quire stopped downloading it.`,
              ),
            );
            return;
          }
          chunks.push(chunk);
        });
        stream.on('end', () => resolve({ status, headers: res.headers, body: Buffer.concat(chunks) }));
        stream.on('error', (err: NodeJS.ErrnoException) =>
          reject(
            err.code?.startsWith('Z_')
              ? new QuireError('UNREACHABLE', `The server sent a corrupt compressed body: ${err.message}`)
              : err,
          ),
        );
        res.on('aborted', () =>
          reject(new QuireError('UNREACHABLE', `${url.host} closed the connection mid-download.`)),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/**
 * GET over http/https only: redirects followed (each one re-checked), a whole-request deadline, and
 * a cap on the decompressed body. Failures are QuireErrors with a code and a message for people.
 */
export async function httpGet(
  start: URL,
  request: RequestHeaders,
  options: FetchOptions = {},
): Promise<HttpResponse> {
  const opts = { ...DEFAULT_FETCH_OPTIONS, ...options };
  let url = start;
  const requestedUrl = url.href;
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  for (let hop = 0; ; hop++) {
    let res;
    try {
      res = await requestOnce(url, opts, request, signal);
    } catch (err) {
      if (timeout.aborted)
        throw new QuireError(
          'TIMEOUT',
          `${url.host} did not answer within ${Math.round(opts.timeoutMs / 1000)} s.`,
        );
      if (err instanceof QuireError) throw err;
      if (options.signal?.aborted) throw new QuireError('CANCELLED', 'The download was cancelled.');
      throw describeNetworkError(err as NodeJS.ErrnoException, url);
    }
    if (res.status >= 300 && res.status < 400) {
      if (hop >= opts.maxRedirects)
        throw new QuireError(
          'TOO_MANY_REDIRECTS',
          `Gave up after ${opts.maxRedirects} redirects from ${requestedUrl}.`,
        );
      const next = new URL(String(res.headers.location), url);
      if (next.protocol !== 'http:' && next.protocol !== 'https:')
        throw new QuireError(
          'UNSUPPORTED_SCHEME',
          `${requestedUrl} redirected to a ${next.protocol}// URL, which Quire does not follow.`,
        );
      url = next;
      continue;
    }
    if (res.status >= 400 || !res.body) {
      throw new HttpStatusError(
        res.status,
        retryAfterMs(res.headers['retry-after']),
        `${url.href} answered HTTP ${res.status}${httpReason(res.status)}.`,
      );
    }
    const contentType = (res.headers['content-type'] as string | undefined) ?? null;
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.headers))
      if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    return { requestedUrl, finalUrl: url.href, status: res.status, contentType, headers, body: res.body };
  }
}

/** An HTTP error status, with what the server asked about retrying (429 and 503 may say when). */
export class HttpStatusError extends QuireError {
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | null,
    message: string,
  ) {
    super('HTTP_ERROR', message);
  }
}

/** `Retry-After` is either seconds or an HTTP date. */
export function retryAfterMs(header: string | string[] | undefined, now = Date.now()): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function httpReason(status: number): string {
  const reason = http.STATUS_CODES[status];
  return reason ? ` (${reason})` : '';
}

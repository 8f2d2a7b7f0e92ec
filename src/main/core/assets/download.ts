import crypto from 'node:crypto';
import { QuireError, toApiError } from '../../../shared/result';
import { httpGet, type FetchOptions } from '../fetch/http-get';
import { sniffImage, type ImageMime } from './sniff';

export interface DownloadLimits {
  /** Per image, after decompression. */
  maxImageBytes: number;
  /** All images of one article together. */
  maxArticleBytes: number;
  timeoutMs: number;
  perHost: number;
  overall: number;
}

export const DEFAULT_LIMITS: DownloadLimits = {
  maxImageBytes: 15 * 1024 * 1024,
  maxArticleBytes: 100 * 1024 * 1024,
  timeoutMs: 20_000,
  perHost: 3,
  overall: 6,
};

export interface StoredImage {
  ok: true;
  url: string;
  hash: string;
  mime: ImageMime;
  data: Buffer;
}
export interface FailedImage {
  ok: false;
  url: string;
  error: string;
}
export type ImageResult = StoredImage | FailedImage;

/** A counting gate: at most `n` holders at once. */
class Gate {
  private waiting: (() => void)[] = [];
  private active = 0;
  constructor(private readonly n: number) {}
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.n) await new Promise<void>((r) => this.waiting.push(r));
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

async function fetchImage(url: string, referer: string, limits: DownloadLimits, fetchOptions: FetchOptions) {
  const res = await httpGet(
    new URL(url),
    // The article as Referer, as a browser sends it, so hotlink-protected images load.
    { accept: 'image/avif,image/webp,image/png,image/jpeg,image/*;q=0.8', referer },
    { ...fetchOptions, maxBytes: limits.maxImageBytes, timeoutMs: limits.timeoutMs },
  );
  const mime = sniffImage(res.body);
  if (!mime)
    throw new QuireError(
      'NOT_HTML',
      `${url} is not an image Quire stores (${res.contentType ?? 'unknown type'}).`,
    );
  return { mime, data: res.body };
}

/**
 * Downloads each image (first URL that yields a real image wins), politely: a few at a time per
 * host, a deadline each, and byte caps per image and per article.
 */
export async function downloadImages(
  images: { urls: string[] }[],
  referer: string,
  limits: DownloadLimits = DEFAULT_LIMITS,
  fetchOptions: FetchOptions = {},
): Promise<ImageResult[]> {
  const overall = new Gate(limits.overall);
  const hosts = new Map<string, Gate>();
  const hostGate = (url: string) => {
    const host = new URL(url).host;
    if (!hosts.has(host)) hosts.set(host, new Gate(limits.perHost));
    return hosts.get(host)!;
  };
  let total = 0;
  return Promise.all(
    images.map(async ({ urls }): Promise<ImageResult> => {
      let lastError = 'no usable address';
      for (const url of urls) {
        try {
          const got = await overall.run(() =>
            hostGate(url).run(() => fetchImage(url, referer, limits, fetchOptions)),
          );
          total += got.data.length;
          if (total > limits.maxArticleBytes) {
            total -= got.data.length;
            return {
              ok: false,
              url,
              error: `The article's images exceed ${limits.maxArticleBytes >> 20} MB.`,
            };
          }
          const hash = crypto.createHash('sha256').update(got.data).digest('hex');
          return { ok: true, url, hash, ...got };
        } catch (err) {
          lastError = toApiError(err).message;
        }
      }
      return { ok: false, url: urls[0] ?? '', error: lastError };
    }),
  );
}

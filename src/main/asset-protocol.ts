/**
 * The `quire-asset:` scheme through which the Electron window loads stored images. Kept free of
 * Electron so the request guard is unit-tested under Node: only GET of a SHA-256 name is answered.
 */
import { isAssetHash } from '../shared/asset-ref';

export const ASSET_SCHEME = 'quire-asset';
export const ASSET_BASE_URL = `${ASSET_SCHEME}://asset/`;

export function assetResponse(
  request: { method: string; url: string },
  getAsset: (hash: string) => { mime: string; data: Buffer } | null,
): Response {
  const notFound = () =>
    new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  if (request.method !== 'GET') return new Response('Method not allowed', { status: 405 });
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return notFound();
  }
  if (url.protocol !== `${ASSET_SCHEME}:` || url.host !== 'asset' || url.search) return notFound();
  const hash = url.pathname.replace(/^\//, '');
  if (!isAssetHash(hash)) return notFound();
  const asset = getAsset(hash);
  if (!asset) return notFound();
  return new Response(new Uint8Array(asset.data), {
    status: 200,
    headers: {
      'content-type': asset.mime,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=31536000, immutable',
      'content-security-policy': "default-src 'none'",
    },
  });
}

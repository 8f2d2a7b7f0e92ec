import { describe, expect, it } from 'vitest';
import { ASSET_BASE_URL, assetResponse } from './asset-protocol';

const HASH = 'c'.repeat(64);
const store = (hash: string) =>
  hash === HASH ? { mime: 'image/webp', data: Buffer.from('RIFF0000WEBP') } : null;

describe('the quire-asset: protocol handler', () => {
  it('serves a stored image with its sniffed type and nosniff', async () => {
    const res = assetResponse({ method: 'GET', url: ASSET_BASE_URL + HASH }, store);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/webp');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer()).toString()).toBe('RIFF0000WEBP');
  });

  it.each([
    ASSET_BASE_URL + 'd'.repeat(64),
    ASSET_BASE_URL + HASH.toUpperCase(),
    ASSET_BASE_URL + '../../etc/passwd',
    ASSET_BASE_URL + '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    ASSET_BASE_URL + HASH + '/x',
    ASSET_BASE_URL + HASH + '?x=1',
    `quire-asset://other/${HASH}`,
    `https://asset/${HASH}`,
    'quire-asset://asset/',
    'not a url',
  ])('answers 404 for %s', (url) => {
    expect(assetResponse({ method: 'GET', url }, store).status).toBe(404);
  });

  it('refuses anything but GET', () => {
    expect(assetResponse({ method: 'POST', url: ASSET_BASE_URL + HASH }, store).status).toBe(405);
  });
});

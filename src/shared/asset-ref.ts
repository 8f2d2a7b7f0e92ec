/**
 * How stored article HTML refers to images: `quire-asset:<sha256 hex>` for a stored copy,
 * `quire-asset:missing-<n>` / `quire-asset:pending-<n>` for one that is not (yet) stored. The core
 * writes these and serves hashes; the renderer reads them. One definition for both sides.
 */
export const ASSET_REF = 'quire-asset:';
export const PENDING_REF = `${ASSET_REF}pending-`;
export const MISSING_REF = `${ASSET_REF}missing-`;

const HASH = /^[0-9a-f]{64}$/;

/** A stored image's name: the SHA-256 of its bytes, lowercase hex. Nothing else addresses an asset. */
export const isAssetHash = (value: string): boolean => HASH.test(value);

/** The hash a stored image's `src` names, or null for anything else. */
export function storedImageHash(src: string | null | undefined): string | null {
  if (!src?.startsWith(ASSET_REF)) return null;
  const hash = src.slice(ASSET_REF.length);
  return isAssetHash(hash) ? hash : null;
}

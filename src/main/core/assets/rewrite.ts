import type { ImageResult } from './download';
import { ASSET_REF, MISSING_REF, PENDING_REF } from '../../../shared/asset-ref';

const PLACEHOLDER = new RegExp(`src="(?:${PENDING_REF}|${MISSING_REF})(\\d+)"`, 'g');

/**
 * Points each placeholder at its stored copy, or marks it missing (the reader shows its alt text
 * and "Retry missing images" can try again). `results[i]` belongs to placeholder i; indexes
 * without a result are left as they are.
 */
export function resolvePlaceholders(html: string, results: ReadonlyMap<number, ImageResult>): string {
  return html.replace(PLACEHOLDER, (whole, n: string) => {
    const r = results.get(Number(n));
    if (!r) return whole;
    return r.ok ? `src="${ASSET_REF}${r.hash}"` : `src="${MISSING_REF}${n}"`;
  });
}

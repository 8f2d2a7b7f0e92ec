import { parseHttpUrl } from './fetch-page';

// Parameters that say where a click came from, never which page it is.
const TRACKING_PARAM =
  /^(utm_[a-z0-9_]+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|li_fat_id|igshid|mc_cid|mc_eid|_hsenc|_hsmi|__hstc|__hssc|__hsfp|hsctatracking|mkt_tok|oly_anon_id|oly_enc_id|vero_id|rb_clickid|s_cid|wt_mc|wt\.mc_id|cmpid|ncid|sr_share|at_medium|at_campaign|spm|share_source|ref_src|ref_url)$/i;

/**
 * The form a URL is stored and compared in, so the same article pasted twice, or arriving from a
 * newsletter with `utm_*` tags, is recognised: scheme and host lower-case and default ports dropped
 * (the URL parser does both), tracking parameters and the fragment removed. Paths and other query
 * parameters are kept exactly: on many sites they are the article's identity.
 */
export function normalizeUrl(input: string): string {
  const url = parseHttpUrl(input);
  // `#!` fragments are routes in old single-page sites, not positions in a page.
  const bang = input.indexOf('#!');
  const hashbang = bang >= 0 ? input.slice(bang).trim() : '';
  const keep = [...url.searchParams].filter(([k]) => !TRACKING_PARAM.test(k));
  if (keep.length !== [...url.searchParams].length) {
    url.search = '';
    for (const [k, v] of keep) url.searchParams.append(k, v);
  }
  url.hostname = url.hostname.replace(/\.$/, '');
  // A bare "?" is no query at all; setting '' drops it.
  if (url.search === '') url.search = '';
  return url.href + hashbang;
}

/** The host a URL is fetched from, for per-host politeness. */
export function hostOf(url: string): string {
  return new URL(url).host;
}

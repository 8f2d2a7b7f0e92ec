// Characters XML 1.0 does not allow at all, and lone surrogates; they are dropped, not escaped.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML/HTML element content and double-quoted attribute values. */
export function escapeXml(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only web and mail links survive into exported files. */
export function safeHref(href: string | null | undefined): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  return /^(?:https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : null;
}

/** `2024-05-14` from an ISO date, or '' when there is none. */
export const isoDay = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : '');

/** Unix seconds, for bookmark files. */
export const unixSeconds = (iso: string): number => Math.floor(new Date(iso).getTime() / 1000) || 0;

/** A BCP 47 tag that is safe to put in `lang`/`xml:lang`, or null. */
export function cleanLang(lang: string | null | undefined): string | null {
  const l = lang?.trim().replace(/_/g, '-');
  return l && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(l) ? l : null;
}

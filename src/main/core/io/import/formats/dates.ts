// Unix times above this are taken as milliseconds: 1e11 seconds is the year 5138, 1e11 ms is 1973.
const MS_THRESHOLD = 1e11;
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;
// "Mon, 02 Oct 2023 10:00:00 GMT" (RFC 822/1123, as OPML writes), with or without the weekday.
const RFC822 =
  /^(?:[a-z]{3},\s*)?\d{1,2}\s+[a-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[a-z]{1,5}|[+-]\d{4})?$/i;

function fromMs(ms: number): string | null {
  // Zero is what exporters write for "no date", not the first of January 1970.
  if (!Number.isFinite(ms) || ms <= 0) return null;
  const d = new Date(ms);
  return isNaN(d.getTime()) ? null : d.toISOString();
}

/**
 * A date in any of the shapes export files use (unix seconds or milliseconds, as a number or digits;
 * ISO 8601; "YYYY-MM-DD HH:MM:SS"; RFC 822) as an ISO 8601 UTC string, or null when there is none.
 * Dates without a zone are taken as UTC: the exporters that write them (Pocket, Instapaper) use UTC.
 */
export function toIsoDate(value: unknown): string | null {
  if (typeof value === 'number') return fromMs(value < MS_THRESHOLD ? value * 1000 : value);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(s)) return toIsoDate(Number(s));
  if (ISO.test(s)) {
    let iso = s.replace(' ', 'T');
    if (iso.length > 10 && !/(?:Z|[+-]\d{2}:?\d{2})$/i.test(iso)) iso += 'Z';
    else if (iso.length === 10) iso += 'T00:00:00Z';
    return fromMs(Date.parse(iso.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')));
  }
  if (RFC822.test(s)) return fromMs(Date.parse(s));
  return null;
}

// The UI is written in English, so dates follow it rather than the system locale.
const DATE = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
const DATE_UTC = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Nov 28, 2026", or null for a missing or unreadable date. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  // A bare calendar date means that day everywhere; read as local time it would slip a day west of UTC.
  return (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? DATE_UTC : DATE).format(date);
}

/** "5 min read"; a short note still takes a minute to read. */
export function formatReadingTime(minutes: number): string {
  return `${Math.max(1, Math.round(minutes))} min read`;
}

export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** Whether a row shows how far an article was read: started, but not finished. */
export function isPartlyRead(progress: number): boolean {
  return progress >= 0.01 && progress < 0.99;
}

/** "40% read". */
export function formatProgress(progress: number): string {
  return `${Math.max(1, Math.min(99, Math.round(progress * 100)))}% read`;
}

/** A message as a sentence, so another can follow it: "…answered HTTP 404" gets its full stop. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return !trimmed || /[.!?…]["”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Scoring for the extraction benchmark, exactly as the corpus README (and trafilatura's own
 * evaluation) defines it: collapse whitespace runs to one space and trim, then match each snippet
 * case-sensitively as a substring of the extracted text.
 */

export interface BenchCase {
  file: string;
  url: string | null;
  with: string[];
  without: string[];
}

export interface PageScore {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  /** `with` snippets that were not found. */
  misses: string[];
  /** `without` snippets that were found. */
  leaks: string[];
}

export interface Summary {
  pages: number;
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  zeroLeakPages: number;
  fullRecallPages: number;
  bothPages: number;
}

export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Scores one page; a failed extraction is passed as empty text. */
export function scorePage(text: string, c: Pick<BenchCase, 'with' | 'without'>): PageScore {
  const hay = collapseWhitespace(text);
  const found = (snippet: string): boolean => hay.includes(collapseWhitespace(snippet));
  const misses = c.with.filter((s) => !found(s));
  const leaks = c.without.filter(found);
  return {
    tp: c.with.length - misses.length,
    fn: misses.length,
    fp: leaks.length,
    tn: c.without.length - leaks.length,
    misses,
    leaks,
  };
}

const ratio = (num: number, den: number): number => (den === 0 ? 0 : num / den);

export function summarize(scores: readonly PageScore[]): Summary {
  const sum = (pick: (s: PageScore) => number): number => scores.reduce((acc, s) => acc + pick(s), 0);
  const tp = sum((s) => s.tp);
  const fn = sum((s) => s.fn);
  const fp = sum((s) => s.fp);
  const tn = sum((s) => s.tn);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    pages: scores.length,
    tp,
    fn,
    fp,
    tn,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    accuracy: ratio(tp + tn, tp + fn + fp + tn),
    zeroLeakPages: scores.filter((s) => s.fp === 0).length,
    fullRecallPages: scores.filter((s) => s.fn === 0).length,
    bothPages: scores.filter((s) => s.fp === 0 && s.fn === 0).length,
  };
}

/** Nearest-rank percentile (p in 0–100) of a list of numbers; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

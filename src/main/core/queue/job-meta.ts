import type { ReadState } from '../../../shared/domain';

/** What the person (or their export file) said about an item, applied once its page is saved. */
export interface JobMeta {
  category?: string | null;
  title?: string | null;
  savedAt?: string | null;
  tags?: string[];
  state?: ReadState;
  favorite?: boolean;
  progress?: number | null;
  highlights?: { text: string; note: string | null; createdAt: string | null }[];
  /** Fewer attempts than the queue's default (a person waiting on one save). */
  maxAttempts?: number;
}

export function parseMeta(json: string | null): JobMeta {
  if (!json) return {};
  try {
    const v = JSON.parse(json) as unknown;
    return v && typeof v === 'object' ? (v as JobMeta) : {};
  } catch {
    return {};
  }
}

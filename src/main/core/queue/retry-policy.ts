import { QuireError } from '../../../shared/result';
import { HttpStatusError } from '../fetch/http-get';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Wait before attempt n+1 (n ≥ 1), before jitter. */
  backoffMs(attempt: number): number;
  /** The longest wait a server's Retry-After is honoured for; beyond it the save fails. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 4,
  backoffMs: (attempt) => 2000 * 4 ** (attempt - 1),
  maxRetryAfterMs: 60 * 60 * 1000,
};

export type Verdict = { retry: false } | { retry: true; afterMs: number };

// 408 Request Timeout, 425 Too Early, 429 Too Many Requests: the server says "not now", not "no".
const TRANSIENT_STATUS = new Set([408, 425, 429]);

/**
 * Whether a failed save is worth another try: timeouts, dropped connections, 5xx and 429 are;
 * a 404, a page that is not HTML, a bad URL, a page with no article or one that blows the
 * extractor's limits never get better by waiting.
 */
export function verdict(err: unknown, attempt: number, policy: RetryPolicy): Verdict {
  if (attempt >= policy.maxAttempts) return { retry: false };
  const wait = () => {
    const base = policy.backoffMs(attempt);
    // ±25% jitter so a burst of failures against one host does not come back in lockstep.
    return { retry: true as const, afterMs: Math.round(base * (0.75 + Math.random() * 0.5)) };
  };
  if (err instanceof HttpStatusError) {
    if (err.status < 500 && !TRANSIENT_STATUS.has(err.status)) return { retry: false };
    if (err.retryAfterMs !== null) {
      if (err.retryAfterMs > policy.maxRetryAfterMs) return { retry: false };
      return { retry: true, afterMs: Math.max(err.retryAfterMs, policy.backoffMs(1) / 4) };
    }
    return wait();
  }
  if (err instanceof QuireError) {
    return err.code === 'TIMEOUT' || err.code === 'UNREACHABLE' ? wait() : { retry: false };
  }
  // An unexpected failure (a bug, a full disk) is not retried blindly.
  return { retry: false };
}

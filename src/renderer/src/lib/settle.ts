import type { Result } from '@shared/result';

/** The API answers with Result envelopes; this keeps a broken binding from becoming an unhandled rejection. */
export async function settle<T>(call: Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await call;
  } catch (err) {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) },
    };
  }
}

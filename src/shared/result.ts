/** Every failure that can cross the API boundary. Callers switch on `code`; `message` is for people. */
export type ErrorCode =
  | 'INVALID_URL'
  | 'UNSUPPORTED_SCHEME'
  | 'UNREACHABLE'
  | 'HTTP_ERROR'
  | 'NOT_HTML'
  | 'TIMEOUT'
  | 'TOO_LARGE'
  | 'TOO_MANY_REDIRECTS'
  | 'EXTRACTION_FAILED'
  | 'NO_ARTICLE'
  | 'NOT_FOUND'
  | 'INVALID_ARGUMENT'
  | 'FILE_NOT_FOUND'
  | 'DATABASE_TOO_NEW'
  | 'DATABASE_CORRUPT'
  | 'DISK_FULL'
  | 'READ_ONLY'
  | 'IMPORT_INVALID'
  | 'UNKNOWN_FORMAT'
  | 'CANCELLED'
  | 'UNKNOWN_METHOD'
  | 'INTERNAL';

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): { ok: false; error: ApiError } => ({
  ok: false,
  error: { code, message },
});

/** Thrown inside the core; bindings turn it into `{ ok: false, error }`. */
export class QuireError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'QuireError';
  }
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof QuireError) return { code: err.code, message: err.message };
  if (err && typeof err === 'object' && 'code' in err && 'message' in err) {
    const { code, message } = err as { code: unknown; message: unknown };
    if (typeof code === 'string' && typeof message === 'string' && /^[A-Z_]+$/.test(code))
      return { code: code as ErrorCode, message };
  }
  return { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) };
}

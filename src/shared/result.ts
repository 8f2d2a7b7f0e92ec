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

// SQLite's and the file system's codes for what people can act on; the rest stays INTERNAL.
const STORAGE: [RegExp, ErrorCode, string][] = [
  [
    /^(SQLITE_FULL|ENOSPC)$/,
    'DISK_FULL',
    'The disk is full: the last change was not saved (nothing saved before was lost). Free some space and try again.',
  ],
  [
    /^(SQLITE_READONLY.*|EROFS|EACCES)$/,
    'READ_ONLY',
    'The library is on a read-only disk or folder: the change was not saved.',
  ],
  [
    /^(SQLITE_CORRUPT.*|SQLITE_NOTADB)$/,
    'DATABASE_CORRUPT',
    'The library file is damaged. Restore it from a backup (see `quire backup`).',
  ],
];

export function toApiError(err: unknown): ApiError {
  if (err instanceof QuireError) return { code: err.code, message: err.message };
  const raw = (err as { code?: unknown } | null)?.code;
  if (typeof raw === 'string')
    for (const [pattern, code, message] of STORAGE) if (pattern.test(raw)) return { code, message };
  if (err && typeof err === 'object' && 'code' in err && 'message' in err) {
    const { code, message } = err as { code: unknown; message: unknown };
    if (typeof code === 'string' && typeof message === 'string' && /^[A-Z_]+$/.test(code))
      return { code: code as ErrorCode, message };
  }
  return { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) };
}

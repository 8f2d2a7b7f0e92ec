import { isApiMethod, type ApiHandlers } from '../../../shared/api';
import { fail, ok, toApiError, type Result } from '../../../shared/result';

/**
 * The one way any binding (IPC, HTTP, CLI) calls the API: by name, with an argument array,
 * answered with a Result envelope. Nothing thrown escapes; unknown methods are refused.
 */
export async function dispatch(
  handlers: ApiHandlers,
  method: string,
  args: unknown,
): Promise<Result<unknown>> {
  if (!isApiMethod(method)) return fail('UNKNOWN_METHOD', `There is no API method called "${method}".`);
  if (!Array.isArray(args)) return fail('INVALID_ARGUMENT', 'API arguments must be sent as a JSON array.');
  try {
    const fn = handlers[method] as (...a: unknown[]) => unknown;
    return ok(await fn(...args));
  } catch (err) {
    const error = toApiError(err);
    if (error.code === 'INTERNAL') console.error(`[quire] ${method} failed:`, err);
    return { ok: false, error };
  }
}

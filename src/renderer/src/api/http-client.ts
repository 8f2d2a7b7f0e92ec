import { API_METHODS, EVENT_NAMES, type ApiMethod, type EventName, type QuireClient } from '@shared/api';
import type { ApiEvents } from '@shared/domain';
import type { Result } from '@shared/result';

/**
 * The HTTP binding of the contract, used when the renderer is served by `quire serve` rather
 * than loaded by Electron: the same `window.quire`, over `POST /api/<method>` and an event stream.
 * Authentication is the HttpOnly cookie the server set when the page was opened with its token.
 */
export function createHttpClient(base = ''): QuireClient {
  const call = async (method: ApiMethod, args: unknown[]): Promise<Result<unknown>> => {
    try {
      const res = await fetch(`${base}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(args),
      });
      return (await res.json()) as Result<unknown>;
    } catch (err) {
      return {
        ok: false,
        error: { code: 'UNREACHABLE', message: `Quire is not answering: ${(err as Error).message}` },
      };
    }
  };
  const methods = Object.fromEntries(API_METHODS.map((m) => [m, (...args: unknown[]) => call(m, args)]));

  let source: EventSource | null = null;
  const listeners = new Map<EventName, Set<(p: never) => void>>();
  const on = <E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): (() => void) => {
    if (!(EVENT_NAMES as readonly string[]).includes(event)) throw new Error(`Unknown event ${event}`);
    if (!source && typeof EventSource !== 'undefined') {
      source = new EventSource(`${base}/api/events`);
      for (const name of EVENT_NAMES) {
        source.addEventListener(name, (e) => {
          const payload = JSON.parse((e as MessageEvent<string>).data) as never;
          for (const l of listeners.get(name) ?? []) l(payload);
        });
      }
    }
    const set = listeners.get(event) ?? new Set();
    set.add(listener as (p: never) => void);
    listeners.set(event, set);
    return () => set.delete(listener as (p: never) => void);
  };
  return { ...methods, on } as QuireClient;
}

import { useEffect, useState } from 'react';
import type { Result } from '@shared/result';

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; message: string };

/**
 * Runs `load` whenever it changes or `version` is bumped. The previous value stays on screen
 * while a reload is in flight, so refreshing after every change does not flash; answers that
 * arrive after a newer request started are dropped.
 */
export function useLoad<T>(load: () => Promise<Result<T>>, version: number): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    load().then(
      (result) => {
        if (!current) return;
        setState(result.ok ? { status: 'ready', value: result.value } : { status: 'error', message: result.error.message });
      },
      (err: unknown) => {
        if (current) setState({ status: 'error', message: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => {
      current = false;
    };
  }, [load, version]);
  return state;
}

import { useEffect, useState } from 'react';
import type { Result } from '@shared/result';
import { settle } from './settle';

export type Loaded<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/**
 * Runs `load` whenever it changes or `version` is bumped, dropping answers that arrive after a
 * newer request started. A reload keeps the previous value on screen, so refreshing after every
 * change does not flash; but when `subject` changes (another category, another order), the old
 * value is about something else and is not shown while the new one loads.
 */
export function useLoad<T>(load: () => Promise<Result<T>>, version: number, subject = ''): Loaded<T> {
  const [state, setState] = useState<{ subject: string; loaded: Loaded<T> }>({
    subject,
    loaded: { status: 'loading' },
  });
  useEffect(() => {
    let current = true;
    void settle(load()).then((result) => {
      if (!current) return;
      setState({
        subject,
        loaded: result.ok
          ? { status: 'ready', value: result.value }
          : { status: 'error', message: result.error.message },
      });
    });
    return () => {
      current = false;
    };
  }, [load, version, subject]);
  return state.subject === subject ? state.loaded : { status: 'loading' };
}

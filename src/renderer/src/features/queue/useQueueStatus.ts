import { useEffect, useState } from 'react';
import type { QuireClient } from '@shared/api';
import type { QueueStatus } from '@shared/domain';
import { settle } from '../../lib/settle';

/** The ingest queue as the core last reported it: asked once, then kept up to date by its events. */
export function useQueueStatus(client: QuireClient): [QueueStatus | null, (status: QueueStatus) => void] {
  const [status, setStatus] = useState<QueueStatus | null>(null);
  useEffect(() => {
    let current = true;
    // An event that lands before the first answer is newer than it: the answer must not overwrite it.
    let heard = false;
    const off = client.on('queueProgress', (next) => {
      heard = true;
      setStatus(next);
    });
    void settle(client.queueStatus()).then((result) => {
      if (current && !heard && result.ok) setStatus(result.value);
    });
    return () => {
      current = false;
      off();
    };
  }, [client]);
  return [status, setStatus];
}

export const isBusy = (s: QueueStatus) => s.pending + s.running > 0;

/** Saves since the queue last became busy, and how many of them are over. */
export function queueCounts(s: QueueStatus): { finished: number; total: number } {
  const finished = s.done + s.failed + s.cancelled;
  return { finished, total: finished + s.pending + s.running };
}

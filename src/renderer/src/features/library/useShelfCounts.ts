import { useCallback } from 'react';
import type { QuireClient } from '@shared/api';
import type { Result } from '@shared/result';
import { settle } from '../../lib/settle';
import { useLoad } from '../../lib/useLoad';
import { placeQuery, SHELVES } from './place';
import type { ShelfCounts } from './Sidebar';

/** How many articles each shelf holds: a count-only list query per shelf (limit 0). */
export function useShelfCounts(client: QuireClient, version: number): ShelfCounts | null {
  const load = useCallback(async (): Promise<Result<ShelfCounts>> => {
    const answers = await Promise.all(
      SHELVES.map(({ shelf }) =>
        settle(client.listArticles({ ...placeQuery({ kind: 'shelf', shelf }, ''), limit: 0 })),
      ),
    );
    const counts: Partial<ShelfCounts> = {};
    for (const [i, answer] of answers.entries()) {
      if (!answer.ok) return answer;
      counts[SHELVES[i]!.shelf] = answer.value.total;
    }
    return { ok: true, value: counts as ShelfCounts };
  }, [client]);
  const loaded = useLoad(load, version);
  return loaded.status === 'ready' ? loaded.value : null;
}

import { useCallback, useEffect, useState } from 'react';

const ROUTE = /^#\/article\/(\d+)$/;

const fromHash = (hash: string): number | null => {
  const m = ROUTE.exec(hash);
  return m ? Number(m[1]) : null;
};

/**
 * The open article lives in the address (`#/article/42`), so the back button leaves the reader,
 * a reload keeps the article open, and an article can be linked to.
 */
export function useArticleRoute(): [
  number | null,
  (next: number | null | ((id: number | null) => number | null)) => void,
] {
  const [openId, setState] = useState<number | null>(() => fromHash(window.location.hash));

  useEffect(() => {
    const onHashChange = () => setState(fromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const setOpenId = useCallback((next: number | null | ((id: number | null) => number | null)) => {
    const id = typeof next === 'function' ? next(fromHash(window.location.hash)) : next;
    const hash = id === null ? '#/' : `#/article/${id}`;
    if (window.location.hash !== hash) window.location.hash = hash;
    setState(id);
  }, []);

  return [openId, setOpenId];
}

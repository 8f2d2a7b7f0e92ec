import { useEffect, useEffectEvent, useLayoutEffect, useRef, type RefObject } from 'react';
import type { QuireClient } from '@shared/api';
import { settle } from '../../lib/settle';

// Often enough that a crash loses little, rarely enough that scrolling costs nothing.
export const PROGRESS_SAVE_MS = 2000;

/** How far down the scroller is, 0..1, or null when it does not scroll (all of it is in view). */
function scrolled(el: HTMLElement): number | null {
  const range = el.scrollHeight - el.clientHeight;
  if (range <= 0) return null;
  return Math.min(1, Math.max(0, el.scrollTop / range));
}

/**
 * Keeps the reading position of an article: restores it once the article is on screen, then saves
 * it while reading (every PROGRESS_SAVE_MS at most, only when it moved) and once more on leaving.
 */
export function useReadingProgress(
  client: QuireClient,
  id: number,
  scrollerRef: RefObject<HTMLElement | null>,
  /** The saved progress, once the article is loaded and shown; null before. */
  initial: number | null,
  /** The article's content as shown; when it is replaced (refreshed), the same share stays in view. */
  content: string | null,
  /** Called after the position was saved on leaving, so the list shows it. */
  onLeft: () => void,
) {
  const restored = useRef(false);
  const latest = useRef<number | null>(null);
  const saved = useRef<number | null>(null);
  const notifyLeft = useEffectEvent(onLeft);

  // Before paint, so the article opens where it was left instead of jumping there.
  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (initial === null || restored.current || !el) return;
    restored.current = true;
    saved.current = initial;
    const range = el.scrollHeight - el.clientHeight;
    if (initial > 0 && range > 0) el.scrollTop = Math.round(initial * range);
  }, [initial, scrollerRef]);

  // New content (a refresh) keeps the scroll offset in pixels, which now points somewhere else:
  // the reader stays as far through the article as it was instead.
  const shown = useRef<string | null>(null);
  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (content === null || !el) return;
    const before = shown.current;
    shown.current = content;
    if (before === null || before === content || !restored.current) return;
    const at = latest.current ?? saved.current;
    const range = el.scrollHeight - el.clientHeight;
    if (at !== null && range > 0) el.scrollTop = Math.round(at * range);
  }, [content, scrollerRef]);

  useEffect(() => {
    const el = scrollerRef.current;
    if (!el) return;
    const onScroll = () => {
      if (restored.current) latest.current = scrolled(el) ?? latest.current;
    };
    const save = () => {
      const progress = latest.current;
      // Half a percent is no move worth a write (restoring the position scrolls too).
      if (progress === null || Math.abs(progress - (saved.current ?? -1)) < 0.005) return null;
      saved.current = progress;
      return settle(client.setProgress(id, progress));
    };
    // Closing the window or tab unmounts nothing: the position is saved as the page goes.
    const onPageHide = () => void save();
    el.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', onPageHide);
    const timer = setInterval(save, PROGRESS_SAVE_MS);
    return () => {
      el.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onPageHide);
      clearInterval(timer);
      const last = save();
      if (last) void last.then(() => notifyLeft());
    };
  }, [client, id, scrollerRef]);
}

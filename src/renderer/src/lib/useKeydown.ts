import { useEffect, useEffectEvent } from 'react';

/** A window-wide keyboard listener that always sees the latest props and state. */
export function useKeydown(handler: (event: KeyboardEvent) => void): void {
  const onKeydown = useEffectEvent(handler);
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeydown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

/** Ctrl+key on Windows and Linux, Cmd+key on macOS. */
export function isShortcut(event: KeyboardEvent, key: string): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    event.key.toLowerCase() === key.toLowerCase()
  );
}

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

/** True when a key press is text being typed, which single-letter shortcuts must leave alone. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type)
  );
}

/** A plain letter key, without modifiers (Shift aside), for single-key shortcuts. */
export function isLetterKey(event: KeyboardEvent, key: string): boolean {
  return !event.ctrlKey && !event.metaKey && !event.altKey && event.key.toLowerCase() === key;
}

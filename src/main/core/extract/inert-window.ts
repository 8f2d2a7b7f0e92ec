/**
 * Makes a jsdom window that only parses and queries ignore event listeners. jsdom gives every
 * document that is queried by selector its own selector engine, and the engine's constructor adds
 * nine listeners to the window (focus, keyboard and mouse state, for :focus-visible and the like)
 * that are never removed. Through them a long-lived window keeps every tree it ever parsed alive.
 * No event is ever dispatched in these windows, so a listener could never run anyway.
 */
export function ignoreListeners(window: Pick<Window, 'addEventListener'>): void {
  window.addEventListener = () => {};
}

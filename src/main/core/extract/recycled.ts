/**
 * A long-lived value (a jsdom window and what is built on it) replaced after so many uses. jsdom
 * keeps per-window caches that pin what the window parsed (its selector engine's, for one) until
 * the window goes; renewing it bounds them, while reusing it spares building a window per use.
 */
export function recycled<T>(usesPerValue: number, create: () => T, retire?: (old: T) => void): () => T {
  let current: T | null = null;
  let uses = 0;
  return () => {
    if (current === null || ++uses > usesPerValue) {
      if (current !== null) retire?.(current);
      current = create();
      uses = 1;
    }
    return current;
  };
}

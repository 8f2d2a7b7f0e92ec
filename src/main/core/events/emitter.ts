import type { EventName } from '../../../shared/api';
import type { ApiEvents } from '../../../shared/domain';

export type Listener = <E extends EventName>(event: E, payload: ApiEvents[E]) => void;

/** A tiny typed fan-out: bindings subscribe (a window, an SSE stream, a CLI progress line). */
export class EventHub {
  private listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: ApiEvents[E]): void {
    for (const l of this.listeners) {
      try {
        l(event, payload);
      } catch {
        /* a broken listener must not break saving */
      }
    }
  }
}

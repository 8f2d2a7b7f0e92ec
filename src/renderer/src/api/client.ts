import type { QuireClient } from '@shared/api';
import { createHttpClient } from './http-client';

declare global {
  interface Window {
    quire?: QuireClient;
  }
}

/** `window.quire` from the Electron preload, else the HTTP binding of `quire serve`. */
export function getClient(): QuireClient {
  if (!window.quire) window.quire = createHttpClient();
  return window.quire;
}

import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, EVENT_NAMES, ipcChannel, ipcEventChannel, type QuireClient } from '../shared/api';

// Exactly the contract, nothing else: one function per API method, plus event subscription.
const client = Object.fromEntries(
  API_METHODS.map((m) => [m, (...args: unknown[]) => ipcRenderer.invoke(ipcChannel(m), ...args)]),
) as Omit<QuireClient, 'on'>;

const on: QuireClient['on'] = (event, listener) => {
  if (!(EVENT_NAMES as readonly string[]).includes(event)) throw new Error(`Unknown event ${String(event)}`);
  const handler = (_e: Electron.IpcRendererEvent, name: string, payload: unknown) => {
    if (name === event) listener(payload as never);
  };
  ipcRenderer.on(ipcEventChannel, handler);
  return () => ipcRenderer.off(ipcEventChannel, handler);
};

contextBridge.exposeInMainWorld('quire', { ...client, on });

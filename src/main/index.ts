import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, protocol, session, shell } from 'electron';
import { API_METHODS, ipcChannel, ipcEventChannel } from '../shared/api';
import { ELECTRON_CSP } from '../shared/csp';
import { fail } from '../shared/result';
import { dispatch } from './core/api/dispatch';
import { createExtractor } from './core/extract/extractor';
import { Library } from './core/library/library';
import { libraryFile } from './core/paths';
import { ASSET_BASE_URL, ASSET_SCHEME, assetResponse } from './asset-protocol';
import { externalUrl, isAppUrl } from './security';

/** The Electron shell: window, security settings, and the API bound to IPC. Everything else is core. */
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.join(here, '../renderer/index.html');
const devUrl = process.env.ELECTRON_RENDERER_URL;
const appOrigin = devUrl ? new URL(devUrl).origin : pathToFileURL(path.dirname(rendererIndex)).href;

app.setName('Quire');
// Least privilege: a standard, secure scheme for images only; no fetch, no CORS, no CSP bypass.
protocol.registerSchemesAsPrivileged([
  {
    scheme: ASSET_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false },
  },
]);
if (process.env.QUIRE_DATA_DIR) app.setPath('userData', path.resolve(process.env.QUIRE_DATA_DIR));

// Electron needs better-sqlite3 built for its own ABI; it is kept beside the Node build.
// `npm start` builds one and names it in QUIRE_SQLITE_BINDING; a packaged app ships it in resources.
function electronSqliteBinding(): string | undefined {
  const candidates = [
    process.env.QUIRE_SQLITE_BINDING,
    path.join(process.resourcesPath ?? '', 'native', 'better_sqlite3.node'),
  ];
  return candidates.find((c): c is string => !!c && fs.existsSync(c));
}

let library: Library;
let win: BrowserWindow | null = null;

function createWindow(): void {
  win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 760,
    minHeight: 480,
    title: 'Quire',
    show: false,
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: path.join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      // Middle-click would open links in new windows, around setWindowOpenHandler's checks.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win?.show());
  win.webContents.setWindowOpenHandler(({ url }) => {
    const safe = externalUrl(url);
    if (safe) void shell.openExternal(safe);
    return { action: 'deny' };
  });
  const guard = (event: Electron.Event, url: string) => {
    if (!isAppUrl(url, appOrigin)) {
      event.preventDefault();
      const safe = externalUrl(url);
      if (safe) void shell.openExternal(safe);
    }
  };
  win.webContents.on('will-navigate', guard);
  win.webContents.on('will-frame-navigate', (e) => {
    if (!isAppUrl(e.url, appOrigin)) e.preventDefault();
  });
  win.webContents.on('will-attach-webview', (e) => e.preventDefault());
  if (devUrl) void win.loadURL(devUrl);
  else void win.loadFile(rendererIndex);
  win.on('closed', () => (win = null));
}

function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [ELECTRON_CSP] } });
  });
}

function bindApi(): void {
  const handlers = { ...library.handlers(), assetBaseUrl: () => ASSET_BASE_URL };
  protocol.handle(ASSET_SCHEME, (request) => assetResponse(request, (hash) => library.repo.getAsset(hash)));
  for (const method of API_METHODS) {
    ipcMain.handle(ipcChannel(method), (event, ...args: unknown[]) => {
      // Only the app's own top frame may call the API.
      const frameUrl = event.senderFrame?.url ?? '';
      if (
        !win ||
        event.sender !== win.webContents ||
        event.senderFrame !== win.webContents.mainFrame ||
        !isAppUrl(frameUrl, appOrigin)
      )
        return fail('INVALID_ARGUMENT', 'Refused: the call did not come from Quire’s own window.');
      return dispatch(handlers, method, args);
    });
  }
  library.events.subscribe((event, payload) => win?.webContents.send(ipcEventChannel, event, payload));
}

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (e) => e.preventDefault());
});

void app.whenReady().then(() => {
  library = new Library({
    file: libraryFile(app.getPath('userData')),
    extractor: createExtractor(path.join(here, 'extract-worker.js')),
    nativeBinding: electronSqliteBinding(),
  });
  hardenSession();
  bindApi();
  createWindow();
  // Saves an import queued, or a quit interrupted, carry on.
  library.startQueue();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => void library?.close());

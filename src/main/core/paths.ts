import os from 'node:os';
import path from 'node:path';

/**
 * Where the library lives when no folder is given: the same place Electron's
 * `app.getPath('userData')` uses for an app named Quire, so the app, the CLI and `quire serve`
 * share one library.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.QUIRE_DATA_DIR) return path.resolve(env.QUIRE_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Quire');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Quire');
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'Quire');
}

export const libraryFile = (dataDir: string): string => path.join(dataDir, 'library.sqlite3');

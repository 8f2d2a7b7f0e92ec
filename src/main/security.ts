/**
 * Electron-free guards used by the shell: which URLs may open in the system browser and which
 * navigations are the app's own. Kept pure so they are unit-tested without Electron.
 */
export function externalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.href;
}

export function isAppUrl(raw: string, appOrigin: string): boolean {
  try {
    const url = new URL(raw);
    if (appOrigin.startsWith('file:')) {
      const root = appOrigin.endsWith('/') ? appOrigin : `${appOrigin}/`;
      return url.protocol === 'file:' && url.href.startsWith(root);
    }
    return url.origin === appOrigin;
  } catch {
    return false;
  }
}

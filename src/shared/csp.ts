/**
 * The Content-Security-Policy every Quire page runs under (Electron session headers, `quire serve`
 * response headers, and a <meta> in the renderer). Article HTML is inserted into this page, so the
 * policy is what keeps a missed vector inert: no script but the app bundle, no frames, no plugins,
 * no connections but the API, no <base>, no form posts.
 */
export function contentSecurityPolicy(options: { imgSources?: string[] } = {}): string {
  const img = ["'self'", 'data:', 'blob:', ...(options.imgSources ?? [])].join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${img}`,
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "child-src 'none'",
    "worker-src 'none'",
    "manifest-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Images come only from the app itself (stored copies) or data: URIs: reading never touches the network. */
export const APP_CSP = contentSecurityPolicy();

/** The Electron shell serves stored images through its own scheme. */
export const ELECTRON_CSP = contentSecurityPolicy({ imgSources: ['quire-asset:'] });

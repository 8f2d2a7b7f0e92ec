import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Pages are parsed into documents of one long-lived window rather than each into a window of its
 * own. A jsdom window installs every DOM interface afresh: new prototypes and new accessor
 * functions, whose compiled code and type feedback V8 keeps per function. A window per page so
 * re-learns and re-compiles the DOM's hot paths on every page (measured: ~1,400 optimising
 * compilations over 120 pages, a third of a worker's time on V8's background threads), and its
 * own creation costs several milliseconds.
 *
 * DOMParser documents parse as a window's own would here (scripting off either way, so
 * <noscript> holds markup), and take their URL from the window, which is pointed at each page.
 */
const quietConsole = new VirtualConsole();

// jsdom keeps per-window caches that pin the documents parsed in the window (its selector
// engine's, for one): a fresh window now and then bounds them.
const PAGES_PER_WINDOW = 200;

let host: JSDOM | null = null;
let uses = 0;

export function parsePage(html: string, url: string | null): Document {
  if (!host || ++uses > PAGES_PER_WINDOW) {
    // Not closed: a document of the old window may still be read by whoever parsed it last.
    host = new JSDOM('', { url: 'about:blank', virtualConsole: quietConsole });
    uses = 1;
  }
  host.reconfigure({ url: url ?? 'about:blank' });
  return new host.window.DOMParser().parseFromString(html, 'text/html');
}

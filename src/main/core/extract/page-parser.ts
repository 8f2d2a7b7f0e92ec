import { JSDOM, VirtualConsole } from 'jsdom';
import { recycled } from './recycled';

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

// At 200 pages a window the heap swung up to 420 MB (see recycled); at 25 it stays at 60–75 MB
// after collection, as with a window per page, and keeps most of the speed.
const PAGES_PER_WINDOW = 25;

const hostWindow = recycled(
  PAGES_PER_WINDOW,
  () => new JSDOM('', { url: 'about:blank', virtualConsole: quietConsole }),
  (old) => old.window.close(),
);

export function parsePage(html: string, url: string | null): Document {
  const host = hostWindow();
  host.reconfigure({ url: url ?? 'about:blank' });
  return new host.window.DOMParser().parseFromString(html, 'text/html');
}

/**
 * Frees a parsed page's nodes. jsdom keeps something of every document its window made alive
 * (measured: ~1.5 MB a page, still held after the window was closed); emptied, a document holds
 * next to nothing.
 */
export function releasePage(doc: Document): void {
  doc.replaceChildren();
}

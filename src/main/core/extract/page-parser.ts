import { JSDOM, VirtualConsole } from 'jsdom';
import { ignoreListeners } from './inert-window';
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

// With the window's listeners ignored (see inert-window) a window that has parsed 1,000 pages
// holds little more than a new one (measured over the 990 corpus pages: the heap after collection
// went from 64 to 70 MB); it is still renewed now and then, to bound what jsdom caches per window.
const PAGES_PER_WINDOW = 1000;

const hostWindow = recycled(
  PAGES_PER_WINDOW,
  () => {
    const dom = new JSDOM('', { url: 'about:blank', virtualConsole: quietConsole });
    ignoreListeners(dom.window);
    return dom;
  },
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

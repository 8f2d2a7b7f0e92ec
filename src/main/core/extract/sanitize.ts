import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { SANITIZE_CONFIG } from '../../../shared/sanitize-config';
import { ignoreListeners } from './inert-window';
import { recycled } from './recycled';

// Three or four uses a page; see page-parser on how long a window may live.
const USES_PER_WINDOW = 3000;

/** DOMPurify over a long-lived jsdom window (creating a window per page is slow), with its document. */
const purifier = recycled(USES_PER_WINDOW, () => {
  const { window } = new JSDOM('');
  ignoreListeners(window);
  const purify = createDOMPurify(window as unknown as Window & typeof globalThis);
  // DOMPurify removes a whole element whose `is` (a customised built-in, <section is="x-layout">)
  // it does not allow, when it returns a tree: some themes wrap the entire article so. The
  // attribute only names a script-defined behaviour, which stored articles never run anyway.
  // (Markup may still print the name: an element keeps its "is value" without the attribute.)
  purify.addHook('uponSanitizeElement', (node) => {
    if ((node as Element).hasAttribute?.('is')) (node as Element).removeAttribute('is');
  });
  // The old window is dropped, not closed: a tree just returned from it may still be in use.
  return { purify, doc: window.document };
});

// Some trees DOMPurify returns serialise to markup that parses differently (a <p> inside a <p>
// via a quirks-mode <table>, for one): sanitising is repeated until the markup is stable, so what
// is stored reads back as exactly what was checked (the mutation-XSS defence), within a bound.
const MAX_PASSES = 4;

export function sanitizeHtml(html: string): string {
  let out = purifier().purify.sanitize(html, { ...SANITIZE_CONFIG, RETURN_TRUSTED_TYPE: false });
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const again = purifier().purify.sanitize(out, { ...SANITIZE_CONFIG, RETURN_TRUSTED_TYPE: false });
    if (again === out) break;
    out = again;
  }
  return out;
}

/**
 * The sanitised tree itself (a <body> in the purifier's window): its innerHTML is exactly what
 * sanitizeHtml returns, and reading text from it spares parsing that string once more.
 */
export function sanitizeToBody(html: string): HTMLElement {
  return untilStable(toBody(html));
}

const toBody = (input: string) =>
  purifier().purify.sanitize(input, { ...SANITIZE_CONFIG, RETURN_DOM: true }) as HTMLElement | null;

/**
 * sanitizeToBody for a tree built in another document (the page's): the tree is copied into the
 * purifier's document and sanitised there, which spares serialising it and parsing that markup.
 * The first pass over a tree is not a check that its markup reads back the same, so at least one
 * more pass always runs.
 */
export function sanitizeTree(root: Element): HTMLElement {
  // One purifier for both steps: a renewed window's DOMPurify would not know this document's nodes.
  const { purify, doc } = purifier();
  const box = doc.createElement('div');
  for (const child of root.childNodes) box.append(doc.importNode(child, true));
  for (const el of box.querySelectorAll('[is]')) el.replaceWith(builtIn(el));
  return untilStable(purify.sanitize(box, { ...SANITIZE_CONFIG, IN_PLACE: true }) as unknown as HTMLElement);
}

/** The same element without its "is value", which outlives removing the attribute. */
function builtIn(el: Element): Element {
  const plain = el.ownerDocument.createElementNS(el.namespaceURI, el.localName);
  for (const a of el.attributes) if (a.name !== 'is') plain.setAttributeNS(a.namespaceURI, a.name, a.value);
  plain.append(...el.childNodes);
  return plain;
}

/** Sanitises the markup of a sanitised tree again until it reads back unchanged. */
function untilStable(first: HTMLElement | null): HTMLElement {
  let body = first;
  for (let pass = 1; body && pass < MAX_PASSES; pass++) {
    const markup = body.innerHTML;
    const again = toBody(markup);
    if (!again || again.innerHTML === markup) break;
    body = again;
  }
  // DOMPurify gives null when nothing at all could be parsed: that is an empty article.
  return body ?? new JSDOM('').window.document.body;
}

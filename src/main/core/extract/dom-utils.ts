/** Small DOM helpers shared by the cleaning passes. */
export const normalizeSpace = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

export const textOf = (el: Element | null | undefined): string => normalizeSpace(el?.textContent);

/** A paragraph of prose is a sentence or more; shorter ones are names, labels, list entries. */
export const PROSE_MIN = 80;

/** The text of the paragraphs under `el` that are prose: how much of an article a block holds. */
export function paragraphProse(el: Element): number {
  let n = 0;
  for (const p of el.getElementsByTagName('p')) {
    const len = textOf(p).length;
    if (len >= PROSE_MIN) n += len;
  }
  return n;
}

/** Hidden by the page itself, as Readability also judges it: `hidden`, `aria-hidden`, an inline style. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return /display:none|visibility:hidden/.test(style);
}

/** Share of an element's text that sits inside links. */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (!total) return 0;
  let linked = 0;
  // An index loop over the tag collection: half the cost of querySelectorAll in jsdom.
  const links = el.getElementsByTagName('a');
  // A named anchor (`<a name="faq">` around a paragraph, no href) links nowhere. An <a> with neither
  // is most often a script's link, styled and clicked as one.
  for (let i = 0; i < links.length; i++) {
    const a = links[i]!;
    if (a.hasAttribute('href') || !(a.hasAttribute('name') || a.hasAttribute('id')))
      linked += textOf(a).length;
  }
  return Math.min(1, linked / total);
}

/** Class, id, role and aria-label joined, lower-cased: what chrome patterns are matched against. */
export function signature(el: Element): string {
  return [el.getAttribute('class'), el.id, el.getAttribute('role'), el.getAttribute('aria-label')]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

/** The length of the text in `root` before `el` (whitespace collapsed per text node). */
export function textBefore(root: Element, el: Element): number {
  let total = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (el.contains(n) || el.compareDocumentPosition(n) & 4 /* FOLLOWING */) break;
    total += normalizeSpace(n.textContent).length;
  }
  return total;
}

export function removeAll(nodes: Iterable<Element>): void {
  for (const n of [...nodes]) n.remove();
}

export function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

/**
 * The elements under `root` (not `root` itself) that satisfy `test`, in document order. jsdom's
 * selector engine is slow on selector lists and attribute selectors (a querySelector that finds
 * nothing can cost 10 ms on a large page); a TreeWalker visit with plain checks costs a fraction.
 */
export function elementsWhere(root: Element, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (test(n as Element)) out.push(n as Element);
  return out;
}

/** The first element under `root` that satisfies `test`, in document order. */
export function firstWhere(root: Element, test: (el: Element) => boolean): Element | null {
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (test(n as Element)) return n as Element;
  return null;
}

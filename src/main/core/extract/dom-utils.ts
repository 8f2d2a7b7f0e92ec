/** Small DOM helpers shared by the cleaning passes. */
export const normalizeSpace = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

export const textOf = (el: Element | null | undefined): string => normalizeSpace(el?.textContent);

/** Share of an element's text that sits inside links. */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (!total) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += textOf(a).length;
  return Math.min(1, linked / total);
}

/** Class, id, role and aria-label joined, lower-cased: what chrome patterns are matched against. */
export function signature(el: Element): string {
  return [el.getAttribute('class'), el.id, el.getAttribute('role'), el.getAttribute('aria-label')]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

export function removeAll(nodes: Iterable<Element>): void {
  for (const n of [...nodes]) n.remove();
}

export function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

import { elementsWhere, normalizeSpace, textOf } from './dom-utils';

/**
 * Cleaning of what Readability leaves after the article's last paragraph, and of one-line
 * cross-links inside it: found by shape (a heading with nothing under it, "Label: <a>headline</a>"),
 * not by the words of any one site.
 */

const HEADING = /^H[1-6]$/;
const TEXT_BLOCKS = new Set([
  'p',
  'div',
  'section',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dd',
  'dt',
  'td',
  'th',
  'blockquote',
  'figcaption',
  'header',
  'footer',
  'aside',
  'span',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'small',
  'time',
]);
const INLINE = new Set([
  'span',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'small',
  'time',
  'a',
  'mark',
  'cite',
  'abbr',
  'font',
]);
const MEDIA = new Set([
  'img',
  'picture',
  'video',
  'audio',
  'iframe',
  'table',
  'pre',
  'code',
  'figure',
  'svg',
]);

// An agency's or editor's sign-off code: "dpa/lni", "aja/PAP", "(red)".
const SIGN_OFF = /^\(?[\p{L}]{1,6}(?:\s?\/\s?[\p{L}]{1,8}){1,3}\)?$|^\((?:[\p{L}]{1,5})\)$/u;

/**
 * The last element holding text, descending into the last text-bearing child each time: the block
 * the article ends on. Null when the text ends in a bare text node of a wider block.
 */
function lastTextElement(root: Element): Element | null {
  let el: Element = root;
  for (;;) {
    let next: Element | null = null;
    for (let n = el.lastChild; n; n = n.previousSibling) {
      // A comment's words are never shown: it holds no place at the end of the text.
      if (n.nodeType === 8 || !normalizeSpace(n.textContent)) continue;
      if (n.nodeType !== 1) return el === root ? null : el;
      next = n as Element;
      break;
    }
    if (!next) return el === root ? null : el;
    // Stop at the outermost element that holds the whole of its line: the label's block, not its <span>.
    if (!TEXT_BLOCKS.has(next.localName)) return next;
    el = next;
  }
}

/** The block that `el` stands for: climbs out of wrappers that hold nothing but it. */
function ownBlock(root: Element, el: Element): Element {
  let block = el;
  const t = textOf(el);
  while (block.parentElement && block.parentElement !== root && textOf(block.parentElement) === t) {
    block = block.parentElement;
  }
  return block;
}

/**
 * A last line that no article ends on: a heading (its section never came, or was chrome already
 * removed), or an agency's sign-off code.
 */
function isDanglingEnd(block: Element, t: string): boolean {
  if (
    t.length > 150 ||
    elementsWhere(block, (e) => MEDIA.has(e.localName)).length ||
    MEDIA.has(block.localName)
  )
    return false;
  if (HEADING.test(block.tagName) || elementsWhere(block, (e) => HEADING.test(e.tagName)).length) {
    // A sentence set as a heading is a pull quote of the article, not a section's title.
    if (t.length > 100 || /[.…"“”»«]$/.test(t)) return false;
    // A heading with prose under it in the same box is a section, not a dangling title.
    const heads = elementsWhere(block, (e) => HEADING.test(e.tagName))
      .map(textOf)
      .join(' ');
    return HEADING.test(block.tagName) || normalizeSpace(heads) === t;
  }
  if (t.length > 60 || block.getElementsByTagName('a').length) return false;
  // Not a bold line: a closing call ("Be there!") or one that introduces what follows on the page.
  return SIGN_OFF.test(t);
}

/**
 * Drops, from the end of the article, lines that close nothing: section titles and labels whose
 * boxes of links or teasers the earlier passes took away, and a lone sign-off code.
 */
export function trimDanglingEnd(root: Element): void {
  for (let round = 0; round < 6; round++) {
    const last = lastTextElement(root);
    if (!last) return;
    const block = ownBlock(root, last);
    const t = textOf(block);
    // Bold words ending a paragraph are its prose; only a line of its own can dangle.
    if (INLINE.has(block.localName) || block.closest('table, figure, pre')) return;
    // Never the article itself: there must remain far more text than the line being dropped.
    if (!t || textOf(root).length < t.length + 300 || !isDanglingEnd(block, t)) return;
    block.remove();
  }
}

// "Read also:", "MIRA:", "Lesen Sie auch:": a few words and a colon, before a linked headline.
const LINK_LABEL = /^[\p{L}][\p{L}'’ ]{1,28}[:|»›]$/u;

/**
 * Removes one-line cross-links, "Label: <a>Headline of another story</a>": the whole line is a short
 * label and one link to a headline. List items are left alone (a list of sources or steps), as is
 * any line with words after the link.
 */
export function dropLabelledLinks(root: Element): void {
  const lines = elementsWhere(
    root,
    (e) => e.localName === 'p' || e.localName === 'div' || HEADING.test(e.tagName),
  );
  for (const el of lines) {
    const links = el.getElementsByTagName('a');
    if (links.length !== 1 || !root.contains(el) || el.closest('li')) continue;
    // A div only when it is a line itself, not a box of paragraphs.
    if (
      el.localName === 'div' &&
      (el.getElementsByTagName('p').length || el.getElementsByTagName('div').length)
    )
      continue;
    const t = textOf(el);
    const lt = textOf(links[0]);
    if (t.length > 200 || lt.split(' ').length < 3) continue;
    const label = normalizeSpace(t.endsWith(lt) ? t.slice(0, t.length - lt.length) : '');
    if (!label || label.split(' ').length > 4 || !LINK_LABEL.test(label)) continue;
    el.remove();
  }
}

import { isNotice } from './post-clean-notices';
import { linkDensity, normalizeSpace, signature, textOf } from './dom-utils';

/**
 * The standfirst between an article's title and its body ("lead", "intro", "excerpt", a subtitle in
 * an <h2>) often sits in the article's header, apart from the body's paragraphs: Readability keeps
 * the body and leaves the lead behind, or strips it with a header it judges unlikely. The text
 * blocks that follow the title are noted before Readability runs; afterwards, the ones just before
 * the first block Readability kept, and missing from what it kept, are put back in front.
 */

export interface LeadBlock {
  el: Element;
  text: string;
  /** Whether it reads as a lead at all: not a caption, a date line, a byline or the title again. */
  lead: boolean;
}

const BLOCK_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);
// Not a lead: a picture's caption, a link (a teaser), a table or a list (facts, a menu).
const SKIP_TAGS = new Set(['figure', 'figcaption', 'a', 'table', 'ul', 'ol', 'dl', 'picture', 'video']);
// How far after the title to look: a lead sits within a few blocks of it.
const MAX_BLOCKS = 12;
// ...and within so many elements of it, which bounds the walk on a page whose title stands alone.
const MAX_STEPS = 600;
// A block that can mark where the kept body starts: long enough not to match by chance.
const ANCHOR_MIN = 40;
// A lead is a sentence or two; a shorter line after the title is a date, a byline or a kicker.
const LEAD_MIN = 60;
const LEAD_MAX_LINKS = 0.3;
const MAX_LEADS = 2;

/** A <div> or <span> holding its text directly, as some sites mark their lead up. */
function holdsOwnText(el: Element): boolean {
  let own = 0;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) own += normalizeSpace(n.textContent).length;
    else if (n.nodeType === 1 && BLOCK_TAGS.has((n as Element).localName)) return false;
  }
  return own >= 25;
}

const IMAGE_TAGS = new Set(['img', 'picture', 'figure', 'video']);
// Tag collections rather than a selector list: the box before a block may be large.
const holdsImage = (el: Element | null): boolean =>
  !!el &&
  (IMAGE_TAGS.has(el.localName) ||
    el.getElementsByTagName('img').length > 0 ||
    el.getElementsByTagName('video').length > 0);

// Only small boxes are looked into: a caption's box holds the picture and little else, and reading
// a large one's whole text for each block would cost more than the rest of this.
const small = (el: Element | null): Element | null => (el && el.childElementCount <= 4 ? el : null);

/**
 * A picture's caption or credit marked up as a plain paragraph: holding the image, in a small box
 * that holds one, or carrying a copyright sign. A lead may follow the picture at the top too, but it
 * ends its sentence, and a caption ("… | Agency", "… (Photo: X)") most often does not.
 */
function isCaption(el: Element, text: string): boolean {
  if (text.includes('©') || holdsImage(el)) return true;
  if (holdsImage(small(el.previousElementSibling)) && !/[.!?…"“”»«]$/.test(text)) return true;
  const box = small(el.parentElement);
  return !!box && holdsImage(box) && textOf(box).length < text.length + 80;
}

// Lines of page furniture between a title and its text, named as such by the block or its box.
const META_NAMES = /(?:^|[\s_-])(?:byline|author|date|caption|credits?|legend|copyright|meta)(?=$|[\s_-])/;
// A line of facts joined by bars ("Author | 3 min | Share"), or opening on a numeric date.
const META_TEXT = /\||^.{0,25}\b(\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d\d-\d\d)\b/;

function mayLead(el: Element, text: string, title: string): boolean {
  // A disclosure between title and text ("We may earn a commission…") is the publisher's, not a lead.
  if (text.length < LEAD_MIN || META_TEXT.test(text) || isCaption(el, text) || isNotice(text)) return false;
  // A page that repeats its headline (a kicker line, a second heading) repeats no lead.
  if (title.length >= 20 && (text.includes(title) || title.includes(text.slice(0, 60)))) return false;
  return !META_NAMES.test(signature(el)) && !META_NAMES.test(signature(el.parentElement!));
}

/**
 * The article's title: the page's first <h1> that is not a link (a site's name links to its home
 * page). Given the title the page's metadata names, a page whose only <h1> was chrome (a breadcrumb's
 * last item) has it as an <h2> or <h3> that reads the same.
 */
export function titleHeading(doc: Document, title?: string | null): Element | null {
  if (!doc.body) return null;
  const h1 = [...doc.body.getElementsByTagName('h1')].find((h) => linkDensity(h) < 0.5);
  // A short title ("News") would match a section's heading by chance.
  if (h1 || !title || title.length < 20) return h1 ?? null;
  for (const h of doc.body.querySelectorAll('h2, h3'))
    if (textOf(h) === title && linkDensity(h) < 0.5) return h;
  return null;
}

/** The text blocks after the article's title, in order; call before Readability moves them. */
export function blocksAfterTitle(doc: Document, pageTitle?: string | null): LeadBlock[] {
  const heading = titleHeading(doc, pageTitle);
  if (!heading || !doc.body) return [];
  const walker = doc.createTreeWalker(doc.body, 1 /* SHOW_ELEMENT */);
  walker.currentNode = heading;
  const title = textOf(heading);
  const out: LeadBlock[] = [];
  // Steps past the subtree of the current node: to its next sibling or an ancestor's.
  const skip = (): Node | null => {
    for (let n: Node | null = walker.currentNode; n && n !== doc.body; n = walker.parentNode()) {
      const next = walker.nextSibling();
      if (next) return next;
    }
    return null;
  };
  for (let n = skip(), steps = 0; n && out.length < MAX_BLOCKS && steps < MAX_STEPS; steps++) {
    const el = n as Element;
    const tag = el.localName;
    if (SKIP_TAGS.has(tag)) {
      n = skip();
      continue;
    }
    if (BLOCK_TAGS.has(tag) || ((tag === 'div' || tag === 'span') && holdsOwnText(el))) {
      const text = textOf(el);
      if (text && !out.some((b) => b.text === text))
        out.push({ el: el.cloneNode(true) as Element, text, lead: mayLead(el, text, title) });
      n = skip();
      continue;
    }
    n = walker.nextNode();
  }
  return out;
}

const key = (text: string): string => text.slice(0, 80);

/** Puts back in front of `container` the lead that Readability left out; returns how many blocks. */
export function restoreLead(container: Element, blocks: LeadBlock[]): number {
  if (!blocks.length) return 0;
  const kept = normalizeSpace(container.textContent);
  const start = blocks.findIndex((b) => b.text.length >= ANCHOR_MIN && kept.includes(key(b.text)));
  if (start <= 0) return 0;
  const leads: Element[] = [];
  for (let i = start - 1; i >= 0 && leads.length < MAX_LEADS; i--) {
    const b = blocks[i]!;
    // A kept block marks where the body starts; a short one (a subheading, a label) may be found in
    // the body by chance, or be the body's own first heading, with the lead before it.
    if (kept.includes(key(b.text))) {
      if (b.text.length >= ANCHOR_MIN) break;
      continue;
    }
    if (!b.lead) continue;
    if (linkDensity(b.el) > LEAD_MAX_LINKS) break;
    leads.unshift(b.el);
  }
  const doc = container.ownerDocument;
  for (const el of leads.reverse()) {
    // A subtitle marked up as a heading reads as the lead paragraph it is.
    const p = doc.createElement('p');
    p.append(...el.childNodes);
    container.prepend(p);
  }
  return leads.length;
}

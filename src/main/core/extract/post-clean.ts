import { linkDensity, normalizeSpace, textOf } from './dom-utils';

/**
 * Cleaning after Readability: what it keeps of the chrome, found by structure and position.
 * Works on the fragment Readability returns (`container` holds the article).
 */

// Headings (or heading-like short blocks) that open a section which is not the article.
const END_SECTION =
  /^(related( (posts?|articles?|stories|content|reading|coverage|links|topics))?|check also|see also|also read|read (more|also|next)|more (from|on|in|about|stories|news)\b.*|more like this|you (may|might) (also )?(like|enjoy|be interested in)|recommended( for you| reading| stories)?|popular( posts| stories)?|most (read|popular|viewed)|trending( now)?|further reading|leave a (reply|comment)|post a comment|add a comment|join the (conversation|discussion)|\d+ (comments?|responses?|replies)|comments?( \(\d+\))?|responses|discussion|share( this( post| article| story)?)?( on)?|about the authors?|about (us|me)|tags?|tagged|topics|filed under|newsletter|subscribe.*|sign up.*|lire aussi|à lire aussi|sur le même sujet|voir aussi|mehr zum thema|lesen sie auch|auch interessant|das könnte sie (auch )?interessieren|weitere artikel|ähnliche artikel|kommentare?|leer más|relacionad[oa]s|te puede interesar|leggi anche|articoli correlati|das (thema )?könnte (dich|sie) (auch )?interessieren|(ähnliche|verwandte|weitere) (artikel|beiträge|themen)|((möchten|wollen) sie|(möchtest|willst) du) (den|diesen) (artikel|beitrag) teilen|(diesen )?(artikel|beitrag) teilen|(war|ist) (der|dieser) (artikel|beitrag|text) (nützlich|hilfreich)|(was|is) this (article|post|page) (helpful|useful)|did you (like|enjoy) this (article|post|story)|(latest|recent) (posts|news|articles|stories)|neueste (artikel|beiträge|nachrichten)|editor'?s picks|à lire également|vous aimerez aussi|articles similaires|dans la même rubrique|noticias relacionadas|(también )?te puede interesar|ti potrebbe interessare|potrebbe interessarti)\s*[:!?.]?$/i;

// One-line teaser paragraphs: "Related: <a>Another story</a>".
const TEASER_PREFIX =
  /^(related|read more|read also|also read|see also|more|recommended|lire aussi|à lire aussi|lesen sie auch|mehr zum thema|siehe auch|leggi anche|lee también|watch|listen)\s*[:»›|-]/i;

// Labels come dressed in punctuation: "- Anzeige -", "Advertisement:", "*Werbung*".
const AD_LABEL =
  /^[-–—*:|\s]*(advertisement|advertising|advertisements|ad|ads|sponsored( content)?|paid (content|post)|anzeige|werbung|publicité|publicidad|pubblicità|reklame|reklama|annonce|scroll to continue( with content)?|continue reading below|story continues below( advertisement)?|article continues below( advertisement)?)[-–—*:|\s]*$/i;

const SHARE_WORDS =
  /^(share|share this|share on|share via|share via email|tweet|facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|email|e-mail|print|copy link|copy|messenger|flipboard|threads|bluesky|mastodon|partager|teilen|compartir|condividi|[|·•,/\s-])+$/i;

const TAGS_PREFIX =
  /^(tags?|tagged( with| as)?|topics?|filed under|keywords|schlagworte|schlagwörter|mots-clés|étiquettes|etiquetas)\s*:/i;

const CREDIT =
  /^(photo|image|picture|foto|bild|illustration|credit|source|quelle)s?\s*(credit)?\s*[:©]|^©|\b(getty images|reuters|associated press|shutterstock|afp|dpa|epa)\b\s*$/i;

const ADDRESS = /^(https?:\/\/|www\.)\S+$|^[^\s@]+@[^\s@]+\.\w+$/i;

const BLOCK =
  'p, div, section, ul, ol, dl, table, figure, blockquote, pre, h1, h2, h3, h4, h5, h6, header, footer, aside';
const LABELS = BLOCK + ', span, strong, b, dt';

/** A short block whose whole text is a section label: a heading, or a bold line, or a styled div. */
function isSectionLabel(el: Element, t: string): boolean {
  if (!t || t.length > 60 || el.querySelector('a, img')) return false;
  if (/^H[1-6]$/.test(el.tagName)) return true;
  // A bold word inside a sentence ("<b>Discussion</b> of the results…") is prose, not a label.
  if (INLINE.test(el.tagName) && inRunningText(el, t)) return false;
  // The innermost element carrying the label, not every wrapper around it.
  return ![...el.children].some((c) => textOf(c) === t);
}

const INLINE = /^(SPAN|STRONG|B|EM|I|U|SMALL|MARK|CODE|ABBR|CITE|Q|SUB|SUP|TIME)$/;

/** True when words (not links, as in "Related: <a>…</a>") run on either side of an inline element. */
function inRunningText(el: Element, t: string): boolean {
  let line = el;
  while (line.parentElement && INLINE.test(line.parentElement.tagName) && textOf(line.parentElement) === t)
    line = line.parentElement;
  const runsOn = (start: ChildNode | null, next: (n: ChildNode) => ChildNode | null): boolean => {
    for (let n = start; n; n = next(n)) {
      if (n.nodeType === 3) {
        if (/[\p{L}\p{N}]/u.test(n.textContent ?? '')) return true;
        continue;
      }
      return n.nodeType === 1 && INLINE.test((n as Element).tagName) && !!textOf(n as Element);
    }
    return false;
  };
  return (
    runsOn(line.previousSibling, (n) => n.previousSibling) || runsOn(line.nextSibling, (n) => n.nextSibling)
  );
}

/** Text length of everything in `root` that precedes `el` in document order. */
function textBefore(root: Element, el: Element): number {
  let total = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (el.contains(n) || el.compareDocumentPosition(n) & 4 /* FOLLOWING */) break;
    total += normalizeSpace(n.textContent).length;
  }
  return total;
}

/** Removes `el` and everything after it, up to `root`. */
function truncateFrom(root: Element, el: Element): void {
  let node: Element | null = el;
  while (node && node !== root) {
    while (node.nextSibling) node.nextSibling.remove();
    const parent: Element | null = node.parentElement;
    if (node === el) node.remove();
    node = parent;
  }
}

function keepsMedia(el: Element): boolean {
  return (
    !!el.querySelector('img, picture, video, audio, table, pre, code') || el.matches('figure, table, pre')
  );
}

export function postClean(root: Element): void {
  const total = textOf(root).length;

  // 1. An end-of-article section heading ("Related posts", "Leave a Reply"): cut from it to the end,
  //    once we are past most of the article; before that, drop only its own small box.
  for (const el of [...root.querySelectorAll(LABELS)]) {
    if (!root.contains(el)) continue;
    const t = textOf(el);
    if (!END_SECTION.test(t) || !isSectionLabel(el, t)) continue;
    const before = textBefore(root, el);
    if (before >= total * 0.6) {
      truncateFrom(root, el);
    } else {
      let box = el.parentElement;
      // Climb out of inline wrappers to the box that holds the label and its links.
      while (box && box !== root && textOf(box) === t) box = box.parentElement;
      if (box && box !== root && textOf(box).length < 600 && linkDensity(box) > 0.3) box.remove();
      else el.remove();
    }
  }

  for (const el of [...root.querySelectorAll(BLOCK + ', span, a, small, em')]) {
    if (!root.contains(el)) continue;
    const t = textOf(el);
    if (!t) {
      if (!keepsMedia(el) && !el.querySelector('br, hr') && el.tagName !== 'TD') el.remove();
      continue;
    }
    if (AD_LABEL.test(t) || (t.length < 120 && SHARE_WORDS.test(t) && el.tagName !== 'A')) {
      el.remove();
      continue;
    }
    if (
      el.matches('p, div, li, ul, span, section') &&
      t.length < 300 &&
      (TAGS_PREFIX.test(t) || (TEASER_PREFIX.test(t) && linkDensity(el) > 0.4))
    ) {
      el.remove();
      continue;
    }
    // Link lists and teaser boxes: mostly links, little prose.
    if (el.matches('ul, ol, div, section, p, table') && !keepsMedia(el)) {
      const links = el.querySelectorAll('a').length;
      const ld = linkDensity(el);
      if (links >= 3 && ld > 0.7 && t.length < 2000) el.remove();
      // A paragraph that is one written-out address (a URL, an e-mail) is a reference the author gave.
      else if (
        links >= 1 &&
        ld > 0.9 &&
        t.length < 200 &&
        el.tagName !== 'LI' &&
        !el.closest('li') &&
        !(el.tagName === 'P' && links === 1 && ADDRESS.test(t))
      )
        el.remove();
    }
  }

  // Photo credits that sit on their own, outside a caption's prose.
  for (const el of [
    ...root.querySelectorAll('p, span, small, div, figcaption > span, figcaption > small, cite'),
  ]) {
    const t = textOf(el);
    if (t && t.length < 100 && CREDIT.test(t) && el.children.length <= 1 && !el.matches('figcaption'))
      el.remove();
  }

  // Empty wrappers left behind.
  for (const el of [...root.querySelectorAll('div, section, span, p, ul, ol, li')].reverse()) {
    if (root.contains(el) && !textOf(el) && !keepsMedia(el) && !el.querySelector('br, hr')) el.remove();
  }
}

import { elementsWhere, normalizeSpace, textBefore, textOf } from './dom-utils';

/**
 * The publisher's notices that frame an article rather than tell it: a plea to support or join
 * the publication, a disclosure of affiliate links or advertising, a disclaimer that the piece is
 * the author's opinion, a licence line. Each is a short block of its own at the very start or the
 * very end of the text; the same words inside the story (a report on donations, on a licence) sit
 * among its paragraphs and are left alone.
 */

// Asking the reader to pay for, join or spread the publication, or to install its app.
const SUPPORT_PLEA = new RegExp(
  [
    '\\b(consider|please) support(ing)? (us|our)\\b',
    '\\bsupport (our|independent|quality) journalism\\b',
    '\\bhelp us (continue|keep)\\b',
    '\\bbecome a (member|supporter|patron)\\b',
    '\\b(download|get|install)\\b.{0,60}\\b(our|the) [\\p{L} ]{0,30}\\bapps?\\b',
    '\\bunterstützen sie (uns|unsere arbeit|unabhängigen journalismus)\\b',
    '^unterstütze (uns|unsere arbeit|[\\p{Lu}][\\p{L}]+)\\b',
    // A paywall's line where the free part of the story stops.
    '\\bto (view|read|continue reading|access) (the|this) (full|entire|whole|rest of the) (story|article)\\b.{0,40}\\bsubscri',
    // "Follow The Gleaner on Twitter and Instagram…": a closing line pointing to the publisher's accounts.
    "^(please )?follow (us|[\\p{Lu}][\\p{L}.&' ]{0,30}) on (twitter|facebook|instagram|x|linkedin|tiktok|youtube|threads|bluesky|mastodon|whatsapp|telegram)\\b",
    '\\b(werden sie|werde) (jetzt )?(mitglied|unterstützer)',
    'apóyanos|hazte (miembro|socio|suscriptor)|cancela cuando quieras',
    'soutenez(-nous| notre)',
    '\\bsubskrypcj|wesprzyj nas',
    // A newsletter's own footer or header, kept on its web copy.
    '\\b(was )?this (email|newsletter) (was )?forwarded to you\\b|\\bforwarded this (email|newsletter)\\b',
    '\\binvit(e|ing) (your )?(friends|colleagues)\\b.{0,40}\\b(join|subscribe|sign up)\\b',
  ].join('|'),
  'iu',
);

// A disclosure of paid links or advertising, a disclaimer of the editors' view, a licence line.
const DISCLOSURE = new RegExp(
  [
    '\\baffiliate[- ]?links?\\b',
    '\\bprovision (vom|von|erhält|erhalten)\\b|\\beine provision\\b',
    '\\b(enthält|beinhaltet) (unbezahlte )?werbung\\b',
    '\\b(we|may) (may )?earn (a|an) (small )?(commission|affiliate)',
    '\\b(we|may) (may )?receive (compensation|a commission)\\b|\\badvertiser disclosure\\b|\\bfrom one or more of our advertisers\\b',
    '\\bmeinung (des|der) (autors|autorin|verfassers|verfasserin)\\b',
    '\\bnicht (notwendigerweise|unbedingt|zwingend) (die )?(meinung )?der redaktion\\b',
    '\\b(views|opinions) expressed\\b',
    '\\bnot (necessarily )?(reflect|represent) the (views|opinions|position)\\b',
    '\\bnot responsible for the (opinions|views|content)\\b',
    '\\b(lizenz|license|licence|licencia|licence) cc[- ]|\\bcreative commons\\b',
    '\\bangaben ohne gewähr\\b',
    '\\b(von|by) (medizinern|ärzten|ärztinnen|fachärzten|experten) (geprüft|überprüft)\\b',
    '\\b(medically|medizinisch) (reviewed|geprüft)\\b|\\bfact[- ]checked by\\b',
    // The typo-report widget's line: "Found a mistake? Select the text and press Ctrl+Enter".
    '\\bctrl\\s?\\+\\s?enter\\b',
  ].join('|'),
  'iu',
);

// A notice is a sentence or two; a paragraph of the story runs longer.
const MAX_NOTICE = 250;
// How near the start or the end of the text a notice must stand.
const EDGE = 0.15;

/** A block holding its own line of text: a paragraph, or a div with no paragraphs inside. */
function isLine(el: Element): boolean {
  if (el.localName === 'p') return true;
  return (
    el.localName === 'div' && !el.getElementsByTagName('p').length && !el.getElementsByTagName('div').length
  );
}

/** Whether a short block of text is one of the publisher's notices (wherever it stands). */
export function isNotice(t: string): boolean {
  return !!t && t.length <= MAX_NOTICE && (SUPPORT_PLEA.test(t) || DISCLOSURE.test(t));
}

/** Removes the short notices standing at the start or the end of `root`. */
export function dropNotices(root: Element): void {
  const total = normalizeSpace(root.textContent).length;
  if (!total) return;
  // Where each stands is judged on the text as it was, before any notice went.
  const edge = elementsWhere(root, isLine).filter((el) => {
    const t = textOf(el);
    if (!isNotice(t)) return false;
    const before = textBefore(root, el);
    return before <= total * EDGE || before + t.length >= total * (1 - EDGE);
  });
  for (const el of edge) el.remove();
}

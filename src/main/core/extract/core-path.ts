/**
 * Pre-clean spares the block holding the most paragraph text and everything around it, but
 * Readability has its own, blunter tests: it drops any element whose class or id merely contains
 * "footer", "header", "extra", "menu"… ("above-footer", "page-header-wrap"), any element with a
 * role of menu or dialog, and any hidden one, with all it holds. When such a wrapper encloses the
 * article, Readability never sees the article and picks a disclosure box or a teaser instead.
 * The wrappers on the way from the article up to the body are cleared of those marks; a wrapper
 * that pre-clean's own words name as chrome (comments, related, sidebar) keeps them, so a comment
 * thread or a sidebar that happens to hold the longest text is still left out.
 */

import { isHidden, paragraphProse } from './dom-utils';

// Readability 0.6.0's REGEXPS.unlikelyCandidates and okMaybeItsACandidate, and UNLIKELY_ROLES.
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;
const UNLIKELY_ROLES = new Set([
  'menu',
  'menubar',
  'complementary',
  'navigation',
  'alert',
  'alertdialog',
  'dialog',
]);

/** What Readability's name test reads: the class and id joined. */
const nameOf = (el: Element): string => `${el.getAttribute('class') ?? ''} ${el.id}`;

/** Whether Readability would drop the element, and all it holds, before scoring. */
export function readabilityDrops(el: Element): boolean {
  if (el.localName === 'body' || el.localName === 'a') return false;
  if (isHidden(el)) return true;
  const role = el.getAttribute('role');
  if (role && UNLIKELY_ROLES.has(role)) return true;
  const name = nameOf(el);
  return UNLIKELY.test(name) && !MAYBE.test(name) && !el.closest('table, code');
}

// An article's worth of prose paragraphs; a comment form or a teaser grid holds less.
const CORE_MIN_PROSE = 600;

/**
 * Clears the marks by which Readability would drop the article's own block or a wrapper of it;
 * `isChrome` says which wrappers are chrome all the same, and a block inside one is left as it is.
 * Returns how many elements it changed.
 */
export function clearPathToCore(core: Element, isChrome: (el: Element) => boolean): number {
  const body = core.ownerDocument.body;
  const dropped: Element[] = [];
  for (let el: Element | null = core; el && el !== body; el = el.parentElement) {
    if (!readabilityDrops(el)) continue;
    if (isChrome(el)) return 0;
    dropped.push(el);
  }
  if (!dropped.length || paragraphProse(core) < CORE_MIN_PROSE) return 0;
  for (const el of dropped)
    for (const attr of ['class', 'id', 'role', 'hidden', 'aria-hidden', 'style']) el.removeAttribute(attr);
  return dropped.length;
}

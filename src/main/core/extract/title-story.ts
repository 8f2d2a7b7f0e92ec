import { normalizeSpace, paragraphProse, PROSE_MIN } from './dom-utils';
import { titleHeading, type LeadBlock } from './lead';

/**
 * Readability may keep a block that leaves out every paragraph after the page's title: a later,
 * longer story of an endless page (some news sites load the next stories below the first, each an
 * <article> with its own title), or one section of an article split into page-builder rows. The
 * page's story is the one its title heads: then the <article> around the title is taken instead.
 */

// The paragraphs that follow the title and show whether Readability kept its story.
const MIN_BLOCKS = 2;
const OPENING = 3;
const KEY = 80;
// The story around the title holds at least this much paragraph text.
const STORY_MIN_PROSE = 400;

/** Whether Readability kept none of the prose paragraphs that follow the page's title. */
export function missedTitleStory(container: Element, afterTitle: LeadBlock[]): boolean {
  // The story's opening paragraphs: further on, the walk after the title may reach the next story.
  const prose = afterTitle.filter((b) => b.lead && b.text.length >= PROSE_MIN).slice(0, OPENING);
  if (prose.length < MIN_BLOCKS) return false;
  const kept = normalizeSpace(container.textContent);
  return !prose.some((b) => kept.includes(b.text.slice(0, KEY)));
}

// How far above the title a block without <article> markup may start.
const MAX_CLIMB = 4;

/**
 * The <article> around the page's title (found as the lead finds it, so that both see the same
 * title), when it holds a story's worth of paragraphs; on a page without <article> markup, the
 * nearest block above the title that holds them.
 */
export function titleStory(doc: Document, pageTitle?: string | null): Element | null {
  const heading = titleHeading(doc, pageTitle);
  if (!heading) return null;
  const story = heading.closest('article');
  if (story) return paragraphProse(story) >= STORY_MIN_PROSE ? story : null;
  let el = heading.parentElement;
  for (let up = 0; up < MAX_CLIMB && el && el !== doc.body && el.localName !== 'main'; up++) {
    if (paragraphProse(el) >= STORY_MIN_PROSE) return el;
    el = el.parentElement;
  }
  return null;
}

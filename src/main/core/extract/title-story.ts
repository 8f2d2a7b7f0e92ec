import { normalizeSpace, textOf } from './dom-utils';
import { titleHeading, type LeadBlock } from './lead';

/**
 * Readability may keep a block that leaves out every paragraph after the page's title: a later,
 * longer story of an endless page (some news sites load the next stories below the first, each an
 * <article> with its own title), or one section of an article split into page-builder rows. The
 * page's story is the one its title heads: then the <article> around the title is taken instead.
 */

// The paragraphs that follow the title and show whether Readability kept its story.
const PROSE_MIN = 80;
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

/** The <article> around the page's title, when it holds a story's worth of paragraphs. */
export function titleStory(doc: Document): Element | null {
  const story = titleHeading(doc)?.closest('article');
  if (!story) return null;
  let prose = 0;
  for (const p of story.getElementsByTagName('p')) {
    const len = textOf(p).length;
    if (len >= PROSE_MIN) prose += len;
  }
  return prose >= STORY_MIN_PROSE ? story : null;
}

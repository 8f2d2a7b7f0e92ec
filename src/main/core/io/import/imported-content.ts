import { assignImagePlaceholders, type ImageRef } from '../../assets/placeholders';
import { bestCandidate } from '../../assets/srcset';
import { sanitizeToBody } from '../../extract/sanitize';
import { blockText, countWords } from '../../extract/text';

export interface CleanContent {
  contentHtml: string;
  text: string;
  wordCount: number;
  readingMinutes: number;
  /** Images behind the placeholders in contentHtml, to be downloaded by the queue. */
  images: ImageRef[];
}

function absolute(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return null;
  }
}

/**
 * Article HTML that another service already extracted (Omnivore, Wallabag, a Quire archive): it is
 * as hostile as any page, so it is sanitised like one; it is not run through Readability again,
 * which could only lose text that person chose to keep. Links and images are made absolute against
 * the article's URL so they still work once the HTML is stored on its own.
 */
export function cleanImportedContent(html: string, pageUrl: string): CleanContent {
  const body = sanitizeToBody(html);
  // Not querySelectorAll: see assignImagePlaceholders (jsdom's selector engine pins documents).
  for (const img of [...body.getElementsByTagName('img')]) {
    // The best srcset candidate, resolved now: a relative srcset means nothing without its page.
    const best = absolute(bestCandidate(img.getAttribute('srcset')), pageUrl);
    const src = absolute(img.getAttribute('src'), pageUrl);
    img.removeAttribute('srcset');
    if (best) img.setAttribute('srcset', best);
    if (src) img.setAttribute('src', src);
    else img.removeAttribute('src');
  }
  for (const a of [...body.getElementsByTagName('a')]) {
    if (!a.hasAttribute('href')) continue;
    const href = absolute(a.getAttribute('href'), pageUrl);
    if (href && /^(https?|mailto):/i.test(href)) a.setAttribute('href', href);
    else a.removeAttribute('href');
  }
  const text = blockText(body);
  const images = assignImagePlaceholders(body);
  return { contentHtml: body.innerHTML, text, ...countWords(text), images };
}

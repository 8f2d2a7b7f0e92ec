import { elementsWhere, normalizeSpace } from './dom-utils';
import { INERT_FRAME } from './prepare-html';

/** Players and embeds whose content is a piece of media worth a link in the stored article. */
const MEDIA_HOSTS =
  /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com|dailymotion\.com|soundcloud\.com|spotify\.com|podcasts\.apple\.com|bandcamp\.com|ted\.com|twitch\.tv|archive\.org|arte\.tv|ardmediathek\.de|zdf\.de)$/i;

/** Marks the link that stands for a player, so later cleaning knows it is content, not a link list. */
export const MEDIA_LINK_CLASS = 'quire-media';

function mediaLink(doc: Document, href: string, label: string): HTMLParagraphElement {
  const p = doc.createElement('p');
  p.className = MEDIA_LINK_CLASS;
  const a = doc.createElement('a');
  a.href = href;
  a.textContent = label;
  p.append(a);
  return p;
}

/** AMP pages name the video, not a player address. */
function ampVideoUrl(el: Element): string | null {
  const id = el.getAttribute('data-videoid');
  if (!id || !/^[\w-]{1,64}$/.test(id)) return null;
  if (el.localName === 'amp-youtube') return `https://www.youtube.com/watch?v=${id}`;
  if (el.localName === 'amp-vimeo') return `https://vimeo.com/${id}`;
  return null;
}

/**
 * Embedded players cannot run in the reader (no frames, no network while reading), so each one
 * is replaced by a link to the media, which the person can open in their browser.
 */
export function embedsToLinks(doc: Document): void {
  const root = doc.documentElement;
  if (!root) return;
  // A walk with plain checks: jsdom's selector engine is slow on selector lists.
  const players = elementsWhere(root, (el) => {
    const tag = el.localName;
    if (tag === 'video' || tag === 'audio') return true;
    if (tag === 'iframe' || tag === INERT_FRAME || tag === 'embed')
      return el.hasAttribute('src') || el.hasAttribute('data-src');
    if (tag === 'amp-youtube' || tag === 'amp-vimeo') return el.hasAttribute('data-videoid');
    return tag === 'object' && el.hasAttribute('data');
  });
  for (const el of players) {
    const raw =
      ampVideoUrl(el) ??
      // A lazy-loaded player names its address in data-src until a script swaps it in.
      (el.getAttribute('src') || el.getAttribute('data-src')) ??
      el.getAttribute('data') ??
      el.querySelector('source[src]')?.getAttribute('src') ??
      null;
    if (!raw) continue;
    let url: URL;
    try {
      url = new URL(raw, doc.baseURI);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    const isMediaTag = el.tagName === 'VIDEO' || el.tagName === 'AUDIO' || el.localName.startsWith('amp-');
    if (!isMediaTag && !MEDIA_HOSTS.test(url.hostname)) continue;
    const title = normalizeSpace(el.getAttribute('title') ?? el.getAttribute('aria-label'));
    const kind = el.tagName === 'AUDIO' ? 'Audio' : 'Video';
    const label = title ? `${kind}: ${title}` : `${kind} (${url.hostname.replace(/^www\./, '')})`;
    // Wrappers around the player alone (a theme's div.embed__wrapper) go with it: Readability's
    // conditional cleaning would take an all-link div for a link box and the link with it.
    let target: Element = el;
    while (
      target.parentElement &&
      /^(DIV|SPAN)$/.test(target.parentElement.tagName) &&
      target.parentElement.children.length === 1 &&
      !normalizeSpace(target.parentElement.textContent)
    )
      target = target.parentElement;
    target.replaceWith(mediaLink(doc, url.href, label));
  }
}

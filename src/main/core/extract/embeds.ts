import { elementsWhere, normalizeSpace } from './dom-utils';

/** Players and embeds whose content is a piece of media worth a link in the stored article. */
const MEDIA_HOSTS =
  /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com|dailymotion\.com|soundcloud\.com|spotify\.com|podcasts\.apple\.com|bandcamp\.com|ted\.com|twitch\.tv|archive\.org|arte\.tv|ardmediathek\.de|zdf\.de)$/i;

function mediaLink(doc: Document, href: string, label: string): HTMLParagraphElement {
  const p = doc.createElement('p');
  const a = doc.createElement('a');
  a.href = href;
  a.textContent = label;
  p.append(a);
  return p;
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
    if (tag === 'iframe' || tag === 'embed') return el.hasAttribute('src');
    return tag === 'object' && el.hasAttribute('data');
  });
  for (const el of players) {
    const raw =
      el.getAttribute('src') ??
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
    const isMediaTag = el.tagName === 'VIDEO' || el.tagName === 'AUDIO';
    if (!isMediaTag && !MEDIA_HOSTS.test(url.hostname)) continue;
    const title = normalizeSpace(el.getAttribute('title') ?? el.getAttribute('aria-label'));
    const kind = el.tagName === 'AUDIO' ? 'Audio' : 'Video';
    const label = title ? `${kind}: ${title}` : `${kind} (${url.hostname.replace(/^www\./, '')})`;
    el.replaceWith(mediaLink(doc, url.href, label));
  }
}

import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { MISSING_IMAGE_ATTR, sanitizeArticleHtml } from '../../lib/sanitize';

interface ReaderContentProps {
  html: string;
  lang: string | null;
  /** Where stored images are served from; null when it is not known (every image shows as text). */
  assetBase: string | null;
}

/** The article body: sanitised again right here, then inserted as HTML. */
export function ReaderContent({ html, lang, assetBase }: ReaderContentProps) {
  const ref = useRef<HTMLDivElement>(null);
  const safeHtml = useMemo(() => sanitizeArticleHtml(html, assetBase), [html, assetBase]);

  // Images that were never stored give way to their description before the first paint.
  useLayoutEffect(() => {
    for (const img of ref.current?.querySelectorAll<HTMLImageElement>(`img[${MISSING_IMAGE_ATTR}]`) ?? [])
      replaceBrokenImage(img);
  }, [safeHtml]);

  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    // Error events do not bubble, but they can be caught on the way down: one listener serves every image.
    const onError = (event: Event) => {
      if (event.target instanceof HTMLImageElement) replaceBrokenImage(event.target);
    };
    container.addEventListener('error', onError, true);
    return () => container.removeEventListener('error', onError, true);
  }, []);

  return (
    <div
      ref={ref}
      className="reader-content"
      lang={lang ?? undefined}
      dangerouslySetInnerHTML={{ __html: safeHtml }}
    />
  );
}

const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * A picture that is not stored, or cannot load, gives way to its description rather than a
 * broken-image icon. Without a description it just goes; so does one that only repeats its
 * figure's caption, which stays. A figure left with nothing in it goes too.
 */
function replaceBrokenImage(img: HTMLImageElement): void {
  const alt = normalise(img.getAttribute('alt'));
  const figure = img.closest('figure');
  const caption = normalise(figure?.querySelector('figcaption')?.textContent);
  if (!alt || alt === caption) {
    img.remove();
  } else {
    const note = document.createElement('span');
    note.className = 'missing-image';
    note.textContent = alt;
    img.replaceWith(note);
  }
  if (figure && !normalise(figure.textContent) && !figure.querySelector('img, video, audio, table'))
    figure.remove();
}

import { useEffect, useMemo, useRef } from 'react';
import { sanitizeArticleHtml } from '../../lib/sanitize';

/** The article body: sanitised again right here, then inserted as HTML. */
export function ReaderContent({ html, lang }: { html: string; lang: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  const safeHtml = useMemo(() => sanitizeArticleHtml(html), [html]);

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

/** A picture that cannot load gives way to its description rather than a broken-image icon. */
function replaceBrokenImage(img: HTMLImageElement): void {
  const alt = img.alt.trim();
  if (!alt) {
    img.remove();
    return;
  }
  const note = document.createElement('span');
  note.className = 'missing-image';
  note.textContent = alt;
  img.replaceWith(note);
}

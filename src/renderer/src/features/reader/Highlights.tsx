import type { Highlight } from '@shared/domain';
import { formatDate } from '../../lib/format';

/** The passages marked in the article (brought in by an import), at the end of the reader. */
export function Highlights({ highlights, lang }: { highlights: Highlight[]; lang: string | null }) {
  if (highlights.length === 0) return null;
  return (
    <section className="highlights" aria-labelledby="highlights-title">
      <h2 id="highlights-title" className="highlights-title">
        Highlights
      </h2>
      <ol className="highlight-list">
        {highlights.map((h) => (
          <li key={h.id} className="highlight">
            <blockquote className="highlight-text" lang={lang ?? undefined}>
              {h.text}
            </blockquote>
            {h.note && <p className="highlight-note">{h.note}</p>}
            {formatDate(h.createdAt) && <p className="highlight-date">{formatDate(h.createdAt)}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

import { type ImportHighlight } from '../types';

// Omnivore ends each quote with a link back to it in the app: "[⤴️](https://omnivore.app/me/…#…)".
const BACKLINK = /\s*\[[^\]]*\]\(https?:\/\/[^)]*omnivore[^)]*\)\s*$/i;

/**
 * Highlights from an Omnivore `highlights/<slug>.md`: each `> quoted` block is a highlight, and the
 * paragraph after it (up to the next quote) is the reader's note. Headings are ignored.
 */
export function parseOmnivoreHighlights(markdown: string): ImportHighlight[] {
  const out: ImportHighlight[] = [];
  let quote: string[] = [];
  let note: string[] = [];
  let inQuote = false;
  const flush = () => {
    const text = quote.join('\n').replace(BACKLINK, '').trim();
    if (text) out.push({ text, note: note.join('\n').trim() || null, createdAt: null });
    quote = [];
    note = [];
  };
  for (const raw of markdown.split(/\r?\n|\r/)) {
    const line = raw.trimEnd();
    if (line.startsWith('>')) {
      if (!inQuote) flush();
      inQuote = true;
      quote.push(line.replace(/^>\s?/, ''));
    } else {
      inQuote = false;
      if (/^#{1,6}\s/.test(line) || quote.length === 0) continue;
      note.push(line);
    }
  }
  flush();
  return out;
}

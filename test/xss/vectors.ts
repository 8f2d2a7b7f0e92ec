import fs from 'node:fs';
import path from 'node:path';
import { OWN_VECTORS } from './own-vectors';

/** An attack: markup an article may carry, from a public corpus or written here per attack class. */
export interface Vector {
  id: string;
  source: 'own' | 'dompurify' | 'h5sc' | 'owasp';
  payload: string;
}

export const CORPUS_DIR = path.resolve(import.meta.dirname, '../../../shared/corpus/xss');

/** The public corpora are read where they live (never copied into the repository). */
export function loadVectors(): { vectors: Vector[]; missingCorpus: string | null } {
  const vectors: Vector[] = OWN_VECTORS.map((v) => ({ ...v, source: 'own' as const }));
  if (!fs.existsSync(CORPUS_DIR)) return { vectors, missingCorpus: `no XSS corpus at ${CORPUS_DIR}` };
  for (const source of ['dompurify', 'h5sc', 'owasp'] as const) {
    const items = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, `${source}.json`), 'utf8')) as {
      id: string;
      payload: string;
    }[];
    for (const it of items) vectors.push({ id: it.id, source, payload: it.payload });
  }
  return { vectors, missingCorpus: null };
}

const FILLER =
  'The committee met on Tuesday to discuss the harbour budget, and members spent most of the session on ' +
  'the question of dredging, which has been postponed three times since the storm damaged the outer wall. ';

/** A realistic article around the payload, so extraction keeps it in the body. */
export function vectorPage(v: Vector): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report ${v.id}</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>Report ${v.id}</h1>
<p>${FILLER.repeat(2)}</p>
<div>${v.payload}</div>
<p>${FILLER.repeat(2)}</p>
<p>${FILLER}</p>
</article><footer>Footer</footer></body></html>`;
}

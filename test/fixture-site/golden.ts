import fs from 'node:fs';
import path from 'node:path';
import { loadFixturePages, type FixtureExpectation } from './server';

/**
 * Golden pages for the extraction tests only: the fixture web server does not serve them.
 * Each is `<name>.html` (raw bytes, in whatever charset the page declares) plus `<name>.expect.json`.
 */
export const GOLDEN_DIR = path.resolve(import.meta.dirname, '../fixtures/golden');

/** Metadata fields a golden page states; `null` means the page gives none (e.g. no category). */
export interface GoldenMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  category: string | null;
}

export type MetadataField = keyof GoldenMetadata;

export const METADATA_FIELDS: readonly MetadataField[] = [
  'title',
  'byline',
  'siteName',
  'lang',
  'publishedTime',
  'category',
];

/**
 * What the extractor is known to get wrong on a page today: the correct expectation, moved out of
 * the asserted fields so it is reported rather than failing, until the extractor is fixed.
 */
export interface KnownGaps extends Partial<GoldenMetadata> {
  mustKeep?: string[];
  mustDrop?: string[];
  /** One line per gap: what the extractor does instead. */
  notes?: string[];
}

export interface GoldenExpectation extends Partial<GoldenMetadata> {
  path: string;
  contentType: string;
  mustKeep: string[];
  mustDrop: string[];
  knownGaps?: KnownGaps;
}

export interface GoldenPage {
  /** "golden/<name>" or "pages/<name>". */
  name: string;
  file: string;
  expect: GoldenExpectation;
}

function check(name: string, e: GoldenExpectation): GoldenExpectation {
  for (const field of METADATA_FIELDS) {
    const asserted = field in e;
    const gap = e.knownGaps !== undefined && field in e.knownGaps;
    if (asserted === gap) {
      throw new Error(`${name}: "${field}" must be either asserted or listed in knownGaps, exactly once`);
    }
  }
  return e;
}

export function loadGoldenPages(): GoldenPage[] {
  return fs
    .readdirSync(GOLDEN_DIR)
    .filter((f) => f.endsWith('.expect.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.expect\.json$/, '');
      const raw = JSON.parse(fs.readFileSync(path.join(GOLDEN_DIR, f), 'utf8')) as GoldenExpectation;
      return {
        name: `golden/${name}`,
        file: path.join(GOLDEN_DIR, `${name}.html`),
        expect: check(name, raw),
      };
    });
}

/** The fixture server's pages and the golden pages, in one list with one expectation shape. */
export function loadAllExtractionPages(): GoldenPage[] {
  const served = loadFixturePages().map((p) => ({
    name: `pages/${p.name}`,
    file: p.file,
    expect: p.expect satisfies FixtureExpectation as GoldenExpectation,
  }));
  return [...served, ...loadGoldenPages()];
}

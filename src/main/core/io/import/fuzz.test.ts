import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { QuireError } from '../../../../shared/result';
import { parseImport, PARSERS } from './parse';
import { FIXTURES, fixture, zipFixture } from './test-fixtures';
import { IMPORT_FORMATS, type ImportBatch, type ImportFormat } from './types';

// QUIRE_FUZZ_RUNS=5000 for a longer search by hand; the default keeps the file a few seconds long.
const RUNS = Number(process.env.QUIRE_FUZZ_RUNS) || 200;

/** Samples per format: the fixtures, and for zip formats the zip built from the fixture folder. */
const SAMPLES: Record<Exclude<ImportFormat, 'quire-archive'>, Uint8Array[]> = {
  'pocket-html': [fixture('pocket-export.html')],
  'pocket-csv': [fixture('pocket-bare.csv'), zipFixture('pocket-csv')],
  instapaper: [fixture('instapaper-export.csv'), fixture('instapaper-old.csv')],
  omnivore: [zipFixture('omnivore')],
  wallabag: [fixture('wallabag.json')],
  karakeep: [fixture('karakeep.json')],
  netscape: fs
    .readdirSync(FIXTURES)
    .filter((n) => n.startsWith('bookmarks-'))
    .map((n) => fixture(n)),
  opml: [fixture('reading-list.opml')],
  urls: [fixture('urls.txt')],
};

// Characters that carry structure in one format or another.
const DELIMITERS = [...'",\n\r<>{}[]&\'=/\\:|#;\t ']
  .map((c) => c.charCodeAt(0))
  .concat([0, 0xef, 0xbb, 0xbf, 0xff]);

type Mutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'insert'; at: number; byte: number }
  | { op: 'delete'; at: number; length: number }
  | { op: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), byte: fc.constantFrom(...DELIMITERS) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(bytes: Uint8Array, mutations: Mutation[]): Uint8Array<ArrayBuffer> {
  let b = Uint8Array.from(bytes);
  for (const m of mutations) {
    const at = b.length === 0 ? 0 : m.at % (b.length + 1);
    if (m.op === 'flip' && at < b.length) b[at]! ^= 1 << m.bit;
    else if (m.op === 'insert') b = Uint8Array.from([...b.subarray(0, at), m.byte, ...b.subarray(at)]);
    else if (m.op === 'delete') b = Uint8Array.from([...b.subarray(0, at), ...b.subarray(at + m.length)]);
    else if (m.op === 'truncate') b = b.slice(0, at);
  }
  return b;
}

/** Mutates one member of a zip and zips it again, so the damage reaches the parser and not only fflate. */
function mutateMember(zip: Uint8Array, pick: number, mutations: Mutation[]): Uint8Array {
  const files = unzipSync(zip);
  const names = Object.keys(files).sort();
  const name = names[pick % names.length]!;
  files[name] = mutate(files[name]!, mutations);
  return zipSync(files);
}

/** A parser either returns a batch that keeps the contract, or throws a QuireError; nothing else. */
function outcome(run: () => ImportBatch, format: ImportFormat | null): void {
  let batch: ImportBatch;
  try {
    batch = run();
  } catch (err) {
    if (!(err instanceof QuireError)) throw err;
    expect(['IMPORT_INVALID', 'UNKNOWN_FORMAT']).toContain(err.code);
    return;
  }
  if (format) expect(batch.format).toBe(format);
  for (const item of batch.items) {
    expect(item.url).toMatch(/^https?:/i);
    expect(item.where).not.toBe('');
    expect(['unread', 'archived']).toContain(item.state);
    expect(item.tags.every((t) => typeof t === 'string' && t === t.trim() && t !== '')).toBe(true);
    if (item.progress !== null) expect(item.progress >= 0 && item.progress <= 1).toBe(true);
    if (item.savedAt !== null) expect(new Date(item.savedAt).toISOString()).toBe(item.savedAt);
  }
}

const mutations = fc.array(mutation, { minLength: 1, maxLength: 6 });

describe.each(Object.entries(SAMPLES) as [Exclude<ImportFormat, 'quire-archive'>, Uint8Array[]][])(
  '%s parser under fuzzing',
  (format, samples) => {
    const parser = PARSERS[format]!;

    it('returns a batch or throws a QuireError for arbitrary bytes', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
          outcome(() => parser(bytes, `fuzz.${format}`), format);
        }),
        { numRuns: RUNS },
      );
    });

    it('returns a batch or throws a QuireError for damaged samples', () => {
      fc.assert(
        fc.property(fc.nat(), mutations, fc.nat(), (which, ms, member) => {
          const sample = samples[which % samples.length]!;
          const zipped = sample[0] === 0x50 && sample[1] === 0x4b;
          // Half the zip runs damage a member's content, half the archive itself.
          const bytes =
            zipped && member % 2 === 0 ? mutateMember(sample, member >> 1, ms) : mutate(sample, ms);
          outcome(() => parser(bytes, `fuzz.${format}`), format);
        }),
        { numRuns: RUNS },
      );
    });
  },
);

describe('detection under fuzzing', () => {
  const all = Object.values(SAMPLES).flat();

  it('detects and parses any damaged sample or throws a QuireError', () => {
    fc.assert(
      fc.property(fc.nat(), mutations, (which, ms) => {
        outcome(() => parseImport(mutate(all[which % all.length]!, ms), 'fuzz.bin'), null);
      }),
      { numRuns: RUNS },
    );
  });

  it('never hangs on arbitrary text, whatever the forced format', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), fc.constantFrom(...IMPORT_FORMATS), (text, format) => {
        outcome(() => parseImport(new TextEncoder().encode(text), path.join('x', 'fuzz'), format), null);
      }),
      { numRuns: RUNS },
    );
  });
});

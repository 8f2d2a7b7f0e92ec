// Test support: the sample export files in test/fixtures/imports, and zips built from their folders.
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';

export const FIXTURES = path.resolve(import.meta.dirname, '../../../../../test/fixtures/imports');

export const fixture = (name: string): Uint8Array =>
  new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));

export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A zip of a fixture folder, members named by their path inside it (optionally under `prefix`). */
export function zipFixture(folder: string, prefix = ''): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string, at: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, `${at}${entry.name}/`);
      else files[`${prefix}${at}${entry.name}`] = new Uint8Array(fs.readFileSync(full));
    }
  };
  walk(path.join(FIXTURES, folder), '');
  return zipSync(files);
}

/** What a parser threw, for assertions on the class, code and message. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
}

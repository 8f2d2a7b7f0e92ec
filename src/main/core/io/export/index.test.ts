import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runExport } from '../../../../cli/export';
import { exportReadingList, selectionLabel } from './index';
import { exportTo, fixtureLibrary, type TestLibrary } from './test-library';

let t: TestLibrary;
beforeAll(async () => {
  t = await fixtureLibrary();
});
afterAll(() => t.close());

describe('exportReadingList', () => {
  it('names the selection in the title', () => {
    expect(selectionLabel()).toBe('all');
    expect(selectionLabel('Science', 'night sky')).toBe('Science, “night sky”');
  });

  it('never leaves a half-written file when a writer fails', () => {
    const file = path.join(t.dir, 'broken.json');
    fs.writeFileSync(file, 'previous');
    const get = vi.spyOn(t.lib.repo.constructor.prototype, 'get').mockImplementation(() => {
      throw new Error('disk on fire');
    });
    try {
      expect(() => exportReadingList(t.lib.db, { format: 'json', file })).toThrow('disk on fire');
    } finally {
      get.mockRestore();
    }
    expect(fs.readFileSync(file, 'utf8')).toBe('previous');
    expect(fs.readdirSync(t.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('searches title, byline and text with words, whatever punctuation is typed', () => {
    expect(exportTo(t, 'a.json', { format: 'json', query: 'Ayesha' }).count).toBe(1);
    expect(exportTo(t, 'b.json', { format: 'json', query: 'blackberry AND OR "pakistan' }).count).toBe(0);
    expect(exportTo(t, 'c.json', { format: 'json', query: 'blackberry pakistan' }).count).toBe(1);
    expect(() => exportTo(t, 'd.json', { format: 'json', query: '*"(' })).toThrow(/no words/);
  });
});

describe('quire export (the command)', () => {
  const run = (opts: Parameters<typeof runExport>[1]) => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      return { code: runExport(t.lib.db, opts), stderr: err.mock.calls.map((c) => String(c[0])).join('') };
    } finally {
      err.mockRestore();
    }
  };

  it('writes the file and says how many articles it holds', () => {
    const output = path.join(t.dir, 'cli.csv');
    const r = run({ format: 'csv', output, category: 'Science' });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Exported 1 article to .*cli\.csv \(csv\)/);
    expect(fs.readFileSync(output, 'utf8').split('\r\n').length).toBe(3);
  });

  it('writes a valid empty list and says "0 articles" when nothing matches', () => {
    const output = path.join(t.dir, 'none.json');
    const r = run({ format: 'json', output, query: 'qqqqzzz' });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('0 articles');
    expect(JSON.parse(fs.readFileSync(output, 'utf8'))).toEqual([]);
  });

  it.each([
    [{ format: 'pdf' }, /Unknown export format "pdf"/],
    [{ format: 'md', output: '/nonexistent-folder/x.md' }, /Cannot write to .*folder does not exist/],
  ])('fails clearly on bad input: %o', (opts, message) => {
    const output = path.join(t.dir, 'bad.out');
    const r = run({ output, ...opts } as Parameters<typeof runExport>[1]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(fs.existsSync(output)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { thrown } from '../test-fixtures';
import { ImportFileError } from '../types';
import { jsonErrorOffset, parseJson } from './json';

describe('parseJson', () => {
  it('names the line and the character where the JSON goes wrong', () => {
    const err = thrown(() => parseJson('[\n  {"url": "x"},\n  {"url": }\n]', 'wallabag')) as ImportFileError;
    expect(err).toBeInstanceOf(ImportFileError);
    expect(err.message).toBe('The file is not valid JSON: unexpected "}" (line 3)');
    const cut = thrown(() => parseJson('{"bookmarks": [\n{"a": 1}', 'karakeep', 'x.json')) as ImportFileError;
    expect(cut.message).toBe('The file is not valid JSON: it ends too early (x.json line 2)');
  });

  it.each([
    ['[1,]', 3],
    ['{"a" 1}', 5],
    ['{"a":1,}', 7],
    ['"a\\qb"', 2],
    ['"tab\there"', 4],
    ['[1] 2', 4],
    ['[01]', 2],
    ['', 0],
    ['['.repeat(100_000), 100_000],
  ])('finds the fault in %j at %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});

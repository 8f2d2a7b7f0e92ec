import { describe, expect, it } from 'vitest';
import { QuireError } from '../../../../shared/result';
import { parseImport, PARSERS } from './parse';
import { bytesOf, fixture, thrown, zipFixture } from './test-fixtures';
import { IMPORT_FORMATS, ImportFileError, type ImportFormat } from './types';

describe('parseImport', () => {
  it('detects the format and parses with its parser', () => {
    const batch = parseImport(fixture('instapaper-export.csv'), 'instapaper-export.csv');
    expect(batch.format).toBe('instapaper');
    expect(batch.items).toHaveLength(5);
    expect(parseImport(zipFixture('omnivore'), 'omnivore.zip').format).toBe('omnivore');
  });

  it('uses a forced format even when detection would say otherwise', () => {
    // An Instapaper file is also a list of lines; forced to `urls`, the header line is not a URL.
    const err = thrown(() =>
      parseImport(fixture('instapaper-export.csv'), 'x.csv', 'urls'),
    ) as ImportFileError;
    expect(err).toBeInstanceOf(ImportFileError);
    expect(err.format).toBe('urls');
    expect(err.where).toBe('line 1');
    expect(parseImport(bytesOf('https://a.example/\n'), 'a.txt', 'urls').items).toHaveLength(1);
  });

  it('has a parser for every format but Quire archives, and says so clearly for those', () => {
    expect(IMPORT_FORMATS.filter((f) => !PARSERS[f])).toEqual(['quire-archive']);
    const err = thrown(() => parseImport(bytesOf('PK'), 'x.zip', 'quire-archive')) as QuireError;
    expect(err).toBeInstanceOf(QuireError);
    expect(err.code).toBe('UNKNOWN_FORMAT');
    expect(err.message).toMatch(/no reader for quire-archive/);
  });

  it('refuses a format name it does not know, listing the ones it does', () => {
    const err = thrown(() => parseImport(bytesOf(''), 'x', 'readwise' as ImportFormat)) as QuireError;
    expect(err.code).toBe('UNKNOWN_FORMAT');
    expect(err.message).toMatch(/^"readwise" is not an import format; use one of pocket-html, /);
  });
});

import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../types';
import { thrown } from '../test-fixtures';
import { columns, readCsv } from './csv';

const fields = (text: string) => readCsv(text, 'pocket-csv').map((r) => r.fields);

describe('readCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and LF, CRLF or CR ends', () => {
    expect(fields('a,b\n"x, y","say ""hi"""\r\n"two\r\nlines",\rlast,1')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\r\nlines', ''],
      ['last', '1'],
    ]);
  });

  it('numbers each record by the line it starts on, counting breaks inside quotes', () => {
    const records = readCsv('h1,h2\r\n"a\r\nb\nc",1\r\n\r\nnext,2\n', 'instapaper');
    expect(records.map((r) => [r.fields[0], r.line])).toEqual([
      ['h1', 1],
      ['a\r\nb\nc', 2],
      ['next', 6],
    ]);
  });

  it('skips blank lines but keeps rows of empty fields, and keeps a final row without a line end', () => {
    expect(fields('a\n\n,\nz')).toEqual([['a'], ['', ''], ['z']]);
    expect(fields('')).toEqual([]);
  });

  it('keeps a quote inside an unquoted field as a character', () => {
    expect(fields('5" floppy,x')).toEqual([['5" floppy', 'x']]);
  });

  it('names the line of a quoted field that is never closed', () => {
    const err = thrown(() => readCsv('a,b\nok,1\n"open,2\nmore\n', 'pocket-csv', 'part_000003.csv'));
    expect(err).toBeInstanceOf(ImportFileError);
    expect((err as ImportFileError).where).toBe('part_000003.csv line 3');
    expect((err as Error).message).toMatch(/never closed.*\(part_000003\.csv line 3\)$/);
  });

  it('names the line where text follows a closing quote', () => {
    const err = thrown(() => readCsv('a,b\n\n"x"y,1\n', 'instapaper')) as ImportFileError;
    expect(err.where).toBe('line 3');
    expect(err.message).toMatch(/must be doubled/);
  });
});

describe('columns', () => {
  it('finds columns by name in any order and case, ignoring extra ones', () => {
    const [header] = readCsv('Status,URL,Notes,title,TIME_ADDED', 'pocket-csv');
    expect(columns(header, ['title', 'url', 'time_added'], ['tags', 'status'], 'pocket-csv')).toEqual({
      title: 3,
      url: 1,
      time_added: 4,
      status: 0,
    });
  });

  it('names the missing columns and the expected header', () => {
    const [header] = readCsv('name,link\n', 'pocket-csv');
    const err = thrown(() => columns(header, ['title', 'url'], ['tags'], 'pocket-csv')) as ImportFileError;
    expect(err.message).toBe('The header has no title, url columns (expected title,url,tags) (line 1)');
    expect(err.format).toBe('pocket-csv');
  });
});

import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_HEADER, csvCell } from './csv';
import { exportTo, fixtureLibrary, TRICKY_TITLE, type TestLibrary } from './test-library';

/** A small RFC 4180 reader, enough to check the file parses back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

let t: TestLibrary;
beforeAll(async () => {
  t = await fixtureLibrary();
});
afterAll(() => t.close());

describe('csv export', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect(csvCell(s).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
  });

  it('writes the header and one row per article that parse back, newest saved first', () => {
    const { file } = exportTo(t, 'list.csv', { format: 'csv' });
    const text = fs.readFileSync(file, 'utf8');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows.length).toBe(t.titles.length + 1);
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true);
    const first = rows[1]!;
    expect(first[0]).toBe(`'${TRICKY_TITLE}`);
    expect(first[2]).toBe("'+Site, Inc.");
    expect(first[3]).toBe("'@someone");
    expect(first[8]).toBe(`'-1 line one\nline "two"`);
    expect(rows.slice(1).map((r) => r[0]!.replace(/^'/, ''))).toEqual(t.titles);
  });

  it('writes only the header when nothing matches', () => {
    const { file, count } = exportTo(t, 'none.csv', { format: 'csv', category: 'No such category' });
    expect(count).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(CSV_HEADER.join(',') + '\r\n');
  });
});

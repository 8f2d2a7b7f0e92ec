import { describe, expect, it } from 'vitest';
import { decodeText, lineCounter, quote } from './text';

describe('decodeText', () => {
  it('reads UTF-8 with or without a BOM, and UTF-16 in either byte order by its BOM', () => {
    const s = 'Zürich, 東京 \u{1F600}';
    const utf8 = new TextEncoder().encode(s);
    expect(decodeText(utf8)).toBe(s);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(s);
    const le = Buffer.from(s, 'utf16le');
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...le]))).toBe(s);
    const be = Buffer.from(le).swap16();
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]))).toBe(s);
  });

  it('turns broken UTF-8 into replacement characters instead of failing', () => {
    expect(decodeText(new Uint8Array([0x61, 0xff, 0x62]))).toBe('a\ufffdb');
  });
});

describe('lineCounter', () => {
  it('maps offsets to 1-based lines', () => {
    const lineOf = lineCounter('ab\ncd\n\ne');
    expect([0, 2, 3, 5, 6, 7, 99].map(lineOf)).toEqual([1, 1, 2, 2, 3, 4, 4]);
  });
});

describe('quote', () => {
  it('shortens long values to one line', () => {
    expect(quote('a\nb')).toBe('"a b"');
    expect(quote('x'.repeat(100))).toBe(JSON.stringify(`${'x'.repeat(77)}...`));
  });
});

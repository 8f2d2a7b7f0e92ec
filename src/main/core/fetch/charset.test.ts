import { describe, expect, it } from 'vitest';
import {
  charsetFromContentType,
  decideCharset,
  decodeHtml,
  normalizeEncodingLabel,
  prescanMeta,
} from './charset';

const ascii = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
const cat = (...parts: (Uint8Array | number[])[]): Uint8Array =>
  new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));
const BOM_UTF8 = [0xef, 0xbb, 0xbf];
/** "あ" in Shift_JIS. */
const SJIS_A = [0x82, 0xa0];
/** "你好" in GBK. */
const GBK_NIHAO = [0xc4, 0xe3, 0xba, 0xc3];

describe('normalizeEncodingLabel / charsetFromContentType', () => {
  it('maps labels to WHATWG names, case- and space-insensitively', () => {
    expect(normalizeEncodingLabel(' Latin1 ')).toBe('windows-1252');
    expect(normalizeEncodingLabel('SJIS')).toBe('shift_jis');
    expect(normalizeEncodingLabel('no-such-charset')).toBeNull();
  });

  it('reads quoted and unquoted charset parameters', () => {
    expect(charsetFromContentType('text/html; charset=ISO-8859-1')).toBe('windows-1252');
    expect(charsetFromContentType('text/html;charset="shift_jis"')).toBe('shift_jis');
    expect(charsetFromContentType("text/html; charset='gbk'; foo=bar")).toBe('gbk');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(charsetFromContentType(null)).toBeNull();
    expect(charsetFromContentType('text/html; charset=bogus')).toBeNull();
  });
});

describe('prescanMeta', () => {
  it('finds <meta charset>', () => {
    expect(prescanMeta(ascii('<!doctype html><html><head><meta charset="Shift_JIS"><title>x</title>'))).toBe(
      'shift_jis',
    );
    expect(prescanMeta(ascii('<head><META CHARSET=gbk>'))).toBe('gbk');
  });

  it('finds <meta http-equiv="Content-Type" content="…; charset=…">, in either attribute order', () => {
    expect(
      prescanMeta(ascii('<head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">')),
    ).toBe('iso-8859-15');
    expect(
      prescanMeta(ascii(`<head><meta content='text/html;charset=euc-kr' http-equiv='content-type'>`)),
    ).toBe('euc-kr');
  });

  it('ignores a content="…charset=…" without http-equiv (e.g. a description that mentions a charset)', () => {
    expect(
      prescanMeta(ascii('<head><meta name="description" content="How to set charset=koi8-r on old sites">')),
    ).toBeNull();
    expect(prescanMeta(ascii('<head><meta content="text/html; charset=koi8-r">'))).toBeNull();
  });

  it('ignores a meta that starts after the first 1024 bytes', () => {
    const filler = `<head><!-- ${'x'.repeat(1100)} -->`;
    expect(prescanMeta(ascii(`${filler}<meta charset="shift_jis">`))).toBeNull();
    const pad = '<head>' + ' '.repeat(900);
    expect(prescanMeta(ascii(`${pad}<meta charset="shift_jis">`))).toBe('shift_jis');
  });

  it('ignores a meta inside an HTML comment', () => {
    expect(prescanMeta(ascii('<head><!-- <meta charset="shift_jis"> --><title>t</title>'))).toBeNull();
    expect(prescanMeta(ascii('<head><!-- <meta charset="shift_jis"> --><meta charset="gbk">'))).toBe('gbk');
  });

  it('turns a declared UTF-16 into UTF-8 and x-user-defined into windows-1252', () => {
    expect(prescanMeta(ascii('<meta charset="utf-16">'))).toBe('utf-8');
    expect(prescanMeta(ascii('<meta charset="UTF-16BE">'))).toBe('utf-8');
    expect(prescanMeta(ascii('<meta charset="x-user-defined">'))).toBe('windows-1252');
  });

  it('skips an unknown label and takes the next declaration', () => {
    expect(prescanMeta(ascii('<meta charset="klingon"><meta charset="gbk">'))).toBe('gbk');
    expect(prescanMeta(ascii('<meta charset="klingon">'))).toBeNull();
  });

  it('is not fooled by a ">" inside a quoted attribute value', () => {
    expect(prescanMeta(ascii('<meta name="x>y" charset="shift_jis">'))).toBe('shift_jis');
  });
});

describe('decideCharset', () => {
  it('lets a BOM win over Content-Type and <meta>', () => {
    const bytes = cat(BOM_UTF8, ascii('<meta charset="shift_jis"><p>hi</p>'));
    expect(decideCharset(bytes, 'text/html; charset=gbk')).toEqual({ encoding: 'utf-8', source: 'bom' });
    expect(decideCharset(cat([0xff, 0xfe], [0x3c, 0]), 'text/html; charset=utf-8')).toEqual({
      encoding: 'utf-16le',
      source: 'bom',
    });
    expect(decideCharset(cat([0xfe, 0xff], [0, 0x3c]))).toEqual({ encoding: 'utf-16be', source: 'bom' });
  });

  it('lets the Content-Type charset beat <meta>', () => {
    const bytes = ascii('<meta charset="shift_jis"><p>hi</p>');
    expect(decideCharset(bytes, 'text/html; charset=gbk')).toEqual({
      encoding: 'gbk',
      source: 'content-type',
    });
  });

  it('falls back to <meta> when Content-Type has no (known) charset', () => {
    const bytes = ascii('<meta charset="shift_jis"><p>hi</p>');
    expect(decideCharset(bytes, 'text/html')).toEqual({ encoding: 'shift_jis', source: 'meta' });
    expect(decideCharset(bytes, 'text/html; charset=nonsense')).toEqual({
      encoding: 'shift_jis',
      source: 'meta',
    });
  });

  it('reads undeclared valid UTF-8 (and plain ASCII) as UTF-8', () => {
    expect(decideCharset(new Uint8Array(Buffer.from('<p>Crème brûlée — 日本語</p>', 'utf8')))).toEqual({
      encoding: 'utf-8',
      source: 'detected',
    });
    expect(decideCharset(ascii('<p>plain</p>'))).toEqual({ encoding: 'utf-8', source: 'detected' });
  });

  it('reads undeclared invalid UTF-8 as windows-1252', () => {
    expect(decideCharset(cat(ascii('<p>caf'), [0xe9], ascii('</p>')))).toEqual({
      encoding: 'windows-1252',
      source: 'default',
    });
  });
});

describe('decodeHtml', () => {
  it('decodes windows-1252 0x80, 0x92, 0x93 as € ’ “ (not as C1 controls)', () => {
    const { html, charset } = decodeHtml(
      cat([0x80, 0x20, 0x92, 0x20, 0x93]),
      'text/html; charset=windows-1252',
    );
    expect(charset.encoding).toBe('windows-1252');
    expect(html).toBe('€ ’ “');
  });

  it('decodes an undeclared legacy page with windows-1252 rules', () => {
    const { html } = decodeHtml(
      cat(ascii('<p>'), [0x93], ascii('Caf'), [0xe9], [0x94], ascii(' 5'), [0x80], ascii('</p>')),
    );
    expect(html).toBe('<p>“Café” 5€</p>');
  });

  it('decodes Shift_JIS declared by <meta>', () => {
    const { html, charset } = decodeHtml(cat(ascii('<meta charset="shift_jis"><p>'), SJIS_A, ascii('</p>')));
    expect(charset).toEqual({ encoding: 'shift_jis', source: 'meta' });
    expect(html).toContain('<p>あ</p>');
  });

  it('decodes GBK declared by Content-Type', () => {
    const { html } = decodeHtml(cat(ascii('<p>'), GBK_NIHAO, ascii('</p>')), 'text/html; charset=GB2312');
    expect(html).toBe('<p>你好</p>');
  });

  it('decodes ISO-8859-15 (0xA4 is € there, ¤ in latin1)', () => {
    const { html } = decodeHtml(
      cat(ascii('<meta http-equiv="content-type" content="text/html; charset=ISO-8859-15">'), [0xa4]),
    );
    expect(html.endsWith('€')).toBe(true);
  });

  it('strips the BOM it used', () => {
    expect(decodeHtml(cat(BOM_UTF8, ascii('<p>x</p>'))).html).toBe('<p>x</p>');
    expect(decodeHtml(cat([0xff, 0xfe], [0x3c, 0, 0x70, 0, 0x3e, 0])).html).toBe('<p>');
  });

  it('does not throw on a "replacement" label (ISO-2022-KR and friends); it yields U+FFFD as browsers do', () => {
    const declared = decodeHtml(ascii('<p>hello</p>'), 'text/html; charset=iso-2022-kr');
    expect(declared.charset.encoding).toBe('replacement');
    expect(declared.html).toBe('\uFFFD');
    expect(() => decodeHtml(ascii('<meta charset="hz-gb-2312"><p>hello</p>'))).not.toThrow();
    expect(decodeHtml(new Uint8Array(0), 'text/html; charset=iso-2022-kr').html).toBe('');
  });
});

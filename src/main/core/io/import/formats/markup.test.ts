import { describe, expect, it } from 'vitest';
import { decodeEntities } from './entities';
import { textUntil, tokenize } from './markup';

describe('tokenize', () => {
  it('reads tags in any case with quoted, single-quoted, unquoted and bare attributes', () => {
    const [a] = tokenize(`<A HREF="x?a=1&amp;b=2" add_date=169 Tags='a,b' PRIVATE checked >`);
    expect(a).toMatchObject({ kind: 'start', name: 'a', selfClosing: false, pos: 0 });
    expect(Object.fromEntries((a as { attrs: Map<string, string> }).attrs)).toEqual({
      href: 'x?a=1&b=2',
      add_date: '169',
      tags: 'a,b',
      private: '',
      checked: '',
    });
  });

  it('skips comments, declarations, processing instructions and a DOCTYPE internal subset', () => {
    const tokens = tokenize('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "<b>">]><!-- <a href=1> --><i/>t');
    expect(tokens.map((t) => (t.kind === 'text' ? t.text : `${t.kind}:${t.name}`))).toEqual(['start:i', 't']);
  });

  it('keeps a lone "<" as text and reads script and title content as text', () => {
    const tokens = tokenize('a < b<title>x <b> y</TITLE><script>if (a<b) {}</script>');
    expect(tokens.map((t) => (t.kind === 'text' ? t.text : `${t.kind}:${t.name}`))).toEqual([
      'a ',
      '<',
      ' b',
      'start:title',
      'x <b> y',
      'end:title',
      'start:script',
      'if (a<b) {}',
      'end:script',
    ]);
  });

  it('ends at the end of input inside an unterminated tag, comment or attribute', () => {
    expect(tokenize('<a href="x').length).toBe(1);
    expect(tokenize('<!-- never closed <a href=x>')).toEqual([]);
    expect(tokenize('<a b=')).toHaveLength(1);
  });

  it('collects decoded, collapsed text up to a stop token', () => {
    const tokens = tokenize('<a>Caf&eacute;\n  &amp; <b>bar</b></a>next');
    expect(textUntil(tokens, 1, (t) => t.kind === 'end' && t.name === 'a')).toEqual({
      text: 'Café & bar',
      next: 5,
    });
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references, leaving unknown and unterminated names alone', () => {
    expect(decodeEntities('&lt;&#8220;&#x201D;&eacute;&mdash;&nbsp;&unknown;&copy &#0;&#x110000;')).toBe(
      '<\u201c\u201d\u00e9\u2014\u00a0&unknown;&copy \ufffd\ufffd',
    );
    expect(decodeEntities('?a=1&copy=2&lang=en')).toBe('?a=1&copy=2&lang=en');
  });
});

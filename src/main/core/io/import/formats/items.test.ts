import { describe, expect, it } from 'vitest';
import { checkUrl, cleanTags, cleanTitle, fromPercent } from './items';

describe('checkUrl', () => {
  it.each([
    ['https://example.org/a?b=c#d', { url: 'https://example.org/a?b=c#d' }],
    ['  HTTP://Example.org  ', { url: 'HTTP://Example.org' }],
    ['javascript:(function(){ alert(1) })()', { skip: 'A javascript: link, not a web page' }],
    ['place:sort=8&maxResults=10', { skip: 'A place: link, not a web page' }],
    ['about:blank', { skip: 'An about: link, not a web page' }],
    ['file:///etc/hosts', { skip: 'A file: link, not a web page' }],
    ['chrome://settings', { skip: 'A chrome: link, not a web page' }],
    ['mailto:someone@example.org', { skip: 'A mailto: link, not a web page' }],
    ['example.org/page', { invalid: 'Not a URL: "example.org/page"' }],
    ['Title: words here', { invalid: 'Not a URL: "Title: words here"' }],
    ['https://', { invalid: 'Not a URL: "https://"' }],
    ['', { invalid: 'There is no URL' }],
    [42, { invalid: 'There is no URL' }],
  ])('%j', (raw, expected) => {
    expect(checkUrl(raw)).toEqual(expected);
  });
});

describe('cleaning', () => {
  it('trims tags, drops empty ones and case-insensitive repeats keeping the first spelling', () => {
    expect(
      cleanTags([' News ', 'news', '', 'Ünïcode', 'üNÏCODE', { label: 'x' }, { name: 'X' }, 3, null]),
    ).toEqual(['News', 'Ünïcode', 'x']);
  });

  it('collapses whitespace in titles and turns empty ones into null', () => {
    expect(cleanTitle('  a\n\t b ')).toBe('a b');
    expect(cleanTitle('   ')).toBeNull();
    expect(cleanTitle(undefined)).toBeNull();
  });

  it('reads percentages into 0..1', () => {
    expect([
      fromPercent(37.5),
      fromPercent('100'),
      fromPercent(250),
      fromPercent(-1),
      fromPercent('x'),
    ]).toEqual([0.375, 1, 1, 0, null]);
  });
});

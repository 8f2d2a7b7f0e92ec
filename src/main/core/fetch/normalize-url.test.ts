import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeUrl } from './normalize-url';

describe('normalizeUrl', () => {
  it('folds scheme and host case, drops default ports, fragments and a trailing dot', () => {
    expect(normalizeUrl('HTTPS://News.Example.COM:443/Story/One#comments')).toBe(
      'https://news.example.com/Story/One',
    );
    expect(normalizeUrl('http://example.com.:80/a')).toBe('http://example.com/a');
    expect(normalizeUrl('http://example.com:8080/a')).toBe('http://example.com:8080/a');
  });

  it('removes tracking parameters and keeps the ones that identify the page, in order', () => {
    expect(
      normalizeUrl('https://ex.com/read?id=42&utm_source=nl&utm_medium=email&fbclid=abc&page=2&gclid=x'),
    ).toBe('https://ex.com/read?id=42&page=2');
    expect(normalizeUrl('https://ex.com/a?utm_campaign=spring')).toBe('https://ex.com/a');
    expect(normalizeUrl('https://ex.com/a?b=2&a=1')).toBe('https://ex.com/a?b=2&a=1');
  });

  it('keeps #! routes, which are the page on old single-page sites', () => {
    expect(normalizeUrl('https://ex.com/#!/post/7')).toBe('https://ex.com/#!/post/7');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (u) => {
        let once: string;
        try {
          once = normalizeUrl(u);
        } catch {
          return;
        }
        expect(normalizeUrl(once)).toBe(once);
      }),
    );
  });
});

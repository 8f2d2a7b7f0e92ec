import { asSentence, formatCount, formatDate, formatReadingTime } from './format';

describe('format', () => {
  it('writes dates the short English way', () => {
    expect(formatDate('2026-11-28T12:00:00Z')).toBe('Nov 28, 2026');
    expect(formatDate('2026-11-28')).toBe('Nov 28, 2026');
    expect(formatDate(null)).toBeNull();
    expect(formatDate('not a date')).toBeNull();
  });

  it('never says an article takes no time to read', () => {
    expect(formatReadingTime(5)).toBe('5 min read');
    expect(formatReadingTime(0)).toBe('1 min read');
  });

  it('counts in singular and plural', () => {
    expect(formatCount(1, 'article')).toBe('1 article');
    expect(formatCount(3, 'article')).toBe('3 articles');
  });

  it('ends a message as a sentence, once', () => {
    expect(asSentence('https://x.example/a answered HTTP 404')).toBe(
      'https://x.example/a answered HTTP 404.',
    );
    expect(asSentence('The page is gone.')).toBe('The page is gone.');
    expect(asSentence('It said “no.”')).toBe('It said “no.”');
  });
});

import { classifyLeak, aggregateLeakKinds } from '../bench/leak-kinds';
import { collapseWhitespace, median, percentile, scorePage, summarize } from '../bench/score';

describe('bench scoring', () => {
  it('collapses whitespace runs to one space and trims', () => {
    expect(collapseWhitespace('  a \n\t b\u00a0 c  ')).toBe('a b c');
  });

  it('matches snippets case-sensitively as substrings after collapsing whitespace', () => {
    const text = 'Die GEMA dreht\n\nvöllig am Zeiger!\nImpressum';
    const s = scorePage(text, {
      with: ['GEMA dreht völlig', 'gema dreht', 'fehlt'],
      without: ['Impressum', 'Steuerdarling', '  Zeiger!  Impressum '],
    });
    expect(s).toEqual({
      tp: 1,
      fn: 2,
      fp: 2,
      tn: 1,
      misses: ['gema dreht', 'fehlt'],
      leaks: ['Impressum', '  Zeiger!  Impressum '],
    });
  });

  it('scores empty text (a failure) as all misses and no leaks', () => {
    expect(scorePage('', { with: ['a'], without: ['b'] })).toMatchObject({ tp: 0, fn: 1, fp: 0, tn: 1 });
  });

  it('summarises precision, recall, F1, accuracy and page counts', () => {
    const pages = [
      scorePage('one two', { with: ['one', 'two'], without: ['three'] }), // 2 TP, 1 TN
      scorePage('one four', { with: ['one', 'two'], without: ['four'] }), // 1 TP, 1 FN, 1 FP
    ];
    const s = summarize(pages);
    expect(s).toMatchObject({ pages: 2, tp: 3, fn: 1, fp: 1, tn: 1 });
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.75);
    expect(s.f1).toBeCloseTo(0.75);
    expect(s.accuracy).toBeCloseTo(4 / 6);
    expect(s).toMatchObject({ zeroLeakPages: 1, fullRecallPages: 1, bothPages: 1 });
  });

  it('gives zeros rather than NaN for an empty set', () => {
    expect(summarize([])).toMatchObject({ precision: 0, recall: 0, f1: 0, accuracy: 0 });
  });

  it('computes the median and nearest-rank percentiles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile([7], 99)).toBe(7);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
  });
});

describe('bench leak kinds', () => {
  it.each([
    ['31. Mai', 'date/time'],
    ['03.04.2020', 'date/time'],
    ['Share to Facebook', 'share/social'],
    ['Receive our monthly newsletter', 'newsletter/subscribe'],
    ['Hinterlasse eine Antwort', 'comment'],
    ['71 Kommentare', 'rating/views/counts'],
    ['Das könnte Sie auch interessieren!', 'related/teaser'],
    ['Foto: dpa', 'image credit'],
    ['Impressum', 'footer/legal'],
    ['Anzeige', 'ad'],
    ['Kontakt', 'navigation/menu'],
    ['Alexander Zverev steht im Viertelfinale des ATP-Turniers', 'related/teaser'],
    ['richtig! die Aufmerksamkeit, die ihm', 'other'],
  ])('classifies %j as %s', (snippet, kind) => {
    expect(classifyLeak(snippet)).toBe(kind);
  });

  it('aggregates counts by kind, most frequent first, with distinct examples', () => {
    const kinds = aggregateLeakKinds(['Impressum', 'Impressum', 'Datenschutz', 'Twitter']);
    expect(kinds[0]).toEqual({ kind: 'footer/legal', count: 3, examples: ['Impressum', 'Datenschutz'] });
    expect(kinds[1]).toMatchObject({ kind: 'share/social', count: 1 });
  });
});

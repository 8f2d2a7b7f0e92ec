import { describe, expect, it } from 'vitest';
import { recycled } from './recycled';

describe('recycled', () => {
  it('gives the same value for so many uses, then retires it and gives a new one', () => {
    let made = 0;
    const retired: number[] = [];
    const next = recycled(
      3,
      () => ++made,
      (old) => retired.push(old),
    );
    expect([next(), next(), next(), next(), next(), next(), next()]).toEqual([1, 1, 1, 2, 2, 2, 3]);
    expect(retired).toEqual([1, 2]);
  });
});

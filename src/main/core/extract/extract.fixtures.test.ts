import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFixturePages } from '../../../../test/fixture-site/server';
import { extractArticle } from './extract';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(loadFixturePages())('extraction of the $name fixture', ({ file, expect: want }) => {
  const bytes = fs.readFileSync(file);
  const url = `http://news.example${want.path}`;
  const got = extractArticle({ body: bytes, url, contentType: want.contentType });
  const text = collapse(got.text);

  it('keeps every paragraph, heading, list item, quote and caption of the article', () => {
    const missing = want.mustKeep.filter((s) => !text.includes(collapse(s)));
    expect(missing).toEqual([]);
  });

  it('drops every piece of site chrome', () => {
    const leaked = want.mustDrop.filter((s) => text.includes(collapse(s)));
    expect(leaked).toEqual([]);
  });

  it('reads the metadata', () => {
    expect(got.title).toBe(want.title);
    expect(got.byline).toBe(want.byline);
    expect(got.siteName).toBe(want.siteName);
    expect(got.lang).toBe(want.lang);
    expect(got.publishedTime).toBe(want.publishedTime);
  });

  it('finds the category the page gives itself', () => {
    expect(got.category).toBe(want.category);
  });

  it('counts words and reading time', () => {
    expect(got.wordCount).toBeGreaterThan(100);
    expect(got.readingMinutes).toBe(Math.max(1, Math.round(got.wordCount / 230)));
  });
});

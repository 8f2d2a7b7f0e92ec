// Test support: a library built by saving the fixture pages through the real pipeline, plus a
// few hand-made articles for the awkward cases (formula-like titles, a missing image).
import crypto from 'node:crypto';
import path from 'node:path';
import { startFixtureSite } from '../../../../../test/fixture-site/server';
import { makePng } from '../../../../../test/fixture-site/png';
import { tempDir } from '../../../../../test/support/temp-dir';
import { inlineExtractor } from '../../extract/extractor';
import { Library } from '../../library/library';
import { exportReadingList, type ExportOptions } from './index';

export interface TestLibrary {
  lib: Library;
  dir: string;
  titles: string[];
  close(): Promise<void>;
}

export const TRICKY_TITLE = '=HYPERLINK("http://evil.example","click") & <b>"quotes"</b>, commas';

/** Markup that is legal HTML but not valid EPUB XHTML as it stands. */
export const AWKWARD_HTML =
  '<li>stray item</li><figcaption>stray caption</figcaption><span><p>block in inline</p></span>' +
  '<a href="https://a.example/">outer <a href="https://b.example/">inner</a></a>' +
  '<ul>text in list<div>div in list</div><li>ok</li></ul>' +
  '<table><tr><td colspan="2" rowspan="x">cell</td></tr><tr><th>h</th><td>d</td></tr></table>' +
  '<figure><img src="quire-asset:missing-0" alt=""><figcaption>Caption &amp; more</figcaption></figure>' +
  '<p>a<br>b<hr>c</p><dl><dt>term</dt><dd>def</dd></dl><dt>stray term</dt><blockquote><p>q</p></blockquote>' +
  '<pre><code>x &lt;&gt; y\u0001</code></pre><custom-el>custom</custom-el><video src="https://v.example/v.mp4"></video>' +
  '<p><a href="#frag">fragment</a> <a href="/relative">relative</a> <time datetime="garbage">t</time> \u{1F600} \uD800</p>' +
  '<h2>Heading</h2><section><h3>Sub</h3><p>x</p></section><ol start="3"><li>three</li></ol><p><q>q</q><abbr title="t">a</abbr></p>';

export async function fixtureLibrary(): Promise<TestLibrary> {
  const site = await startFixtureSite();
  const t = tempDir('quire-export-');
  const lib = new Library({
    file: path.join(t.dir, 'library.sqlite3'),
    extractor: inlineExtractor(),
    fetch: { timeoutMs: 3000 },
  });
  try {
    for (const p of site.pages) await lib.saveUrl(site.urlOf(p.name));
  } finally {
    await site.close();
  }
  const png = makePng(4, 3, 7);
  const hash = crypto.createHash('sha256').update(png).digest('hex');
  lib.repo.insert({
    url: 'https://tricky.example/a?x=1&y=2',
    finalUrl: 'https://tricky.example/a?x=1&y=2',
    title: TRICKY_TITLE,
    byline: '@someone',
    siteName: '+Site, Inc.',
    lang: 'en',
    publishedTime: '2024-05-14T09:30:00Z',
    excerpt: '-1 line one\nline "two"',
    contentHtml:
      `<p>Before <img src="quire-asset:${hash}" alt="a stored picture"> and ` +
      '<img src="quire-asset:missing-1" alt="a lost picture"> after.</p>' +
      '<ul><li>one</li><li>two <a href="javascript:alert(1)">bad</a></li></ul><pre><code>a &lt; b</code></pre>',
    text: 'Before and after. one two bad a < b lighthouse',
    wordCount: 8,
    readingMinutes: 1,
    category: 'Odd & Ends',
    categorySource: 'user',
    extractedBy: 'test',
    savedAt: '2030-01-01T00:00:00.000Z',
    images: [
      { url: 'https://tricky.example/p.png', asset: { hash, mime: 'image/png', data: png } },
      { url: 'https://tricky.example/lost.png', error: 'HTTP 404' },
    ],
  });
  lib.repo.insert({
    url: 'https://tricky.example/structure',
    finalUrl: 'https://tricky.example/structure',
    title: 'Awkward markup',
    byline: null,
    siteName: null,
    lang: 'not a language!',
    publishedTime: null,
    excerpt: null,
    contentHtml: AWKWARD_HTML,
    text: 'awkward',
    wordCount: 1,
    readingMinutes: 1,
    category: null,
    categorySource: 'none',
    extractedBy: 'test',
    savedAt: '2000-01-01T00:00:00.000Z',
  });
  const titles = (
    lib.db.prepare('SELECT title FROM articles ORDER BY saved_at DESC, id DESC').all() as {
      title: string;
    }[]
  ).map((r) => r.title);
  return {
    lib,
    dir: t.dir,
    titles,
    close: async () => {
      await lib.close();
      t.cleanup();
    },
  };
}

/** Exports with fixed options into the test library's folder and returns the file's path. */
export function exportTo(
  t: TestLibrary,
  name: string,
  options: Omit<ExportOptions, 'file'>,
): { file: string; count: number } {
  const file = path.join(t.dir, name);
  const { count } = exportReadingList(t.lib.db, { now: new Date('2024-06-01T12:00:00Z'), ...options, file });
  return { file, count };
}

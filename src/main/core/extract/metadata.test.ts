import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanByline, cleanTitle, readMetadata } from './metadata';

const read = (html: string) =>
  readMetadata(new JSDOM(html, { url: 'https://news.example/a/story' }).window.document);
const ld = (obj: unknown): string => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('cleanByline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['by Jane Doe | 5 min read', 'Jane Doe'],
    ['BY JANE DOE', 'JANE DOE'],
    ['Von Max Muster', 'Max Muster'],
    ['Par Claire Dubois-Mercier', 'Claire Dubois-Mercier'],
    ['Written by: Jane Doe', 'Jane Doe'],
    ['Jane Doe, Staff Writer', 'Jane Doe'],
    ['By Jane Doe, Senior Editor', 'Jane Doe'],
    ['Jane Doe, Science Correspondent', 'Jane Doe'],
    ['By Jane Doe • Updated March 3, 2024', 'Jane Doe'],
    ['Jane Doe - 3 hours ago', 'Jane Doe'],
    ['By Jane Doe and John Roe', 'Jane Doe and John Roe'],
    ['By Michael D. Shear', 'Michael D. Shear'],
    ['By J. R. R. Tolkien', 'J. R. R. Tolkien'],
    ['By Dr. Jane Doe', 'Dr. Jane Doe'],
    ['  \n By   Jane\tDoe  ', 'Jane Doe'],
    // Korean, Japanese and Chinese bylines: a job title after the name, a label before it.
    ['권민재 기자', '권민재'],
    ['田中 太郎 記者', '田中 太郎'],
    ['记者：林晓雯', '林晓雯'],
  ])('%j → %j', (raw, want) => {
    expect(cleanByline(raw)).toBe(want);
  });

  it.each([
    ['About the author: Jane Doe covers science for the Daily Planet. She lives in Berlin.'],
    ['About the author'],
    [
      'Jane Doe is a senior science reporter at the Daily Planet who has covered climate policy, energy markets and the politics of both since 2009',
    ],
    ['Jane Doe covers science. Follow her on Mastodon.'],
    ['https://news.example/authors/jane-doe'],
    ['Share this article'],
    [''],
    ['   '],
    [null],
    [undefined],
  ])('%j → null', (raw) => {
    expect(cleanByline(raw)).toBeNull();
  });
});

describe('cleanTitle', () => {
  it('strips " | Site", " - Site", " — Site" and "Site: " around the title', () => {
    expect(cleanTitle('Big news today | Example Times', 'Example Times')).toBe('Big news today');
    expect(cleanTitle('Big news today - Example Times', 'Example Times')).toBe('Big news today');
    expect(cleanTitle('Big news today — example times', 'Example Times')).toBe('Big news today');
    expect(cleanTitle('Example Times: Big news today', 'Example Times')).toBe('Big news today');
  });

  it('escapes the site name (regex characters in it are literal)', () => {
    expect(cleanTitle('Big news today | C++ Weekly (beta)', 'C++ Weekly (beta)')).toBe('Big news today');
    expect(cleanTitle('Example.Times: Big news today', 'Example.Times')).toBe('Big news today');
    expect(cleanTitle('ExampleXTimes: Big news today', 'Example.Times')).toBe(
      'ExampleXTimes: Big news today',
    );
  });

  it('keeps a title that is only the site name, and hyphens inside the title', () => {
    expect(cleanTitle('Example Times', 'Example Times')).toBe('Example Times');
    expect(cleanTitle('Covid-19 vaccine roll-out begins', 'Example Times')).toBe(
      'Covid-19 vaccine roll-out begins',
    );
  });

  it('drops a short trailing " | Section" even without a site name', () => {
    expect(cleanTitle('A rather long headline here | Tech', null)).toBe('A rather long headline here');
    expect(cleanTitle('Short | Tech', null)).toBe('Short | Tech');
  });

  it('normalizes whitespace and maps empty to null', () => {
    expect(cleanTitle('  Big\n  news  ', null)).toBe('Big news');
    expect(cleanTitle('   ', 'X')).toBeNull();
    expect(cleanTitle(null, 'X')).toBeNull();
  });
});

describe('readMetadata', () => {
  it('joins JSON-LD authors as "A and B" and "A, B and C", dropping duplicates', () => {
    const two = read(
      ld({
        '@type': 'NewsArticle',
        headline: 'H',
        author: [{ '@type': 'Person', name: 'Jane Doe' }, { name: 'John Roe' }],
      }),
    );
    expect(two.byline).toBe('Jane Doe and John Roe');
    const three = read(
      ld({
        '@type': 'NewsArticle',
        headline: 'H',
        author: [{ name: 'Jane Doe' }, 'John Roe', { name: 'Max Muster' }, { name: 'jane doe' }],
      }),
    );
    expect(three.byline).toBe('Jane Doe, John Roe and Max Muster');
    expect(read(ld({ '@type': 'Article', author: { name: 'By Jane Doe' } })).byline).toBe('Jane Doe');
  });

  it('prefers the JSON-LD headline over og:title, <h1> and <title>', () => {
    const html = `<title>Title tag | Site</title><meta property="og:title" content="OG title">
      ${ld({ '@type': 'NewsArticle', headline: 'The JSON-LD headline' })}<h1>H1 heading</h1>`;
    expect(read(html).title).toBe('The JSON-LD headline');
    expect(
      read('<title>Title tag</title><meta property="og:title" content="OG title"><h1>H1</h1>').title,
    ).toBe('OG title');
    expect(read('<title>Title tag</title><h1>The only heading</h1>').title).toBe('The only heading');
    expect(read('<title>Title tag</title><h1>One</h1><h1>Two</h1>').title).toBe('Title tag');
  });

  it('reads og:site_name, else the JSON-LD publisher, and strips it from the title', () => {
    const m = read(
      '<meta property="og:site_name" content="Daily Planet"><title>Big story breaks | Daily Planet</title>',
    );
    expect(m.siteName).toBe('Daily Planet');
    expect(m.title).toBe('Big story breaks');
    expect(
      read(
        ld({ '@type': 'NewsArticle', headline: 'H', publisher: { '@type': 'Organization', name: 'Planet' } }),
      ).siteName,
    ).toBe('Planet');
    expect(read('<p>x</p>').siteName).toBeNull();
  });

  it('takes the single <h1> over a JSON-LD headline that is a summary, when <title> names the <h1>', () => {
    const html = `<title>Kettleby Viaduct - Openpedia</title>${ld({ '@type': 'Article', headline: 'railway viaduct in England' })}<h1>Kettleby Viaduct</h1>`;
    expect(read(html).title).toBe('Kettleby Viaduct');
  });

  it("reads the site's name from <title> when no markup names it", () => {
    expect(
      read(
        '<title>Club Meridian :: Articles :: Eight days in the hills</title><h1>Eight days in the hills</h1>',
      ).siteName,
    ).toBe('Club Meridian');
    expect(
      read(
        '<title>Notes from Podlasie: Counting storks</title><meta property="og:title" content="Counting storks">',
      ).siteName,
    ).toBe('Notes from Podlasie');
    expect(
      read(
        '<title>Counting storks | Notes from Podlasie</title><meta property="og:title" content="Counting storks">',
      ).siteName,
    ).toBe('Notes from Podlasie');
    // Not a name: a byline, a page number, a second headline, or a title with no headline in it.
    for (const title of [
      'Counting storks - By jdoe',
      'Counting storks - Page 34',
      'Counting storks - Storks return to a village that has more nests than houses',
    ])
      expect(
        read(`<title>${title}</title><meta property="og:title" content="Counting storks">`).siteName,
      ).toBeNull();
    expect(
      read('<title>Blog | Counting storks</title><h1>Blog</h1><h1>Counting storks</h1>').siteName,
    ).toBeNull();
  });

  it("prefers the name the site gives itself in <title> to a hosting platform or the company's full name", () => {
    const publisher = (name: string) =>
      ld({
        '@type': 'BlogPosting',
        headline: 'Counting storks',
        publisher: { '@type': 'Organization', name },
      });
    expect(read(`<title>Notes from Podlasie: Counting storks</title>${publisher('Blogger')}`).siteName).toBe(
      'Notes from Podlasie',
    );
    expect(
      read(`<title>Counting storks - Openpedia</title>${publisher('Openpedia Foundation, Inc.')}`).siteName,
    ).toBe('Openpedia');
    expect(
      read(`<title>Counting storks - Storks Weekly</title>${publisher('Nature Media Group')}`).siteName,
    ).toBe('Nature Media Group');
  });

  it('reads article:published_time and article:modified_time, ignoring invalid dates', () => {
    const m = read(`<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">
      <meta property="article:modified_time" content="2024-03-06T08:00:00Z">`);
    expect(m.publishedTime).toBe('2024-03-05T10:00:00+01:00');
    expect(m.modifiedTime).toBe('2024-03-06T08:00:00Z');
    expect(read('<meta property="article:published_time" content="yesterday-ish">').publishedTime).toBeNull();
  });

  it('prefers JSON-LD datePublished, and falls back to <time datetime>', () => {
    expect(
      read(
        `${ld({ '@type': 'NewsArticle', datePublished: '2020-01-02' })}<meta property="article:published_time" content="2024-03-05">`,
      ).publishedTime,
    ).toBe('2020-01-02');
    expect(
      read('<article><p>x</p><time datetime="2023-07-08T09:10:00Z">8 July</time></article>').publishedTime,
    ).toBe('2023-07-08T09:10:00Z');
  });

  it('reads a "Last updated on <time>" as the modification date, not the publication date', () => {
    const m = read(
      '<article><p>x</p><footer><span>Last updated on <b><time datetime="2024-05-02T10:11:00Z">May 2</time></b> by Ana</span></footer></article>',
    );
    expect(m.publishedTime).toBeNull();
    expect(m.modifiedTime).toBe('2024-05-02T10:11:00Z');
    const both = read(
      '<p>Published <time datetime="2024-01-01">1 Jan</time></p><p>Aktualisiert am <time datetime="2024-02-01">1 Feb</time></p>',
    );
    expect(both.publishedTime).toBe('2024-01-01');
  });

  it('reads lang from <html lang>, else from og:locale ("de_DE" → "de-DE")', () => {
    expect(read('<html lang="fr"><head><meta property="og:locale" content="de_DE"></head></html>').lang).toBe(
      'fr',
    );
    expect(read('<html><head><meta property="og:locale" content="de_DE"></head></html>').lang).toBe('de-DE');
    expect(read('<html><body><p>x</p></body></html>').lang).toBeNull();
  });

  it('reads the byline from markup, but not from an author-bio box', () => {
    const html = `<article><h1>Story</h1><p class="byline">By Jane Doe</p><p>Body.</p>
      <div class="author-bio"><a rel="author" href="/john">John Roe</a> writes about things.</div></article>`;
    expect(read(html).byline).toBe('Jane Doe');
    const onlyBio = `<article><p>Body.</p><aside><span class="author">John Roe</span></aside></article>`;
    expect(read(onlyBio).byline).toBeNull();
  });

  it('reads the byline from <meta name="author"> before markup', () => {
    expect(read('<meta name="author" content="Jane Doe"><p class="byline">By Someone Else</p>').byline).toBe(
      'Jane Doe',
    );
  });

  it('reads the excerpt and the lead image', () => {
    const m = read(
      `<meta name="description" content="A short summary."><meta property="og:image" content="https://img.example/a.jpg">`,
    );
    expect(m.excerpt).toBe('A short summary.');
    expect(m.leadImage).toBe('https://img.example/a.jpg');
    expect(
      read(
        ld({ '@type': 'NewsArticle', image: { '@type': 'ImageObject', url: 'https://img.example/b.jpg' } }),
      ).leadImage,
    ).toBe('https://img.example/b.jpg');
  });
});

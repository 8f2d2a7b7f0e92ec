import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectCategory, normalizeCategoryName, sectionFromCrumbs } from './category';
import { readJsonLd } from './json-ld';

const URL_PLAIN = 'https://news.example/2024/05/some-story.html';
const TITLE = 'BlackBerry to leave Pakistan over surveillance demands';

function detect(html: string, { title = TITLE as string | null, url = URL_PLAIN as string | null } = {}) {
  const doc = new JSDOM(html, { url: url ?? 'about:blank' }).window.document;
  return detectCategory(doc, readJsonLd(doc), title, url);
}

const ld = (obj: unknown): string => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('normalizeCategoryName', () => {
  it.each([
    ['ebook-readers', 'Ebook readers'],
    ['ebook_readers', 'Ebook readers'],
    ['SCIENCE', 'Science'],
    ['science', 'Science'],
    ['Économie', 'Économie'],
    ['Tech & Science', 'Tech & Science'],
    ['AI', 'AI'],
    ['%C3%A9conomie-et-soci%C3%A9t%C3%A9', 'Économie et société'],
    ['world%20news', 'World news'],
    ['politics.html', 'Politics'],
    ['  » World  ', 'World'],
    // A name as the page shows it keeps its hyphens; only slugs lose them.
    ['E-bikes', 'E-bikes'],
    ['Baden-Württemberg', 'Baden-Württemberg'],
    ['e-bikes', 'E bikes'],
  ])('%s → %s', (raw, want) => {
    expect(normalizeCategoryName(raw)).toBe(want);
  });

  it.each([['2024'], [''], ['   '], ['---'], ['x'.repeat(61)]])('%j → null', (raw) => {
    expect(normalizeCategoryName(raw)).toBeNull();
  });

  it('accepts null/undefined', () => {
    expect(normalizeCategoryName(null)).toBeNull();
    expect(normalizeCategoryName(undefined)).toBeNull();
  });

  it('keeps a malformed percent sequence as text instead of throwing', () => {
    expect(normalizeCategoryName('100%-science')).toBe('100% science');
  });
});

describe('sectionFromCrumbs', () => {
  it("picks the last crumb before the article's own (truncated) title", () => {
    expect(sectionFromCrumbs(['Home', 'Mobile', 'BlackBerry to leave Pakistan…'], TITLE)).toBe('Mobile');
    expect(sectionFromCrumbs(['Home', 'Mobile', TITLE], TITLE)).toBe('Mobile');
  });

  it('keeps the last crumb when it is not the title', () => {
    expect(sectionFromCrumbs(['Home', 'Tech', 'Mobile'], TITLE)).toBe('Mobile');
    expect(sectionFromCrumbs(['News', 'Mobile'], null)).toBe('Mobile');
  });

  it('skips Home / Accueil / Startseite', () => {
    expect(sectionFromCrumbs(['Accueil', 'Économie', TITLE], TITLE)).toBe('Économie');
    expect(sectionFromCrumbs(['Startseite', 'Wirtschaft'], TITLE)).toBe('Wirtschaft');
    expect(sectionFromCrumbs(['Home', TITLE], TITLE)).toBeNull();
    expect(sectionFromCrumbs(['Home'], null)).toBeNull();
  });

  it('drops a long last crumb that is the headline even when it differs from the title', () => {
    expect(
      sectionFromCrumbs(
        ['Home', 'Science', 'Why the oldest trees in the forest matter more than we thought'],
        'Old trees',
      ),
    ).toBe('Science');
  });

  it('ignores empty crumbs and whitespace', () => {
    expect(sectionFromCrumbs(['  Home ', '', '  Health\n news ', TITLE], TITLE)).toBe('Health news');
  });
});

describe('detectCategory', () => {
  it('reads a JSON-LD BreadcrumbList, ordering items by position', () => {
    const html = ld({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 3, name: TITLE },
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://news.example/' },
        { '@type': 'ListItem', position: 2, item: { '@id': 'https://news.example/mobile/', name: 'Mobile' } },
      ],
    });
    expect(detect(html)).toEqual({ name: 'Mobile', source: 'breadcrumb' });
  });

  it('reads a BreadcrumbList inside an @graph', () => {
    const html = ld({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example' },
        {
          '@type': 'BreadcrumbList',
          itemListElement: [
            { position: 1, name: 'Home' },
            { position: 2, name: 'space-science' },
          ],
        },
      ],
    });
    expect(detect(html)).toEqual({ name: 'Space science', source: 'breadcrumb' });
  });

  it('reads a microdata BreadcrumbList', () => {
    const html = `<ol itemscope itemtype="https://schema.org/BreadcrumbList">
      <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
        <a itemprop="item" href="/"><span itemprop="name">Home</span></a><meta itemprop="position" content="1"></li>
      <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
        <a itemprop="item" href="/mobile/"><span itemprop="name">Mobile</span></a><meta itemprop="position" content="2"></li>
      <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
        <span itemprop="name">BlackBerry to leave Pakistan…</span><meta itemprop="position" content="3"></li>
    </ol><h1>${TITLE}</h1>`;
    expect(detect(html)).toEqual({ name: 'Mobile', source: 'breadcrumb' });
  });

  it('reads an RDFa BreadcrumbList', () => {
    const html = `<ol vocab="https://schema.org/" typeof="BreadcrumbList">
      <li property="itemListElement" typeof="ListItem">
        <a property="item" typeof="WebPage" href="/"><span property="name">Home</span></a><meta property="position" content="1"></li>
      <li property="itemListElement" typeof="ListItem">
        <a property="item" typeof="WebPage" href="/gadgets/"><span property="name">Gadgets</span></a><meta property="position" content="2"></li>
    </ol>`;
    expect(detect(html)).toEqual({ name: 'Gadgets', source: 'breadcrumb' });
  });

  it('reads a plain .breadcrumb container', () => {
    const html = `<div class="breadcrumb"><a href="/">Home</a> › <a href="/tech/">Technology</a> › <span>${TITLE}</span></div>`;
    expect(detect(html)).toEqual({ name: 'Technology', source: 'breadcrumb' });
  });

  it('reads a breadcrumb list whose last item is the current page as text', () => {
    const html = `<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/w/">World</a></li><li><a href="/w/eu/">Europe</a></li><li>${TITLE}</li></ol></nav>`;
    expect(detect(html)).toEqual({ name: 'Europe', source: 'breadcrumb' });
  });

  it('is not fooled by a "breadcrumb" class on a page-wide wrapper', () => {
    const html = `<div class="page has-breadcrumbs">
      <nav class="menu"><ul><li><a href="/a">Sport</a></li><li><a href="/b">Weather</a></li></ul></nav>
      <ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/mobile/">Mobile</a></li></ol>
      <h1>${TITLE}</h1><p>Body text.</p>
      <footer><ul><li><a href="/privacy">Privacy policy</a></li><li>© Example</li></ul></footer>
    </div>`;
    expect(detect(html)).toEqual({ name: 'Mobile', source: 'breadcrumb' });
  });

  it('reads an unnamed "A > B > Title" trail before the headline', () => {
    const html = `<div><a href="/">Home</a> &gt; <a href="/sport/">Sport</a> &gt; ${TITLE}</div><h1>${TITLE}</h1><p>Text.</p>`;
    expect(detect(html)).toEqual({ name: 'Sport', source: 'breadcrumb' });
  });

  it('does not take a pair of links after the headline for a trail', () => {
    const html = `<h1>${TITLE}</h1><p><a href="/x">Prev</a> / <a href="/y">Next</a></p>`;
    expect(detect(html)).toEqual({ name: null, source: 'none' });
  });

  it('reads a trail set in <font>, as old table layouts do', () => {
    const html = `<table><tr><td><font size="2"><a href="/">Главная</a> &raquo; <a href="/articles/">Статьи</a> &raquo; <a href="/articles/kit/">Снаряжение</a></font><h1>${TITLE}</h1><p>Text.</p></td></tr></table>`;
    expect(detect(html)).toEqual({ name: 'Снаряжение', source: 'breadcrumb' });
  });

  it('reads a trail that starts with a "you are here" label', () => {
    const html = `<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/tech/">科技</a> &gt; 正文</div><h1>${TITLE}</h1><p>Text.</p>`;
    expect(detect(html)).toEqual({ name: '科技', source: 'breadcrumb' });
    // A label is one short phrase before the first link, not a sentence between links.
    const prose = `<p><a href="/a">This</a> and then, as we said: <a href="/b">that</a> &gt; <a href="/c">other</a></p><h1>${TITLE}</h1>`;
    expect(detect(prose)).toEqual({ name: null, source: 'none' });
  });

  it("reads a trail after a logo's <h1>, but not after the headline", () => {
    const logo = `<h1 class="logo"><a href="/"><img src="/logo.gif" alt="Daily"></a></h1>`;
    const trail = `<div class="location"><a href="/">Home</a> &gt; <a href="/society/">Society</a> &gt; <a href="/society/schools/">Schools</a></div>`;
    expect(detect(`${logo}${trail}<h2>${TITLE}</h2><p>Text.</p>`)).toEqual({
      name: 'Schools',
      source: 'breadcrumb',
    });
    expect(detect(`<h1>${TITLE}</h1>${trail}<p>Text.</p>`)).toEqual({ name: null, source: 'none' });
  });

  it('reads JSON-LD articleSection as a string, a list, or a comma list', () => {
    expect(detect(ld({ '@type': 'NewsArticle', headline: TITLE, articleSection: 'Politics' }))).toEqual({
      name: 'Politics',
      source: 'json-ld',
    });
    expect(
      detect(ld({ '@type': 'NewsArticle', headline: TITLE, articleSection: ['World', 'Europe'] })),
    ).toEqual({
      name: 'World',
      source: 'json-ld',
    });
    expect(detect(ld({ '@type': 'BlogPosting', articleSection: 'science, space' }))).toEqual({
      name: 'Science',
      source: 'json-ld',
    });
  });

  it('reads <meta property="article:section"> and <meta name="parsely-section">', () => {
    expect(detect('<meta property="article:section" content="Culture">')).toEqual({
      name: 'Culture',
      source: 'meta',
    });
    expect(detect('<meta name="parsely-section" content="health">')).toEqual({
      name: 'Health',
      source: 'meta',
    });
  });

  it('reads /category/<slug>/ and similar from the URL path', () => {
    expect(detect('<p>x</p>', { url: 'https://blog.example/category/ebook-readers/kobo-review/' })).toEqual({
      name: 'Ebook readers',
      source: 'url',
    });
    expect(detect('<p>x</p>', { url: 'https://blog.example/topics/climate?page=2' })).toEqual({
      name: 'Climate',
      source: 'url',
    });
    expect(detect('<p>x</p>', { url: 'https://blog.example/category/2024/' })).toEqual({
      name: null,
      source: 'none',
    });
  });

  it("reads the address's first segment when the site links to it under a name that spells it", () => {
    const nav = `<ul class="nav"><li><a href="/">Front page</a></li><li><a href="/food-drink/">Food &amp; Drink</a></li><li><a href="/tech/">Tech</a></li></ul>`;
    const at = (path: string, html = nav) =>
      detect(`${html}<h1>${TITLE}</h1><p>Text.</p>`, { url: `https://site.example${path}` });
    expect(at('/tech/2024/08/battery/')).toEqual({ name: 'Tech', source: 'url' });
    expect(at('/food-drink/mezcal-bar-opens')).toEqual({ name: 'Food & Drink', source: 'url' });
    // A link to the path under another name (a logo, "Sign up") is not the section's name.
    expect(at('/blog/2024/post', '<a href="/blog/" class="logo">Ann\'s notebook</a>')).toEqual({
      name: null,
      source: 'none',
    });
    // Not a section: a year, a language, a page at the top level, a path the page never links to.
    expect(at('/2024/08/battery/', '<a href="/2024/">2024</a>')).toEqual({ name: null, source: 'none' });
    expect(at('/en/story', '<a href="/en/">En</a>')).toEqual({ name: null, source: 'none' });
    expect(at('/ann_lee/items/42', '<a href="/ann_lee">@ann_lee</a>')).toEqual({
      name: null,
      source: 'none',
    });
    expect(at('/tech')).toEqual({ name: null, source: 'none' });
    expect(at('/games/review', nav)).toEqual({ name: null, source: 'none' });
  });

  it('returns name null, source none, when the page says nothing', () => {
    expect(detect('<h1>Hello</h1><p>World</p>')).toEqual({ name: null, source: 'none' });
    expect(detect('<p>x</p>', { url: null })).toEqual({ name: null, source: 'none' });
  });

  describe('precedence: breadcrumb > JSON-LD articleSection > meta > URL path', () => {
    const crumbs = `<div class="breadcrumb"><a href="/">Home</a> › <a href="/c/">Crumbs</a></div>`;
    const section = ld({ '@type': 'NewsArticle', headline: TITLE, articleSection: 'Ldsection' });
    const meta = '<meta property="article:section" content="Metasection">';
    const url = 'https://news.example/category/urlsection/story';

    it('breadcrumb first', () => {
      expect(detect(crumbs + section + meta, { url })).toEqual({ name: 'Crumbs', source: 'breadcrumb' });
    });
    it('then JSON-LD articleSection', () => {
      expect(detect(section + meta, { url })).toEqual({ name: 'Ldsection', source: 'json-ld' });
    });
    it('then meta article:section', () => {
      expect(detect(meta, { url })).toEqual({ name: 'Metasection', source: 'meta' });
    });
    it('then the URL path', () => {
      expect(detect('<p>x</p>', { url })).toEqual({ name: 'Urlsection', source: 'url' });
    });
    it('a breadcrumb holding only Home and the title falls through to the next source', () => {
      const onlyHome = `<div class="breadcrumb"><a href="/">Home</a> › <span class="current">${TITLE}</span></div>`;
      expect(detect(onlyHome + section)).toEqual({ name: 'Ldsection', source: 'json-ld' });
    });
  });
});

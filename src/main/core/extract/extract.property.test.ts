import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { QuireError } from '../../../shared/result';
import { extractArticle, type ExtractedArticle, type ExtractInput } from './extract';
import { sanitizeHtml } from './sanitize';

// ---------------------------------------------------------------------------------------------
// Generators: a small HTML grammar with chrome-ish class names, hostile attributes and unicode text.

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

const CLASSES = [
  'content',
  'entry-content',
  'article-body',
  'post',
  'story',
  'main',
  'x1',
  'sidebar',
  'has-sidebar',
  'related',
  'share',
  'social',
  'comments',
  'comment',
  'ad',
  'ads',
  'advert',
  'promo',
  'newsletter',
  'breadcrumb',
  'menu',
  'widget',
  'tags',
  'author-bio',
  'byline',
  'hidden',
  'sr-only',
  'modal',
  'footer',
  'teaser',
];

const unicodeText = fc.string({ unit: 'grapheme', maxLength: 60 });
const proseText = fc.lorem({ maxCount: 40, mode: 'words' });
const anyText = fc.oneof(
  unicodeText,
  proseText,
  fc.constantFrom('Advertisement', 'Related posts', 'Tags: a, b', 'Share', 'By Jane Doe', '中文测试内容'),
);

const attribute = fc.oneof(
  fc.constantFrom(...CLASSES).map((c) => `class="${c}"`),
  fc.subarray(CLASSES, { minLength: 1, maxLength: 3 }).map((cs) => `class="${cs.join(' ')}"`),
  fc.constantFrom(
    'hidden',
    'aria-hidden="true"',
    'style="display:none"',
    'style="visibility: hidden"',
    'style="color:red"',
  ),
  fc.constantFrom('onclick="alert(1)"', 'onerror=alert(1)', 'ONLOAD="x()"', 'onmouseover="steal()"'),
  fc.constantFrom(
    'href="javascript:alert(1)"',
    'href=" JaVaScRiPt:alert(1)"',
    'href="/relative/link"',
    'href="https://ex.test/a"',
    'href="#top"',
  ),
  fc.constantFrom(
    'src="javascript:alert(1)"',
    'src="data:image/gif;base64,R0lGODlhAQABAAAAACw="',
    'data-src="/img/x.jpg"',
    'srcset="a.jpg 1x, b.jpg 2x"',
    'src="/a.png"',
  ),
  fc.constantFrom(
    'id="comments"',
    'id="main"',
    'role="navigation"',
    'role="main"',
    'itemprop="articleBody"',
    'aria-label="Breadcrumb"',
  ),
  unicodeText.map((t) => `title="${escapeAttr(t)}"`),
);

const TAGS = [
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'ul',
  'a',
  'img',
  'script',
  'style',
  'table',
  'span',
  'article',
  'section',
  'nav',
  'aside',
  'blockquote',
  'pre',
  'figure',
] as const;

interface ElementSpec {
  tag: (typeof TAGS)[number];
  attrs: string[];
  children: string[];
}

function render({ tag, attrs, children }: ElementSpec): string {
  const a = attrs.length ? ' ' + attrs.join(' ') : '';
  switch (tag) {
    case 'img':
      return `<img${a}>`;
    case 'script':
      return `<script${a}>document.title = "<p>x</p>"; alert(1)</script>`;
    case 'style':
      return `<style${a}>p { color: red } .a > .b { display: none }</style>`;
    case 'ul':
      return `<ul${a}>${children.map((c) => `<li>${c}</li>`).join('')}</ul>`;
    case 'table':
      return `<table${a}><tr>${children.map((c) => `<td>${c}</td>`).join('')}</tr></table>`;
    default:
      return `<${tag}${a}>${children.join('')}</${tag}>`;
  }
}

const { node: htmlNode } = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, anyText.map(escapeText), tie('element')),
  element: fc
    .record({
      tag: fc.constantFrom(...TAGS),
      attrs: fc.array(attribute, { maxLength: 3 }),
      children: fc.array(tie('node'), { maxLength: 5 }),
    })
    .map(render),
}));

// Enough prose for Readability to take the page as an article, in chrome-ish wrappers, with noise inside.
const articleBlock = fc
  .record({
    wrapper: fc.constantFrom('article', 'div', 'main', 'section'),
    attrs: fc.array(attribute, { maxLength: 2 }),
    heading: fc.option(anyText, { nil: undefined }),
    paragraphs: fc.array(
      fc.tuple(
        fc.lorem({ maxCount: 6, mode: 'sentences' }),
        fc.option(htmlNode, { nil: undefined }),
        fc.array(attribute, { maxLength: 1 }),
      ),
      { minLength: 3, maxLength: 8 },
    ),
  })
  .map(({ wrapper, attrs, heading, paragraphs }) =>
    render({
      tag: wrapper as ElementSpec['tag'],
      attrs,
      children: [
        heading === undefined ? '' : `<h1>${escapeText(heading)}</h1>`,
        ...paragraphs.map(([prose, extra, pAttrs]) =>
          render({ tag: 'p', attrs: pAttrs, children: [escapeText(prose), extra ?? ''] }),
        ),
      ],
    }),
  );

const jsonLdBlock = fc
  .oneof(
    fc.json({ maxDepth: 3 }),
    fc
      .record({
        '@type': fc.constantFrom('NewsArticle', 'BlogPosting', 'WebPage', 'BreadcrumbList', 'Person'),
        headline: unicodeText,
        author: fc.oneof(unicodeText, fc.array(fc.record({ name: unicodeText }), { maxLength: 3 })),
        articleSection: fc.oneof(unicodeText, fc.array(unicodeText, { maxLength: 2 })),
        articleBody: fc.oneof(proseText, unicodeText),
        datePublished: fc.oneof(unicodeText, fc.constant('2024-01-02T03:04:05Z')),
        itemListElement: fc.array(
          fc.record({ position: fc.oneof(fc.integer(), unicodeText), name: unicodeText }),
          { maxLength: 4 },
        ),
      })
      .map((o) => JSON.stringify(o)),
  )
  .map((j) => `<script type="application/ld+json">${j.replace(/</g, '\\u003c')}</script>`);

const metaTag = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        'og:title',
        'og:site_name',
        'article:section',
        'og:locale',
        'article:published_time',
        'author',
        'description',
      ),
      unicodeText,
    )
    .map(([k, v]) => `<meta property="${k}" content="${escapeAttr(v)}">`),
  fc.constantFrom(
    '<meta charset="utf-8">',
    '<meta charset="shift_jis">',
    '<meta charset="iso-2022-kr">',
    '<base href="https://cdn.example/x/">',
  ),
);

const htmlDocument = fc
  .record({
    lang: fc.constantFrom('', ' lang="en"', ' lang="de"', ' lang=""'),
    title: unicodeText,
    head: fc.array(fc.oneof(metaTag, jsonLdBlock), { maxLength: 4 }),
    before: fc.array(htmlNode, { maxLength: 5 }),
    article: fc.option(articleBlock, { nil: '', freq: 3 }),
    after: fc.array(htmlNode, { maxLength: 3 }),
  })
  .map(
    ({ lang, title, head, before, article, after }) =>
      `<!doctype html><html${lang}><head><title>${escapeText(title)}</title>${head.join('')}</head>` +
      `<body>${before.join('')}${article}${after.join('')}</body></html>`,
  );

const tagSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<p>',
        '</p>',
        '<div class="related">',
        '</div>',
        '<h1>',
        '<script>',
        '</script>',
        '<style>',
        '<!--',
        '-->',
        '<a href="javascript:x">',
        '<img src=x onerror=alert(1)>',
        '&amp;',
        '&#0;',
        '<table>',
        '<svg><script>alert(1)</script></svg>',
        '<math><mi>x</mi></math>',
        '<noscript><img src="/n.jpg"></noscript>',
        '<template><p>t</p></template>',
        '<meta charset="gbk">',
      ),
      unicodeText,
      proseText,
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const pageUrl = fc.constantFrom(
  'https://news.example/category/tech/story.html',
  'http://localhost:8080/a?b=c#d',
  null,
);

// ---------------------------------------------------------------------------------------------
// Checks.

const ALLOWED_FAILURES = ['NO_ARTICLE', 'EXTRACTION_FAILED'];

/** Runs the pipeline; a QuireError of an allowed code is fine, anything else fails the property. */
function extractOrNull(input: ExtractInput): ExtractedArticle | null {
  try {
    return extractArticle(input);
  } catch (err) {
    if (err instanceof QuireError && ALLOWED_FAILURES.includes(err.code)) return null;
    throw err;
  }
}

const fragmentDoc = new JSDOM('').window.document;

// A jsdom window stays reachable until its queued load events have run, so a synchronous loop over
// hundreds of pages grows the heap by gigabytes; the properties yield to the event loop after each page.
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function checkArticle(r: ExtractedArticle | null): void {
  if (!r) return;
  expect(typeof r.title).toBe('string');
  expect(r.title.trim().length).toBeGreaterThan(0);
  expect(Number.isInteger(r.wordCount) && r.wordCount >= 0).toBe(true);
  expect(Number.isInteger(r.readingMinutes) && r.readingMinutes >= 0).toBe(true);
  expect(r.readingMinutes === 0).toBe(r.wordCount === 0);
  expect(typeof r.text).toBe('string');
  expect(typeof r.contentHtml).toBe('string');
  expect(r.contentHtml).not.toMatch(/<script/i);
  expect(r.contentHtml).not.toMatch(/javascript:/i);
  // Event handlers are checked on the parsed markup: " onload=" may legitimately appear in text.
  const box = fragmentDoc.createElement('div');
  box.innerHTML = r.contentHtml;
  const handlers = [...box.querySelectorAll('*')].flatMap((el) =>
    el.getAttributeNames().filter((n) => /^on/i.test(n)),
  );
  expect(handlers).toEqual([]);
  expect(box.querySelector('script, style, iframe, form, object, embed')).toBeNull();
}

async function checkExtraction(input: ExtractInput): Promise<void> {
  try {
    checkArticle(extractOrNull(input));
  } finally {
    await settle();
  }
}

describe('extractArticle on arbitrary input (property)', () => {
  it('never throws anything but NO_ARTICLE / EXTRACTION_FAILED on arbitrary strings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 500 }), tagSoup),
        pageUrl,
        async (body, url) => {
          await checkExtraction({ body, url });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never throws anything but NO_ARTICLE / EXTRACTION_FAILED on arbitrary bytes', async () => {
    const contentType = fc.constantFrom(
      null,
      'text/html',
      'text/html; charset=utf-8',
      'text/html; charset=shift_jis',
      'text/html; charset=gbk',
      'text/html; charset=utf-16le',
      'text/html; charset=iso-2022-kr',
      'text/html; charset=x-user-defined',
      'text/html; charset=bogus',
    );
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 1500 }),
      fc
        .tuple(tagSoup, fc.uint8Array({ maxLength: 64 }))
        .map(([s, b]) => new Uint8Array(Buffer.concat([Buffer.from(s, 'utf8'), b]))),
    );
    await fc.assert(
      fc.asyncProperty(bytes, contentType, pageUrl, async (body, ct, url) => {
        await checkExtraction({ body, url, contentType: ct });
      }),
      { numRuns: 100 },
    );
  });

  it('returns a well-formed, sanitised article (or a clean refusal) on generated HTML documents', async () => {
    await fc.assert(
      fc.asyncProperty(htmlDocument, pageUrl, fc.boolean(), async (html, url, asBytes) => {
        const body = asBytes ? new Uint8Array(Buffer.from(html, 'utf8')) : html;
        await checkExtraction({ body, url });
      }),
      { numRuns: 200 },
    );
  });
});

describe('sanitizeHtml (property)', () => {
  it('is idempotent: sanitising twice changes nothing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(htmlNode, { maxLength: 6 }).map((n) => n.join('')),
          tagSoup,
        ),
        (html) => {
          const once = sanitizeHtml(html);
          expect(sanitizeHtml(once)).toBe(once);
        },
      ),
      { numRuns: 300 },
    );
  });
});

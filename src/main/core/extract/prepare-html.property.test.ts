import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { stripScriptsAndStyles } from './prepare-html';

/**
 * Stripping runs on raw markup with regular expressions, before any parser: a pattern that ends a
 * block later than a browser would silently drops the article text in between. So the stripped
 * markup is checked against the HTML parser itself, on markup built from the end tags, comments
 * and script contents real pages carry.
 */

const END_TAGS = (tag: string): string[] => [
  `</${tag}>`,
  `</${tag.toUpperCase()}>`,
  `</${tag} >`,
  `</${tag}\n>`,
  `</${tag} data-x="1">`,
  `</${tag}\n\n  <!-- a plugin's note -->`,
  `</${tag}/>`,
];

// Script and style bodies with the characters that change how a tokenizer reads them.
const blockBody = fc
  .array(fc.constantFrom('a', 'b', ' ', ';', '"', "'", '<', '>', '!', '-', '/', 'p', '{', '}', '\n'), {
    maxLength: 24,
  })
  .map((cs) => cs.join(''))
  // "</" followed by the tag name would end the block inside the generated body.
  .filter((s) => !/<\/(script|style|template|iframe)/i.test(s));

const block = fc
  .tuple(fc.constantFrom('script', 'style', 'template', 'iframe'), blockBody, fc.nat())
  .map(([tag, body, n]) => {
    const ends = END_TAGS(tag);
    const open = tag === 'script' && n % 3 === 0 ? '<script type="text/javascript">' : `<${tag}>`;
    return `${open}${body}${ends[n % ends.length]}`;
  });

// Icons, whole or broken: a stray end tag, an <svg> never closed (a browser leaves it at the next
// HTML block such as <p>).
const svg = fc.constantFrom(
  '<svg viewBox="0 0 1 1"><path d="M0 0"/></svg>',
  '<svg><g><svg><circle r="1"/></svg></g></svg >',
  '<svg class="icon"><use href="#i"></use>',
  '</svg>',
  '<SVG><title>Share</title></SVG>',
);

let serial = 0;
const paragraph = fc.constant(null).map(() => `<p>token${serial++}x</p>`);

const page = fc
  .array(fc.oneof(paragraph, block, svg), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join('\n'));

/** The tokens a browser shows: body text outside scripts, styles, templates and frames. */
function shownTokens(html: string): Set<string> {
  const doc = new JSDOM(`<!doctype html><html><body>${html}</body></html>`).window.document;
  for (const el of doc.querySelectorAll('script, style, template, iframe, quire-frame, svg')) el.remove();
  return new Set(doc.body.textContent!.match(/token\d+x/g) ?? []);
}

describe('stripScriptsAndStyles, against the HTML parser', () => {
  it('never hides text that the page shows', () => {
    fc.assert(
      fc.property(page, (html) => {
        const after = shownTokens(stripScriptsAndStyles(html));
        for (const token of shownTokens(html))
          expect(after.has(token), `${token} lost from ${JSON.stringify(html)}`).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

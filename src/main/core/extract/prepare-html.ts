/**
 * Drops script, style and template blocks from the markup before jsdom parses it. Parsing them is
 * wasted work (jsdom builds CSSOM for every <style>), and some real-world stylesheets make jsdom's
 * CSS parser throw, which would lose the whole page. JSON-LD is kept: it carries the metadata.
 * Frames are made inert (see INERT_FRAME). Inline SVG goes too: icons are a large share of modern markup, and pre-clean removes every <svg>
 * anyway, so parsing them is work thrown away.
 */
// An end tag ends at its first `>` whatever comes between (`</script\n  <!-- note -->` ends at
// the comment's `>`), as browsers parse it; requiring `</script>` would run on to a later script's
// end tag and drop the article between them.
const BLOCKS = /<(script|style|template)\b([^>]*)>[\s\S]*?<\/\1(?:[\s/][^>]*)?>/gi;
const LD_JSON = /\btype\s*=\s*["']?application\/ld\+json/i;
// An <svg> with no <svg> inside it (unrolled, so it runs in linear time); nested ones go from the
// inside out. Nor does it span an HTML block's start tag: at one, a browser leaves an <svg> that was
// never closed (`<svg><use/>` then the article), which a later icon's </svg> must not close here.
const INNERMOST_SVG =
  /<svg\b[^<]*(?:<(?!\/?svg\b|(?:p|div|h[1-6]|ul|ol|li|dl|dt|dd|table|pre|blockquote|center|br|hr|img|embed|span|b|i|u|s|em|strong|small|big|sub|sup|tt|var|code|nobr|ruby|strike|listing|menu|meta|body|head)\b|\/(?:p|br)\b)[^<]*)*<\/svg\s*>/gi;

/**
 * The element an <iframe> becomes. jsdom builds a whole window (every DOM interface installed
 * afresh) for each frame it parses, even an empty one: on pages with a few ad and social frames
 * that costs more than parsing the article. The inert element keeps the frame's attributes, which
 * is all that embedded players are turned into links from, and loads nothing.
 */
export const INERT_FRAME = 'quire-frame';
// A frame's content is raw text a browser never shows, so the whole element is rewritten.
const IFRAME = /<iframe\b([^>]*)>(?:[\s\S]*?<\/iframe(?:[\s/][^>]*)?>)?/gi;

export function stripScriptsAndStyles(html: string): string {
  let out = html.replace(BLOCKS, (whole, tag: string, attrs: string) =>
    tag.toLowerCase() === 'script' && LD_JSON.test(attrs) ? whole : '',
  );
  out = out.replace(IFRAME, (_, attrs: string) => `<${INERT_FRAME}${attrs}></${INERT_FRAME}>`);
  for (let before = ''; before !== out;) {
    before = out;
    out = out.replace(INNERMOST_SVG, '');
  }
  return out;
}

/**
 * Drops script, style and template blocks from the markup before jsdom parses it. Parsing them is
 * wasted work (jsdom builds CSSOM for every <style>), and some real-world stylesheets make jsdom's
 * CSS parser throw, which would lose the whole page. JSON-LD is kept: it carries the metadata.
 */
const BLOCKS = /<(script|style|template)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi;
const LD_JSON = /\btype\s*=\s*["']?application\/ld\+json/i;

export function stripScriptsAndStyles(html: string): string {
  return html.replace(BLOCKS, (whole, tag: string, attrs: string) =>
    tag.toLowerCase() === 'script' && LD_JSON.test(attrs) ? whole : '',
  );
}

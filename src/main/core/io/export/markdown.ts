import TurndownService from 'turndown';
import type { ArticleSummary } from '../../../../shared/domain';
import type { ExportContext } from './context';
import { isoDay } from './escape';

/** Escapes what Markdown would read as link syntax or emphasis in inline text. */
export const mdText = (s: string): string =>
  s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\[\]*_`<>])/g, '\\$1');

/** A link target Markdown cannot misread: no spaces, no parentheses, no angle brackets. */
export const mdUrl = (url: string): string =>
  url.replace(/[\s()<>]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));

function metaLine(a: ArticleSummary): string {
  return [a.siteName, isoDay(a.publishedTime) || isoDay(a.savedAt)]
    .filter(Boolean)
    .map((s) => mdText(s!))
    .join(' · ');
}

const WEB_LINK = /^(https?:|mailto:)/i;

let turndown: TurndownService | null = null;
/**
 * Stored HTML is sanitised already, so it goes to Turndown as it is (re-cleaning it through jsdom
 * first cost five times the conversion). Pictures become their description in brackets, since a
 * Markdown file cannot carry the stored copy, and only web links stay links.
 */
function toMarkdown(html: string): string {
  if (!turndown) {
    turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
    turndown.addRule('storedImages', {
      filter: 'img',
      replacement: (_content, node) => {
        const alt = ((node as Element).getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
        return alt ? `\\[${mdText(alt)}\\]` : '';
      },
    });
    turndown.addRule('webLinksOnly', {
      filter: (node) => node.nodeName === 'A' && !WEB_LINK.test(node.getAttribute('href') ?? ''),
      replacement: (content) => content,
    });
  }
  return turndown.turndown(html);
}

/** A list of links with excerpts, or (`full`) the whole articles; images become their description. */
export function writeMarkdown(ctx: ExportContext): void {
  ctx.out.write(`# ${mdText(ctx.title)}\n\n`);
  if (!ctx.ids.length) ctx.out.write('_No articles._\n');
  for (const id of ctx.ids) {
    if (!ctx.full) {
      const a = ctx.summary(id);
      const meta = [metaLine(a), a.tags.map((t) => `#${mdText(t.replace(/\s+/g, '-'))}`).join(' ')]
        .filter(Boolean)
        .join(' · ');
      ctx.out.write(`- [${mdText(a.title)}](${mdUrl(a.url)})${meta ? ` — ${meta}` : ''}\n`);
      if (a.excerpt?.trim()) ctx.out.write(`  ${mdText(a.excerpt)}\n`);
      continue;
    }
    const a = ctx.article(id);
    const meta = [a.byline && mdText(a.byline), metaLine(a), `${a.readingMinutes} min read`]
      .filter(Boolean)
      .join(' · ');
    // No image points anywhere: a missing or stored image alike becomes its description.
    const body = toMarkdown(a.contentHtml);
    ctx.out.write(`\n---\n\n## ${mdText(a.title)}\n\n${meta}  \n<${mdUrl(a.url)}>\n\n${body}\n`);
    if (a.highlights.length) {
      ctx.out.write('\n### Highlights\n\n');
      for (const h of a.highlights) {
        ctx.out.write(`> ${mdText(h.text).replace(/\n+/g, '\n> ')}\n`);
        if (h.note?.trim()) ctx.out.write(`\n${mdText(h.note)}\n`);
        ctx.out.write('\n');
      }
    }
  }
}

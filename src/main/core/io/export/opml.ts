import { byCategory, type ExportContext } from './context';
import { escapeXml } from './escape';

/** RFC 822 date, as OPML 2.0 asks ("Tue, 14 May 2024 09:30:00 GMT"). */
const rfc822 = (d: Date): string => d.toUTCString();

/** OPML 2.0: an outline per category holding a link outline per article. */
export function writeOpml(ctx: ExportContext): void {
  ctx.out.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n  <head>\n' +
      `    <title>${escapeXml(ctx.title)}</title>\n    <dateCreated>${rfc822(ctx.date)}</dateCreated>\n` +
      '  </head>\n  <body>\n',
  );
  for (const [category, articles] of byCategory(ctx)) {
    ctx.out.write(`    <outline text="${escapeXml(category)}">\n`);
    for (const a of articles) {
      const created = new Date(a.savedAt);
      ctx.out.write(
        `      <outline type="link" text="${escapeXml(a.title)}" url="${escapeXml(a.url)}"` +
          (isNaN(created.getTime()) ? '' : ` created="${rfc822(created)}"`) +
          '/>\n',
      );
    }
    ctx.out.write('    </outline>\n');
  }
  ctx.out.write('  </body>\n</opml>\n');
}

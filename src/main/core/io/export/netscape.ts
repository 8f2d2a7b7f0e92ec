import { byCategory, type ExportContext } from './context';
import { escapeXml, unixSeconds } from './escape';

/** The Netscape bookmark file every browser and bookmarking service imports: a folder per category. */
export function writeNetscape(ctx: ExportContext): void {
  const now = Math.floor(ctx.date.getTime() / 1000);
  ctx.out.write(
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>\n' +
      '<!-- This is an automatically generated file. It will be read and overwritten. DO NOT EDIT! -->\n' +
      '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">\n' +
      `<TITLE>${escapeXml(ctx.title)}</TITLE>\n<H1>${escapeXml(ctx.title)}</H1>\n<DL><p>\n`,
  );
  for (const [category, articles] of byCategory(ctx)) {
    ctx.out.write(
      `    <DT><H3 ADD_DATE="${now}" LAST_MODIFIED="${now}">${escapeXml(category)}</H3>\n    <DL><p>\n`,
    );
    for (const a of articles) {
      ctx.out.write(
        `        <DT><A HREF="${escapeXml(a.url)}" ADD_DATE="${unixSeconds(a.savedAt)}" TAGS="${escapeXml(a.tags.map((t) => t.replace(/,/g, ' ')).join(','))}">${escapeXml(a.title)}</A>\n`,
      );
      if (a.excerpt) ctx.out.write(`        <DD>${escapeXml(a.excerpt.replace(/\s+/g, ' ').trim())}\n`);
    }
    ctx.out.write('    </DL><p>\n');
  }
  ctx.out.write('</DL><p>\n');
}

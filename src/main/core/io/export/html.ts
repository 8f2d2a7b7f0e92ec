import { cleanContent } from './content';
import type { ExportContext } from './context';
import { cleanLang, escapeXml, isoDay } from './escape';

export const HTML_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

const STYLE = `body{font:17px/1.6 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em;color:#222;background:#fff}
h1,h2,h3{font-family:system-ui,sans-serif;line-height:1.25}nav li{margin:.2em 0}
article{border-top:1px solid #ccc;margin-top:3em;padding-top:1em}.meta{color:#666;font-size:.9em}
img{max-width:100%;height:auto}figure{margin:1em 0}pre{overflow:auto;background:#f5f5f5;padding:.6em}
blockquote{border-left:3px solid #ccc;margin-left:0;padding-left:1em;color:#444}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .4em}.missing-image{color:#777;font-style:italic}`;

/** One self-contained page: no request leaves it, images are inlined as data: URIs. */
export function writeHtml(ctx: ExportContext): void {
  const t = escapeXml(ctx.title);
  ctx.out.write(
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
      `<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">\n` +
      '<meta name="referrer" content="no-referrer">\n' +
      `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${t}</title>\n` +
      `<style>${STYLE}</style>\n</head>\n<body>\n<header><h1>${t}</h1>\n` +
      `<p class="meta">${ctx.ids.length} article${ctx.ids.length === 1 ? '' : 's'} · exported ${isoDay(ctx.date.toISOString())}</p></header>\n` +
      '<nav><h2>Contents</h2>\n<ol>\n',
  );
  for (const id of ctx.ids) {
    const a = ctx.summary(id);
    ctx.out.write(`<li><a href="#article-${a.id}">${escapeXml(a.title)}</a></li>\n`);
  }
  ctx.out.write('</ol>\n</nav>\n<main>\n');
  const dataUri = (hash: string): string | null => {
    const asset = ctx.asset(hash);
    if (!asset || !/^image\/(?:png|jpeg|gif|webp|avif|bmp)$/.test(asset.mime)) return null;
    return `data:${asset.mime};base64,${asset.data.toString('base64')}`;
  };
  for (const id of ctx.ids) {
    const a = ctx.article(id);
    const lang = cleanLang(a.lang);
    const meta = [a.byline, a.siteName, isoDay(a.publishedTime), `${a.readingMinutes} min read`, a.category]
      .filter(Boolean)
      .map((s) => escapeXml(s))
      .join(' · ');
    ctx.out.write(
      `<article id="article-${a.id}"${lang ? ` lang="${lang}"` : ''}>\n<h2>${escapeXml(a.title)}</h2>\n` +
        `<p class="meta">${meta}<br><a href="${escapeXml(a.url)}" rel="noreferrer">${escapeXml(a.url)}</a></p>\n` +
        cleanContent(a.contentHtml, dataUri) +
        '\n</article>\n',
    );
  }
  ctx.out.write('</main>\n</body>\n</html>\n');
}

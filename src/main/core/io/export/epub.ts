import crypto from 'node:crypto';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { cleanContent } from './content';
import type { ExportContext } from './context';
import { cleanLang, escapeXml, isoDay } from './escape';

/** Image types every EPUB 3 reader must show (core media types); others become their description. */
const IMAGE_EXT: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif' };

const STYLE = `body{font-family:serif;line-height:1.5;margin:0 5%}h1,h2,h3{line-height:1.25}
.meta{color:#555;font-size:.9em}img{max-width:100%}blockquote{margin-left:1em;padding-left:.8em;border-left:2px solid #999}
pre{white-space:pre-wrap}.missing-image{font-style:italic;color:#666}.cover{text-align:center;margin-top:30%}`;

const xhtml = (title: string, lang: string, body: string, extraNs = '', css = 'style.css'): string =>
  '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n' +
  `<html xmlns="http://www.w3.org/1999/xhtml"${extraNs} lang="${lang}" xml:lang="${lang}">\n` +
  `<head>\n<title>${escapeXml(title)}</title>\n<link rel="stylesheet" type="text/css" href="${css}"/>\n</head>\n` +
  `<body>\n${body}\n</body>\n</html>\n`;

const chapterFile = (n: number) => `text/article-${String(n).padStart(5, '0')}.xhtml`;

/**
 * One EPUB 3 book of the list, written entry by entry into the zip: chapters first (noting the
 * images they use), then each image read from the store one at a time, then the navigation and
 * the package document, which only then know everything the book holds.
 */
export function writeEpub(ctx: ExportContext): void {
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else ctx.out.write(chunk);
  });
  const mtime = ctx.date;
  const put = (name: string, data: string | Uint8Array, store = false) => {
    const entry = store ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    entry.mtime = mtime;
    zip.add(entry);
    entry.push(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, true);
    if (failure) throw failure;
  };

  const id = `urn:uuid:${crypto.randomUUID()}`;
  const langs = new Map<string, number>();
  const images = new Map<string, { file: string; mime: string }>();
  const toc: { title: string; file: string }[] = [];

  put('mimetype', 'application/epub+zip', true);
  put(
    'META-INF/container.xml',
    '<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n' +
      '  <rootfiles>\n    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>\n  </rootfiles>\n</container>\n',
  );
  put('OEBPS/style.css', STYLE);

  const imageRef = (hash: string): string | null => {
    const known = images.get(hash);
    if (known) return `../${known.file}`;
    if (!/^[a-f0-9]{16,128}$/i.test(hash)) return null;
    const info = ctx.assetInfo(hash);
    const ext = info && IMAGE_EXT[info.mime];
    if (!info || !ext) return null;
    const file = `images/${hash.toLowerCase()}.${ext}`;
    images.set(hash, { file, mime: info.mime });
    return `../${file}`;
  };

  ctx.ids.forEach((articleId, i) => {
    const a = ctx.article(articleId);
    const lang = cleanLang(a.lang) ?? 'en';
    langs.set(lang, (langs.get(lang) ?? 0) + 1);
    const meta = [a.byline, a.siteName, isoDay(a.publishedTime), `${a.readingMinutes} min read`]
      .filter(Boolean)
      .map((s) => escapeXml(s))
      .join(' · ');
    const body =
      `<section class="chapter">\n<h1>${escapeXml(a.title)}</h1>\n<p class="meta">${meta}</p>\n` +
      `<p class="meta"><a href="${escapeXml(a.url)}">${escapeXml(a.url)}</a></p>\n` +
      `<div>${cleanContent(a.contentHtml, imageRef)}</div>\n</section>`;
    const file = chapterFile(i + 1);
    put(`OEBPS/${file}`, xhtml(a.title, lang, body, '', '../style.css'));
    toc.push({ title: a.title, file });
  });

  // Each image is read from the store, written, and let go before the next.
  for (const [hash, img] of images) {
    const asset = ctx.asset(hash);
    if (!asset) throw new Error(`Stored image ${hash} disappeared during the export.`);
    put(`OEBPS/${img.file}`, asset.data, true);
  }

  const bookLang = [...langs].sort((x, y) => y[1] - x[1])[0]?.[0] ?? 'en';
  // A full timestamp: calibre reads a bare date as a moment and may show the next day.
  const when = ctx.date.toISOString().replace(/\.\d+Z$/, 'Z');
  const cover =
    `<section class="cover">\n<h1>${escapeXml(ctx.title)}</h1>\n` +
    `<p>${ctx.ids.length} article${ctx.ids.length === 1 ? '' : 's'}</p>\n<p>${when}</p>\n</section>`;
  put('OEBPS/cover.xhtml', xhtml(ctx.title, bookLang, cover));

  const entries = toc.length ? toc : [{ title: ctx.title, file: 'cover.xhtml' }];
  const nav =
    '<nav epub:type="toc" id="toc">\n<h1>Contents</h1>\n<ol>\n' +
    entries.map((e) => `<li><a href="${e.file}">${escapeXml(e.title)}</a></li>`).join('\n') +
    '\n</ol>\n</nav>\n<nav epub:type="landmarks" hidden="hidden">\n<ol>\n' +
    '<li><a epub:type="cover" href="cover.xhtml">Cover</a></li>\n' +
    `<li><a epub:type="toc" href="nav.xhtml">Contents</a></li>\n` +
    (toc.length ? `<li><a epub:type="bodymatter" href="${toc[0]!.file}">Articles</a></li>\n` : '') +
    '</ol>\n</nav>';
  put('OEBPS/nav.xhtml', xhtml('Contents', bookLang, nav, ' xmlns:epub="http://www.idpf.org/2007/ops"'));

  put(
    'OEBPS/toc.ncx',
    '<?xml version="1.0" encoding="UTF-8"?>\n<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">\n<head>\n' +
      `<meta name="dtb:uid" content="${id}"/>\n<meta name="dtb:depth" content="1"/>\n` +
      '<meta name="dtb:totalPageCount" content="0"/>\n<meta name="dtb:maxPageNumber" content="0"/>\n</head>\n' +
      `<docTitle><text>${escapeXml(ctx.title)}</text></docTitle>\n<navMap>\n` +
      entries
        .map(
          (e, i) =>
            `<navPoint id="nav-${i + 1}" playOrder="${i + 1}"><navLabel><text>${escapeXml(e.title)}</text></navLabel>` +
            `<content src="${e.file}"/></navPoint>`,
        )
        .join('\n') +
      '\n</navMap>\n</ncx>\n',
  );

  const modified = ctx.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const manifest = [
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>',
    '<item id="style" href="style.css" media-type="text/css"/>',
    '<item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>',
    ...toc.map((e, i) => `<item id="article-${i + 1}" href="${e.file}" media-type="application/xhtml+xml"/>`),
    ...[...images.values()].map(
      (img, i) => `<item id="image-${i + 1}" href="${img.file}" media-type="${img.mime}"/>`,
    ),
  ];
  const spine = [
    '<itemref idref="cover"/>',
    '<itemref idref="nav"/>',
    ...toc.map((_, i) => `<itemref idref="article-${i + 1}"/>`),
  ];
  put(
    'OEBPS/content.opf',
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${bookLang}">\n` +
      '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n' +
      `<dc:identifier id="book-id">${id}</dc:identifier>\n<dc:title>${escapeXml(ctx.title)}</dc:title>\n` +
      `<dc:language>${bookLang}</dc:language>\n<dc:creator>Quire</dc:creator>\n<dc:date>${when}</dc:date>\n` +
      `<meta property="dcterms:modified">${modified}</meta>\n</metadata>\n` +
      `<manifest>\n${manifest.join('\n')}\n</manifest>\n<spine toc="ncx">\n${spine.join('\n')}\n</spine>\n</package>\n`,
  );
  zip.end();
  if (failure) throw failure;
}

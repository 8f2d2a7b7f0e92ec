import { TextDecoder as WhatwgDecoder, labelToName } from '@exodus/bytes/encoding.js';

/**
 * Decides a page's character encoding the way a browser does (WHATWG "encoding sniffing"):
 * byte order mark, then the transport's Content-Type, then a <meta> in the first 1024 bytes;
 * an undeclared page that is valid UTF-8 is read as UTF-8 (as Chromium's detector does), else
 * as windows-1252.
 */
export type CharsetSource = 'bom' | 'content-type' | 'meta' | 'detected' | 'default';

export interface DecidedCharset {
  encoding: string;
  source: CharsetSource;
}

/** Resolves a label to its WHATWG encoding name, or null if it is not an encoding. */
export function normalizeEncodingLabel(label: string): string | null {
  const name = labelToName(label.trim());
  return name ? name.toLowerCase() : null;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;]+))/i.exec(contentType);
  const label = m?.[1] ?? m?.[2] ?? m?.[3];
  return label ? normalizeEncodingLabel(label) : null;
}

/** The HTML spec's "prescan a byte stream": looks for <meta charset> or http-equiv content-type. */
export function prescanMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const tagRe = /<!--[\s\S]*?-->|<meta\b([^>]*)>/gi;
  for (let m = tagRe.exec(head); m; m = tagRe.exec(head)) {
    const attrs = m[1];
    if (attrs === undefined) continue;
    const charset = /\bcharset\s*=\s*["']?\s*([^\s"';>/]+)/i.exec(attrs);
    const httpEquiv = /\bhttp-equiv\s*=\s*["']?content-type/i.test(attrs);
    const direct = /(?:^|\s)charset\s*=/i.test(attrs);
    if (!charset || !(direct || httpEquiv)) continue;
    let enc = normalizeEncodingLabel(charset[1]!);
    if (!enc) continue;
    // A page cannot declare itself UTF-16 from inside ASCII-compatible bytes.
    if (enc.startsWith('utf-16')) enc = 'utf-8';
    if (enc === 'x-user-defined') enc = 'windows-1252';
    return enc;
  }
  return null;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new WhatwgDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decideCharset(bytes: Uint8Array, contentType?: string | null): DecidedCharset {
  const bom = bomEncoding(bytes);
  if (bom) return { encoding: bom, source: 'bom' };
  const transport = charsetFromContentType(contentType);
  if (transport) return { encoding: transport, source: 'content-type' };
  const meta = prescanMeta(bytes);
  if (meta) return { encoding: meta, source: 'meta' };
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', source: 'detected' };
  return { encoding: 'windows-1252', source: 'default' };
}

/** Decodes page bytes to text with the charset a browser would pick. */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): { html: string; charset: DecidedCharset } {
  const charset = decideCharset(bytes, contentType);
  // Node's own TextDecoder reads windows-1252 as latin1 (0x80–0x9F become control characters),
  // so a spec-conformant decoder is used. It strips a matching BOM itself.
  const html = new WhatwgDecoder(charset.encoding).decode(bytes);
  return { html, charset };
}

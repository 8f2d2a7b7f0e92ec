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

// A comment, or a <meta> tag whose quoted attribute values may hold ">".
const META_OR_COMMENT = /<!--[\s\S]*?-->|<meta(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** A tag's attributes by lower-cased name; the first of a repeated name wins, as in the spec. */
function attributes(raw: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of raw.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** The HTML spec's "extracting a character encoding from a meta element" (the content attribute). */
function charsetFromMetaContent(content: string): string | null {
  const m = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i.exec(content);
  return m?.[1] ?? m?.[2] ?? m?.[3] ?? null;
}

/**
 * The HTML spec's "prescan a byte stream": the first <meta charset>, or <meta http-equiv=content-type
 * content="…; charset=…">, in the first 1024 bytes and outside comments.
 */
export function prescanMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  for (const m of head.matchAll(META_OR_COMMENT)) {
    if (m[1] === undefined) continue;
    const attrs = attributes(m[1]);
    let label = attrs.get('charset') ?? null;
    // A charset inside "content" counts only on an http-equiv="content-type" meta.
    if (label === null && attrs.get('http-equiv')?.trim().toLowerCase() === 'content-type') {
      label = charsetFromMetaContent(attrs.get('content') ?? '');
    }
    if (label === null) continue;
    let enc = normalizeEncodingLabel(label.replace(/\/$/, ''));
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
export function decodeHtml(
  bytes: Uint8Array,
  contentType?: string | null,
): { html: string; charset: DecidedCharset } {
  const charset = decideCharset(bytes, contentType);
  // Node's own TextDecoder reads windows-1252 as latin1 (0x80–0x9F become control characters),
  // so a spec-conformant decoder is used. It strips a matching BOM itself.
  // The "replacement" encoding (ISO-2022-KR, HZ-GB-2312, …) has no decoder: per the Encoding spec
  // its whole output is one U+FFFD, as browsers show it.
  const html =
    charset.encoding === 'replacement'
      ? bytes.length
        ? '\uFFFD'
        : ''
      : new WhatwgDecoder(charset.encoding).decode(bytes);
  return { html, charset };
}

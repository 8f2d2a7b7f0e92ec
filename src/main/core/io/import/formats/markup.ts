import { decodeEntities } from './entities';

/**
 * A forgiving tokenizer for the HTML and XML that export files hold. Bookmark files in particular are
 * not well-formed (unclosed <DT> and <p>, attribute case varying), so this does not build a tree: the
 * format parsers walk the flat token list and keep what little structure they need themselves. It is
 * also several times faster than a DOM on a 10,000-bookmark file.
 */
export type Token =
  | { kind: 'start'; name: string; attrs: Map<string, string>; selfClosing: boolean; pos: number }
  | { kind: 'end'; name: string; pos: number }
  /** Raw text: character references are still in it (see decodeEntities). */
  | { kind: 'text'; text: string; pos: number };

const TAG_NAME = /[A-Za-z][^\s/>]*/y;
const ATTR_NAME = /[^\s"'>/=]+/y;
const UNQUOTED = /[^\s>]*/y;
// Elements whose content is text up to their end tag, in HTML.
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea']);

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

export function tokenize(src: string, { xml = false } = {}): Token[] {
  const out: Token[] = [];
  const n = src.length;
  let i = 0;
  const text = (from: number, to: number) => {
    if (to > from) out.push({ kind: 'text', text: src.slice(from, to), pos: from });
  };
  while (i < n) {
    const lt = src.indexOf('<', i);
    if (lt === -1) {
      text(i, n);
      break;
    }
    text(i, lt);
    const next = src[lt + 1];
    if (src.startsWith('<!--', lt)) {
      const end = src.indexOf('-->', lt + 4);
      i = end === -1 ? n : end + 3;
    } else if (src.startsWith('<![CDATA[', lt)) {
      const end = src.indexOf(']]>', lt + 9);
      const stop = end === -1 ? n : end;
      // Escaped so that consumers can decode every text token the same way.
      const body = src.slice(lt + 9, stop).replace(/&/g, '&amp;');
      if (body) out.push({ kind: 'text', text: body, pos: lt });
      i = end === -1 ? n : end + 3;
    } else if (next === '!' || next === '?') {
      i = skipDeclaration(src, lt);
    } else if (next === '/') {
      TAG_NAME.lastIndex = lt + 2;
      const m = TAG_NAME.exec(src);
      const gt = src.indexOf('>', lt + 2);
      if (m) out.push({ kind: 'end', name: m[0].toLowerCase(), pos: lt });
      i = gt === -1 ? n : gt + 1;
    } else {
      TAG_NAME.lastIndex = lt + 1;
      const m = TAG_NAME.exec(src);
      if (!m) {
        // A lone "<" in text, as in "a < b".
        text(lt, lt + 1);
        i = lt + 1;
        continue;
      }
      const name = m[0].toLowerCase();
      const tag = readAttributes(src, TAG_NAME.lastIndex);
      out.push({ kind: 'start', name, attrs: tag.attrs, selfClosing: tag.selfClosing, pos: lt });
      i = tag.end;
      if (!xml && RAW_TEXT.has(name) && !tag.selfClosing) {
        const close = new RegExp(`</${name}[\\s/>]`, 'ig');
        close.lastIndex = i;
        const c = close.exec(src);
        const stop = c ? c.index : n;
        text(i, stop);
        i = stop;
      }
    }
  }
  return out;
}

function readAttributes(src: string, from: number) {
  const attrs = new Map<string, string>();
  const n = src.length;
  let j = from;
  let selfClosing = false;
  for (;;) {
    while (j < n && (isSpace(src[j]) || src[j] === '/')) j++;
    if (j >= n) break;
    if (src[j] === '>') {
      selfClosing = src[j - 1] === '/';
      j++;
      break;
    }
    ATTR_NAME.lastIndex = j;
    const m = ATTR_NAME.exec(src);
    if (!m) {
      // A stray quote or "=" where a name should be.
      j++;
      continue;
    }
    const name = m[0].toLowerCase();
    j = ATTR_NAME.lastIndex;
    let k = j;
    while (k < n && isSpace(src[k])) k++;
    let value = '';
    if (src[k] === '=') {
      k++;
      while (k < n && isSpace(src[k])) k++;
      const q = src[k];
      if (q === '"' || q === "'") {
        const end = src.indexOf(q, k + 1);
        value = src.slice(k + 1, end === -1 ? n : end);
        j = end === -1 ? n : end + 1;
      } else {
        UNQUOTED.lastIndex = k;
        value = UNQUOTED.exec(src)?.[0] ?? '';
        j = k + value.length;
      }
    }
    if (!attrs.has(name)) attrs.set(name, decodeEntities(value));
  }
  return { attrs, selfClosing, end: j };
}

/** Past `<!DOCTYPE …>`, `<?xml …?>` and the like; a DOCTYPE's internal subset is skipped unread. */
function skipDeclaration(src: string, lt: number): number {
  const gt = src.indexOf('>', lt);
  const bracket = src.indexOf('[', lt);
  if (bracket !== -1 && (gt === -1 || bracket < gt) && /^<!doctype/i.test(src.slice(lt, lt + 9))) {
    const end = src.indexOf(']', bracket);
    const after = end === -1 ? -1 : src.indexOf('>', end);
    return after === -1 ? src.length : after + 1;
  }
  return gt === -1 ? src.length : gt + 1;
}

/** The text of tokens[from…] up to the first token `stop` accepts, decoded and with spaces collapsed. */
export function textUntil(
  tokens: Token[],
  from: number,
  stop: (t: Token) => boolean,
): { text: string; next: number } {
  let s = '';
  let i = from;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (stop(t)) break;
    if (t.kind === 'text') s += t.text;
  }
  return { text: decodeEntities(s).replace(/\s+/g, ' ').trim(), next: i };
}

/** Plain text with a line break between blocks, and word counts that respect the script. */
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'MAIN',
  'NAV',
  'BLOCKQUOTE',
  'PRE',
  'FIGURE',
  'FIGCAPTION',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'CAPTION',
  'HR',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
]);

export function blockText(root: Node): string {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = current.replace(/[ \t\f\v\u00a0]+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node, inPre: boolean): void => {
    if (node.nodeType === 3) {
      current += inPre ? (node.textContent ?? '') : (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const el = node as Element;
    const tag = el.tagName ?? '';
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') return;
    if (tag === 'BR') {
      flush();
      return;
    }
    if (tag === 'TD' || tag === 'TH') current += ' ';
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    if (tag === 'PRE') {
      const pre = (el.textContent ?? '').replace(/\n+$/, '');
      for (const l of pre.split('\n')) if (l.trim()) lines.push(l.replace(/\s+$/, ''));
      return;
    }
    for (const child of Array.from(node.childNodes)) walk(child, inPre);
    if (block) flush();
  };
  walk(root, false);
  flush();
  return lines.join('\n');
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

export interface Counts {
  wordCount: number;
  readingMinutes: number;
}

/** Words for alphabetic scripts; characters for Chinese, Japanese and Korean, which have no spaces. */
export function countWords(text: string): Counts {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  const minutes = words / 230 + cjk / 500;
  return { wordCount: words + cjk, readingMinutes: words + cjk === 0 ? 0 : Math.max(1, Math.round(minutes)) };
}

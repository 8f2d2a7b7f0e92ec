import { ImportFileError, type ImportFormat } from '../types';
import { lineCounter } from './text';

/**
 * JSON.parse with a failure turned into an ImportFileError naming the line. V8's messages give a
 * position only for some errors, so the place is found by a small scan of its own (run only on failure).
 */
export function parseJson(text: string, format: ImportFormat, member?: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const at = jsonErrorOffset(text);
    const where = [member, `line ${lineCounter(text)(at)}`].filter(Boolean).join(' ');
    const why = at >= text.length ? 'it ends too early' : `unexpected ${JSON.stringify(text[at])}`;
    throw new ImportFileError(format, where, `The file is not valid JSON: ${why}`);
  }
}

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** Offset of the first character that makes `s` invalid JSON; iterative, so deep nesting is fine. */
export function jsonErrorOffset(s: string): number {
  const stack: string[] = [];
  let state: 'value' | 'firstValue' | 'key' | 'firstKey' | 'colon' | 'after' = 'value';
  let i = 0;
  for (;;) {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
    if (i >= s.length) return i;
    const c = s[i]!;
    if (state === 'value' || state === 'firstValue') {
      if (state === 'firstValue' && c === ']') {
        stack.pop();
        i++;
        state = 'after';
      } else if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        state = c === '{' ? 'firstKey' : 'firstValue';
      } else if (c === '"') {
        const end = stringEnd(s, i);
        if (end < 0) return -end - 1;
        i = end;
        state = 'after';
      } else {
        LITERAL.lastIndex = i;
        if (!LITERAL.exec(s)) return i;
        i = LITERAL.lastIndex;
        state = 'after';
      }
    } else if (state === 'key' || state === 'firstKey') {
      if (state === 'firstKey' && c === '}') {
        stack.pop();
        i++;
        state = 'after';
        continue;
      }
      if (c !== '"') return i;
      const end = stringEnd(s, i);
      if (end < 0) return -end - 1;
      i = end;
      state = 'colon';
    } else if (state === 'colon') {
      if (c !== ':') return i;
      i++;
      state = 'value';
    } else {
      const top = stack.at(-1);
      if (top === undefined) return i;
      if (c === ',') state = top === '{' ? 'key' : 'value';
      else if ((top === '{' && c === '}') || (top === '[' && c === ']')) stack.pop();
      else return i;
      i++;
    }
  }
}

/** Just past the string starting at `from`, or -(offset of the fault) - 1. */
function stringEnd(s: string, from: number): number {
  for (let i = from + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -i - 1;
    if (c === 0x5c) {
      const e = s[i + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) return -i - 1;
        i += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
      else return -i - 1;
    }
  }
  return -s.length - 1;
}

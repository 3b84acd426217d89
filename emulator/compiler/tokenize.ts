// Tokenizer: turns one source file into preprocessing tokens (identifiers, pp-numbers, character
// and string literals, punctuators), handling line splicing and comments, and recording for every
// token its original file:line:col, whether it starts a line and whether whitespace precedes it.

import type { Loc } from './ast';
import { fail } from './diagnostics';

export type TokKind = 'ident' | 'num' | 'char' | 'str' | 'punct' | 'eof';

export interface Token {
  kind: TokKind;
  text: string;
  loc: Loc;
  bol: boolean;          // first token on its (logical) line
  space: boolean;        // whitespace (or a comment) precedes it
  sys: boolean;          // comes from a system header or runtime source (builtins allowed)
  hide?: Set<string>;    // macro names that must not be expanded again in this token
  noexpand?: boolean;    // painted blue: never expand
}

const PUNCTS = [
  '<<=', '>>=', '...', '->', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||',
  '*=', '/=', '%=', '+=', '-=', '&=', '^=', '|=', '##',
  '[', ']', '(', ')', '{', '}', '.', '&', '*', '+', '-', '~', '!', '/', '%', '<', '>', '^', '|',
  '?', ':', ';', '=', ',', '#',
];

/** Maps offsets of the spliced text back to original line/column. */
class PosMap {
  private lineStarts: number[] = [0];
  constructor(orig: string, private origOffsets: number[] | undefined) {
    for (let i = 0; i < orig.length; i++) if (orig.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }
  loc(file: string, off: number): Loc {
    const o = this.origOffsets ? (this.origOffsets[off] ?? this.origOffsets[this.origOffsets.length - 1] ?? 0) : off;
    let lo = 0, hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid; else hi = mid - 1;
    }
    return { file, line: lo + 1, col: o - this.lineStarts[lo] + 1 };
  }
}

/** Removes backslash-newline pairs, remembering where each remaining character came from. */
function splice(src: string): { text: string; offsets: number[] | undefined } {
  if (!src.includes('\\\n')) return { text: src, offsets: undefined };
  const out: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '\\' && src[i + 1] === '\n') { i++; continue; }
    out.push(src[i]); offsets.push(i);
  }
  offsets.push(src.length);
  return { text: out.join(''), offsets };
}

const isIdStart = (c: string) => /[A-Za-z_$]/.test(c);
const isIdChar = (c: string) => /[A-Za-z0-9_$]/.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';

/** Tokenizes a whole file. Ends with an `eof` token. */
export function tokenize(source: string, file: string, sys = false): Token[] {
  const norm = source.replace(/\r\n?/g, '\n');
  const { text: s, offsets } = splice(norm);
  const pm = new PosMap(norm, offsets);
  const toks: Token[] = [];
  let i = 0, bol = true, space = false;
  const push = (kind: TokKind, start: number, end: number) => {
    toks.push({ kind, text: s.slice(start, end), loc: pm.loc(file, start), bol, space, sys });
    bol = false; space = false;
  };
  while (i < s.length) {
    const c = s[i];
    if (c === '\n') { i++; bol = true; space = false; continue; }
    if (c === ' ' || c === '\t' || c === '\f' || c === '\v' || c === '\r') { i++; space = true; continue; }
    if (c === '/' && s[i + 1] === '/') { while (i < s.length && s[i] !== '\n') i++; space = true; continue; }
    if (c === '/' && s[i + 1] === '*') {
      const end = s.indexOf('*/', i + 2);
      if (end < 0) fail(pm.loc(file, i), 'unterminated comment');
      i = end + 2; space = true; continue;
    }
    const start = i;
    if (isDigit(c) || (c === '.' && isDigit(s[i + 1] ?? ''))) {
      i++;
      while (i < s.length) {
        if ((s[i] === '+' || s[i] === '-') && /[eEpP]/.test(s[i - 1])) { i++; continue; }
        if (isIdChar(s[i]) || s[i] === '.') { i++; continue; }
        break;
      }
      push('num', start, i); continue;
    }
    if ((c === 'L' || c === 'u' || c === 'U') && (s[i + 1] === '"' || s[i + 1] === '\'')) {
      const e = scanQuoted(s, i + 1);
      if (e > 0) { i = e; push(s[start + 1] === '"' ? 'str' : 'char', start, i); continue; }
    }
    if (c === 'u' && s[i + 1] === '8' && s[i + 2] === '"') {
      const e = scanQuoted(s, i + 2);
      if (e > 0) { i = e; push('str', start, i); continue; }
    }
    if (isIdStart(c)) {
      while (i < s.length && isIdChar(s[i])) i++;
      push('ident', start, i); continue;
    }
    if (c === '"' || c === '\'') {
      const e = scanQuoted(s, i);
      i = e > 0 ? e : i + 1;
      push(e > 0 ? (c === '"' ? 'str' : 'char') : 'punct', start, i); continue;
    }
    const p = PUNCTS.find((q) => s.startsWith(q, i));
    i += p ? p.length : 1;      // an unknown character becomes a lone token, reported by the parser
    push('punct', start, i);
  }
  toks.push({ kind: 'eof', text: '', loc: pm.loc(file, s.length), bol: true, space: false, sys });
  return toks;
}

export function printable(c: string): string {
  const code = c.charCodeAt(0);
  return code >= 32 && code < 127 ? c : `\\x${code.toString(16).padStart(2, '0')}`;
}

/** Returns the offset just after the closing quote of the literal opening at `i`, or -1. */
function scanQuoted(s: string, i: number): number {
  const q = s[i];
  let j = i + 1;
  while (j < s.length && s[j] !== q) {
    if (s[j] === '\n') break;
    if (s[j] === '\\') j++;
    j++;
  }
  // Unterminated: a lone quote token, reported only if it survives preprocessing (it may sit in
  // a skipped #if group, like an apostrophe in prose).
  if (j >= s.length || s[j] !== q) return -1;
  return j + 1;
}

/** Tokenizes a fragment (a predefined macro's value or a pasted token) at a fixed position. */
export function tokenizeAt(text: string, loc: Loc, sys: boolean): Token[] {
  const toks = tokenize(text, loc.file, sys);
  toks.pop();
  for (const t of toks) { t.loc = loc; t.bol = false; }
  return toks;
}

// Literal decoding shared by the preprocessor and the parser: integer constants (decimal, octal,
// hex, binary; suffixes u/l/ll; C99's rules for the constant's type), character constants and
// string literals with their escapes. Floating constants are rejected here.

import type { Loc } from './ast';
import { fail } from './diagnostics';
import { intSize, type DataModel, type IntKind } from './types';

export interface IntLiteral { value: bigint; ik: IntKind }

const FLOAT_MSG = 'floating point is not supported yet';

/** Decodes an integer constant and picks its type on data model `dm`. */
export function parseIntLiteral(text: string, loc: Loc, dm: DataModel): IntLiteral {
  const lower = text.toLowerCase();
  let base = 10, digits = lower, prefix = 0;
  if (lower.startsWith('0x')) { base = 16; prefix = 2; }
  else if (lower.startsWith('0b')) { base = 2; prefix = 2; }
  else if (lower.startsWith('0') && lower.length > 1) { base = 8; prefix = 1; }
  if (base !== 16 && (lower.includes('.') || /^[0-9]*e[+-]?[0-9]/.test(lower))) fail(loc, FLOAT_MSG);
  if (base === 16 && (lower.includes('.') || /p[+-]?[0-9]/.test(lower))) fail(loc, FLOAT_MSG);
  const m = /^([0-9a-f]*?)([ul]*)$/.exec(lower.slice(prefix));
  const suffixOk = m && /^(|u|l|ul|lu|ll|ull|llu)$/.test(m[2]) && !/lL|Ll/.test(text);
  if (!m || !suffixOk) {
    if (/[fd]$/.test(lower) && base === 10) fail(loc, FLOAT_MSG);
    fail(loc, `invalid suffix on integer constant '${text}'`);
  }
  digits = m[1];
  if (digits.length === 0 && base !== 8) fail(loc, `invalid integer constant '${text}'`);
  let value = 0n;
  for (const c of digits) {
    const d = parseInt(c, 16);
    if (d >= base) fail(loc, `invalid digit '${c}' in ${base === 8 ? 'octal' : base === 2 ? 'binary' : 'decimal'} constant`);
    value = value * BigInt(base) + BigInt(d);
  }
  const suf = m[2];
  const unsigned = suf.includes('u');
  const longs = (suf.match(/l/g) ?? []).length;
  const ik = pickType(value, base !== 10, unsigned, longs, dm);
  if (!ik) fail(loc, 'integer literal is too large to be represented in any integer type');
  return { value, ik };
}

function pickType(v: bigint, hexOct: boolean, unsigned: boolean, longs: number, dm: DataModel): IntKind | undefined {
  const cands: [IntKind, boolean][] = [];
  const add = (s: IntKind, u: IntKind) => {
    if (!unsigned) cands.push([s, true]);
    if (unsigned || hexOct) cands.push([u, false]);
  };
  if (longs === 0) add('int', 'uint');
  if (longs <= 1) add('long', 'ulong');
  add('llong', 'ullong');
  for (const [ik, signed] of cands) {
    const bits = BigInt(intSize(ik, dm) * 8);
    const max = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
    if (v <= max) return ik;
  }
  return undefined;
}

/** Decodes the escapes of a quoted literal body into bytes (each a 0..255 value). */
export function decodeEscapes(body: string, loc: Loc): number[] {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') { pushUtf8(out, body.codePointAt(i)!); if (body.codePointAt(i)! > 0xffff) i++; continue; }
    const e = body[++i];
    const simple: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, e: 27, '\\': 92, '\'': 39, '"': 34, '?': 63 };
    if (e in simple) { out.push(simple[e]); continue; }
    if (e >= '0' && e <= '7') {
      let v = 0, n = 0;
      while (n < 3 && body[i] >= '0' && body[i] <= '7') { v = v * 8 + Number(body[i]); i++; n++; }
      i--;
      if (v > 255) fail(loc, 'octal escape sequence out of range');
      out.push(v); continue;
    }
    if (e === 'x') {
      let v = 0n, n = 0;
      while (/[0-9a-fA-F]/.test(body[i + 1] ?? '')) { v = v * 16n + BigInt(parseInt(body[++i], 16)); n++; }
      if (n === 0) fail(loc, '\\x used with no following hex digits');
      if (v > 255n) fail(loc, 'hex escape sequence out of range');
      out.push(Number(v)); continue;
    }
    fail(loc, `unknown escape sequence '\\${e ?? ''}'`);
  }
  return out;
}

function pushUtf8(out: number[], cp: number): void {
  if (cp < 0x80) out.push(cp);
  else out.push(...Buffer.from(String.fromCodePoint(cp), 'utf8'));
}

/** A character constant's value (type int): `'a'`, `'\n'`, multi-character constants as GCC does. */
export function parseCharLiteral(text: string, loc: Loc, dm: DataModel): bigint {
  if (text[0] !== '\'') fail(loc, 'wide character constants are not supported');
  const bytes = decodeEscapes(text.slice(1, -1), loc);
  if (bytes.length === 0) fail(loc, 'empty character constant');
  if (bytes.length === 1) {
    const b = bytes[0];
    return BigInt(dm.charSigned && b >= 128 ? b - 256 : b);
  }
  if (bytes.length > 4) fail(loc, 'character constant too long for its type');
  let v = 0;
  for (const b of bytes) v = ((v << 8) | b) >>> 0;
  return BigInt(v | 0);
}

/** A string literal's bytes without the terminating NUL. */
export function parseStringLiteral(text: string, loc: Loc): number[] {
  if (text[0] !== '"') {
    if (text.startsWith('u8"')) return decodeEscapes(text.slice(3, -1), loc);
    fail(loc, 'wide string literals are not supported');
  }
  return decodeEscapes(text.slice(1, -1), loc);
}

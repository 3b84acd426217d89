// Types in the source: declaration specifiers (storage classes, qualifiers, the integer keywords
// in any order, typedef names), declarators in full C syntax (pointers, arrays, functions, nested
// `(*fp[3])(int)`), abstract declarators for type names, and the rejections of unsupported C
// (floating point, _Complex, bit-fields, VLAs, K&R parameter lists).

import type { Loc } from './ast';
import { fail } from './diagnostics';
import { constExpr } from './parse-expr';
import { isComplete, ptrT, withConst, intT, UNPROTOTYPED } from './conv';
export { UNPROTOTYPED } from './conv';
import { describe, type P } from './parse-ctx';
import { parseStructSpec, parseEnumSpec } from './parse-tag';
import type { Token } from './tokenize';
import type { CType, IntKind } from './types';

export type Storage = 'typedef' | 'extern' | 'static' | 'auto' | 'register';

export interface DeclSpec { type: CType; storage?: Storage; loc: Loc; sys: boolean }

export interface ParamInfo { name?: Token; type: CType; loc: Loc }

export interface Declarator {
  name?: Token;
  type: CType;
  /** parameters of the function declarator applied directly to the name (for definitions) */
  params?: ParamInfo[];
  loc: Loc;
}

export const FLOAT_MSG = 'floating point is not supported yet';

const STORAGE = new Set(['typedef', 'extern', 'static', 'auto', 'register']);
const QUALS = new Set(['const', 'volatile', 'restrict', '__restrict', '__restrict__', '__const', '__volatile__', '_Noreturn', 'inline', '__inline', '__inline__', '__extension__']);
const INT_WORDS = new Set(['char', 'short', 'int', 'long', 'signed', 'unsigned', '__signed__']);
const TYPE_WORDS = new Set(['void', '_Bool', 'struct', 'union', 'enum', 'float', 'double', '_Complex', '_Imaginary', '__builtin_va_list', '_Atomic', 'typeof', '__typeof__']);

/** Does the token at offset k start a declaration (specifier, qualifier, storage class or typedef name)? */
export function isDeclStart(p: P, k = 0): boolean {
  const t = p.peek(k);
  if (t.kind !== 'ident') return false;
  if (STORAGE.has(t.text) || QUALS.has(t.text) || INT_WORDS.has(t.text) || TYPE_WORDS.has(t.text)) return true;
  if (t.text === '__attribute__' || t.text === '_Alignas' || t.text === '_Thread_local') return true;
  return p.scope.lookup(t.text)?.k === 'typedef';
}

/** Declaration specifiers: `static const unsigned long`, `struct s`, `my_typedef`, ... */
export function parseDeclSpec(p: P, allowStorage: boolean): DeclSpec {
  const loc = p.loc, sys = p.peek().sys;
  let storage: Storage | undefined;
  let base: CType | undefined;
  let baseWord = '';
  let isConst = false, any = false;
  const words: string[] = [];
  for (;;) {
    const t = p.peek();
    if (t.kind !== 'ident') break;
    const w = t.text;
    if (STORAGE.has(w)) {
      if (!allowStorage) fail(t.loc, `invalid storage class '${w}' here`);
      if (storage) fail(t.loc, `cannot combine with previous '${storage}' declaration specifier`);
      storage = w as Storage; p.next(); any = true; continue;
    }
    if (QUALS.has(w)) { if (w === 'const' || w === '__const') isConst = true; p.next(); any = true; continue; }
    if (w === '__attribute__') { skipAttribute(p); continue; }
    if (w === 'float' || w === 'double') fail(t.loc, FLOAT_MSG);
    if (w === '_Complex' || w === '_Imaginary') fail(t.loc, `'${w}' types are not supported`);
    if (w === '_Atomic' || w === '_Thread_local' || w === '_Alignas' || w === 'typeof' || w === '__typeof__') fail(t.loc, `'${w}' is not supported`);
    if (INT_WORDS.has(w)) {
      if (base) fail(t.loc, `cannot combine with previous '${baseWord}' declaration specifier`);
      words.push(w === '__signed__' ? 'signed' : w); p.next(); any = true; continue;
    }
    const combineErr = () => fail(t.loc, `cannot combine with previous '${base ? baseWord : words[words.length - 1]}' declaration specifier`);
    if (w === 'void' || w === '_Bool' || w === '__builtin_va_list') {
      if (base || words.length) combineErr();
      if (w === '__builtin_va_list' && !t.sys) fail(t.loc, "'__builtin_va_list' is available only in the runtime");
      base = w === 'void' ? { kind: 'void' } : w === '_Bool' ? intT('bool') : ptrT(intT('char'));
      baseWord = w; p.next(); any = true; continue;
    }
    if (w === 'struct' || w === 'union' || w === 'enum') {
      if (base || words.length) combineErr();
      p.next();
      base = w === 'enum' ? parseEnumSpec(p, t.loc) : parseStructSpec(p, w, t.loc);
      baseWord = w; any = true; continue;
    }
    const o = !base && !words.length ? p.scope.lookup(w) : undefined;
    if (o?.k === 'typedef') { base = o.type; baseWord = w; p.next(); any = true; continue; }
    break;
  }
  if (!any) p.errorExpected('a type');
  let type = base ?? (words.length ? intFromWords(words, loc) : undefined);
  if (!type) fail(p.loc, `type specifier missing${describe(p.peek())}`);
  if (isConst) type = withConst(type);
  return { type, storage, loc, sys };
}

function skipAttribute(p: P): void {
  p.next();
  p.expect('(', "after '__attribute__'");
  let depth = 1;
  while (depth > 0) {
    const t = p.next();
    if (t.kind === 'eof') fail(t.loc, "expected ')' to end '__attribute__'");
    if (t.kind === 'punct' && t.text === '(') depth++;
    if (t.kind === 'punct' && t.text === ')') depth--;
  }
}

function intFromWords(words: string[], loc: Loc): CType {
  const n = (w: string) => words.filter((x) => x === w).length;
  const signed = n('signed'), unsigned = n('unsigned'), chars = n('char'), shorts = n('short');
  const ints = n('int'), longs = n('long');
  const bad = (msg: string): never => fail(loc, msg);
  if (signed && unsigned) bad("'signed' and 'unsigned' cannot be combined");
  if (signed > 1 || unsigned > 1 || chars > 1 || shorts > 1 || ints > 1) bad('duplicate type specifier');
  if (longs > 2) bad("'long long long' is too long");
  if (chars && (shorts || longs || ints)) bad("'char' cannot be combined with 'short', 'int' or 'long'");
  if (shorts && longs) bad("'short' and 'long' cannot be combined");
  let ik: IntKind;
  if (chars) ik = signed ? 'schar' : unsigned ? 'uchar' : 'char';
  else if (shorts) ik = unsigned ? 'ushort' : 'short';
  else if (longs === 2) ik = unsigned ? 'ullong' : 'llong';
  else if (longs === 1) ik = unsigned ? 'ulong' : 'long';
  else ik = unsigned ? 'uint' : 'int';
  return intT(ik);
}

/** Pointer part of a declarator: `* const *`. */
function parsePointers(p: P, base: CType): CType {
  while (p.accept('*')) {
    base = ptrT(base);
    while (p.peek().kind === 'ident' && QUALS.has(p.peek().text)) {
      if (p.next().text.includes('const')) base = withConst(base);
    }
    if (p.is('__attribute__')) skipAttribute(p);
  }
  return base;
}

/** Is the `(` at the cursor the start of a nested declarator (rather than a parameter list)? */
function nestedParen(p: P, abstract: boolean): boolean {
  const n = p.peek(1);
  if (n.kind === 'punct') return n.text === '*' || n.text === '(' || (n.text === '[' && abstract);
  if (n.kind !== 'ident') return false;
  if (isDeclStart(p, 1)) return false;
  return !abstract;
}

/** A (possibly abstract) declarator applied to `base`. `named`: a name is required. */
export function parseDeclarator(p: P, base: CType, mode: 'named' | 'abstract' | 'either'): Declarator {
  const loc = p.loc;
  const type = parsePointers(p, base);
  if (p.is('(') && nestedParen(p, mode === 'abstract')) {
    const open = p.pos;
    p.next();
    skipBalanced(p);
    const outer = parseSuffix(p, type);
    const end = p.pos;
    p.pos = open + 1;
    const inner = parseDeclarator(p, outer.type, mode);
    p.expect(')', 'to close the declarator');
    p.pos = end;
    return inner;
  }
  let name: Token | undefined;
  if (mode !== 'abstract') {
    name = p.ident();
    if (name) p.next();
    else if (mode === 'named') p.errorExpected('identifier');
  }
  const suf = parseSuffix(p, type);
  while (p.is('__attribute__')) skipAttribute(p);
  return { name, type: suf.type, params: suf.params, loc: name?.loc ?? loc };
}

/** Skips to just after the `)` matching an already consumed `(`. */
function skipBalanced(p: P): void {
  let depth = 1;
  for (;;) {
    const t = p.next();
    if (t.kind === 'eof') fail(t.loc, "expected ')'");
    if (t.kind !== 'punct') continue;
    if (t.text === '(' || t.text === '[') depth++;
    else if (t.text === ')' || t.text === ']') { depth--; if (depth === 0) return; }
  }
}

/** Array and function suffixes: `[3][4]`, `(int, char *)`. */
function parseSuffix(p: P, base: CType): { type: CType; params?: ParamInfo[] } {
  if (p.is('[')) {
    const lb = p.next();
    let length: number | undefined;
    while (p.is('static') || p.is('const') || p.is('restrict') || p.is('volatile')) p.next();
    if (!p.is(']')) {
      const e = constExpr(p, 'variable-length arrays are not supported');
      if (e < 0n) fail(lb.loc, 'array has negative size');
      if (e > 0x7fffffffn) fail(lb.loc, 'array is too large');
      length = Number(e);
    }
    p.expect(']', 'to close the array size');
    const of = parseSuffix(p, base).type;
    if (of.kind === 'func') fail(lb.loc, 'array of functions is not allowed (use an array of function pointers)');
    if (of.kind === 'void') fail(lb.loc, "array has incomplete element type 'void'");
    if (!isComplete(of) && of.kind === 'array') fail(lb.loc, 'array has incomplete element type');
    return { type: { kind: 'array', of, length } };
  }
  if (p.is('(')) {
    const lp = p.next();
    const empty = p.is(')');
    const { params, variadic } = parseParams(p);
    const ret = parseSuffix(p, base).type;
    if (ret.kind === 'array') fail(lp.loc, 'function cannot return an array type');
    if (ret.kind === 'func') fail(lp.loc, 'function cannot return a function type');
    const type: CType = { kind: 'func', ret, params: params.map((x) => x.type), variadic };
    if (empty) UNPROTOTYPED.add(type);
    return { type, params };
  }
  return { type: base };
}

/** Parameter list after `(`, through `)`. Arrays and functions adjust to pointers. */
function parseParams(p: P): { params: ParamInfo[]; variadic: boolean } {
  const params: ParamInfo[] = [];
  if (p.accept(')')) return { params, variadic: false };
  if (p.is('void') && p.is(')', 1)) { p.next(); p.next(); return { params, variadic: false }; }
  let variadic = false;
  for (;;) {
    if (p.is('...')) {
      if (!params.length) fail(p.loc, "ISO C requires a named parameter before '...'");
      p.next(); variadic = true; break;
    }
    const id = p.ident();
    if (id && !isDeclStart(p)) {
      if (p.is(',', 1) || p.is(')', 1)) fail(id.loc, 'K&R-style (identifier list) parameters are not supported; give each parameter a type');
      fail(id.loc, `unknown type name '${id.text}'`);
    }
    const spec = parseDeclSpec(p, true);
    if (spec.storage && spec.storage !== 'register') fail(spec.loc, `invalid storage class '${spec.storage}' for a parameter`);
    const d = parseDeclarator(p, spec.type, 'either');
    let t = d.type;
    if (t.kind === 'array') t = ptrT(t.of);
    else if (t.kind === 'func') t = ptrT(t);
    if (t.kind === 'void') fail(d.loc, "'void' must be the first and only parameter if specified");
    params.push({ name: d.name, type: t, loc: d.loc });
    if (!p.accept(',')) break;
  }
  p.expect(')', 'to close the parameter list');
  return { params, variadic };
}

/** A type name as in casts and sizeof: specifiers and an abstract declarator. */
export function parseTypeName(p: P): CType {
  const spec = parseDeclSpec(p, false);
  return parseDeclarator(p, spec.type, 'abstract').type;
}

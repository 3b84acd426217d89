// Initializers: scalars, braced lists for arrays/structs/unions (nested, with brace elision and
// `.field =` / `[index] =` designators), string literals for char arrays, resolved into ast.ts's
// `Init` with byte offsets on the target's layout. Static storage requires constant initializers.

import type { Expr, Init, Loc } from './ast';
import { assignConv, isComplete, isStructT } from './conv';
import { CompileError, fail } from './diagnostics';
import type { P } from './parse-ctx';
import { constExpr, parseAssign } from './parse-expr';
import { parseStringLiteral } from './literals';
import { layoutOf, structLayout, typeName, type CType } from './types';

type ArrayT = Extract<CType, { kind: 'array' }>;

class ListBuilder {
  parts = new Map<number, { offset: number; type: CType; e: Expr }>();
  bytes: { offset: number; data: Uint8Array }[] = [];
  constructor(readonly p: P, readonly isStatic: boolean) {}

  set(offset: number, type: CType, e: Expr): void {
    if (this.isStatic) checkConstant(e);
    this.parts.set(offset, { offset, type, e });
  }
}

/** Parses the initializer of an object of type `type`; returns it with the type completed (`int a[] = {1,2}`). */
export function parseInitializer(p: P, type: CType, isStatic: boolean): { init: Init; type: CType } {
  const elem = type.kind === 'array' && type.length === undefined ? type.of : type;
  if (!isComplete(elem)) fail(p.loc, `variable has incomplete type '${typeName(type)}'`);
  if (type.kind === 'array' || isStructT(type)) {
    const b = new ListBuilder(p, isStatic);
    let full = type;
    if (type.kind === 'array' && isCharArray(type) && stringAhead(p)) full = initString(p, b, type, 0);
    else if (p.accept('{')) {
      const n = initAggregate(p, b, type, 0, true);
      if (type.kind === 'array' && type.length === undefined) full = { ...type, length: n };
    } else if (type.kind === 'array') {
      fail(p.loc, 'array initializer must be an initializer list or a string literal');
    } else {
      const e = assignConv(p, parseAssign(p), type, 'initializing');
      if (isStatic) fail(e.loc, 'initializer element is not a compile-time constant');
      return { init: { k: 'expr', e }, type };
    }
    if (full.kind === 'array' && full.length === 0) fail(p.loc, 'zero-size array');
    const parts = [...b.parts.values()].sort((x, y) => x.offset - y.offset);
    return { init: { k: 'list', size: layoutOf(full, p.dm).size, parts, bytes: b.bytes }, type: full };
  }
  const braced = p.accept('{');
  const e = assignConv(p, parseAssign(p), type, 'initializing');
  if (braced) { p.accept(','); p.expect('}', 'to end the scalar initializer'); }
  if (isStatic) checkConstant(e);
  return { init: { k: 'expr', e }, type };
}

const isCharArray = (t: ArrayT): boolean => t.of.kind === 'int' && (t.of.ik === 'char' || t.of.ik === 'schar' || t.of.ik === 'uchar');

/** Is a string literal the whole initializer here (not the start of an expression like "ab"[1])? */
function stringAhead(p: P): boolean {
  let k = 0;
  const brace = p.is('{');
  if (brace) k++;
  if (p.peek(k).kind !== 'str') return false;
  while (p.peek(k).kind === 'str') k++;
  return brace ? p.is('}', k) || (p.is(',', k) && p.is('}', k + 1)) : p.is(',', k) || p.is('}', k) || p.is(';', k);
}

/** `char s[N] = "..."` (optionally braced). Returns the array type, completed if it had no length. */
function initString(p: P, b: ListBuilder, t: ArrayT, offset: number): ArrayT {
  const brace = p.accept('{');
  const loc = p.loc;
  const bytes: number[] = [];
  while (p.peek().kind === 'str') { const s = p.next(); bytes.push(...parseStringLiteral(s.text, s.loc)); }
  bytes.push(0);
  if (brace) { p.accept(','); p.expect('}', 'after the string initializer'); }
  let len = t.length;
  if (len === undefined) len = bytes.length;
  else if (bytes.length - 1 > len) fail(loc, `initializer-string for char array is too long (${bytes.length - 1} chars for ${len})`);
  b.bytes.push({ offset, data: Uint8Array.from(bytes.slice(0, len)) });
  return { ...t, length: len };
}

/**
 * Fills an aggregate from the list at the cursor. `braced`: its own `{` was consumed (the `}` is
 * consumed here); otherwise (brace elision) takes only what this aggregate needs.
 * Returns the number of array elements seen (for `[]` arrays).
 */
function initAggregate(p: P, b: ListBuilder, t: CType, offset: number, braced: boolean): number {
  const open = p.loc;
  let idx = 0, count = 0;
  const isArray = t.kind === 'array';
  const nFields = t.kind === 'struct' || t.kind === 'union' ? (t.fields ?? []).length : 0;
  const limit = isArray ? (t as ArrayT).length : t.kind === 'union' ? 1 : nFields;
  for (;;) {
    if (p.is('}')) break;
    const desig = p.is('[') || p.is('.');
    if (desig && !braced) return count;
    if (desig) idx = designate(p, b, t, offset);
    else {
      if (limit !== undefined && idx >= limit) {
        if (!braced) return count;
        fail(p.loc, `excess elements in ${isArray ? 'array' : t.kind} initializer`);
      }
      const { type: et, offset: eo } = elementAt(p, t, idx, offset);
      initElem(p, b, et, eo);
    }
    idx++;
    if (t.kind === 'union') idx = 1;
    count = Math.max(count, idx);
    if (!braced) {
      if (limit !== undefined && idx >= limit) return count;
      if (p.is(',') && !p.is('}', 1) && !p.is('.', 1) && !p.is('[', 1)) { p.next(); continue; }
      return count;
    }
    if (!p.accept(',')) break;
  }
  if (braced) {
    if (!p.is('}')) p.errorExpected("'}' or ',' in the initializer list");
    p.next();
  }
  if (braced && count === 0 && isArray && (t as ArrayT).length === undefined) fail(open, 'zero-size array');
  return count;
}

/** The type and offset of element/member `idx` of aggregate `t`. */
function elementAt(p: P, t: CType, idx: number, offset: number): { type: CType; offset: number } {
  if (t.kind === 'array') {
    if (!isComplete(t.of)) fail(p.loc, `array has incomplete element type '${typeName(t.of)}'`);
    return { type: t.of, offset: offset + idx * layoutOf(t.of, p.dm).size };
  }
  if (t.kind === 'struct' || t.kind === 'union') {
    const l = structLayout(t, p.dm);
    return { type: t.fields![idx].type, offset: offset + l.offsets[idx] };
  }
  fail(p.loc, 'internal error: element of a scalar');
}

/** `[i] = ...` / `.f = ...` (chains like `.a[2].b` included). Returns the index in `t` it designated. */
function designate(p: P, b: ListBuilder, t: CType, offset: number): number {
  const first = designatorIndex(p, t);
  let cur = elementAt(p, t, first, offset);
  while (p.is('[') || p.is('.')) {
    if (cur.type.kind !== 'array' && !isStructT(cur.type)) fail(p.loc, `designator into non-aggregate type '${typeName(cur.type)}'`);
    cur = elementAt(p, cur.type, designatorIndex(p, cur.type), cur.offset);
  }
  p.expect('=', 'after the designator');
  initElem(p, b, cur.type, cur.offset);
  return first;
}

function designatorIndex(p: P, t: CType): number {
  const loc: Loc = p.loc;
  if (p.accept('[')) {
    if (t.kind !== 'array') fail(loc, `array designator used for non-array type '${typeName(t)}'`);
    const v = constExpr(p);
    p.expect(']', 'after the array designator');
    if (v < 0n || (t.length !== undefined && v >= BigInt(t.length))) fail(loc, `array designator index ${v} exceeds array bounds`);
    return Number(v);
  }
  p.expect('.');
  const name = p.expectIdent('field name');
  if (t.kind !== 'struct' && t.kind !== 'union') fail(loc, `field designator '${name.text}' used for non-struct type '${typeName(t)}'`);
  const i = t.fields!.findIndex((f) => f.name === name.text);
  if (i < 0) fail(name.loc, `field designator '${name.text}' does not refer to any field in type '${typeName(t)}'`);
  return i;
}

/** One element: a nested braced list, a string for a char array, an elided sub-aggregate, or a scalar. */
function initElem(p: P, b: ListBuilder, t: CType, offset: number): void {
  if (t.kind === 'array' || isStructT(t)) {
    if (t.kind === 'array' && isCharArray(t) && stringAhead(p)) { initString(p, b, t, offset); return; }
    if (p.accept('{')) { initAggregate(p, b, t, offset, true); return; }
    const whole = isStructT(t) ? structValueAhead(p, t) : undefined;
    if (whole) { b.set(offset, t, whole); return; }
    initAggregate(p, b, t, offset, false);
    return;
  }
  const braced = p.accept('{');
  const e = assignConv(p, parseAssign(p), t, 'initializing');
  if (braced) { p.accept(','); p.expect('}', 'to end the scalar initializer'); }
  b.set(offset, t, e);
}

/** `{ s1, s2 }` with struct values: the element is a whole struct (else brace elision applies). */
function structValueAhead(p: P, t: CType): Expr | undefined {
  const save = p.pos;
  try {
    const e = parseAssign(p);
    if (isStructT(e.type) && e.type.kind === t.kind && (e.type as { id: number }).id === (t as { id: number }).id) return e;
  } catch (err) {
    if (!(err instanceof CompileError)) throw err;
  }
  p.pos = save;
  return undefined;
}

/** Static initializers: integer constants and address constants (&global, array + k, "str", functions). */
export function checkConstant(e: Expr): void {
  if (!isConstant(e)) fail(e.loc, 'initializer element is not a compile-time constant');
}

function isConstant(e: Expr): boolean {
  switch (e.k) {
    case 'num': return true;
    case 'decay': case 'addr': return isAddressable(e.a);
    case 'cast': return (e.type.kind === 'ptr' || e.type.kind === 'int') && isConstant(e.a) && e.a.k !== 'num' ? isAddrCast(e) : isConstant(e.a);
    case 'ptradd': return isConstant(e.ptr) && e.index.k === 'num';
    default: return false;
  }
}

function isAddrCast(e: Extract<Expr, { k: 'cast' }>): boolean {
  // an address may be converted to another pointer type or to an integer wide enough to hold it
  if (e.type.kind === 'ptr') return true;
  return e.type.kind === 'int' && (e.type.ik === 'long' || e.type.ik === 'ulong' || e.type.ik === 'int' || e.type.ik === 'uint' || e.type.ik === 'llong' || e.type.ik === 'ullong');
}

function isAddressable(e: Expr): boolean {
  switch (e.k) {
    case 'var': return e.sym.storage === 'global' || e.sym.storage === 'static';
    case 'str': case 'func': return true;
    case 'member': return isAddressable(e.a);
    case 'deref': return isConstant(e.a);
    default: return false;
  }
}

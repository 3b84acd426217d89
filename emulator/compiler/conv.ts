// C's conversions made explicit in the AST: array/function decay, integer promotions, the usual
// arithmetic conversions, casts (folded on constants), assignment conversions with their
// diagnostics, lvalue checks, and type compatibility.

import type { Expr, Loc } from './ast';
import { fail } from './diagnostics';
import { wrap } from './fold';
import type { P } from './parse-ctx';
import { intSize, isSigned, typeName, type CType, type DataModel, type IntKind } from './types';

/** Function types declared with `()`: no prototype (calls use the default argument promotions). */
export const UNPROTOTYPED = new WeakSet<CType>();

export const intT = (ik: IntKind): CType => ({ kind: 'int', ik });
export const ptrT = (to: CType): CType => ({ kind: 'ptr', to });
export const longT = intT('long');
export const intTy = intT('int');
/** size_t: `unsigned long` on every target (as the runtime's headers declare it; ptrdiff is `long`). */
export const sizeT = (_dm: DataModel): CType => intT('ulong');

export const isInt = (t: CType): boolean => t.kind === 'int';
export const isPtr = (t: CType): boolean => t.kind === 'ptr';
export const isScalarT = (t: CType): boolean => t.kind === 'int' || t.kind === 'ptr';
export const isStructT = (t: CType): boolean => t.kind === 'struct' || t.kind === 'union';

export function isComplete(t: CType): boolean {
  switch (t.kind) {
    case 'void': return false;
    case 'array': return t.length !== undefined && isComplete(t.of);
    case 'struct': case 'union': return t.fields !== undefined;
    default: return true;
  }
}

/** The type without its top-level const (structs are shared objects: never copied). */
export function unqual(t: CType): CType {
  if (!t.const || t.kind === 'struct' || t.kind === 'union') return t;
  const { const: _c, ...rest } = t;
  return rest as CType;
}

export function withConst(t: CType): CType {
  if (t.kind === 'struct' || t.kind === 'union' || t.const) return t;
  return { ...t, const: true } as CType;
}

/** Type identity ignoring qualifiers (and enum tags). `loose`: same-size integers match (pointer-sign). */
export function compatible(a: CType, b: CType, loose = false): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'void': return true;
    case 'int': {
      const bi = (b as typeof a).ik;
      return a.ik === bi || (loose && signless(a.ik) === signless(bi));
    }
    case 'ptr': return compatible(a.to, (b as typeof a).to, loose);
    case 'array': {
      const bb = b as typeof a;
      return compatible(a.of, bb.of, loose) && (a.length === undefined || bb.length === undefined || a.length === bb.length);
    }
    case 'struct': case 'union': return a.id === (b as typeof a).id;
    case 'func': {
      const bf = b as typeof a;
      if (UNPROTOTYPED.has(a) || UNPROTOTYPED.has(bf)) return compatible(a.ret, bf.ret);
      return compatible(a.ret, bf.ret) && a.variadic === bf.variadic && a.params.length === bf.params.length &&
        a.params.every((x, i) => compatible(unqual(x), unqual(bf.params[i])));
    }
  }
}

function signless(ik: IntKind): string {
  return ik === 'bool' ? 'bool' : ik.replace(/^u(?!nsigned)/, '').replace(/^s(?=char)/, '');
}

/** Finds the variable an lvalue designates (through members and array indexing of arrays). */
export function rootVar(e: Expr): Expr | undefined {
  for (;;) {
    if (e.k === 'var') return e;
    if (e.k === 'member') { e = e.a; continue; }
    if (e.k === 'deref' && e.a.k === 'ptradd' && e.a.ptr.k === 'decay') { e = e.a.ptr.a; continue; }
    if (e.k === 'deref' && e.a.k === 'decay') { e = e.a.a; continue; }
    return undefined;
  }
}

export function markAddressTaken(e: Expr): void {
  const r = rootVar(e);
  if (r && r.k === 'var') r.sym.addressTaken = true;
}

/** Value of an expression: arrays decay to a pointer to their first element, functions to their address. */
export function rvalue(p: P, e: Expr): Expr {
  if (e.type.kind === 'array') {
    markAddressTaken(e);
    return p.mk({ k: 'decay', a: e, type: ptrT(e.type.of), loc: e.loc });
  }
  if (e.type.kind === 'func') return p.mk({ k: 'addr', a: e, type: ptrT(e.type), loc: e.loc });
  return e;
}

export function promotedType(t: CType, dm: DataModel): CType {
  if (t.kind !== 'int') return t;
  if (intSize(t.ik, dm) < dm.int) return intTy;
  if (t.enumTag !== undefined) return intT(t.ik);
  return t;
}

/** Integer promotion (after decay). */
export function promote(p: P, e: Expr): Expr {
  e = rvalue(p, e);
  return castTo(p, e, promotedType(e.type, p.dm));
}

const RANK: Record<string, number> = { int: 1, uint: 1, long: 2, ulong: 2, llong: 3, ullong: 3 };

/** The common type of the usual arithmetic conversions of two promoted integer types. */
export function arithType(a: CType, b: CType, dm: DataModel): CType {
  if (a.kind !== 'int' || b.kind !== 'int') return intTy;
  if (a.ik === b.ik) return intT(a.ik);
  const sa = isSigned(a.ik, dm), sb = isSigned(b.ik, dm);
  if (sa === sb) return RANK[a.ik] >= RANK[b.ik] ? intT(a.ik) : intT(b.ik);
  const [s, u] = sa ? [a.ik, b.ik] : [b.ik, a.ik];
  if (RANK[u] >= RANK[s]) return intT(u);
  if (intSize(s, dm) > intSize(u, dm)) return intT(s);
  return intT(('u' + s) as IntKind);
}

/** Conversion of a scalar (or anything, to void) to `t`; constants are folded. */
export function castTo(p: P, e: Expr, t: CType, loc: Loc = e.loc): Expr {
  if (e.k === 'num' && (t.kind === 'int' || t.kind === 'ptr')) {
    return p.mk({ k: 'num', value: wrap(e.value, t, p.dm), type: t, loc: e.loc });
  }
  if (sameExact(e.type, t)) return e;
  tagAlloc(e, t);
  return p.mk({ k: 'cast', a: e, type: t, loc });
}

function sameExact(a: CType, b: CType): boolean {
  if (a.kind === 'int' && b.kind === 'int') return a.ik === b.ik && a.enumTag === b.enumTag;
  if (a.kind === 'ptr' && b.kind === 'ptr') return compatible(a, b);
  return a.kind === 'void' && b.kind === 'void';
}

const ALLOC_FUNCS = new Set(['malloc', 'calloc', 'realloc']);

/** malloc/calloc/realloc results converted to `T *` tell lowering the allocation's type. */
export function tagAlloc(e: Expr, t: CType): void {
  if (e.k !== 'call' || e.callee.k !== 'func' || !ALLOC_FUNCS.has(e.callee.sym.name)) return;
  if (t.kind !== 'ptr' || t.to.kind === 'void' || t.to.kind === 'func' || !isComplete(t.to)) return;
  e.builtin = { kind: 'alloc', elemType: t.to };
}

export function isNullConst(e: Expr): boolean {
  return e.k === 'num' && e.value === 0n && (e.type.kind === 'int' || (e.type.kind === 'ptr' && e.type.to.kind === 'void'));
}

export function isLvalue(e: Expr): boolean {
  if (e.k === 'var' || e.k === 'deref' || e.k === 'str') return true;
  if (e.k === 'member') return isLvalue(e.a);
  return false;
}

/** Requires a modifiable lvalue (assignment, ++/--). */
export function checkModifiable(e: Expr, loc: Loc): void {
  if (!isLvalue(e)) fail(loc, 'expression is not assignable (lvalue required)');
  if (e.type.kind === 'array') fail(loc, `array type '${typeName(e.type)}' is not assignable`);
  if (e.type.kind === 'func') fail(loc, 'function is not assignable');
  if (e.type.const || (e.k === 'member' && baseConst(e))) {
    const what = e.k === 'var' ? `variable '${e.sym.name}'` : 'location';
    fail(loc, `cannot assign to ${what} with const-qualified type '${typeName(e.type)}'`);
  }
}

function baseConst(e: Expr): boolean {
  while (e.k === 'member') e = e.a;
  return !!e.type.const;
}

export type ConvCtx = 'assigning to' | 'initializing' | 'returning' | 'passing';

function convMsg(kind: string, ctx: ConvCtx, t: CType, s: CType): string {
  const T = `'${typeName(t)}'`, S = `'${typeName(s)}'`;
  if (ctx === 'passing') return `${kind} passing ${S} to parameter of type ${T}`;
  if (ctx === 'returning') return `${kind} returning ${S} from a function with result type ${T}`;
  return `${kind} ${ctx} ${T} from ${S}`;
}

/** Converts `e` as if assigned to an object of type `t` (C99 6.5.16.1), or reports why not. */
export function assignConv(p: P, e: Expr, t: CType, ctx: ConvCtx, loc: Loc = e.loc): Expr {
  e = rvalue(p, e);
  const s = e.type;
  const tu = unqual(t);
  if (tu.kind === 'int') {
    if (s.kind === 'int') return castTo(p, e, tu);
    if (s.kind === 'ptr') {
      if (tu.ik === 'bool') return castTo(p, e, tu);
      fail(loc, convMsg('incompatible pointer to integer conversion', ctx, t, s));
    }
  } else if (tu.kind === 'ptr') {
    if (s.kind === 'ptr') {
      if (!ptrAssignable(tu, s)) fail(loc, convMsg('incompatible pointer types', ctx, t, s));
      return castTo(p, e, tu);
    }
    if (s.kind === 'int') {
      if (isNullConst(e)) return castTo(p, e, tu);
      fail(loc, convMsg('incompatible integer to pointer conversion', ctx, t, s));
    }
  } else if (tu.kind === 'struct' || tu.kind === 'union') {
    if ((s.kind === 'struct' || s.kind === 'union') && s.id === tu.id) return e;
  } else if (tu.kind === 'void') {
    fail(loc, 'cannot convert to void here');
  }
  if (s.kind === 'void') fail(loc, `${ctx === 'passing' ? 'passing' : 'using'} an expression of type 'void' where a value is required`);
  fail(loc, convMsg('incompatible types', ctx, t, s));
}

function ptrAssignable(t: Extract<CType, { kind: 'ptr' }>, s: Extract<CType, { kind: 'ptr' }>): boolean {
  if (t.to.kind === 'void' || s.to.kind === 'void') return true;
  return compatible(unqual(t.to), unqual(s.to), true);
}

/** A condition (if, loops, !, &&, ?:): any scalar. */
export function scalarCond(p: P, e: Expr, what: string): Expr {
  e = rvalue(p, e);
  if (e.type.kind !== 'int' && e.type.kind !== 'ptr') {
    fail(e.loc, `${what} requires a scalar value, but has type '${typeName(e.type)}'`);
  }
  return e;
}

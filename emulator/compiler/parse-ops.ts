// Semantics of C's operators: given parsed operands, check their types and build the explicit
// AST (promotions and conversions as casts, ptradd/ptrdiff for pointer arithmetic, folded
// constants), or report a positioned error.

import type { BinOp, Expr, Loc } from './ast';
import {
  arithType, assignConv, castTo, checkModifiable, compatible, isComplete, isLvalue, isNullConst, longT,
  intTy, markAddressTaken, promote, promotedType, ptrT, rvalue, scalarCond, sizeT, unqual,
} from './conv';
import { fail } from './diagnostics';
import { foldBinary, foldUnary } from './fold';
import type { P } from './parse-ctx';
import { layoutOf, structLayout, typeName, type CType } from './types';

const opnds = (a: Expr, b: Expr) => `('${typeName(a.type)}' and '${typeName(b.type)}')`;

function mkBinary(p: P, op: BinOp, a: Expr, b: Expr, type: CType, loc: Loc): Expr {
  if (a.k === 'num' && b.k === 'num' && a.type.kind === 'int') {
    const v = foldBinary(op, a.value, b.value, a.type, p.dm);
    if (v !== undefined) return p.mk({ k: 'num', value: v, type, loc });
  }
  return p.mk({ k: 'binary', op, a, b, type, loc });
}

/** Integer-only operators with the usual arithmetic conversions: * / % & ^ | and integer + -. */
export function arith(p: P, op: BinOp, a: Expr, b: Expr, loc: Loc): Expr {
  a = promote(p, a); b = promote(p, b);
  if (a.type.kind !== 'int' || b.type.kind !== 'int') fail(loc, `invalid operands to binary expression ${opnds(a, b)}`);
  const t = arithType(a.type, b.type, p.dm);
  return mkBinary(p, op, castTo(p, a, t), castTo(p, b, t), t, loc);
}

function checkArithPointee(t: CType, loc: Loc): void {
  if (t.kind !== 'ptr') return;
  if (t.to.kind === 'func') fail(loc, 'arithmetic on a pointer to a function type');
  if (t.to.kind !== 'void' && !isComplete(t.to)) fail(loc, `arithmetic on a pointer to an incomplete type '${typeName(t.to)}'`);
}

/** ptr ± index: the index converted to the target's long. */
export function ptrAdd(p: P, ptr: Expr, index: Expr, negate: boolean, loc: Loc): Expr {
  checkArithPointee(ptr.type, loc);
  const idx = castTo(p, promote(p, index), longT);
  return p.mk({ k: 'ptradd', ptr, index: idx, negate, type: ptr.type, loc });
}

export function add(p: P, a: Expr, b: Expr, loc: Loc): Expr {
  a = rvalue(p, a); b = rvalue(p, b);
  if (a.type.kind === 'ptr' && b.type.kind === 'int') return ptrAdd(p, a, b, false, loc);
  if (a.type.kind === 'int' && b.type.kind === 'ptr') return ptrAdd(p, b, a, false, loc);
  return arith(p, '+', a, b, loc);
}

export function sub(p: P, a: Expr, b: Expr, loc: Loc): Expr {
  a = rvalue(p, a); b = rvalue(p, b);
  if (a.type.kind === 'ptr' && b.type.kind === 'int') return ptrAdd(p, a, b, true, loc);
  if (a.type.kind === 'ptr' && b.type.kind === 'ptr') {
    if (!compatible(unqual(a.type.to), unqual(b.type.to))) fail(loc, `'${typeName(a.type)}' and '${typeName(b.type)}' are not pointers to compatible types`);
    checkArithPointee(a.type, loc);
    return p.mk({ k: 'ptrdiff', a, b, type: longT, loc });
  }
  return arith(p, '-', a, b, loc);
}

export function shift(p: P, op: '<<' | '>>', a: Expr, b: Expr, loc: Loc): Expr {
  a = promote(p, a); b = promote(p, b);
  if (a.type.kind !== 'int' || b.type.kind !== 'int') fail(loc, `invalid operands to binary expression ${opnds(a, b)}`);
  return mkBinary(p, op, a, b, a.type, loc);
}

export function compare(p: P, op: BinOp, a: Expr, b: Expr, loc: Loc): Expr {
  a = rvalue(p, a); b = rvalue(p, b);
  const eq = op === '==' || op === '!=';
  if (a.type.kind === 'int' && b.type.kind === 'int') {
    a = promote(p, a); b = promote(p, b);
    const t = arithType(a.type, b.type, p.dm);
    return mkBinary(p, op, castTo(p, a, t), castTo(p, b, t), intTy, loc);
  }
  if (a.type.kind === 'ptr' && b.type.kind === 'ptr') {
    const ok = compatible(unqual(a.type.to), unqual(b.type.to), true) || (eq && (a.type.to.kind === 'void' || b.type.to.kind === 'void'));
    if (!ok) fail(loc, `comparison of distinct pointer types ${opnds(a, b)}`);
    return p.mk({ k: 'binary', op, a, b: castTo(p, b, a.type), type: intTy, loc });
  }
  if (a.type.kind === 'ptr' && b.type.kind === 'int' && (isNullConst(b) || eq)) {
    if (!isNullConst(b)) fail(loc, `comparison between pointer and integer ${opnds(a, b)}`);
    return p.mk({ k: 'binary', op, a, b: castTo(p, b, a.type), type: intTy, loc });
  }
  if (a.type.kind === 'int' && b.type.kind === 'ptr') {
    if (!isNullConst(a)) fail(loc, `comparison between pointer and integer ${opnds(a, b)}`);
    return p.mk({ k: 'binary', op, a: castTo(p, a, b.type), b, type: intTy, loc });
  }
  fail(loc, `invalid operands to binary expression ${opnds(a, b)}`);
}

export function logical(p: P, op: '&&' | '||', a: Expr, b: Expr, loc: Loc): Expr {
  a = scalarCond(p, a, `operand of '${op}'`); b = scalarCond(p, b, `operand of '${op}'`);
  if (a.k === 'num' && b.k === 'num') {
    const v = op === '&&' ? a.value !== 0n && b.value !== 0n : a.value !== 0n || b.value !== 0n;
    return p.mk({ k: 'num', value: v ? 1n : 0n, type: intTy, loc });
  }
  return p.mk({ k: op === '&&' ? 'logand' : 'logor', a, b, type: intTy, loc });
}

/** Any binary operator by its spelling. */
export function binary(p: P, op: string, a: Expr, b: Expr, loc: Loc): Expr {
  switch (op) {
    case '+': return add(p, a, b, loc);
    case '-': return sub(p, a, b, loc);
    case '<<': case '>>': return shift(p, op, a, b, loc);
    case '<': case '<=': case '>': case '>=': case '==': case '!=': return compare(p, op, a, b, loc);
    case '&&': case '||': return logical(p, op, a, b, loc);
    default: return arith(p, op as BinOp, a, b, loc);
  }
}

export function unaryArith(p: P, op: '-' | '~' | '+', e: Expr, loc: Loc): Expr {
  e = promote(p, e);
  if (e.type.kind !== 'int') fail(loc, `invalid argument type '${typeName(e.type)}' to unary expression`);
  if (op === '+') return e;
  if (e.k === 'num') return p.mk({ k: 'num', value: foldUnary(op, e.value, e.type, p.dm), type: e.type, loc });
  return p.mk({ k: 'unary', op, a: e, type: e.type, loc });
}

export function logNot(p: P, e: Expr, loc: Loc): Expr {
  e = scalarCond(p, e, "operand of '!'");
  if (e.k === 'num') return p.mk({ k: 'num', value: e.value === 0n ? 1n : 0n, type: intTy, loc });
  return p.mk({ k: 'unary', op: '!', a: e, type: intTy, loc });
}

export function deref(p: P, e: Expr, loc: Loc): Expr {
  e = rvalue(p, e);
  if (e.type.kind !== 'ptr') fail(loc, `indirection requires pointer operand ('${typeName(e.type)}' invalid)`);
  if (e.type.to.kind === 'func') return e;          // *fp is the function again
  if (e.type.to.kind === 'void') fail(loc, "dereferencing a 'void *' pointer");
  return p.mk({ k: 'deref', a: e, type: e.type.to, loc });
}

export function addrOf(p: P, e: Expr, loc: Loc): Expr {
  if (e.k === 'func') return rvalue(p, e);
  if (!isLvalue(e)) fail(loc, `cannot take the address of an rvalue of type '${typeName(e.type)}'`);
  const fixed = constAddress(p, e);
  if (fixed !== undefined) return p.mk({ k: 'num', value: fixed, type: ptrT(e.type), loc });
  markAddressTaken(e);
  return p.mk({ k: 'addr', a: e, type: ptrT(e.type), loc });
}

/** `&((T *)K)->f.g`: a constant address (how offsetof is written). */
function constAddress(p: P, e: Expr): bigint | undefined {
  if (e.k === 'deref') return e.a.k === 'num' ? e.a.value : undefined;
  if (e.k !== 'member') return undefined;
  const base = constAddress(p, e.a);
  const st = e.a.type;
  if (base === undefined || (st.kind !== 'struct' && st.kind !== 'union')) return undefined;
  return base + BigInt(structLayout(st, p.dm).offsets[e.index]);
}

export function incdec(p: P, target: Expr, delta: 1 | -1, post: boolean, loc: Loc): Expr {
  checkModifiable(target, loc);
  if (target.type.kind !== 'int' && target.type.kind !== 'ptr') {
    fail(loc, `cannot ${delta > 0 ? 'increment' : 'decrement'} value of type '${typeName(target.type)}'`);
  }
  checkArithPointee(target.type, loc);
  return p.mk({ k: 'incdec', target, delta, post, type: unqual(target.type), loc });
}

export function assign(p: P, target: Expr, value: Expr, loc: Loc): Expr {
  checkModifiable(target, loc);
  if (!isComplete(target.type)) fail(loc, `assignment to an object of incomplete type '${typeName(target.type)}'`);
  const v = assignConv(p, value, target.type, 'assigning to', value.loc);
  return p.mk({ k: 'assign', target, value: v, type: unqual(target.type), loc });
}

const OPASSIGN: Record<string, BinOp> = { '+=': '+', '-=': '-', '*=': '*', '/=': '/', '%=': '%', '<<=': '<<', '>>=': '>>', '&=': '&', '|=': '|', '^=': '^' };
export const isAssignOp = (s: string): boolean => s === '=' || s in OPASSIGN;

export function opAssign(p: P, spelled: string, target: Expr, value: Expr, loc: Loc): Expr {
  const op = OPASSIGN[spelled];
  checkModifiable(target, loc);
  value = promote(p, value);
  const tt = target.type;
  const bad = () => fail(loc, `invalid operands to '${spelled}' ${opnds(target, value)}`);
  if (tt.kind === 'ptr') {
    if ((op !== '+' && op !== '-') || value.type.kind !== 'int') bad();
    checkArithPointee(tt, loc);
    return p.mk({ k: 'opassign', op, target, value: castTo(p, value, longT), opType: unqual(tt), type: unqual(tt), loc });
  }
  if (tt.kind !== 'int' || value.type.kind !== 'int') bad();
  const pt = promotedType(tt, p.dm);
  const opType = op === '<<' || op === '>>' ? pt : arithType(pt, value.type, p.dm);
  return p.mk({ k: 'opassign', op, target, value: castTo(p, value, opType), opType, type: unqual(tt), loc });
}

export function conditional(p: P, c: Expr, a: Expr, b: Expr, loc: Loc): Expr {
  c = scalarCond(p, c, 'condition');
  a = rvalue(p, a); b = rvalue(p, b);
  const ta = a.type, tb = b.type;
  let t: CType;
  if (ta.kind === 'int' && tb.kind === 'int') t = arithType(promotedType(ta, p.dm), promotedType(tb, p.dm), p.dm);
  else if ((ta.kind === 'struct' || ta.kind === 'union') && (tb.kind === 'struct' || tb.kind === 'union') && ta.id === tb.id) t = ta;
  else if (ta.kind === 'void' || tb.kind === 'void') t = { kind: 'void' };
  else if (ta.kind === 'ptr' && tb.kind === 'ptr') {
    if (ta.to.kind === 'void') t = ta;
    else if (tb.to.kind === 'void') t = tb;
    else if (compatible(unqual(ta.to), unqual(tb.to), true)) t = ta;
    else fail(loc, `pointer type mismatch in conditional expression ${opnds(a, b)}`);
  } else if (ta.kind === 'ptr' && isNullConst(b)) t = ta;
  else if (tb.kind === 'ptr' && isNullConst(a)) t = tb;
  else fail(loc, `incompatible operand types in conditional expression ${opnds(a, b)}`);
  if (t.kind !== 'struct' && t.kind !== 'union') { a = castTo(p, a, t); b = castTo(p, b, t); }
  if (c.k === 'num' && a.k === 'num' && b.k === 'num') return c.value !== 0n ? a : b;
  return p.mk({ k: 'cond', c, a, b, type: t, loc });
}

/** Explicit cast `(t)e`. */
export function explicitCast(p: P, t: CType, e: Expr, loc: Loc): Expr {
  t = unqual(t);
  if (t.kind === 'void') return castTo(p, rvalue(p, e), t, loc);
  if (t.kind !== 'int' && t.kind !== 'ptr') fail(loc, `used type '${typeName(t)}' where arithmetic or pointer type is required`);
  e = rvalue(p, e);
  if (e.type.kind !== 'int' && e.type.kind !== 'ptr') fail(loc, `operand of type '${typeName(e.type)}' where arithmetic or pointer type is required`);
  return castTo(p, e, t, loc);
}

export function member(p: P, e: Expr, name: string, arrow: boolean, loc: Loc): Expr {
  if (arrow) {
    e = rvalue(p, e);
    if (e.type.kind !== 'ptr') fail(loc, `member reference type '${typeName(e.type)}' is not a pointer`);
    e = p.mk({ k: 'deref', a: e, type: e.type.to, loc: e.loc });
  }
  const st = e.type;
  if (st.kind !== 'struct' && st.kind !== 'union') {
    fail(loc, `member reference base type '${typeName(st)}' is not a structure or union${arrow ? '' : st.kind === 'ptr' ? " (did you mean '->'?)" : ''}`);
  }
  if (!st.fields) fail(loc, `incomplete definition of type '${typeName(st)}'`);
  const index = st.fields.findIndex((f) => f.name === name);
  if (index < 0) fail(loc, `no member named '${name}' in '${typeName(st)}'`);
  return p.mk({ k: 'member', a: e, field: name, index, type: st.fields[index].type, loc });
}

export function sizeofType(p: P, t: CType, loc: Loc): Expr {
  if (t.kind === 'func') fail(loc, "invalid application of 'sizeof' to a function type");
  if (!isComplete(t)) fail(loc, `invalid application of 'sizeof' to an incomplete type '${typeName(t)}'`);
  return p.mk({ k: 'num', value: BigInt(layoutOf(t, p.dm).size), type: sizeT(p.dm), loc });
}

export function alignofType(p: P, t: CType, loc: Loc): Expr {
  if (t.kind === 'func' || !isComplete(t)) fail(loc, `invalid application of '_Alignof' to type '${typeName(t)}'`);
  return p.mk({ k: 'num', value: BigInt(layoutOf(t, p.dm).align), type: sizeT(p.dm), loc });
}

export function comma(p: P, a: Expr, b: Expr, loc: Loc): Expr {
  b = rvalue(p, b);
  return p.mk({ k: 'comma', a, b, type: b.type, loc });
}

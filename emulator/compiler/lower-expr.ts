// Expression lowering: every AST expression becomes IR computing its value into a temp
// (rvalue), or the address of the object it designates (addrOf). Structs, unions and arrays
// are handled by address: their "value" is a temp holding the address of their storage.
// Conversions between C integer/pointer types follow C (ext/widen/trunc, _Bool via cmp ne 0).

import type { BinOp, Expr } from './ast';
import { fail } from './diagnostics';
import type { BinKind, CmpKind, Temp } from './ir';
import { condBranch, lowerLogical } from './lower-cond';
import { globalName, type FnCtx } from './lower-ctx';
import { lowerCall, lowerSyscall, lowerVaArg, lowerVaStart } from './lower-call';
import { byAddress, irTy, isBool, ptrTy, scalarSigned, scalarSize, sizeOf } from './lower-types';
import { type CType, structLayout } from './types';

/** The value of `e` in a fresh temp (the address for by-address types); undefined for void. */
export function rvalue(c: FnCtx, e: Expr): Temp | undefined {
  return c.at(e.loc, () => rvalueAt(c, e));
}

/** Like rvalue, for expressions that must produce a value. */
export function value(c: FnCtx, e: Expr): Temp {
  const t = rvalue(c, e);
  if (t === undefined) fail(e.loc, 'void value used where a value is required');
  return t;
}

function rvalueAt(c: FnCtx, e: Expr): Temp | undefined {
  switch (e.k) {
    case 'num': return c.const(e.value, irTy(e.type, c.dm), e.id, e.type);
    case 'str': case 'func': case 'decay': case 'addr': return addrOf(c, e.k === 'decay' || e.k === 'addr' ? e.a : e);
    case 'var': case 'deref': case 'member':
      return byAddress(e.type) ? addrOf(c, e) : loadAt(c, e);
    case 'unary': return lowerUnary(c, e);
    case 'binary': return lowerBinary(c, e.op, value(c, e.a), value(c, e.b), e.a.type, e.b.type, e.id, e.type);
    case 'ptradd': return lowerPtrAdd(c, e);
    case 'ptrdiff': return lowerPtrDiff(c, e);
    case 'logand': case 'logor': return lowerLogical(c, e);
    case 'cond': return lowerCond(c, e);
    case 'assign': return lowerAssign(c, e);
    case 'opassign': return lowerOpAssign(c, e);
    case 'incdec': return lowerIncDec(c, e);
    case 'cast': {
      const v = rvalue(c, e.a);
      if (e.type.kind === 'void' || v === undefined) return undefined;
      if (byAddress(e.a.type) || byAddress(e.type)) return v;
      return convert(c, v, e.a.type, e.type, e.id);
    }
    case 'call': return lowerCall(c, e);
    case 'comma': rvalue(c, e.a); return rvalue(c, e.b);
    case 'vaarg': return lowerVaArg(c, e);
    case 'vastart': lowerVaStart(c, e); return undefined;
    case 'syscall': return lowerSyscall(c, e);
  }
}

/** The address of the object designated by `e` (an lvalue, a function, or a by-address value). */
export function addrOf(c: FnCtx, e: Expr): Temp {
  return c.at(e.loc, () => addrOfAt(c, e));
}

function addrOfAt(c: FnCtx, e: Expr): Temp {
  const pty = ptrTy(c.dm);
  switch (e.k) {
    case 'var': {
      const s = e.sym;
      if (s.storage === 'local' || s.storage === 'param') {
        const dst = c.temp(pty, e.id, { kind: 'ptr', to: e.type });
        c.emit({ op: 'slotaddr', dst, slot: c.varSlot(s, e.loc) });
        return dst;
      }
      return symAddr(c, globalName(s), 0, e);
    }
    case 'str': return symAddr(c, c.mod.addString(e), 0, e);
    case 'func': return symAddr(c, e.sym.name, 0, e);
    case 'deref': return value(c, e.a);
    case 'member': return materialize(c, lvalue(c, e), e);
    case 'cast': if (byAddress(e.type)) return value(c, e.a); break;
    case 'call': case 'cond': case 'assign': case 'comma': case 'vaarg':
      if (byAddress(e.type)) return value(c, e);
      break;
    default: break;
  }
  return fail(e.loc, 'expression is not an lvalue');
}

function symAddr(c: FnCtx, sym: string, offset: number, e: Expr): Temp {
  c.mod.ref(sym);
  const dst = c.temp(ptrTy(c.dm), e.id, { kind: 'ptr', to: e.type });
  c.emit({ op: 'symaddr', dst, sym, offset });
  return dst;
}

export function memberOffset(c: FnCtx, e: Extract<Expr, { k: 'member' }>): number {
  const st = e.a.type;
  if (st.kind !== 'struct' && st.kind !== 'union') return fail(e.loc, 'member access on a non-struct value');
  return structLayout(st, c.dm).offsets[e.index];
}

/** An lvalue as a base address plus a constant byte offset (folded into loads and stores). */
export interface LValue { base: Temp; offset: number }

/** `e` as base + offset: member chains and constant indexes become offsets. */
export function lvalue(c: FnCtx, e: Expr): LValue {
  return c.at(e.loc, () => {
    if (e.k === 'member') {
      const inner = e.a.k === 'var' || e.a.k === 'member' || e.a.k === 'deref' ? lvalue(c, e.a) : { base: value(c, e.a), offset: 0 };
      return { base: inner.base, offset: inner.offset + memberOffset(c, e) };
    }
    if (e.k === 'deref' && e.a.k === 'ptradd') {
      const k = constIndex(c, e.a.index);
      const off = k === undefined ? undefined : Number(k) * elemSize(c, e.a.ptr.type) * (e.a.negate ? -1 : 1);
      if (off !== undefined && Math.abs(off) < 0x40000000) return { base: value(c, e.a.ptr), offset: off };
    }
    return { base: addrOf(c, e), offset: 0 };
  });
}

/** The value of a constant (possibly cast) integer index expression, if it fits 32 bits signed. */
function constIndex(c: FnCtx, e: Expr): bigint | undefined {
  let v: bigint | undefined;
  if (e.k === 'num') v = e.value;
  else if (e.k === 'cast' && e.type.kind === 'int' && e.a.type.kind === 'int' && e.type.ik !== 'bool') {
    const inner = constIndex(c, e.a);
    const bits = scalarSize(e.type, c.dm) * 8;
    if (inner !== undefined) v = scalarSigned(e.type, c.dm) ? BigInt.asIntN(bits, inner) : BigInt.asUintN(bits, inner);
  }
  return v !== undefined && BigInt.asIntN(32, v) === v ? v : undefined;
}

function materialize(c: FnCtx, lv: LValue, e: Expr): Temp {
  if (lv.offset === 0) return lv.base;
  return c.bin('add', lv.base, c.const(BigInt(lv.offset), ptrTy(c.dm)), e.id, { kind: 'ptr', to: e.type });
}

/** Load the scalar lvalue `e`. */
function loadAt(c: FnCtx, e: Expr): Temp {
  const lv = lvalue(c, e);
  return load(c, lv.base, e.type, e.id, lv.offset);
}

export function load(c: FnCtx, addr: Temp, type: CType, origin?: number, offset = 0): Temp {
  const dst = c.temp(irTy(type, c.dm), origin, type);
  const signed = scalarSigned(type, c.dm);
  c.emit({ op: 'load', dst, addr, offset, size: scalarSize(type, c.dm), signed });
  return dst;
}

export function store(c: FnCtx, addr: Temp, src: Temp, type: CType, offset = 0): void {
  if (byAddress(type)) {
    const dst = offset ? c.bin('add', addr, c.const(BigInt(offset), ptrTy(c.dm))) : addr;
    const l = structOrArray(c, type);
    c.emit({ op: 'copymem', dst, src, size: l.size, align: l.align });
    return;
  }
  c.emit({ op: 'store', addr, offset, src, size: scalarSize(type, c.dm) });
}

function structOrArray(c: FnCtx, t: CType): { size: number; align: number } {
  return { size: sizeOf(t, c.dm), align: Math.min(alignOfT(c, t), c.dm.maxAlign) };
}
const alignOfT = (c: FnCtx, t: CType): number => (t.kind === 'struct' || t.kind === 'union' ? structLayout(t, c.dm).align : 1);

/** Convert temp `t` holding a value of C type `from` to C type `to` (both scalar). */
export function convert(c: FnCtx, t: Temp, from: CType, to: CType, origin?: number): Temp {
  const dm = c.dm;
  const fromTy = irTy(from, dm), toTy = irTy(to, dm);
  if (isBool(to)) {
    if (isBool(from)) return t;
    return c.cmp('ne', t, c.const(0n, fromTy), origin, to);
  }
  let v = t;
  if (fromTy === 'i32' && toTy === 'i64') {
    v = c.temp('i64', origin, to);
    c.emit({ op: 'widen', dst: v, a: t, signed: scalarSigned(from, dm) });
  } else if (fromTy === 'i64' && toTy === 'i32') {
    v = c.temp('i32', origin, to);
    c.emit({ op: 'trunc', dst: v, a: t });
  }
  const size = scalarSize(to, dm), width = toTy === 'i64' ? 8 : 4;
  if (size < width && !sameScalar(from, to)) {
    const dst = c.temp(toTy, origin, to);
    c.emit({ op: 'ext', dst, a: v, bits: (size * 8) as 8 | 16 | 32, signed: scalarSigned(to, dm) });
    v = dst;
  }
  return v;
}

const sameScalar = (a: CType, b: CType): boolean =>
  a.kind === 'int' && b.kind === 'int' && a.ik === b.ik;

function lowerUnary(c: FnCtx, e: Extract<Expr, { k: 'unary' }>): Temp {
  const a = value(c, e.a);
  if (e.op === '!') return c.cmp('eq', a, c.const(0n, c.tyOf(a)), e.id, e.type);
  const dst = c.temp(c.tyOf(a), e.id, e.type);
  c.emit({ op: e.op === '-' ? 'neg' : 'not', dst, a });
  return dst;
}

const CMP: Partial<Record<BinOp, [CmpKind, CmpKind]>> = {
  '==': ['eq', 'eq'], '!=': ['ne', 'ne'], '<': ['lts', 'ltu'], '<=': ['les', 'leu'], '>': ['gts', 'gtu'], '>=': ['ges', 'geu'],
};

export const isCmpOp = (op: BinOp): boolean => CMP[op] !== undefined;

/** `a op b` on values of C types ta/tb (already converted by the parser), result of C type rt. */
export function lowerBinary(c: FnCtx, op: BinOp, a: Temp, b: Temp, ta: CType, tb: CType, origin: number, rt: CType): Temp {
  const signed = scalarSigned(ta, c.dm);
  const cmp = CMP[op];
  if (cmp) return c.cmp(signed ? cmp[0] : cmp[1], a, b, origin, rt);
  if (op === '<<' || op === '>>') b = shiftAmount(c, b, tb, c.tyOf(a));
  return c.bin(binKind(op, signed), a, b, origin, rt);
}

function shiftAmount(c: FnCtx, b: Temp, tb: CType, ty: 'i32' | 'i64'): Temp {
  const bt = c.tyOf(b);
  if (bt === ty) return b;
  const dst = c.temp(ty, undefined, tb);
  if (ty === 'i64') c.emit({ op: 'widen', dst, a: b, signed: false });
  else c.emit({ op: 'trunc', dst, a: b });
  return dst;
}

function binKind(op: BinOp, signed: boolean): BinKind {
  switch (op) {
    case '+': return 'add';
    case '-': return 'sub';
    case '*': return 'mul';
    case '/': return signed ? 'divs' : 'divu';
    case '%': return signed ? 'rems' : 'remu';
    case '<<': return 'shl';
    case '>>': return signed ? 'shrs' : 'shru';
    case '&': return 'and';
    case '|': return 'or';
    case '^': return 'xor';
    default: throw new Error(`not an arithmetic operator: ${op}`);
  }
}

/** Element size of the pointee of pointer type `t` (void and functions count 1, GNU-style). */
export function elemSize(c: FnCtx, t: CType): number {
  return t.kind === 'ptr' ? Math.max(sizeOf(t.to, c.dm), 1) : 1;
}

/** p + index*size (or minus); `index` must already be pointer-width. */
export function scaledAdd(c: FnCtx, p: Temp, index: Temp, size: number, negate: boolean, origin: number, rt: CType): Temp {
  const pty = ptrTy(c.dm);
  const scaled = size === 1 ? index : c.bin('mul', index, c.const(BigInt(size), pty));
  return c.bin(negate ? 'sub' : 'add', p, scaled, origin, rt);
}

function lowerPtrAdd(c: FnCtx, e: Extract<Expr, { k: 'ptradd' }>): Temp {
  const p = value(c, e.ptr);
  const k = constIndex(c, e.index);
  if (k !== undefined) {
    const off = k * BigInt(elemSize(c, e.ptr.type));
    return c.bin(e.negate ? 'sub' : 'add', p, c.const(off, ptrTy(c.dm)), e.id, e.type);
  }
  const i = toPtrWidth(c, value(c, e.index), e.index.type);
  return scaledAdd(c, p, i, elemSize(c, e.ptr.type), e.negate, e.id, e.type);
}

/** Bring an integer temp to pointer width (the parser already made it `long`; be tolerant). */
export function toPtrWidth(c: FnCtx, t: Temp, type: CType): Temp {
  const pty = ptrTy(c.dm);
  if (c.tyOf(t) === pty) return t;
  const dst = c.temp(pty, undefined, type);
  if (pty === 'i64') c.emit({ op: 'widen', dst, a: t, signed: scalarSigned(type, c.dm) });
  else c.emit({ op: 'trunc', dst, a: t });
  return dst;
}

function lowerPtrDiff(c: FnCtx, e: Extract<Expr, { k: 'ptrdiff' }>): Temp {
  const a = value(c, e.a), b = value(c, e.b);
  const size = elemSize(c, e.a.type);
  const diff = c.bin('sub', a, b, size === 1 ? e.id : undefined, e.type);
  if (size === 1) return diff;
  return c.bin('divs', diff, c.const(BigInt(size), c.tyOf(diff)), e.id, e.type);
}

function lowerCond(c: FnCtx, e: Extract<Expr, { k: 'cond' }>): Temp | undefined {
  const lt = c.label(), lf = c.label(), end = c.label();
  const isVoid = e.type.kind === 'void';
  const dst = isVoid ? undefined : c.temp(byAddress(e.type) ? ptrTy(c.dm) : irTy(e.type, c.dm), e.id, e.type);
  condBranch(c, e.c, lt, lf);
  for (const [l, arm] of [[lt, e.a], [lf, e.b]] as const) {
    c.place(l);
    const v = rvalue(c, arm);
    if (dst !== undefined && v !== undefined) c.emit({ op: 'copy', dst, a: v });
    c.emit({ op: 'jump', target: end });
  }
  c.place(end);
  return dst;
}

function lowerAssign(c: FnCtx, e: Extract<Expr, { k: 'assign' }>): Temp {
  const v = value(c, e.value);
  if (byAddress(e.target.type)) {
    const a = addrOf(c, e.target);
    store(c, a, v, e.target.type);
    return a;
  }
  const lv = lvalue(c, e.target);
  store(c, lv.base, v, e.target.type, lv.offset);
  return v;
}

function lowerOpAssign(c: FnCtx, e: Extract<Expr, { k: 'opassign' }>): Temp {
  const tt = e.target.type;
  const v = value(c, e.value);
  const { base: a, offset } = lvalue(c, e.target);
  const old = load(c, a, tt, undefined, offset);
  let nv: Temp;
  if (tt.kind === 'ptr') {
    nv = scaledAdd(c, old, toPtrWidth(c, v, e.value.type), elemSize(c, tt), e.op === '-', e.id, tt);
  } else {
    const x = convert(c, old, tt, e.opType);
    const r = lowerBinary(c, e.op, x, v, e.opType, e.value.type, e.id, e.opType);
    nv = convert(c, r, e.opType, tt, e.id);
  }
  store(c, a, nv, tt, offset);
  return nv;
}

function lowerIncDec(c: FnCtx, e: Extract<Expr, { k: 'incdec' }>): Temp {
  const tt = e.target.type;
  const { base: a, offset } = lvalue(c, e.target);
  const old = load(c, a, tt, e.post ? e.id : undefined, offset);
  let nv: Temp;
  if (isBool(tt)) {
    nv = e.delta > 0 ? c.const(1n, 'i32', e.id, tt) : c.cmp('eq', old, c.const(0n, 'i32'), e.id, tt);
  } else if (tt.kind === 'ptr') {
    nv = c.bin('add', old, c.const(BigInt(e.delta * elemSize(c, tt)), c.tyOf(old)), e.id, tt);
  } else {
    const sum = c.bin('add', old, c.const(BigInt(e.delta), c.tyOf(old)), e.id, tt);
    nv = convert(c, sum, { kind: 'int', ik: irTy(tt, c.dm) === 'i64' ? 'ullong' : 'uint' }, tt, e.id);
  }
  store(c, a, nv, tt, offset);
  return e.post ? old : nv;
}

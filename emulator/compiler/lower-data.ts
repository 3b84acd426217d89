// Static data: globals and static locals become IRData with their initial bytes in the target's
// byte order, pointer-sized relocations for addresses (globals, functions, string literals) and
// the section they belong in (.rodata for const objects, .data, or .bss when all zero).

import type { Expr, GlobalDef, Init } from './ast';
import { fail } from './diagnostics';
import type { IRData } from './ir';
import { globalName, type ModCtx } from './lower-ctx';
import { byAddress, scalarSigned, scalarSize } from './lower-types';
import { type CType, layoutOf, structLayout } from './types';

/** A constant: a plain integer, or the address of a symbol plus a byte addend. */
type ConstVal = { value: bigint } | { sym: string; addend: bigint };

export function lowerGlobal(m: ModCtx, g: GlobalDef): void {
  const s = g.sym;
  if (s.extern) return;
  const { size, align } = layoutOf(s.type, m.dm);
  const d: IRData = {
    name: globalName(s), isStatic: s.storage === 'static', section: 'bss', size, align,
    relocs: [], ctype: s.type, cname: s.name, loc: s.loc,
  };
  m.types.idOf(s.type);
  if (g.init) {
    d.bytes = new Uint8Array(size);
    writeInit(m, d, 0, s.type, g.init);
    const nonZero = d.relocs.length > 0 || d.bytes.some((b) => b !== 0);
    d.section = isConst(s.type) ? 'rodata' : nonZero ? 'data' : 'bss';
    if (d.section === 'bss') d.bytes = undefined;
  }
  m.addData(d);
}

function isConst(t: CType): boolean {
  if (t.const) return true;
  return t.kind === 'array' ? isConst(t.of) : false;
}

function writeInit(m: ModCtx, d: IRData, offset: number, type: CType, init: Init): void {
  if (init.k === 'expr') { writeValue(m, d, offset, type, init.e); return; }
  for (const p of init.parts) writeValue(m, d, offset + p.offset, p.type, p.e);
  for (const b of init.bytes) d.bytes!.set(b.data.subarray(0, Math.max(0, d.size - offset - b.offset)), offset + b.offset);
}

function writeValue(m: ModCtx, d: IRData, offset: number, type: CType, e: Expr): void {
  if (byAddress(type)) {
    if (e.k === 'str' && type.kind === 'array') { d.bytes!.set(e.data.subarray(0, layoutOf(type, m.dm).size), offset); return; }
    fail(e.loc, 'initializer element is not a constant expression');
  }
  const v = evalConst(m, e);
  const size = scalarSize(type, m.dm);
  if ('sym' in v) {
    if (size !== m.dm.ptr) fail(e.loc, 'an address does not fit this initializer\'s type');
    d.relocs.push({ offset, sym: v.sym, addend: Number(v.addend), size });
    return;
  }
  const val = type.kind === 'int' && type.ik === 'bool' ? (v.value !== 0n ? 1n : 0n) : v.value;
  writeInt(d.bytes!, offset, size, val, m.dm.bigEndian);
}

/** Write the low `size` bytes of `v` at `offset` in the given byte order. */
export function writeInt(buf: Uint8Array, offset: number, size: number, v: bigint, bigEndian: boolean): void {
  let x = BigInt.asUintN(size * 8, v);
  for (let i = 0; i < size; i++) {
    buf[offset + (bigEndian ? size - 1 - i : i)] = Number(x & 0xffn);
    x >>= 8n;
  }
}

/** Evaluate a static initializer expression (integer constants and address constants). */
export function evalConst(m: ModCtx, e: Expr): ConstVal {
  switch (e.k) {
    case 'num': return { value: e.value };
    case 'cast': return castConst(m, e.a.type, e.type, evalConst(m, e.a));
    case 'decay': case 'addr': return constAddr(m, e.a);
    case 'func': case 'str': return constAddr(m, e);
    case 'ptradd': {
      const p = evalConst(m, e.ptr), i = evalConst(m, e.index);
      if (!('sym' in p) || 'sym' in i) break;
      const size = e.ptr.type.kind === 'ptr' ? Math.max(layoutOf(e.ptr.type.to, m.dm).size, 1) : 1;
      return { sym: p.sym, addend: p.addend + (e.negate ? -1n : 1n) * i.value * BigInt(size) };
    }
    case 'unary': case 'binary': return foldArith(m, e);
    case 'comma': return evalConst(m, e.b);
    case 'cond': {
      const cv = evalConst(m, e.c);
      if ('sym' in cv) break;
      return evalConst(m, cv.value !== 0n ? e.a : e.b);
    }
    default: break;
  }
  return fail(e.loc, 'initializer element is not a constant expression');
}

function castConst(m: ModCtx, from: CType, to: CType, v: ConstVal): ConstVal {
  if ('sym' in v) return v;
  if (to.kind === 'int' && to.ik === 'bool') return { value: v.value !== 0n ? 1n : 0n };
  if (to.kind !== 'int' && to.kind !== 'ptr') return v;
  const bits = scalarSize(to, m.dm) * 8;
  void from;
  return { value: scalarSigned(to, m.dm) ? BigInt.asIntN(bits, v.value) : BigInt.asUintN(bits, v.value) };
}

/** The address of a static lvalue: a global, a function, a string literal, a member or element of one. */
function constAddr(m: ModCtx, e: Expr): ConstVal {
  switch (e.k) {
    case 'var':
      if (e.sym.storage === 'local' || e.sym.storage === 'param') break;
      m.ref(globalName(e.sym));
      return { sym: globalName(e.sym), addend: 0n };
    case 'func': m.ref(e.sym.name); return { sym: e.sym.name, addend: 0n };
    case 'str': return { sym: m.addString(e), addend: 0n };
    case 'deref': return evalConst(m, e.a);
    case 'member': {
      const base = constAddr(m, e.a);
      const st = e.a.type;
      if (!('sym' in base) || (st.kind !== 'struct' && st.kind !== 'union')) break;
      return { sym: base.sym, addend: base.addend + BigInt(structLayout(st, m.dm).offsets[e.index]) };
    }
    default: break;
  }
  return fail(e.loc, 'initializer element is not a constant expression');
}

function foldArith(m: ModCtx, e: Extract<Expr, { k: 'unary' | 'binary' }>): ConstVal {
  const bits = scalarSize(e.type, m.dm) * 8;
  const norm = (x: bigint): ConstVal => ({ value: scalarSigned(e.type, m.dm) ? BigInt.asIntN(bits, x) : BigInt.asUintN(bits, x) });
  if (e.k === 'unary') {
    const a = evalConst(m, e.a);
    if ('sym' in a) return fail(e.loc, 'initializer element is not a constant expression');
    return norm(e.op === '-' ? -a.value : e.op === '~' ? ~a.value : a.value === 0n ? 1n : 0n);
  }
  const a = evalConst(m, e.a), b = evalConst(m, e.b);
  if ('sym' in a || 'sym' in b) return fail(e.loc, 'initializer element is not a constant expression');
  const x = a.value, y = b.value;
  switch (e.op) {
    case '+': return norm(x + y);
    case '-': return norm(x - y);
    case '*': return norm(x * y);
    case '/': case '%':
      if (y === 0n) return fail(e.loc, 'division by zero in a constant expression');
      return norm(e.op === '/' ? x / y : x % y);
    case '<<': return norm(x << y);
    case '>>': return norm(x >> y);
    case '&': return norm(x & y);
    case '|': return norm(x | y);
    case '^': return norm(x ^ y);
    case '==': return norm(x === y ? 1n : 0n);
    case '!=': return norm(x !== y ? 1n : 0n);
    case '<': return norm(x < y ? 1n : 0n);
    case '<=': return norm(x <= y ? 1n : 0n);
    case '>': return norm(x > y ? 1n : 0n);
    case '>=': return norm(x >= y ? 1n : 0n);
  }
}

// The x86-64 CPU's less frequent operations, as functions of the CPU: shifts and rotates (flags
// set eagerly: CF is the last bit out, OF as defined for a count of 1, a masked count of 0 leaves
// everything unchanged), one-operand mul/imul, div/idiv (#DE for a zero divisor or a quotient that
// does not fit → 'division by zero'), two/three-operand imul, bt, bsf/bsr, bswap and the flag ops.

import { Op, type Insn } from './decode';
import type { X86Cpu } from './cpu';
import * as alu from './alu';
import * as regs from './regs';

const { out, shl64, shr64, sar64, bit64, rol32, rol64, imul64, toBig, toBigU, fromBig, bswap32 } = alu;
const { CF, OF, ZF, DF, RAX, RCX, RDX } = regs;

export function execShift(c: X86Cpu, i: Insn): void {
  const size = i.size, bits = size * 8;
  let n = i.ssize === 1 ? c.lo[RCX] & 0xff : i.imm;
  n &= size === 8 ? 63 : 31;
  if (n === 0) {   // flags and value unchanged, but a 32-bit register write still clears bits 32-63
    if (size === 4 && !i.isMem) c.hi[i.rm] = 0;
    return;
  }
  const kind = i.cond;
  if (kind === 2 || kind === 3) { rotateCarry(c, i, n); return; }
  const addr = i.isMem ? c.ea(i) : -1;
  const v = addr >= 0 ? c.load(addr, size) : c.getR(i.rm, size), vh = c.th;
  let r: number, rh = 0, cf: number;
  if (size === 8) {
    switch (kind) {
      case 0: case 1: {
        rol64(v, vh, kind === 0 ? n : 64 - n);
        r = out.lo; rh = out.hi;
        rotateFlags(c, kind, r & 1, rh >>> 31, (rh >>> 30) & 1);
        break;
      }
      case 4: case 6: cf = bit64(v, vh, 64 - n); shl64(v, vh, n); r = out.lo; rh = out.hi; c.setFlags(cf, (rh >>> 31) ^ cf, r, rh, 8); break;
      case 5: cf = bit64(v, vh, n - 1); shr64(v, vh, n); r = out.lo; rh = out.hi; c.setFlags(cf, vh >>> 31, r, rh, 8); break;
      default: cf = bit64(v, vh, n - 1); sar64(v, vh, n); r = out.lo; rh = out.hi; c.setFlags(cf, 0, r, rh, 8); break;
    }
  } else {
    const top = bits - 1;
    switch (kind) {
      case 0: case 1: {
        const m = n % bits;
        r = m === 0 ? v : rol32(v, bits, kind === 0 ? m : bits - m);
        rotateFlags(c, kind, r & 1, (r >>> top) & 1, (r >>> (top - 1)) & 1);
        break;
      }
      case 4: case 6:
        cf = n <= bits ? (v >>> (bits - n)) & 1 : 0;
        r = v << n;
        c.setFlags(cf, ((r >>> top) & 1) ^ cf, r, 0, size);
        break;
      case 5:
        cf = (v >>> (n - 1)) & 1; r = v >>> n;
        c.setFlags(cf, (v >>> top) & 1, r, 0, size);
        break;
      default: {
        const s = (v << (32 - bits)) >> (32 - bits);
        cf = (s >> (n - 1)) & 1; r = s >> n;
        c.setFlags(cf, 0, r, 0, size);
        break;
      }
    }
  }
  if (addr >= 0) c.store(addr, size, r, rh); else c.setR(i.rm, size, r, rh);
}

/** rcl/rcr: rotate the operand and CF together (bits+1 wide) by the masked count n (BigInt: rare). */
function rotateCarry(c: X86Cpu, i: Insn, n: number): void {
  const size = i.size, bits = size * 8, w = BigInt(bits + 1);
  const addr = i.isMem ? c.ea(i) : -1;
  const v = addr >= 0 ? c.load(addr, size) : c.getR(i.rm, size), vh = size === 8 ? c.th : 0;
  const m = BigInt(n % (bits + 1));
  const cf = c.flags() & CF;
  let x = (BigInt(cf) << BigInt(bits)) | (size === 8 ? toBigU(v, vh) : BigInt(size === 4 ? v >>> 0 : v));
  const mask = (1n << w) - 1n;
  if (m !== 0n) x = i.cond === 2 ? ((x << m) | (x >> (w - m))) & mask : ((x >> m) | (x << (w - m))) & mask;
  const res = BigInt.asUintN(bits, x), ncf = Number(x >> BigInt(bits)) & 1;
  const msb = Number(res >> BigInt(bits - 1)) & 1, msb2 = Number(res >> BigInt(bits - 2)) & 1;
  const of = i.cond === 2 ? msb ^ ncf : msb ^ msb2;
  c.rf = (c.flags() & ~(CF | OF)) | (ncf ? CF : 0) | (of ? OF : 0);
  fromBig(res);
  if (addr >= 0) c.store(addr, size, out.lo, out.hi); else c.setR(i.rm, size, out.lo, out.hi);
}

/** rol: CF = low bit, OF = MSB ^ CF; ror: CF = MSB, OF = MSB ^ next bit. Other flags kept. */
function rotateFlags(c: X86Cpu, kind: number, lsb: number, msb: number, msb2: number): void {
  const cf = kind === 0 ? lsb : msb, of = kind === 0 ? msb ^ lsb : msb ^ msb2;
  c.rf = (c.flags() & ~(CF | OF)) | (cf ? CF : 0) | (of ? OF : 0);
}

/** mul/imul (one operand), div/idiv, imul r,r/m and imul r,r/m,imm; false for other ops. */
export function execMulDiv(c: X86Cpu, i: Insn): boolean {
  switch (i.op) {
    case Op.MUL1: wideMul(c, i, false); return true;
    case Op.IMUL1: wideMul(c, i, true); return true;
    case Op.IMUL2: case Op.IMUL3: imul(c, i); return true;
    case Op.DIV: divide(c, i, false); return true;
    case Op.IDIV: divide(c, i, true); return true;
    default: return false;
  }
}

const sext = (v: number, bits: number): number => (bits === 32 ? v | 0 : (v << (32 - bits)) >> (32 - bits));
const zext = (v: number, bits: number): number => (bits === 32 ? v >>> 0 : v & ((1 << bits) - 1));

function imul(c: X86Cpu, i: Insn): void {
  const size = i.size;
  let a: number, ah: number;
  if (i.op === Op.IMUL2) { a = c.getR(i.reg, size); ah = c.th; } else { a = i.imm; ah = i.imm >> 31; }
  const b = c.readE(i, size), bh = c.th;
  let r: number, rh = 0, of: number;
  if (size === 8) { imul64(a, ah, b, bh); r = out.lo; rh = out.hi; of = out.flag; } else if (size === 4) {
    r = Math.imul(a, b); of = r === (a | 0) * (b | 0) ? 0 : 1;
  } else {
    const p = sext(a, 16) * sext(b, 16);
    r = p & 0xffff; of = sext(r, 16) === p ? 0 : 1;
  }
  c.setR(i.reg, size, r, rh);
  c.setFlags(of, of, r, rh, size);
}

/** One-operand multiply: rdx:rax (edx:eax, dx:ax, or ax for bytes) = accumulator * r/m. */
function wideMul(c: X86Cpu, i: Insn, signed: boolean): void {
  const size = i.size, bits = size * 8;
  const s = c.readE(i, size), sh = c.th;
  if (size === 1) {
    const a = signed ? sext(c.lo[RAX], 8) : c.lo[RAX] & 0xff, p = a * (signed ? sext(s, 8) : s);
    c.setR(RAX, 2, p, 0);
    const of = signed ? (sext(p & 0xffff, 16) !== sext(p & 0xff, 8) ? 1 : 0) : (p & 0xff00 ? 1 : 0);
    c.setFlags(of, of, p, 0, 1);
    return;
  }
  const acc = size === 8 ? (signed ? toBig(c.lo[RAX], c.hi[RAX]) : toBigU(c.lo[RAX], c.hi[RAX]))
    : BigInt(signed ? sext(c.lo[RAX], bits) : zext(c.lo[RAX], bits));
  const src = size === 8 ? (signed ? toBig(s, sh) : toBigU(s, sh)) : BigInt(signed ? sext(s, bits) : zext(s, bits));
  const p = acc * src, B = BigInt(bits);
  const low = BigInt.asUintN(bits, p), high = BigInt.asUintN(bits, p >> B);
  const of = signed ? (BigInt.asIntN(bits, p) === p ? 0 : 1) : (high !== 0n ? 1 : 0);
  fromBig(low); c.setR(RAX, size, out.lo, out.hi);
  const rl = out.lo, rhh = out.hi;
  fromBig(high); c.setR(RDX, size, out.lo, out.hi);
  c.setFlags(of, of, rl, rhh, size);
}

const divFault = (c: X86Cpu, what: string): never => c.fault('division by zero', what);

/** div/idiv: the double-width dividend in rdx:rax (ah:al for bytes) by r/m. */
function divide(c: X86Cpu, i: Insn, signed: boolean): void {
  const size = i.size, bits = size * 8;
  const s = c.readE(i, size), sh = c.th;
  const lo = c.lo, hi = c.hi;
  if (size === 8 ? s === 0 && sh === 0 : zext(s, bits) === 0) divFault(c, `${i.mn}: division by zero`);
  if (size === 4 && (signed ? lo[RDX] === lo[RAX] >> 31 : lo[RDX] === 0)) {
    const a = signed ? lo[RAX] | 0 : lo[RAX] >>> 0, b = signed ? s | 0 : s >>> 0;
    const q = Math.trunc(a / b);
    if (signed && q === 2147483648) divFault(c, `${i.mn}: quotient overflow`);
    c.setR(RAX, 4, q | 0, 0); c.setR(RDX, 4, (a - q * b) | 0, 0);
    return;
  }
  let dividend: bigint, divisor: bigint;
  if (size === 1) {
    const ax = lo[RAX] & 0xffff;
    dividend = BigInt(signed ? sext(ax, 16) : ax);
    divisor = BigInt(signed ? sext(s, 8) : s);
  } else {
    const B = BigInt(bits);
    const a = size === 8 ? toBigU(lo[RAX], hi[RAX]) : BigInt(zext(lo[RAX], bits));
    const d = size === 8 ? toBigU(lo[RDX], hi[RDX]) : BigInt(zext(lo[RDX], bits));
    const u = (d << B) | a;
    dividend = signed ? BigInt.asIntN(bits * 2, u) : u;
    divisor = size === 8 ? (signed ? toBig(s, sh) : toBigU(s, sh)) : BigInt(signed ? sext(s, bits) : zext(s, bits));
  }
  const q = dividend / divisor, r = dividend % divisor;
  const fits = signed ? BigInt.asIntN(bits, q) === q : BigInt.asUintN(bits, q) === q;
  if (!fits) divFault(c, `${i.mn}: quotient overflow`);
  if (size === 1) {
    c.setR(RAX, 2, (Number(BigInt.asUintN(8, q)) | (Number(BigInt.asUintN(8, r)) << 8)), 0);
    return;
  }
  fromBig(q); c.setR(RAX, size, out.lo, out.hi);
  fromBig(r); c.setR(RDX, size, out.lo, out.hi);
}

/** bt, bsf/bsr, bswap, clc/stc/cmc/cld/std. */
export function execMisc(c: X86Cpu, i: Insn): void {
  const size = i.size, bits = size * 8;
  switch (i.mn) {
    case 'bsf': case 'bsr': {
      const v = c.readE(i, size), vh = size === 8 ? c.th : 0, lo = size === 2 ? v & 0xffff : v;
      const f = c.flags();
      if (lo === 0 && vh === 0) { c.rf = f | ZF; return; }
      let n: number;
      if (i.mn === 'bsf') n = lo !== 0 ? 31 - Math.clz32(lo & -lo) : 63 - Math.clz32(vh & -vh);
      else n = vh !== 0 ? 63 - Math.clz32(vh) : 31 - Math.clz32(lo);
      c.setR(i.reg, size, n, 0);
      c.rf = f & ~ZF;
      return;
    }
    case 'bswap':
      if (size === 8) c.setR(i.reg, 8, bswap32(c.hi[i.reg]), bswap32(c.lo[i.reg]));
      else c.setR(i.reg, 4, bswap32(c.lo[i.reg]), 0);
      return;
    case 'cmc': c.rf = c.flags() ^ CF; return;
    case 'clc': c.rf = c.flags() & ~CF; return;
    case 'stc': c.rf = c.flags() | CF; return;
    case 'cld': c.rf = c.flags() & ~DF; return;
    case 'std': c.fault('illegal instruction', 'std: string operations backwards are not supported');
  }
  if (i.op === Op.PUSHF) { c.push(c.flags() & 0xfd5 | 0x202, 0); return; }
  if (i.op === Op.POPF) {
    const v = c.pop();
    if (v & DF) c.fault('illegal instruction', 'popf: setting DF is not supported');
    c.rf = (v & 0xcd5) | 0x202; c.fk = 0;   // F_NONE: the popped flags are materialized
    return;
  }
  if (i.mn.startsWith('bt')) {
    let off: number, a = -1;
    if (i.op === Op.BT_RM_I) off = i.imm & (bits - 1);
    else {
      off = c.getR(i.reg, size);
      if (i.isMem) { a = (c.ea(i) + Math.floor(off / bits) * size) >>> 0; off = off & (bits - 1); } else off &= bits - 1;
    }
    const v = a >= 0 ? c.load(a, size) : c.readE(i, size), vh = c.th;
    const b = size === 8 ? bit64(v, vh, off) : (v >>> off) & 1;
    c.rf = (c.flags() & ~CF) | b;
    return;
  }
  c.fault('illegal instruction', `${i.mn} ${i.ops}: not supported by Shuttle's x86-64 CPU`.trim());
}

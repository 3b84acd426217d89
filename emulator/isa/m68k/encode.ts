// The 68020 instruction encoder used by the backend: each function returns the real encoding of
// one instruction as a list of 16-bit words (big-endian order when written out). Sizes are given
// as byte counts 1 | 2 | 4. Operands are `Ea` records from regs.ts. Throws on operands the
// instruction cannot take (a backend bug, never user input).

import { Cond, Ea, Mode } from './regs';

export type Size = 1 | 2 | 4;
export type Words = number[];

const SZ2 = (s: Size): number => (s === 1 ? 0 : s === 2 ? 1 : 2);           // standard size field
const MOVESZ = (s: Size): number => (s === 1 ? 1 : s === 2 ? 3 : 2);        // move's size field

function fits(v: number, bits: number): boolean {
  const lim = 2 ** (bits - 1);
  return Number.isInteger(v) && v >= -lim && v < lim;
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`m68k encoder: ${what}`);
}

/** The brief index extension word (68020: scale 1/2/4/8). */
function briefExt(e: Ea): number {
  check(fits(e.d, 8), `index displacement ${e.d} out of range`);
  return ((e.xr & 15) << 12) | (e.xl ? 0x800 : 0) | ((e.sc & 3) << 9) | (e.d & 0xff);
}

/** The 68020 full extension format: base/outer displacements (word or long), memory indirection. */
function fullExt(e: Ea): Words {
  const f = e.full!;
  const iis = f.indirect === 0 ? 0 : (f.indirect === 2 ? 4 : 0) | f.odSize;
  const w = ((e.xr & 15) << 12) | (e.xl ? 0x800 : 0) | ((e.sc & 3) << 9) | 0x100 | (f.baseSuppress ? 0x80 : 0)
    | (f.indexSuppress ? 0x40 : 0) | (f.bdSize << 4) | iis;
  const words = [w];
  const put = (v: number, sz: number): void => {
    if (sz === 2) words.push(v & 0xffff);
    else if (sz === 3) words.push((v >>> 16) & 0xffff, v & 0xffff);
  };
  put(e.d, f.bdSize);
  if (f.indirect !== 0) put(f.od, f.odSize);
  return words;
}

/** `(d32,An)`: a 32-bit displacement from An (full format, index suppressed). */
export function disp32(an: number, d: number): Ea {
  return { m: Mode.Index, r: an, d, xr: 0, xl: false, sc: 0,
    full: { baseSuppress: false, indexSuppress: true, bdSize: 3, od: 0, odSize: 0, indirect: 0 } };
}

/** 6-bit mode/register field and extension words of an operand of `size` bytes. */
export function encodeEa(e: Ea, size: Size): { field: number; ext: Words } {
  const rn = e.r & 7;
  switch (e.m) {
    case Mode.Dn: return { field: rn, ext: [] };
    case Mode.An: return { field: 0o10 | rn, ext: [] };
    case Mode.Ind: return { field: 0o20 | rn, ext: [] };
    case Mode.PostInc: return { field: 0o30 | rn, ext: [] };
    case Mode.PreDec: return { field: 0o40 | rn, ext: [] };
    case Mode.Disp:
      check(fits(e.d, 16), `displacement ${e.d} out of range`);
      return { field: 0o50 | rn, ext: [e.d & 0xffff] };
    case Mode.Index: return { field: 0o60 | rn, ext: e.full ? fullExt(e) : [briefExt(e)] };
    case Mode.AbsW:
      check(fits(e.d, 16), `abs.w address ${e.d} out of range`);
      return { field: 0o70, ext: [e.d & 0xffff] };
    case Mode.AbsL: return { field: 0o71, ext: [(e.d >>> 16) & 0xffff, e.d & 0xffff] };
    case Mode.PcDisp:
      check(fits(e.d, 16), `pc displacement ${e.d} out of range`);
      return { field: 0o72, ext: [e.d & 0xffff] };
    case Mode.PcIndex: return { field: 0o73, ext: e.full ? fullExt(e) : [briefExt(e)] };
    case Mode.Imm:
      if (size === 4) return { field: 0o74, ext: [(e.d >>> 16) & 0xffff, e.d & 0xffff] };
      return { field: 0o74, ext: [size === 1 ? e.d & 0xff : e.d & 0xffff] };
  }
}

/** move.<size> src,dst (movea when dst is an address register). */
export function move(size: Size, src: Ea, dst: Ea): Words {
  check(dst.m !== Mode.Imm && dst.m !== Mode.PcDisp && dst.m !== Mode.PcIndex, 'move to a non-alterable operand');
  check(!(size === 1 && (dst.m === Mode.An || src.m === Mode.An)), 'move.b with an address register');
  const s = encodeEa(src, size), d = encodeEa(dst, size);
  const dfield = ((d.field & 7) << 3) | (d.field >> 3);   // destination is register:mode
  return [(MOVESZ(size) << 12) | (dfield << 6) | s.field, ...s.ext, ...d.ext];
}

export function moveq(v: number, dn: number): Words {
  check(fits(v, 8), `moveq value ${v}`);
  return [0x7000 | ((dn & 7) << 9) | (v & 0xff)];
}

export const lea = (src: Ea, an: number): Words => { const s = encodeEa(src, 4); return [0x41c0 | ((an & 7) << 9) | s.field, ...s.ext]; };
export const pea = (src: Ea): Words => { const s = encodeEa(src, 4); return [0x4840 | s.field, ...s.ext]; };

export function link(an: number, d: number): Words {
  if (fits(d, 16)) return [0x4e50 | (an & 7), d & 0xffff];
  return [0x4808 | (an & 7), (d >>> 16) & 0xffff, d & 0xffff];
}
export const unlk = (an: number): Words => [0x4e58 | (an & 7)];
export const rts = (): Words => [0x4e75];
export const nop = (): Words => [0x4e71];
export const illegal = (): Words => [0x4afc];
export const trap = (n: number): Words => [0x4e40 | (n & 15)];
export const jsr = (e: Ea): Words => { const s = encodeEa(e, 4); return [0x4e80 | s.field, ...s.ext]; };
export const jmp = (e: Ea): Words => { const s = encodeEa(e, 4); return [0x4ec0 | s.field, ...s.ext]; };

/** Bcc/BRA/BSR with a 32-bit displacement (relative to the instruction address + 2). */
export function bccL(cond: Cond | number, disp: number): Words {
  return [0x60ff | ((cond & 15) << 8), (disp >>> 16) & 0xffff, disp & 0xffff];
}
export function bccW(cond: Cond | number, disp: number): Words {
  check(fits(disp, 16), `branch displacement ${disp}`);
  return [0x6000 | ((cond & 15) << 8), disp & 0xffff];
}
export function bccS(cond: Cond | number, disp: number): Words {
  check(fits(disp, 8) && disp !== 0 && disp !== -1, `short branch displacement ${disp}`);
  return [0x6000 | ((cond & 15) << 8) | (disp & 0xff)];
}
export const braL = (disp: number): Words => bccL(0, disp);
export const bsrL = (disp: number): Words => bccL(1, disp);
export function dbcc(cond: Cond | number, dn: number, disp: number): Words {
  check(fits(disp, 16), `dbcc displacement ${disp}`);
  return [0x50c8 | ((cond & 15) << 8) | (dn & 7), disp & 0xffff];
}
export function scc(cond: Cond | number, e: Ea): Words {
  const s = encodeEa(e, 1);
  return [0x50c0 | ((cond & 15) << 8) | s.field, ...s.ext];
}

type AluOp = 'add' | 'sub' | 'and' | 'or' | 'cmp';
const ALU_HI: Record<AluOp, number> = { add: 0xd000, sub: 0x9000, and: 0xc000, or: 0x8000, cmp: 0xb000 };

/** add/sub/and/or/cmp.<size> <ea>,Dn */
export function aluToD(op: AluOp, size: Size, src: Ea, dn: number): Words {
  const s = encodeEa(src, size);
  return [ALU_HI[op] | ((dn & 7) << 9) | (SZ2(size) << 6) | s.field, ...s.ext];
}
/** add/sub/and/or.<size> Dn,<ea> (memory destination); eor.<size> Dn,<ea> (any alterable). */
export function aluFromD(op: 'add' | 'sub' | 'and' | 'or' | 'eor', size: Size, dn: number, dst: Ea): Words {
  const d = encodeEa(dst, size);
  const hi = op === 'eor' ? 0xb000 : ALU_HI[op];
  return [hi | ((dn & 7) << 9) | 0x100 | (SZ2(size) << 6) | d.field, ...d.ext];
}
/** adda/suba/cmpa.<w|l> <ea>,An */
export function aluToA(op: 'add' | 'sub' | 'cmp', size: 2 | 4, src: Ea, an: number): Words {
  const s = encodeEa(src, size);
  return [ALU_HI[op] | ((an & 7) << 9) | (size === 4 ? 0x1c0 : 0xc0) | s.field, ...s.ext];
}

type ImmOp = 'ori' | 'andi' | 'subi' | 'addi' | 'eori' | 'cmpi';
const IMM_HI: Record<ImmOp, number> = { ori: 0x0000, andi: 0x0200, subi: 0x0400, addi: 0x0600, eori: 0x0a00, cmpi: 0x0c00 };
export function immOp(op: ImmOp, size: Size, v: number, dst: Ea): Words {
  const i = encodeEa({ m: Mode.Imm, r: 0, d: v, xr: 0, xl: true, sc: 0 }, size);
  const d = encodeEa(dst, size);
  return [IMM_HI[op] | (SZ2(size) << 6) | d.field, ...i.ext, ...d.ext];
}

/** addq/subq.<size> #1..8,<ea> */
export function quick(op: 'addq' | 'subq', size: Size, v: number, dst: Ea): Words {
  check(v >= 1 && v <= 8, `quick value ${v}`);
  const d = encodeEa(dst, size);
  return [0x5000 | ((v & 7) << 9) | (op === 'subq' ? 0x100 : 0) | (SZ2(size) << 6) | d.field, ...d.ext];
}

type UnOp = 'negx' | 'clr' | 'neg' | 'not' | 'tst';
const UN_HI: Record<UnOp, number> = { negx: 0x4000, clr: 0x4200, neg: 0x4400, not: 0x4600, tst: 0x4a00 };
export function unary(op: UnOp, size: Size, e: Ea): Words {
  const d = encodeEa(e, size);
  return [UN_HI[op] | (SZ2(size) << 6) | d.field, ...d.ext];
}

export const extW = (dn: number): Words => [0x4880 | (dn & 7)];
export const extL = (dn: number): Words => [0x48c0 | (dn & 7)];
export const extbL = (dn: number): Words => [0x49c0 | (dn & 7)];
export const swap = (dn: number): Words => [0x4840 | (dn & 7)];

/** exg between two registers (numbers 0-15). */
export function exg(rx: number, ry: number): Words {
  if (rx < 8 && ry < 8) return [0xc140 | ((rx & 7) << 9) | (ry & 7)];
  if (rx >= 8 && ry >= 8) return [0xc148 | ((rx & 7) << 9) | (ry & 7)];
  const [d, a] = rx < 8 ? [rx, ry] : [ry, rx];
  return [0xc188 | ((d & 7) << 9) | (a & 7)];
}

/** muls.l/mulu.l <ea>,Dl (32-bit result) or <ea>,Dh:Dl (64-bit result when dh is given). */
export function mulL(signed: boolean, src: Ea, dl: number, dh?: number): Words {
  const s = encodeEa(src, 4);
  const ext = ((dl & 7) << 12) | (signed ? 0x800 : 0) | (dh !== undefined ? 0x400 | (dh & 7) : (dl & 7));
  return [0x4c00 | s.field, ext, ...s.ext];
}
/** divs.l/divu.l <ea>,Dq (dr undefined), divsl.l/divul.l <ea>,Dr:Dq (32-bit dividend). */
export function divL(signed: boolean, src: Ea, dq: number, dr?: number): Words {
  const s = encodeEa(src, 4);
  const ext = ((dq & 7) << 12) | (signed ? 0x800 : 0) | ((dr ?? dq) & 7);
  return [0x4c40 | s.field, ext, ...s.ext];
}
/** divs.l <ea>,Dr:Dq with a 64-bit dividend (Dr:Dq). */
export function divL64(signed: boolean, src: Ea, dq: number, dr: number): Words {
  const s = encodeEa(src, 4);
  return [0x4c40 | s.field, ((dq & 7) << 12) | (signed ? 0x800 : 0) | 0x400 | (dr & 7), ...s.ext];
}
export function mulW(signed: boolean, src: Ea, dn: number): Words {
  const s = encodeEa(src, 2);
  return [(signed ? 0xc1c0 : 0xc0c0) | ((dn & 7) << 9) | s.field, ...s.ext];
}

export type ShiftOp = 'as' | 'ls' | 'rox' | 'ro';
const SHIFT_TYPE: Record<ShiftOp, number> = { as: 0, ls: 1, rox: 2, ro: 3 };
/** <op>{l,r}.<size> Dx,Dy (count in a register) */
export function shiftReg(op: ShiftOp, left: boolean, size: Size, dx: number, dy: number): Words {
  return [0xe000 | ((dx & 7) << 9) | (left ? 0x100 : 0) | (SZ2(size) << 6) | 0x20 | (SHIFT_TYPE[op] << 3) | (dy & 7)];
}
/** <op>{l,r}.<size> #1..8,Dy */
export function shiftImm(op: ShiftOp, left: boolean, size: Size, count: number, dy: number): Words {
  check(count >= 1 && count <= 8, `shift count ${count}`);
  return [0xe000 | ((count & 7) << 9) | (left ? 0x100 : 0) | (SZ2(size) << 6) | (SHIFT_TYPE[op] << 3) | (dy & 7)];
}

/** movem.<w|l> registers (bit i = register i, 0-15) to memory, or memory to registers. */
export function movemToMem(size: 2 | 4, mask: number, dst: Ea): Words {
  const d = encodeEa(dst, size);
  let m = mask;
  if (dst.m === Mode.PreDec) { m = 0; for (let i = 0; i < 16; i++) if (mask & (1 << i)) m |= 0x8000 >>> i; }
  return [0x4880 | (size === 4 ? 0x40 : 0) | d.field, m & 0xffff, ...d.ext];
}
export function movemFromMem(size: 2 | 4, src: Ea, mask: number): Words {
  const s = encodeEa(src, size);
  return [0x4c80 | (size === 4 ? 0x40 : 0) | s.field, mask & 0xffff, ...s.ext];
}

/** btst/bset/bclr/bchg with a register or an immediate bit number. */
export function bitOp(op: 'btst' | 'bchg' | 'bclr' | 'bset', bit: number | { dn: number }, e: Ea): Words {
  const t = ['btst', 'bchg', 'bclr', 'bset'].indexOf(op);
  const d = encodeEa(e, 1);
  if (typeof bit === 'number') return [0x0800 | (t << 6) | d.field, bit & 0xff, ...d.ext];
  return [0x0100 | ((bit.dn & 7) << 9) | (t << 6) | d.field, ...d.ext];
}

/** Words to big-endian bytes. */
export function toBytes(words: Words): Uint8Array {
  const out = new Uint8Array(words.length * 2);
  words.forEach((w, i) => { out[2 * i] = (w >>> 8) & 0xff; out[2 * i + 1] = w & 0xff; });
  return out;
}

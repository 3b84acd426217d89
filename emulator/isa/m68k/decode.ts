// The 68020 integer instruction decoder: turns the words at an address into an `Insn` record
// (operation, size, operands, length, objdump mnemonic). The CPU caches these records per
// address; the disassembler prints them. Encodings we do not implement (FPU, MMU, bit fields,
// CAS, CHK2/CMP2, ...) decode as `Op.ILLEGAL` with `illegal` set.

import { Ea, FullIndex, Mode } from './regs';

export enum Op {
  ILLEGAL, MOVE, MOVEA, MOVEQ, LEA, PEA, LINK, UNLK, RTS, RTD, RTR, NOP, TRAP, TRAPV, TRAPCC, BKPT,
  JSR, JMP, BCC, BSR, DBCC, SCC, ADD, SUB, AND, OR, EOR, CMP, ADDA, SUBA, CMPA, ADDX, SUBX, CMPM,
  NEG, NEGX, NOT, CLR, TST, EXT, EXTB, SWAP, EXG, MULW, DIVW, MULL, DIVL, SHIFT, BIT, MOVEM,
  MOVE_FROM_CCR, MOVE_TO_CCR, CCR_IMM, CHK, TAS, ABCD, SBCD, NBCD, PRIV, BITFIELD, MOVEP, CAS, CMP2, PACK, UNPK,
}

export interface Insn {
  op: Op;
  /** operation size in bytes (0: unsized) */
  size: number;
  src: Ea | null;
  dst: Ea | null;
  /** length in bytes */
  len: number;
  /** objdump mnemonic, e.g. `movel`, `addql`, `beqs` */
  mn: string;
  /** condition (Bcc/Scc/DBcc/TRAPcc), shift type (0 as, 1 ls, 2 rox, 3 ro), bit-op type, CCR op */
  cond: number;
  /** a register number (DBcc/EXT/SWAP/LINK/UNLK register, Dl/Dq of MULL/DIVL, EXG first) */
  reg: number;
  /** a second register (EXG, Dh/Dr of MULL/DIVL), or -1 */
  reg2: number;
  /** immediate data: trap vector, movem mask, rtd/link displacement, shift left flag, ... */
  n: number;
  /** flags: signed (MULW/DIVW/MULL/DIVL), 64-bit form (MULL/DIVL), movem to registers, ... */
  flag: number;
  /** branch target (Bcc/BSR/DBcc) */
  target: number;
  /** why an encoding is illegal or privileged */
  illegal?: string;
}

/** Reads instruction words; throws for unmapped memory (the caller turns that into a fault). */
export type Fetch16 = (addr: number) => number;

const SFX = ['b', 'w', 'l'];
const SIZES = [1, 2, 4];
export const CONDS = ['t', 'f', 'hi', 'ls', 'cc', 'cs', 'ne', 'eq', 'vc', 'vs', 'pl', 'mi', 'ge', 'lt', 'gt', 'le'];

/** Decoding state for one instruction: the address and the running extension-word cursor. */
class Cursor {
  p: number;
  constructor(public addr: number, private f: Fetch16) { this.p = addr; }
  word(): number { const w = this.f(this.p >>> 0) & 0xffff; this.p += 2; return w; }
  sword(): number { return (this.word() << 16) >> 16; }
  long(): number { const hi = this.word(); return ((hi << 16) | this.word()) | 0; }
}

class Illegal extends Error {}
const bad = (why = 'unimplemented encoding'): never => { throw new Illegal(why); };

/** Operand classes for validity checks. */
const DATA = 1, MEM = 2, CTRL = 4, ALT = 8;
function eaClass(m: Mode): number {
  switch (m) {
    case Mode.Dn: return DATA | ALT;
    case Mode.An: return ALT;
    case Mode.Ind: case Mode.Disp: case Mode.Index: case Mode.AbsW: case Mode.AbsL: return DATA | MEM | CTRL | ALT;
    case Mode.PostInc: case Mode.PreDec: return DATA | MEM | ALT;
    case Mode.PcDisp: case Mode.PcIndex: return DATA | MEM | CTRL;
    case Mode.Imm: return DATA | MEM;
  }
}

// every Ea has the same shape (target/full always present) so the CPU's operand code stays monomorphic
function mkEa(m: Mode, r = 0, d = 0): Ea { return { m, r, d, xr: 0, xl: true, sc: 0, target: 0, full: undefined }; }

/** Decode the operand of 3-bit mode `mode` and register `reg` of `size` bytes; `need` = required classes. */
function readEa(c: Cursor, mode: number, reg: number, size: number, need: number): Ea {
  let e: Ea;
  switch (mode) {
    case 0: e = mkEa(Mode.Dn, reg); break;
    case 1: e = mkEa(Mode.An, reg + 8); break;
    case 2: e = mkEa(Mode.Ind, reg + 8); break;
    case 3: e = mkEa(Mode.PostInc, reg + 8); break;
    case 4: e = mkEa(Mode.PreDec, reg + 8); break;
    case 5: e = mkEa(Mode.Disp, reg + 8, c.sword()); break;
    case 6: e = readIndex(c, Mode.Index, reg + 8); break;
    default:
      switch (reg) {
        case 0: e = mkEa(Mode.AbsW, 0, c.sword()); break;
        case 1: e = mkEa(Mode.AbsL, 0, c.long()); break;
        case 2: { const at = c.p; e = mkEa(Mode.PcDisp, 0, c.sword()); e.target = (at + e.d) | 0; break; }
        case 3: e = readIndex(c, Mode.PcIndex, 0); break;
        case 4:
          if (size === 0) bad();
          e = mkEa(Mode.Imm, 0, size === 1 ? (c.word() << 24) >> 24 : size === 2 ? c.sword() : c.long());
          break;
        default: return bad();
      }
  }
  if ((eaClass(e.m) & need) !== need) bad('invalid addressing mode');
  return e;
}

function readIndex(c: Cursor, m: Mode, an: number): Ea {
  const at = c.p;
  const w = c.word();
  const e: Ea = { m, r: an, d: 0, xr: (w >> 12) & 15, xl: (w & 0x800) !== 0, sc: (w >> 9) & 3, target: 0, full: undefined };
  if ((w & 0x100) === 0) {
    e.d = (w << 24) >> 24;
  } else {
    const bdSize = (w >> 4) & 3, iis = w & 7;       // reserved combinations behave as objdump shows them
    const indexSuppress = (w & 0x40) !== 0;
    e.d = bdSize === 2 ? c.sword() : bdSize === 3 ? c.long() : 0;
    const odSize = iis & 3;
    const od = odSize === 2 ? c.sword() : odSize === 3 ? c.long() : 0;
    const full: FullIndex = {
      baseSuppress: (w & 0x80) !== 0, indexSuppress, bdSize, od, odSize,
      indirect: iis === 0 ? 0 : iis & 4 ? 2 : 1,
    };
    e.full = full;
  }
  if (m === Mode.PcIndex) e.target = (at + e.d) | 0;
  return e;
}

function insn(op: Op, mn: string, size = 0): Insn {
  return { op, size, src: null, dst: null, len: 0, mn, cond: 0, reg: -1, reg2: -1, n: 0, flag: 0, target: 0, illegal: undefined };
}

/** Decode the instruction at `addr`. Never throws for bad encodings (returns ILLEGAL); fetch errors propagate. */
export function decode(fetch: Fetch16, addr: number): Insn {
  const c = new Cursor(addr, fetch);
  const w = c.word();
  let i: Insn;
  try {
    i = decodeWord(c, w);
  } catch (e) {
    if (!(e instanceof Illegal)) throw e;
    i = insn(Op.ILLEGAL, '.short');
    i.illegal = e.message;
    i.n = w;
    i.len = 2;
    return i;
  }
  i.len = c.p - addr;
  return i;
}

function decodeWord(c: Cursor, w: number): Insn {
  switch (w >>> 12) {
    case 0x0: return group0(c, w);
    case 0x1: case 0x2: case 0x3: return groupMove(c, w);
    case 0x4: return group4(c, w);
    case 0x5: return group5(c, w);
    case 0x6: return group6(c, w);
    case 0x7: {
      if (w & 0x100) bad();
      const i = insn(Op.MOVEQ, 'moveq', 4);
      i.src = mkEa(Mode.Imm, 0, (w << 24) >> 24); i.dst = mkEa(Mode.Dn, (w >> 9) & 7);
      return i;
    }
    case 0x8: return groupOrDiv(c, w);
    case 0x9: case 0xd: return groupAddSub(c, w);
    case 0xb: return groupCmpEor(c, w);
    case 0xc: return groupAndMul(c, w);
    case 0xe: return groupShift(c, w);
    default: return bad('line A/F');
  }
}

const modeOf = (w: number): number => (w >> 3) & 7;
const regOf = (w: number): number => w & 7;
const reg9 = (w: number): number => (w >> 9) & 7;

function group0(c: Cursor, w: number): Insn {
  const mode = modeOf(w), reg = regOf(w);
  if (w & 0x100) {
    if (mode === 1) {                                   // movep: bytes at every other address
      const opm = (w >> 6) & 3, size = opm & 1 ? 4 : 2;
      const i = insn(Op.MOVEP, size === 2 ? 'movepw' : 'movepl', size);
      const m = mkEa(Mode.Disp, reg + 8, c.sword()), dn = mkEa(Mode.Dn, reg9(w));
      i.flag = opm >> 1;                                // 1: register to memory
      if (i.flag) { i.src = dn; i.dst = m; } else { i.src = m; i.dst = dn; }
      return i;
    }
    return bitOp(c, w, mkEa(Mode.Dn, reg9(w)), mode, reg);
  }
  const hi = (w >> 9) & 7, sz = (w >> 6) & 3;
  if (hi === 4) {
    const bit = c.word();
    return bitOp(c, w, mkEa(Mode.Imm, 0, (bit << 24) >> 24), mode, reg);
  }
  if (sz === 3 && (hi === 5 || hi === 6 || hi === 7) && !(mode === 7 && reg === 4)) return cas(c, w, hi - 4, mode, reg);
  if (sz === 3 && hi <= 2) return cmp2(c, hi, mode, reg);
  if (sz === 3 || hi === 7) bad('cas2/moves/callm');
  const names = ['ori', 'andi', 'subi', 'addi', '', 'eori', 'cmpi'];
  const ops = [Op.OR, Op.AND, Op.SUB, Op.ADD, Op.ILLEGAL, Op.EOR, Op.CMP];
  if (mode === 7 && reg === 4 && (hi === 0 || hi === 1 || hi === 5)) {
    const v = c.word();
    const i = insn(sz === 0 ? Op.CCR_IMM : Op.PRIV, names[hi] + SFX[sz], sz === 0 ? 1 : 2);
    if (sz > 1) bad();
    if (sz === 0 && v & 0xff00) bad();
    i.cond = hi; i.src = mkEa(Mode.Imm, 0, sz === 0 ? (v << 24) >> 24 : (v << 16) >> 16);
    i.n = sz === 0 ? 0 : 1;  // 1 = to %sr
    if (sz === 1) i.illegal = 'privileged instruction';
    return i;
  }
  const size = SIZES[sz];
  const i = insn(ops[hi], names[hi] + SFX[sz], size);
  i.src = readEa(c, 7, 4, size, DATA);
  i.dst = readEa(c, mode, reg, size, hi === 6 ? DATA : DATA | ALT);
  if (hi === 6 && i.dst.m === Mode.Imm) bad();
  return i;
}

/** cmp2/chk2 <ea>,Rn: Rn against the bounds pair at <ea>; `flag` 1 = chk2 (traps when out of range). */
function cmp2(c: Cursor, sz: number, mode: number, reg: number): Insn {
  const ext = c.word();
  if (ext & 0x07ff) bad();
  const size = SIZES[sz], chk = (ext & 0x800) !== 0;
  const i = insn(Op.CMP2, (chk ? 'chk2' : 'cmp2') + SFX[sz], size);
  i.reg = (ext >> 12) & 15; i.flag = chk ? 1 : 0;
  i.src = readEa(c, mode, reg, size, CTRL);
  return i;
}

/** cas Dc,Du,<ea>: compare Dc with the operand; equal: store Du, else load the operand into Dc. */
function cas(c: Cursor, w: number, sz: number, mode: number, reg: number): Insn {
  const size = SIZES[sz - 1];
  const ext = c.word();
  if (ext & 0xfe38) bad();
  const i = insn(Op.CAS, 'cas' + SFX[sz - 1], size);
  i.reg = ext & 7; i.reg2 = (ext >> 6) & 7;
  i.dst = readEa(c, mode, reg, size, MEM | ALT);
  return i;
}

function bitOp(c: Cursor, w: number, bit: Ea, mode: number, reg: number): Insn {
  const t = (w >> 6) & 3;
  const i = insn(Op.BIT, ['btst', 'bchg', 'bclr', 'bset'][t], mode === 0 ? 4 : 1);
  i.cond = t; i.src = bit;
  i.dst = readEa(c, mode, reg, 1, t === 0 ? DATA : DATA | ALT);
  if (i.dst.m === Mode.Imm && (t !== 0 || bit.m === Mode.Imm)) bad();
  return i;
}

function groupMove(c: Cursor, w: number): Insn {
  const size = [0, 1, 4, 2][w >>> 12];
  const dmode = (w >> 6) & 7, dreg = reg9(w);
  const sfx = SFX[size === 4 ? 2 : size - 1];
  if (dmode === 1) {
    if (size === 1) bad();
    const i = insn(Op.MOVEA, 'movea' + sfx, size);
    i.src = readEa(c, modeOf(w), regOf(w), size, 0);
    i.dst = mkEa(Mode.An, dreg + 8);
    return i;
  }
  const i = insn(Op.MOVE, 'move' + sfx, size);
  i.src = readEa(c, modeOf(w), regOf(w), size, 0);
  if (size === 1 && i.src.m === Mode.An) bad();
  i.dst = readEa(c, dmode, dreg, size, DATA | ALT);
  return i;
}

function group4(c: Cursor, w: number): Insn {
  const mode = modeOf(w), reg = regOf(w);
  if (w & 0x100) {
    if ((w & 0x1c0) === 0x1c0) {
      if (((w >> 9) & 7) === 4 && mode === 0) {            // extb.l
        const i = insn(Op.EXTB, 'extbl', 4); i.reg = reg; return i;
      }
      const i = insn(Op.LEA, 'lea', 4);
      i.src = readEa(c, mode, reg, 4, CTRL); i.dst = mkEa(Mode.An, reg9(w) + 8);
      return i;
    }
    const szc = (w >> 6) & 7;                               // chk: 0x180 = .w, 0x100 = .l
    if (szc !== 6 && szc !== 4) bad();
    const size = szc === 6 ? 2 : 4;
    const i = insn(Op.CHK, size === 2 ? 'chkw' : 'chkl', size);
    i.src = readEa(c, mode, reg, size, DATA); i.dst = mkEa(Mode.Dn, reg9(w));
    if (size === 4 && i.src.m === Mode.Imm) bad('chk.l #imm');   // as objdump
    return i;
  }
  const sub = (w >> 8) & 0xf, sz = (w >> 6) & 3;
  switch (sub) {
    case 0x0: case 0x2: case 0x4: case 0x6: return unaryGroup(c, w, sub, sz, mode, reg);
    case 0x8: return group48(c, w, sz, mode, reg);
    case 0xa: return groupTst(c, w, sz, mode, reg);
    case 0xc: return group4c(c, w, sz, mode, reg);
    case 0xe: return group4e(c, w, mode, reg);
    default: return bad();
  }
}

function unaryGroup(c: Cursor, w: number, sub: number, sz: number, mode: number, reg: number): Insn {
  if (sz === 3) {
    if (sub === 0 || sub === 6) {                          // move from sr / to sr: privileged
      const i = insn(Op.PRIV, 'movew', 2);       // src null: from %sr; dst null: to %sr
      if (sub === 0) i.dst = readEa(c, mode, reg, 2, DATA | ALT);
      else i.src = readEa(c, mode, reg, 2, DATA);
      i.illegal = 'privileged instruction';
      return i;
    }
    if (sub === 2) { const i = insn(Op.MOVE_FROM_CCR, 'movew', 2); i.dst = readEa(c, mode, reg, 2, DATA | ALT); return i; }
    const i = insn(Op.MOVE_TO_CCR, 'movew', 2); i.src = readEa(c, mode, reg, 2, DATA); return i;
  }
  const op = [Op.NEGX, Op.CLR, Op.NEG, Op.NOT][sub >> 1];
  const i = insn(op, ['negx', 'clr', 'neg', 'not'][sub >> 1] + SFX[sz], SIZES[sz]);
  i.dst = readEa(c, mode, reg, SIZES[sz], DATA | ALT);
  return i;
}

function group48(c: Cursor, w: number, sz: number, mode: number, reg: number): Insn {
  if (sz === 0) {
    if (mode === 1) { const i = insn(Op.LINK, 'linkl', 4); i.reg = reg + 8; i.n = c.long(); return i; }
    const i = insn(Op.NBCD, 'nbcd', 1); i.dst = readEa(c, mode, reg, 1, DATA | ALT); return i;
  }
  if (sz === 1) {
    if (mode === 0) { const i = insn(Op.SWAP, 'swap', 4); i.reg = reg; return i; }
    if (mode === 1) { const i = insn(Op.BKPT, 'bkpt', 0); i.n = reg; i.illegal = 'breakpoint instruction'; return i; }
    const i = insn(Op.PEA, 'pea', 4); i.src = readEa(c, mode, reg, 4, CTRL); return i;
  }
  if (mode === 0) { const i = insn(Op.EXT, sz === 2 ? 'extw' : 'extl', sz === 2 ? 2 : 4); i.reg = reg; return i; }
  return movem(c, w, sz === 2 ? 2 : 4, mode, reg, false);
}

function movem(c: Cursor, w: number, size: number, mode: number, reg: number, toRegs: boolean): Insn {
  const i = insn(Op.MOVEM, size === 2 ? 'movemw' : 'moveml', size);
  i.n = c.word(); i.flag = toRegs ? 1 : 0;
  const ok = toRegs ? mode === 3 || (mode >= 2 && mode !== 4) : mode === 4 || (mode >= 2 && mode !== 3);
  if (!ok) bad();
  const e = readEa(c, mode, reg, size, toRegs ? 0 : ALT);
  if (e.m === Mode.Imm || (toRegs && e.m === Mode.PreDec)) bad();
  if (!toRegs && (e.m === Mode.PcDisp || e.m === Mode.PcIndex)) bad();
  if (toRegs) i.src = e; else i.dst = e;
  return i;
}

function groupTst(c: Cursor, w: number, sz: number, mode: number, reg: number): Insn {
  if (sz === 3) {
    if (w === 0x4afc) { const i = insn(Op.ILLEGAL, 'illegal'); i.illegal = 'illegal instruction'; return i; }
    const i = insn(Op.TAS, 'tas', 1); i.dst = readEa(c, mode, reg, 1, DATA | ALT); return i;
  }
  const i = insn(Op.TST, 'tst' + SFX[sz], SIZES[sz]);
  i.dst = readEa(c, mode, reg, SIZES[sz], 0);
  if (i.dst.m === Mode.An && sz === 0) bad();
  return i;
}

function group4c(c: Cursor, w: number, sz: number, mode: number, reg: number): Insn {
  if (sz >= 2) return movem(c, w, sz === 2 ? 2 : 4, mode, reg, true);
  const ext = c.word();
  if (ext & 0x83f8) bad();
  const signed = (ext & 0x800) !== 0, wide = (ext & 0x400) !== 0;
  const dl = (ext >> 12) & 7, dh = ext & 7;
  if (sz === 0) {
    const i = insn(Op.MULL, signed ? 'mulsl' : 'mulul', 4);
    i.src = readEa(c, mode, reg, 4, DATA); i.reg = dl; i.reg2 = wide ? dh : -1; i.flag = (signed ? 1 : 0) | (wide ? 2 : 0);
    return i;
  }
  const i = insn(Op.DIVL, (signed ? 'divs' : 'divu') + (wide ? 'l' : 'll'), 4);
  i.src = readEa(c, mode, reg, 4, DATA); i.reg = dl; i.reg2 = dh; i.flag = (signed ? 1 : 0) | (wide ? 2 : 0);
  return i;
}

function group4e(c: Cursor, w: number, mode: number, reg: number): Insn {
  const sz = (w >> 6) & 3;
  if (sz === 2) { const i = insn(Op.JSR, 'jsr', 4); i.src = readEa(c, mode, reg, 4, CTRL); return i; }
  if (sz === 3) { const i = insn(Op.JMP, 'jmp', 4); i.src = readEa(c, mode, reg, 4, CTRL); return i; }
  if (sz === 0) bad();
  switch (mode) {
    case 0: case 1: { const i = insn(Op.TRAP, 'trap', 0); i.n = w & 15; return i; }
    case 2: { const i = insn(Op.LINK, 'linkw', 2); i.reg = reg + 8; i.n = c.sword(); return i; }
    case 3: { const i = insn(Op.UNLK, 'unlk', 0); i.reg = reg + 8; return i; }
    case 4: case 5: { const i = insn(Op.PRIV, 'movel', 4); i.reg = reg + 8; i.flag = mode === 5 ? 1 : 0; i.illegal = 'privileged instruction'; return i; }
  }
  switch (w) {
    case 0x4e71: return insn(Op.NOP, 'nop');
    case 0x4e75: return insn(Op.RTS, 'rts');
    case 0x4e76: return insn(Op.TRAPV, 'trapv');
    case 0x4e77: return insn(Op.RTR, 'rtr');
    case 0x4e74: { const i = insn(Op.RTD, 'rtd'); i.n = c.sword(); return i; }
    case 0x4e70: case 0x4e73: { const i = insn(Op.PRIV, w === 0x4e70 ? 'reset' : 'rte'); i.illegal = 'privileged instruction'; return i; }
    case 0x4e72: { const i = insn(Op.PRIV, 'stop'); i.n = c.word(); i.illegal = 'privileged instruction'; return i; }
  }
  return bad('movec/unimplemented');
}

function group5(c: Cursor, w: number): Insn {
  const sz = (w >> 6) & 3, mode = modeOf(w), reg = regOf(w);
  if (sz !== 3) {
    const size = SIZES[sz], sub = (w & 0x100) !== 0;
    const i = insn(sub ? Op.SUB : Op.ADD, (sub ? 'subq' : 'addq') + SFX[sz], size);
    i.src = mkEa(Mode.Imm, 0, reg9(w) || 8);
    i.dst = readEa(c, mode, reg, size, ALT);
    if (size === 1 && i.dst.m === Mode.An) bad();
    if (i.dst.m === Mode.An) { i.op = sub ? Op.SUBA : Op.ADDA; }
    return i;
  }
  const cond = (w >> 8) & 15;
  if (mode === 1) {
    const i = insn(Op.DBCC, 'db' + CONDS[cond], 2);
    i.cond = cond; i.reg = reg; const at = c.p; i.target = (at + c.sword()) | 0;
    return i;
  }
  if (mode === 7 && reg >= 2) {
    if (reg > 4) bad();
    const i = insn(Op.TRAPCC, 'trap' + CONDS[cond] + (reg === 2 ? 'w' : reg === 3 ? 'l' : ''), 0);
    i.cond = cond;
    if (reg === 2) i.src = mkEa(Mode.Imm, 0, c.sword());
    if (reg === 3) i.src = mkEa(Mode.Imm, 0, c.long());
    return i;
  }
  const i = insn(Op.SCC, 's' + CONDS[cond], 1);
  i.cond = cond; i.dst = readEa(c, mode, reg, 1, DATA | ALT);
  return i;
}

function group6(c: Cursor, w: number): Insn {
  const cond = (w >> 8) & 15;
  const at = c.p;
  let d = (w << 24) >> 24, sfx = 's';
  if (d === 0) { d = c.sword(); sfx = 'w'; }
  else if (d === -1) { d = c.long(); sfx = 'l'; }
  const op = cond === 1 ? Op.BSR : Op.BCC;
  const name = cond === 0 ? 'bra' : cond === 1 ? 'bsr' : 'b' + CONDS[cond];
  const i = insn(op, name + sfx, 0);
  i.cond = cond; i.target = (at + d) | 0;
  return i;
}

function groupOrDiv(c: Cursor, w: number): Insn {
  const opm = (w >> 6) & 7, mode = modeOf(w), reg = regOf(w);
  if (opm === 3 || opm === 7) {
    const signed = opm === 7;
    const i = insn(Op.DIVW, signed ? 'divsw' : 'divuw', 2);
    i.src = readEa(c, mode, reg, 2, DATA); i.dst = mkEa(Mode.Dn, reg9(w)); i.flag = signed ? 1 : 0;
    return i;
  }
  if ((w & 0x1f0) === 0x100) return bcd(w, Op.SBCD, 'sbcd');
  if ((w & 0x1f0) === 0x140 || (w & 0x1f0) === 0x180) {     // pack/unpk Dx,Dy,#adj or -(Ax),-(Ay),#adj
    const pack = (w & 0x1f0) === 0x140;
    const i = bcd(w, pack ? Op.PACK : Op.UNPK, pack ? 'pack' : 'unpk');
    i.n = c.sword();
    return i;
  }
  return aluDn(c, w, Op.OR, 'or', DATA);
}

function bcd(w: number, op: Op, name: string): Insn {
  const i = insn(op, name, 1);
  const mem = (w & 8) !== 0;
  i.src = mem ? mkEa(Mode.PreDec, (w & 7) + 8) : mkEa(Mode.Dn, w & 7);
  i.dst = mem ? mkEa(Mode.PreDec, reg9(w) + 8) : mkEa(Mode.Dn, reg9(w));
  return i;
}

/** <op> <ea>,Dn (opmode 0-2) or <op> Dn,<ea> (opmode 4-6). */
function aluDn(c: Cursor, w: number, op: Op, name: string, srcNeed: number): Insn {
  const opm = (w >> 6) & 7, sz = opm & 3, size = SIZES[sz];
  const i = insn(op, name + SFX[sz], size);
  const dn = mkEa(Mode.Dn, reg9(w));
  if (opm < 4) {
    i.src = readEa(c, modeOf(w), regOf(w), size, srcNeed);
    if (size === 1 && i.src.m === Mode.An) bad();
    i.dst = dn;
  } else {
    i.src = dn;
    i.dst = readEa(c, modeOf(w), regOf(w), size, op === Op.EOR ? DATA | ALT : MEM | ALT);
  }
  return i;
}

function groupAddSub(c: Cursor, w: number): Insn {
  const add = (w >>> 12) === 0xd, opm = (w >> 6) & 7;
  const name = add ? 'add' : 'sub';
  if (opm === 3 || opm === 7) {
    const size = opm === 3 ? 2 : 4;
    const i = insn(add ? Op.ADDA : Op.SUBA, name + 'a' + (size === 2 ? 'w' : 'l'), size);
    i.src = readEa(c, modeOf(w), regOf(w), size, 0); i.dst = mkEa(Mode.An, reg9(w) + 8);
    return i;
  }
  if (opm >= 4 && modeOf(w) <= 1) {
    const i = bcdLike(w, add ? Op.ADDX : Op.SUBX, name + 'x' + SFX[opm & 3]);
    i.size = SIZES[opm & 3];
    return i;
  }
  return aluDn(c, w, add ? Op.ADD : Op.SUB, name, 0);
}

function bcdLike(w: number, op: Op, name: string): Insn { return bcd(w, op, name); }

function groupCmpEor(c: Cursor, w: number): Insn {
  const opm = (w >> 6) & 7;
  if (opm === 3 || opm === 7) {
    const size = opm === 3 ? 2 : 4;
    const i = insn(Op.CMPA, 'cmpa' + (size === 2 ? 'w' : 'l'), size);
    i.src = readEa(c, modeOf(w), regOf(w), size, 0); i.dst = mkEa(Mode.An, reg9(w) + 8);
    return i;
  }
  if (opm < 3) return aluDn(c, w, Op.CMP, 'cmp', 0);
  if (modeOf(w) === 1) {
    const i = insn(Op.CMPM, 'cmpm' + SFX[opm & 3], SIZES[opm & 3]);
    i.src = mkEa(Mode.PostInc, regOf(w) + 8); i.dst = mkEa(Mode.PostInc, reg9(w) + 8);
    return i;
  }
  return aluDn(c, w, Op.EOR, 'eor', 0);
}

function groupAndMul(c: Cursor, w: number): Insn {
  const opm = (w >> 6) & 7, mode = modeOf(w);
  if (opm === 3 || opm === 7) {
    const signed = opm === 7;
    const i = insn(Op.MULW, signed ? 'mulsw' : 'muluw', 2);
    i.src = readEa(c, mode, regOf(w), 2, DATA); i.dst = mkEa(Mode.Dn, reg9(w)); i.flag = signed ? 1 : 0;
    return i;
  }
  if ((w & 0x1f0) === 0x100) return bcd(w, Op.ABCD, 'abcd');
  if (opm >= 5 && mode <= 1) {
    const k = w & 0x1f8;
    const i = insn(Op.EXG, 'exg', 4);
    if (k === 0x140) { i.reg = reg9(w); i.reg2 = regOf(w); }
    else if (k === 0x148) { i.reg = reg9(w) + 8; i.reg2 = regOf(w) + 8; }
    else if (k === 0x188) { i.reg = reg9(w); i.reg2 = regOf(w) + 8; }
    else bad();
    return i;
  }
  return aluDn(c, w, Op.AND, 'and', DATA);
}

/** bftst bfextu bfchg bfexts bfclr bfffo bfset bfins: `n` = extension word, `reg` = its Dn. */
function bitField(c: Cursor, w: number): Insn {
  const t = (w >> 8) & 7;
  const i = insn(Op.BITFIELD, ['bftst', 'bfextu', 'bfchg', 'bfexts', 'bfclr', 'bfffo', 'bfset', 'bfins'][t], 0);
  const ext = c.word();
  if (ext & 0x8000 || ((t & 1) === 0 && ext & 0x7000)) bad();       // bftst/bfchg/bfclr/bfset name no Dn
  i.cond = t; i.n = ext; i.reg = (ext >> 12) & 7;
  const mode = modeOf(w);
  const alterable = t === 2 || t === 4 || t === 6 || t === 7;
  i.dst = readEa(c, mode, regOf(w), 4, mode === 0 ? DATA : alterable ? CTRL | ALT : CTRL);
  return i;
}

function groupShift(c: Cursor, w: number): Insn {
  const sz = (w >> 6) & 3, left = (w & 0x100) !== 0;
  const names = ['as', 'ls', 'rox', 'ro'];
  if (sz === 3) {
    if (w & 0x800) return bitField(c, w);
    const t = (w >> 9) & 3;
    const i = insn(Op.SHIFT, names[t] + (left ? 'l' : 'r') + 'w', 2);
    i.cond = t; i.n = left ? 1 : 0; i.src = mkEa(Mode.Imm, 0, 1);
    i.dst = readEa(c, modeOf(w), regOf(w), 2, MEM | ALT);
    return i;
  }
  const t = (w >> 3) & 3, size = SIZES[sz];
  const i = insn(Op.SHIFT, names[t] + (left ? 'l' : 'r') + SFX[sz], size);
  i.cond = t; i.n = left ? 1 : 0;
  i.src = (w & 0x20) ? mkEa(Mode.Dn, reg9(w)) : mkEa(Mode.Imm, 0, reg9(w) || 8);
  i.dst = mkEa(Mode.Dn, regOf(w));
  return i;
}

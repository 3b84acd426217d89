// The 68020 disassembler: prints a decoded instruction exactly as `m68k-linux-gnu-objdump -d`
// does (MIT syntax: `movel %fp@(8),%d0`, `linkw %fp,#-16`, `bsrl 10074`). Addresses (branch
// targets, absolute and PC-relative operands) are printed as bare hex, i.e. objdump's text with
// `<symbol>` annotations dropped and `0x` prefixes removed. Illegal encodings: `.short 0xNNNN`.

import type { Disassembled, Mem } from '../types';
import { decode, Insn, Op } from './decode';
import { Ea, Mode, OBJDUMP_REG_NAMES } from './regs';

const R = (n: number): string => '%' + OBJDUMP_REG_NAMES[n & 15];
const hex = (v: number): string => (v >>> 0).toString(16);
/** objdump prints index displacements through a 64-bit address printer. */
const hex64 = (v: number): string => (v < 0 ? (BigInt(v) + (1n << 64n)).toString(16) : hex(v));

function indexText(e: Ea): string {
  const x = `${R(e.xr)}:${e.xl ? 'l' : 'w'}${e.sc ? ':' + (1 << e.sc) : ''}`;
  const pc = e.m === Mode.PcIndex;
  const base = pc ? '%pc' : R(e.r);
  const f = e.full;
  if (!f) return `${base}@(${pc ? hex(e.target ?? 0) : hex64(e.d)},${x})`;
  const b = f.baseSuppress ? (pc ? '%zpc' : '') : base;
  const bd = pc && !f.baseSuppress ? hex(e.target ?? 0) : hex64(e.d);
  const xi = f.indexSuppress ? '' : ',' + x;
  if (f.indirect === 0) return `${b}@(${bd}${xi})`;
  if (f.indirect === 1) return `${b}@(${bd}${xi})@(${hex64(f.od)})`;
  return `${b}@(${bd})@(${hex64(f.od)}${xi})`;
}

/** One operand in objdump's MIT syntax. */
export function eaText(e: Ea): string {
  switch (e.m) {
    case Mode.Dn: case Mode.An: return R(e.r);
    case Mode.Ind: return `${R(e.r)}@`;
    case Mode.PostInc: return `${R(e.r)}@+`;
    case Mode.PreDec: return `${R(e.r)}@-`;
    case Mode.Disp: return `${R(e.r)}@(${e.d})`;
    case Mode.Index: case Mode.PcIndex: return indexText(e);
    case Mode.AbsW: case Mode.AbsL: return hex(e.d);
    case Mode.PcDisp: return `%pc@(${hex(e.target ?? 0)})`;
    case Mode.Imm: return `#${e.d}`;
  }
}

/** A movem register mask (bit i = register i) as objdump prints it: `%d2-%d7/%a2-%a5`. */
export function regListText(mask: number): string {
  if (mask === 0) return '#0';
  const parts: string[] = [];
  for (let r = 0; r < 16; r++) {
    if (!(mask & (1 << r))) continue;
    const first = r;
    while (r + 1 < 16 && mask & (1 << (r + 1))) r++;
    parts.push(r > first ? `${R(first)}-${R(r)}` : R(first));
  }
  return parts.join('/');
}

const reverse16 = (m: number): number => { let o = 0; for (let i = 0; i < 16; i++) if (m & (1 << i)) o |= 0x8000 >>> i; return o; };

/** The operand text of a decoded instruction. */
export function operandsText(i: Insn): string {
  const two = (): string => `${eaText(i.src!)},${eaText(i.dst!)}`;
  switch (i.op) {
    case Op.ILLEGAL: return i.mn === '.short' ? '0x' + i.n.toString(16).padStart(4, '0') : '';
    case Op.NOP: case Op.RTS: case Op.RTR: case Op.TRAPV: return '';
    case Op.RTD: return `#${i.n}`;
    case Op.TRAP: return `#${i.n}`;
    case Op.BKPT: return `${i.n}`;
    case Op.TRAPCC: return i.src ? eaText(i.src) : '';
    case Op.LINK: return `${R(i.reg)},#${i.n}`;
    case Op.UNLK: case Op.EXT: case Op.EXTB: case Op.SWAP: return R(i.reg);
    case Op.EXG: return `${R(i.reg)},${R(i.reg2)}`;
    case Op.BCC: case Op.BSR: return hex(i.target);
    case Op.DBCC: return `${R(i.reg)},${hex(i.target)}`;
    case Op.LEA: case Op.MOVEA: case Op.MOVE: case Op.MOVEQ: return two();
    case Op.PEA: case Op.JSR: case Op.JMP: return eaText(i.src!);
    case Op.SCC: case Op.NEG: case Op.NEGX: case Op.NOT: case Op.CLR: case Op.TST: case Op.TAS: case Op.NBCD:
      return eaText(i.dst!);
    case Op.SHIFT: return i.dst!.m === Mode.Dn ? two() : eaText(i.dst!);
    case Op.MULL:
      return i.reg2 < 0 ? `${eaText(i.src!)},${R(i.reg)}` : `${eaText(i.src!)},${R(i.reg2)},${R(i.reg)}`;
    case Op.DIVL: return `${eaText(i.src!)},${R(i.reg2)},${R(i.reg)}`;
    case Op.MOVEM: {
      const e = i.flag ? i.src! : i.dst!;
      const mask = e.m === Mode.PreDec ? reverse16(i.n) : i.n;
      return i.flag ? `${eaText(e)},${regListText(mask)}` : `${regListText(mask)},${eaText(e)}`;
    }
    case Op.MOVE_FROM_CCR: return `%ccr,${eaText(i.dst!)}`;
    case Op.MOVE_TO_CCR: return `${eaText(i.src!)},%ccr`;
    case Op.CCR_IMM: return `${eaText(i.src!)},%ccr`;
    case Op.PRIV: return privText(i);
    case Op.MOVEP: return two();
    case Op.CMP2: return `${eaText(i.src!)},${R(i.reg)}`;
    case Op.PACK: case Op.UNPK: return `${two()},#${i.n}`;
    case Op.CAS: return `${R(i.reg)},${R(i.reg2)},${eaText(i.dst!)}`;
    case Op.BITFIELD: {
      const off = i.n & 0x800 ? R((i.n >> 6) & 7) : String((i.n >> 6) & 31);
      const wid = i.n & 0x20 ? R(i.n & 7) : String(i.n & 31);     // objdump prints width 32 as 0
      const field = `${eaText(i.dst!)},${off},${wid}`;
      if (i.cond === 7) return `${R(i.reg)},${field}`;
      return i.cond === 1 || i.cond === 3 || i.cond === 5 ? `${field},${R(i.reg)}` : field;
    }
    default: return two();
  }
}

function privText(i: Insn): string {
  switch (i.mn) {
    case 'movew': return i.src ? `${eaText(i.src)},%sr` : `%sr,${eaText(i.dst!)}`;
    case 'movel': return i.flag ? `%usp,${R(i.reg)}` : `${R(i.reg)},%usp`;
    case 'stop': return `#${i.n}`;
    case 'oriw': case 'andiw': case 'eoriw': return `${eaText(i.src!)},%sr`;
    default: return '';
  }
}

/** Disassemble a decoded instruction. */
export function formatInsn(i: Insn): Disassembled {
  const out: Disassembled = { length: i.len, mnemonic: i.mn, operands: operandsText(i) };
  if (i.op === Op.BCC || i.op === Op.BSR || i.op === Op.DBCC) out.target = i.target >>> 0;
  if (i.op === Op.ILLEGAL) out.illegal = true;
  return out;
}

/** Disassemble the instruction at `addr` (unmapped memory: an illegal 2-byte `.short`). */
export function disassemble(mem: Mem, addr: number): Disassembled {
  let i: Insn;
  try {
    i = decode((a) => mem.fetch16(a), addr);
  } catch {
    return { length: 2, mnemonic: '.short', operands: '0x0000', illegal: true };
  }
  return formatInsn(i);
}

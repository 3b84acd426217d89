// Motorola 68020 registers and operand addressing modes: the names users see, the register
// numbering shared by the encoder, decoder, disassembler and CPU (0-7 = d0-d7, 8-15 = a0-a7),
// and the effective-address operand record (`Ea`) that encoder and decoder both speak.

import type { RegisterInfo } from '../types';

/** Register numbers: data registers 0-7, address registers 8-15 (a6 = fp, a7 = sp). */
export const D0 = 0, D1 = 1, D2 = 2, D3 = 3, D4 = 4, D5 = 5, D6 = 6, D7 = 7;
export const A0 = 8, A1 = 9, A2 = 10, A3 = 11, A4 = 12, A5 = 13, FP = 14, SP = 15;

/** Names as objdump prints them (without the `%`): a6 is `fp`, a7 is `sp`. */
export const OBJDUMP_REG_NAMES = [
  'd0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7',
  'a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'fp', 'sp',
];

/** Names shown to users (RegisterInfo order): a6 is called `a6` (the frame pointer) and a7 `sp`. */
export const REG_NAMES = [
  'd0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7',
  'a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'sp',
];

export const REGISTERS: RegisterInfo[] = [
  ...REG_NAMES.map((name, i): RegisterInfo => ({
    name, bits: 32, role: i === FP ? 'fp' : i === SP ? 'sp' : 'gpr',
  })),
  { name: 'pc', bits: 32, role: 'pc' },
  { name: 'ccr', bits: 8, role: 'flags', fields: [{ name: 'X', bit: 4 }, { name: 'N', bit: 3 }, { name: 'Z', bit: 2 }, { name: 'V', bit: 1 }, { name: 'C', bit: 0 }] },
];

/** Register number of a name (`d3`, `a6`, `fp`, `a7`, `sp`), or -1. */
export function regNumber(name: string): number {
  const n = name.toLowerCase().replace(/^%/, '');
  if (n === 'fp') return FP;
  if (n === 'sp' || n === 'a7') return SP;
  const m = /^([da])([0-7])$/.exec(n);
  if (!m) return -1;
  return (m[1] === 'a' ? 8 : 0) + Number(m[2]);
}

/** Addressing modes (our own numbering; the 6-bit mode/register field is built by the encoder). */
export enum Mode {
  Dn, An, Ind, PostInc, PreDec, Disp, Index, AbsW, AbsL, PcDisp, PcIndex, Imm,
}

/**
 * An effective-address operand.
 * - `r`: register number (0-15) for register modes;
 * - `d`: displacement (Disp, Index, PcDisp, PcIndex), address (AbsW/AbsL) or immediate value (Imm);
 *   for PC-relative modes the decoder stores the displacement, and `target` holds the resolved
 *   base address (extension word address + displacement);
 * - `xr`/`xl`/`sc`: index register, long index (else word, sign-extended), scale shift 0-3;
 * - `full`: the 68020 full extension word form (base/outer displacement, memory indirection).
 */
export interface Ea {
  m: Mode;
  r: number;
  d: number;
  xr: number;
  xl: boolean;
  sc: number;
  target?: number;
  full?: FullIndex;
}

/** 68020 full-format index extension (decoded; `indirect`: 0 none, 1 pre-indexed, 2 post-indexed). */
export interface FullIndex {
  baseSuppress: boolean;
  indexSuppress: boolean;
  bdSize: number;          // 1 null, 2 word, 3 long
  od: number;
  odSize: number;          // 0 (no memory indirection), 1 null, 2 word, 3 long
  indirect: 0 | 1 | 2;
}

const ea = (m: Mode, r = 0, d = 0): Ea => ({ m, r, d, xr: 0, xl: true, sc: 0 });
export const dreg = (n: number): Ea => ea(Mode.Dn, n & 7);
export const areg = (n: number): Ea => ea(Mode.An, (n & 7) + 8);
export const ind = (an: number): Ea => ea(Mode.Ind, an);
export const postinc = (an: number): Ea => ea(Mode.PostInc, an);
export const predec = (an: number): Ea => ea(Mode.PreDec, an);
export const disp = (an: number, d: number): Ea => ea(Mode.Disp, an, d);
export const absL = (addr: number): Ea => ea(Mode.AbsL, 0, addr);
export const absW = (addr: number): Ea => ea(Mode.AbsW, 0, addr);
export const imm = (v: number): Ea => ea(Mode.Imm, 0, v);
export const pcdisp = (d: number): Ea => ea(Mode.PcDisp, 0, d);
export function index(an: number, d: number, xr: number, xl = true, sc = 0): Ea {
  return { m: Mode.Index, r: an, d, xr, xl, sc };
}
export function pcindex(d: number, xr: number, xl = true, sc = 0): Ea {
  return { m: Mode.PcIndex, r: 0, d, xr, xl, sc };
}

/** Condition codes in encoding order (bits 11-8 of Bcc/Scc/DBcc). */
export const CONDS = ['t', 'f', 'hi', 'ls', 'cc', 'cs', 'ne', 'eq', 'vc', 'vs', 'pl', 'mi', 'ge', 'lt', 'gt', 'le'];
export const enum Cond {
  T = 0, F = 1, HI = 2, LS = 3, CC = 4, CS = 5, NE = 6, EQ = 7,
  VC = 8, VS = 9, PL = 10, MI = 11, GE = 12, LT = 13, GT = 14, LE = 15,
}

// Encodings the decoder shows (objdump text) but the CPU does not execute (`Op.UNSUP`): string
// instructions with their rep prefixes, moffs `movabs`, `movsxd`, `ret $imm16`, `enter`, `bts`/
// `btr`/`btc`, `shld`/`shrd`, `cmpxchg` and `xadd`. They make the Disassembly view of foreign or
// hand-written code readable; Shuttle's backend never emits them.

import { Decoder, Op, set, type Insn } from './decoder';
import { hex64, imm, reg, SUFFIX } from './format';

const STR_SRC = '%ds:(%rsi)', STR_DST = '%es:(%rdi)';

/** One-byte opcodes; false when `b` is not one of them. */
export function moreOneByte(d: Decoder, i: Insn, b: number): boolean {
  if (b >= 0xa4 && b <= 0xaf && b !== 0xa8 && b !== 0xa9) { stringOp(d, i, b); return true; }
  switch (b) {
    case 0x63: {   // movsxd without REX.W
      d.modrm();
      const s = d.opsz ? 2 : 4;
      unsup(i, s, 'movsxd', `${d.E(4)},${d.G(s)}`);
      return true;
    }
    case 0xc2: { const n = d.u16(); unsup(i, 8, d.opsz ? 'retw' : 'ret', imm(n, 2)); return true; }
    case 0xc8: { const n = d.u16(), l = d.u8(); unsup(i, 8, d.opsz ? 'enterw' : 'enter', `${imm(n, 2)},${imm(l, 1)}`); return true; }
    case 0xa0: case 0xa1: case 0xa2: case 0xa3: {
      const size = b & 1 ? d.vsize() : 1;
      const lo = d.s32(), hi = d.addr32 ? 0 : d.s32();
      const addr = hex64(lo, hi);
      unsup(i, size, 'movabs', b < 0xa2 ? `${addr},${reg(0, size)}` : `${reg(0, size)},${addr}`);
      return true;
    }
  }
  return false;
}

/** movs/cmps/stos/lods/scas (a4-af) with rep/repz/repnz. */
function stringOp(d: Decoder, i: Insn, b: number): void {
  const size = b & 1 ? d.vsize() : 1, acc = reg(0, size);
  const kind = (b - 0xa4) >> 1;   // 0 movs, 1 cmps, 3 stos, 4 lods, 5 scas
  const names = ['movs', 'cmps', '', 'stos', 'lods', 'scas'];
  const repeats = kind === 1 || kind === 5;
  const rep = d.rep === '' ? '' : d.rep === 'repnz' ? 'repnz ' : repeats ? 'repz ' : 'rep ';
  d.rep = '';
  let mn = names[kind], ops: string;
  if (kind === 0) { mn += SUFFIX[size]; ops = `${STR_SRC},${STR_DST}`; }
  else if (kind === 1) { mn += SUFFIX[size]; ops = `${STR_DST},${STR_SRC}`; }
  else if (kind === 3) ops = `${acc},${STR_DST}`;
  else if (kind === 4) ops = `${STR_SRC},${acc}`;
  else ops = `${STR_DST},${acc}`;
  unsup(i, size, rep + mn, ops);
}

/** 0f-prefixed opcodes; false when `b` is not one of them. */
export function moreTwoByte(d: Decoder, i: Insn, b: number): boolean {
  switch (b) {
    case 0xab: case 0xb3: case 0xbb: {
      d.modrm();
      const s = d.vsize();
      unsup(i, s, b === 0xab ? 'bts' : b === 0xb3 ? 'btr' : 'btc', `${d.G(s)},${d.E(s)}`);
      return true;
    }
    case 0xa4: case 0xa5: case 0xac: case 0xad: {
      d.modrm();
      const s = d.vsize(), count = b & 1 ? '%cl' : imm(d.u8(), 1);
      unsup(i, s, b < 0xac ? 'shld' : 'shrd', `${count},${d.G(s)},${d.E(s)}`);
      return true;
    }
    case 0xb0: case 0xb1: case 0xc0: case 0xc1: {
      d.modrm();
      const s = b & 1 ? d.vsize() : 1;
      unsup(i, s, b < 0xc0 ? 'cmpxchg' : 'xadd', `${d.G(s)},${d.E(s)}`);
      return true;
    }
  }
  return false;
}

/** f3 0f xx encodings that are instructions of their own: endbr64/endbr32 (executed as nops),
 *  popcnt, tzcnt, lzcnt (shown only). False when `b` is not one of them. */
export function repzTwoByte(d: Decoder, i: Insn, b: number): boolean {
  if (b === 0x1e) {
    const save = d.p, m = d.u8();
    if (m === 0xfa || m === 0xfb) { set(i, Op.NOP, 4, m === 0xfa ? 'endbr64' : 'endbr32', ''); return true; }
    d.p = save;
    return false;
  }
  if (b !== 0xb8 && b !== 0xbc && b !== 0xbd) return false;
  d.modrm();
  const s = d.vsize();
  unsup(i, s, b === 0xb8 ? 'popcnt' : b === 0xbc ? 'tzcnt' : 'lzcnt', `${d.E(s)},${d.G(s)}`);
  return true;
}

/** Far call/jump through memory (ff /3, ff /5), after decode.ts read the ModRM byte. */
export function farBranch(d: Decoder, i: Insn, k: number): boolean {
  if (!d.o.isMem) return false;
  unsup(i, 8, (k === 3 ? 'lcall' : 'ljmp') + (d.opsz ? 'w' : ''), '*' + d.E(8));
  return true;
}

/** bts/btr/btc with an immediate (0f ba /5-/7), after decode.ts read the ModRM byte. */
export function btImmediate(d: Decoder, i: Insn, k: number): void {
  const s = d.vsize(), n = d.u8();
  const mn = ['bts', 'btr', 'btc'][k - 5];
  unsup(i, s, d.o.isMem ? mn + SUFFIX[s] : mn, `${imm(n, 1)},${d.E(s)}`);
}

function unsup(i: Insn, size: number, mn: string, ops: string): void {
  set(i, Op.UNSUP, size, mn, ops);
}

// The x86-64 instruction decoder: legacy prefixes (66, 67, F2/F3, segments), REX, the one-byte and
// 0F opcode maps of the integer instructions, ModRM/SIB/displacement/immediate. Produces an `Insn`
// record that the CPU executes (and caches per address) and that carries objdump's AT&T text for
// the disassembler. Encodings outside the decoded set give `Op.BAD` (shown as `(bad)`); decoded
// instructions the CPU does not execute give `Op.UNSUP`.

import { CONDS } from './regs';
import { hex64, imm, reg, SUFFIX } from './format';
import { bad, Bad, blank, Decoder, Op, set, type Fetch8, type Insn } from './decoder';
import { btImmediate, farBranch, moreOneByte, moreTwoByte, repzTwoByte } from './decode-more';

export { Op, type Insn, type Fetch8 } from './decoder';

const ALU = ['add', 'or', 'adc', 'sbb', 'and', 'sub', 'xor', 'cmp'];
const SHIFTS = ['rol', 'ror', 'rcl', 'rcr', 'shl', 'shr', 'shl', 'sar'];
const GRP3 = ['test', 'test', 'not', 'neg', 'mul', 'imul', 'div', 'idiv'];
const FLAGOPS: Record<number, string> = { 0xf5: 'cmc', 0xf8: 'clc', 0xf9: 'stc', 0xfc: 'cld', 0xfd: 'std' };

/** Decode the instruction at `pc`. Never throws for bad encodings (fetch faults propagate). */
export function decode(f: Fetch8, pc: number): Insn {
  const d = new Decoder(pc, f);
  const i = blank();
  try {
    body(d, i);
  } catch (e) {
    if (!(e instanceof Bad)) throw e;
    return blank();
  }
  i.len = d.p - pc;
  const o = d.o;
  i.isMem = o.isMem;
  const byteRm = i.size === 1 || ((i.op === Op.MOVZX || i.op === Op.MOVSX) && i.ssize === 1);
  i.rm = byteRm ? d.b8(o.rm) : o.rm;
  i.base = o.base; i.index = o.index; i.scale = o.scale;
  i.disp = o.rip ? (pc + i.len + o.disp) | 0 : o.disp;
  if (i.op === Op.JCC || i.op === Op.JMP || i.op === Op.CALL || i.ssize === 16) branchTarget(i, pc);
  if ((d.seg === 'fs' || d.seg === 'gs') && i.op !== Op.NOP) { i.seg = d.seg; i.op = Op.UNSUP; }
  if (d.addr32 && i.op !== Op.NOP) i.op = Op.UNSUP;
  if (d.rep) repPrefix(d, i);
  if (d.lock) { i.mn = 'lock ' + i.mn; i.op = Op.UNSUP; }
  return i;
}

/** f2/f3 on a non-string instruction: objdump's `repz`/`repnz` (or MPX `bnd` on branches) prefix
 *  word; not executed, except `pause` and `repz ret`, whose mnemonics already say it. */
function repPrefix(d: Decoder, i: Insn): void {
  if ((d.opcode === 0x90 || d.opcode === 0xc3) && d.rep === 'repz') return;
  if (d.opcode === 0x90 && !(d.rex & 1)) { i.mn = `${d.rep} ${i.mn}`; return; }   // still a nop
  const branch = i.op === Op.RET || i.op === Op.CALL || i.op === Op.JMP || i.op === Op.JCC || i.op === Op.CALL_RM || i.op === Op.JMP_RM;
  i.mn = `${d.rep === 'repnz' && branch ? 'bnd' : d.rep} ${i.mn}`;
  i.op = Op.UNSUP;
}

/** The absolute target of a relative branch; objdump prints it as a 64-bit (or 16-bit) address. */
function branchTarget(i: Insn, pc: number): void {
  let t = pc + i.len + i.imm;
  if (i.ssize === 16) t &= 0xffff;
  i.target = t >>> 0;
  i.ops = t < 0 ? (BigInt(t) + (1n << 64n)).toString(16) : t.toString(16);
}

/** objdump's name of a REX prefix that has no effect: `rex`, `rex.W`, `rex.WRX`… */
function rexName(rex: number): string {
  const bits = (rex & 8 ? 'W' : '') + (rex & 4 ? 'R' : '') + (rex & 2 ? 'X' : '') + (rex & 1 ? 'B' : '');
  return bits ? `rex.${bits}` : 'rex';
}

/** Prefixes, then the opcode maps. */
function body(d: Decoder, i: Insn): void {
  let b = d.u8();
  for (;;) {
    if (b === 0x66) { d.opsz = true; d.n66++; }
    else if (b === 0x67) d.addr32 = true;
    else if (b === 0xf2 || b === 0xf3) d.rep = b === 0xf3 ? 'repz' : 'repnz';
    else if (b === 0x2e || b === 0x3e || b === 0x26 || b === 0x36) d.seg = ({ 0x2e: 'cs', 0x3e: 'ds', 0x26: 'es', 0x36: 'ss' } as Record<number, string>)[b];
    else if (b === 0x64 || b === 0x65) d.seg = b === 0x64 ? 'fs' : 'gs';
    else if (b === 0xf0) d.lock = true;
    else break;
    b = d.u8();
  }
  if ((b & 0xf0) === 0x40) { d.rex = b; b = d.u8(); }
  d.opcode = b;
  if (b === 0x0f) twoByte(d, i, d.u8());
  else oneByte(d, i, b);
  i.reg = i.size === 1 ? d.b8(d.regf) : d.regf;
}

function oneByte(d: Decoder, i: Insn, b: number): void {
  if (b < 0x40) {
    if ((b & 7) >= 6) bad();
    aluOp(d, i, b >> 3, b & 7);
    return;
  }
  const hi = b >> 4;
  if (hi === 5) {   // push/pop r64
    const size = d.dsize();
    d.regf = (b & 7) | ((d.rex & 1) << 3);
    set(i, b < 0x58 ? Op.PUSH_R : Op.POP_R, size, b < 0x58 ? 'push' : 'pop', reg(d.regf, size));
    if (size !== 8) i.op = Op.UNSUP;
    return;
  }
  if (hi === 7) { i.imm = d.s8(); i.cond = b & 15; set(i, Op.JCC, 8, 'j' + CONDS[b & 15], ''); word16(d, i, ''); return; }
  if (hi === 0xb) { movImm(d, i, b); return; }
  if (b >= 0x91 && b <= 0x97) {
    const size = d.vsize();
    d.regf = (b & 7) | ((d.rex & 1) << 3);
    d.o.isMem = false; d.o.rm = 0;
    set(i, Op.XCHG, size, 'xchg', `${reg(0, size)},${reg(d.regf, size)}`);
    return;
  }
  misc(d, i, b);
}

/** The eight ALU operations (add…cmp), forms 0-5 of each row. */
function aluOp(d: Decoder, i: Insn, kind: number, form: number): void {
  i.cond = kind;
  const size = form & 1 ? d.vsize() : 1;
  if (form < 4) {
    d.modrm();
    if (form < 2) set(i, Op.ALU_RM_R, size, ALU[kind], `${d.G(size)},${d.E(size)}`);
    else set(i, Op.ALU_R_RM, size, ALU[kind], `${d.E(size)},${d.G(size)}`);
    return;
  }
  i.imm = size === 1 ? d.s8() : d.immz(size);
  d.o.isMem = false; d.o.rm = 0;
  set(i, Op.ALU_RM_I, size, ALU[kind], `${imm(i.imm, size)},${reg(0, size)}`);
}

function movImm(d: Decoder, i: Insn, b: number): void {
  d.o.isMem = false;
  d.o.rm = (b & 7) | ((d.rex & 1) << 3);
  if (b < 0xb8) {
    i.imm = d.u8();
    set(i, Op.MOV_RM_I, 1, 'mov', `${imm(i.imm, 1)},${reg(d.b8(d.o.rm), 1)}`);
    return;
  }
  const size = d.vsize();
  if (size === 8) {
    i.imm = d.s32(); i.immHi = d.s32();
    set(i, Op.MOV_R_I, 8, 'movabs', `$${hex64(i.imm, i.immHi)},${reg(d.o.rm, 8)}`);
    return;
  }
  i.imm = size === 2 ? d.u16() : d.s32();
  set(i, Op.MOV_RM_I, size, 'mov', `${imm(i.imm, size)},${reg(d.o.rm, size)}`);
}

/** `mn` with the size suffix when the r/m operand is memory (objdump's rule for ops with no register). */
function sfx(d: Decoder, mn: string, size: number): string {
  return d.o.isMem ? mn + SUFFIX[size] : mn;
}

function misc(d: Decoder, i: Insn, b: number): void {
  switch (b) {
    case 0x63: {
      if (!d.w) { if (!moreOneByte(d, i, b)) bad(); return; }
      d.modrm();
      i.ssize = 4;
      set(i, Op.MOVSX, 8, 'movslq', `${d.E(4)},${d.G(8)}`);
      return;
    }
    case 0x68: case 0x6a: {
      const size = d.dsize();
      i.imm = b === 0x6a ? d.s8() : d.immz(size);
      set(i, Op.PUSH_I, size, size === 8 ? 'push' : 'pushw', imm(i.imm, size));
      if (size !== 8) i.op = Op.UNSUP;
      return;
    }
    case 0x69: case 0x6b: {
      d.modrm();
      const size = d.vsize();
      i.imm = b === 0x6b ? d.s8() : d.immz(size);
      set(i, Op.IMUL3, size, 'imul', `${imm(i.imm, size)},${d.E(size)},${d.G(size)}`);
      return;
    }
    case 0x80: case 0x81: case 0x83: {
      d.modrm();
      const size = b === 0x80 ? 1 : d.vsize();
      i.imm = b === 0x81 ? d.immz(size) : d.s8();
      i.cond = d.regf & 7;
      set(i, Op.ALU_RM_I, size, sfx(d, ALU[i.cond], size), `${imm(i.imm, size)},${d.E(size)}`);
      return;
    }
    case 0x84: case 0x85: case 0x86: case 0x87: case 0x88: case 0x89: case 0x8a: case 0x8b: {
      d.modrm();
      const size = b & 1 ? d.vsize() : 1;
      const op = b < 0x86 ? Op.TEST_RM_R : b < 0x88 ? Op.XCHG : b < 0x8a ? Op.MOV_RM_R : Op.MOV_R_RM;
      const mn = b < 0x86 ? 'test' : b < 0x88 ? 'xchg' : 'mov';
      set(i, op, size, mn, b < 0x8a ? `${d.G(size)},${d.E(size)}` : `${d.E(size)},${d.G(size)}`);
      return;
    }
    case 0x8d: {
      d.modrm();
      if (!d.o.isMem) bad();
      const size = d.vsize();
      set(i, Op.LEA, size, 'lea', `${d.E(size)},${d.G(size)}`);
      return;
    }
    case 0x8f: {
      d.modrm();
      if ((d.regf & 7) !== 0) bad();
      const size = d.dsize();
      set(i, d.o.isMem ? Op.POP_RM : Op.POP_R, size, size === 2 && d.o.isMem ? 'popw' : 'pop', d.E(size));
      if (!d.o.isMem) d.regf = d.o.rm;
      if (size !== 8) i.op = Op.UNSUP;
      return;
    }
    case 0x90:
      if (d.rex & 1) { d.regf = 8; d.o.isMem = false; d.o.rm = 0; const s = d.vsize(); set(i, Op.XCHG, s, 'xchg', `${reg(0, s)},${reg(8, s)}`); return; }
      if (d.rep === 'repz') { set(i, Op.NOP, 4, 'pause', ''); return; }
      if (d.opsz) { const s = d.vsize(); set(i, Op.NOP, s, 'xchg', `${reg(0, s)},${reg(0, s)}`); return; }
      set(i, Op.NOP, 4, d.rex ? `${rexName(d.rex)} nop` : 'nop', '');   // objdump shows the unused REX
      return;
    case 0x98: { const s = d.vsize(); set(i, Op.CONV_A, s, s === 8 ? 'cltq' : s === 4 ? 'cwtl' : 'cbtw', ''); return; }
    case 0x99: { const s = d.vsize(); set(i, Op.CONV_D, s, s === 8 ? 'cqto' : s === 4 ? 'cltd' : 'cwtd', ''); return; }
    case 0x9c: case 0x9d:
      if (d.rex & 8) bad();
      set(i, b === 0x9c ? Op.PUSHF : Op.POPF, d.dsize(), (b === 0x9c ? 'pushf' : 'popf') + (d.opsz ? 'w' : ''), '');
      if (d.opsz) i.op = Op.UNSUP;
      return;
    case 0xa8: case 0xa9: {
      const size = b === 0xa8 ? 1 : d.vsize();
      i.imm = size === 1 ? d.u8() : d.immz(size);
      d.o.isMem = false; d.o.rm = 0;
      set(i, Op.TEST_RM_I, size, 'test', `${imm(i.imm, size)},${reg(0, size)}`);
      return;
    }
    case 0xc0: case 0xc1: case 0xd0: case 0xd1: case 0xd2: case 0xd3: shiftOp(d, i, b); return;
    case 0xc3: set(i, Op.RET, 8, d.rep === 'repz' ? 'repz ret' : 'ret', ''); word16(d, i, 'w'); return;
    case 0xc6: case 0xc7: {
      d.modrm();
      if ((d.regf & 7) !== 0) bad();
      const size = b === 0xc6 ? 1 : d.vsize();
      i.imm = size === 1 ? d.u8() : d.immz(size);
      set(i, Op.MOV_RM_I, size, sfx(d, 'mov', size), `${imm(i.imm, size)},${d.E(size)}`);
      return;
    }
    case 0xc9: set(i, Op.LEAVE, 8, 'leave', ''); word16(d, i, 'w'); return;
    case 0xcc: set(i, Op.INT3, 8, 'int3', ''); return;
    case 0xe8: case 0xe9: case 0xeb:
      i.imm = b === 0xeb ? d.s8() : d.opsz ? (d.u16() << 16) >> 16 : d.s32();
      set(i, b === 0xe8 ? Op.CALL : Op.JMP, 8, b === 0xe8 ? 'call' : 'jmp', '');
      word16(d, i, 'w');
      return;
    case 0xf4: set(i, Op.HLT, 8, 'hlt', ''); return;
    case 0xf6: case 0xf7: grp3(d, i, b === 0xf6 ? 1 : d.vsize()); return;
    case 0xfe: case 0xff: grp45(d, i, b); return;
  }
  if (FLAGOPS[b]) { i.cond = b; set(i, Op.FLAGOP, 8, FLAGOPS[b], ''); return; }
  if (!moreOneByte(d, i, b)) bad();
}

/** A 66-prefixed control transfer: 16-bit operand size (decoded for display, not executed). */
function word16(d: Decoder, i: Insn, suffix: string): void {
  if (!d.opsz) return;
  i.mn += suffix;
  if (i.op === Op.JCC || i.op === Op.JMP || i.op === Op.CALL) i.ssize = 16;
  i.op = Op.UNSUP;
}

function shiftOp(d: Decoder, i: Insn, b: number): void {
  d.modrm();
  const size = b & 1 ? d.vsize() : 1;
  i.cond = d.regf & 7;
  const mn = sfx(d, SHIFTS[i.cond], size);
  if (b < 0xd0) {
    i.imm = d.u8(); i.ssize = 2;
    set(i, Op.SHIFT, size, mn, `${imm(i.imm, 1)},${d.E(size)}`);
  } else if (b < 0xd2) {
    i.ssize = 0; i.imm = 1;
    set(i, Op.SHIFT, size, mn, d.E(size));
  } else {
    i.ssize = 1;
    set(i, Op.SHIFT, size, mn, `%cl,${d.E(size)}`);
  }
}

function grp3(d: Decoder, i: Insn, size: number): void {
  d.modrm();
  const k = d.regf & 7;
  if (k < 2) {
    i.imm = size === 1 ? d.u8() : d.immz(size);
    set(i, Op.TEST_RM_I, size, sfx(d, 'test', size), `${imm(i.imm, size)},${d.E(size)}`);
    return;
  }
  const ops = [0, 0, Op.NOT, Op.NEG, Op.MUL1, Op.IMUL1, Op.DIV, Op.IDIV];
  set(i, ops[k], size, sfx(d, GRP3[k], size), d.E(size));
}

function grp45(d: Decoder, i: Insn, b: number): void {
  d.modrm();
  const k = d.regf & 7;
  if (k < 2) {
    const size = b === 0xfe ? 1 : d.vsize();
    set(i, k === 0 ? Op.INC : Op.DEC, size, sfx(d, k === 0 ? 'inc' : 'dec', size), d.E(size));
    return;
  }
  if (b === 0xfe) bad();
  if (k === 2 || k === 4) {
    const call = k === 2, size = d.dsize();
    set(i, call ? Op.CALL_RM : Op.JMP_RM, size, call ? 'call' : 'jmp', '*' + d.E(size));
    word16(d, i, d.o.isMem ? 'w' : '');
    return;
  }
  if (k === 6) {
    const size = d.dsize();
    set(i, Op.PUSH_RM, size, size === 2 && d.o.isMem ? 'pushw' : 'push', d.E(size));
    if (size !== 8) i.op = Op.UNSUP;
    return;
  }
  if ((k === 3 || k === 5) && farBranch(d, i, k)) return;
  bad();
}

function twoByte(d: Decoder, i: Insn, b: number): void {
  if (d.rep === 'repz' && repzTwoByte(d, i, b)) { d.rep = ''; return; }
  const hi = b >> 4;
  if (hi === 8) { i.imm = d.opsz ? (d.u16() << 16) >> 16 : d.s32(); i.cond = b & 15; set(i, Op.JCC, 8, 'j' + CONDS[b & 15], ''); word16(d, i, ''); return; }
  if (hi === 9) {
    d.modrm(); i.cond = b & 15;
    set(i, Op.SETCC, 1, 'set' + CONDS[b & 15], d.E(1));
    return;
  }
  if (hi === 4) {
    d.modrm(); i.cond = b & 15;
    const size = d.vsize();
    set(i, Op.CMOVCC, size, 'cmov' + CONDS[b & 15], `${d.E(size)},${d.G(size)}`);
    return;
  }
  if (b >= 0xc8 && b <= 0xcf) {
    const size = d.vsize();
    d.regf = (b & 7) | ((d.rex & 1) << 3);
    set(i, size === 2 ? Op.UNSUP : Op.BSWAP, size, 'bswap', reg(d.regf, size));   // 16-bit: undefined
    return;
  }
  switch (b) {
    case 0x05: set(i, Op.SYSCALL, 8, 'syscall', ''); return;
    case 0x0b: set(i, Op.UD2, 8, 'ud2', ''); return;
    case 0x1e: case 0x1f: {   // hint nops
      d.modrm();
      const size = d.vsize(), seg = d.o.seg;
      d.o.seg = '';
      set(i, Op.NOP, size, 'data16 '.repeat(Math.max(0, d.n66 - 1)) + (seg ? seg + ' ' : '') + 'nop' + SUFFIX[size], d.E(size));
      if (!d.o.isMem) i.mn = 'nop';
      return;
    }
    case 0xa2: set(i, Op.UNSUP, 8, 'cpuid', ''); return;
    case 0xa3: { d.modrm(); const s = d.vsize(); set(i, Op.BT_RM_R, s, 'bt', `${d.G(s)},${d.E(s)}`); return; }
    case 0xaf: { d.modrm(); const s = d.vsize(); set(i, Op.IMUL2, s, 'imul', `${d.E(s)},${d.G(s)}`); return; }
    case 0xb6: case 0xb7: case 0xbe: case 0xbf: {
      d.modrm();
      const ss = b & 1 ? 2 : 1, size = d.vsize();
      i.ssize = ss;
      const mn = (b < 0xb8 ? 'movz' : 'movs') + SUFFIX[ss] + SUFFIX[size];
      set(i, b < 0xb8 ? Op.MOVZX : Op.MOVSX, size, mn, `${d.E(ss)},${d.G(size)}`);
      return;
    }
    case 0xba: {
      d.modrm();
      if ((d.regf & 7) > 4) { btImmediate(d, i, d.regf & 7); return; }
      if ((d.regf & 7) !== 4) bad();
      const s = d.vsize();
      i.imm = d.u8();
      set(i, Op.BT_RM_I, s, sfx(d, 'bt', s), `${imm(i.imm, 1)},${d.E(s)}`);
      return;
    }
    case 0xbc: case 0xbd: {
      d.modrm();
      const s = d.vsize();
      set(i, b === 0xbc ? Op.BSF : Op.BSR, s, b === 0xbc ? 'bsf' : 'bsr', `${d.E(s)},${d.G(s)}`);
      return;
    }
  }
  if (!moreTwoByte(d, i, b)) bad();
}


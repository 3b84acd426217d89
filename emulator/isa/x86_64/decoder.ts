// The x86-64 decoder's building blocks: the `Op` numbering and the `Insn` record the CPU executes
// (and the disassembler prints), and the per-instruction decoding state (prefixes, REX, ModRM/SIB,
// displacement and immediate reads, AT&T operand text). decode.ts and decode-more.ts use them.

import { reg, rmText, type RmOperand } from './format';

export enum Op {
  BAD, UNSUP, NOP, ALU_RM_R, ALU_R_RM, ALU_RM_I, TEST_RM_R, TEST_RM_I, MOV_RM_R, MOV_R_RM, MOV_RM_I,
  MOV_R_I, LEA, MOVZX, MOVSX, PUSH_R, POP_R, PUSH_I, PUSH_RM, POP_RM, JCC, JMP, JMP_RM, CALL, CALL_RM,
  RET, LEAVE, SYSCALL, UD2, INT3, HLT, XCHG, CONV_A, CONV_D, SHIFT, INC, DEC, NEG, NOT, MUL1, IMUL1,
  DIV, IDIV, IMUL2, IMUL3, SETCC, CMOVCC, BT_RM_R, BT_RM_I, BSF, BSR, FLAGOP, BSWAP, PUSHF, POPF,
}

export interface Insn {
  op: Op;
  /** length in bytes */
  len: number;
  /** operand size in bytes (1, 2, 4, 8) */
  size: number;
  /** source size of movzx/movsx; shift count source (0: 1, 1: %cl, 2: imm); ret's pop size */
  ssize: number;
  /** condition (jcc/setcc/cmovcc), ALU operation (0 add … 7 cmp), shift kind (0 rol … 7 sar), flag op */
  cond: number;
  /** r/m operand: a register (`rm`; 16-19 = ah/ch/dh/bh for byte operands) or memory */
  isMem: boolean;
  rm: number;
  /** memory: base and index register (-1: none), scale shift, displacement (absolute for rip-relative) */
  base: number;
  index: number;
  scale: number;
  disp: number;
  /** the ModRM reg field or the opcode's register (16-19 = ah/ch/dh/bh for byte operands) */
  reg: number;
  /** immediate, sign-extended to the operand size: low half and high half */
  imm: number;
  immHi: number;
  /** branch target */
  target: number;
  /** segment override 'fs'/'gs' the CPU cannot serve, or '' */
  seg: string;
  mn: string;
  ops: string;
}

/** Reads one byte of text (throws for unmapped memory). */
export type Fetch8 = (addr: number) => number;

export class Bad extends Error {}
export const bad = (): never => { throw new Bad(); };

/** Decoding state of one instruction. */
export class Decoder {
  p: number;
  rex = 0;
  opsz = false;
  n66 = 0;
  addr32 = false;
  rep = '';
  lock = false;
  /** the (first) opcode byte */
  opcode = 0;
  seg = '';
  o: RmOperand = { isMem: false, rm: 0, base: -1, index: -1, scale: 0, disp: 0, rip: false, riz: false, mod: 3, addr32: false, seg: '' };
  regf = 0;
  constructor(readonly pc: number, private f: Fetch8) { this.p = pc; }

  u8(): number { if (this.p - this.pc >= 15) bad(); return this.f((this.p++) >>> 0) & 0xff; }
  s8(): number { return (this.u8() << 24) >> 24; }
  u16(): number { return this.u8() | (this.u8() << 8); }
  s32(): number { return (this.u8() | (this.u8() << 8) | (this.u8() << 16) | (this.u8() << 24)) | 0; }

  get w(): boolean { return (this.rex & 8) !== 0; }
  /** operand size of a 16/32/64 instruction */
  vsize(): number { return this.w ? 8 : this.opsz ? 2 : 4; }
  /** operand size of a default-64 instruction (push/pop/call/jmp) */
  dsize(): number { return this.opsz ? 2 : 8; }
  /** immediate of a 16/32/64 instruction: imm16 for 16-bit, else imm32 (sign-extended) */
  immz(size: number): number { return size === 2 ? (this.u16() << 16) >> 16 : this.s32(); }
  immb(size: number): number { return size === 1 ? this.u8() : size === 2 ? this.u16() : size === 4 ? this.s32() : this.s32(); }

  /** byte-register number: 4-7 without REX are ah/ch/dh/bh */
  b8(n: number): number { return n >= 4 && n < 8 && this.rex === 0 ? n + 12 : n; }

  modrm(): void {
    const m = this.u8(), mod = m >> 6, rmf = m & 7, o = this.o;
    this.regf = ((m >> 3) & 7) | ((this.rex & 4) << 1);
    o.mod = mod; o.addr32 = this.addr32; o.seg = this.seg;
    if (mod === 3) { o.isMem = false; o.rm = rmf | ((this.rex & 1) << 3); return; }
    o.isMem = true;
    if (rmf === 4) {
      const sib = this.u8(), idx = ((sib >> 3) & 7) | ((this.rex & 2) << 2);
      o.scale = sib >> 6;
      o.index = idx === 4 ? -1 : idx;
      o.riz = idx === 4;
      o.base = (sib & 7) === 5 && mod === 0 ? -1 : (sib & 7) | ((this.rex & 1) << 3);
      o.disp = mod === 1 ? this.s8() : mod === 2 || o.base < 0 ? this.s32() : 0;
    } else if (rmf === 5 && mod === 0) {
      o.rip = true; o.disp = this.s32();
    } else {
      o.base = rmf | ((this.rex & 1) << 3);
      o.disp = mod === 1 ? this.s8() : mod === 2 ? this.s32() : 0;
    }
  }

  E(size: number): string {
    if (size === 1 && !this.o.isMem) return reg(this.b8(this.o.rm), 1);
    return rmText(this.o, size);
  }
  G(size: number): string { return reg(size === 1 ? this.b8(this.regf) : this.regf, size); }
}

export function blank(): Insn {
  return {
    op: Op.BAD, len: 1, size: 4, ssize: 0, cond: 0, isMem: false, rm: 0, base: -1, index: -1, scale: 0, disp: 0,
    reg: 0, imm: 0, immHi: 0, target: 0, seg: '', mn: '(bad)', ops: '',
  };
}

export function set(i: Insn, op: Op, size: number, mn: string, ops: string): void {
  i.op = op; i.size = size; i.mn = mn; i.ops = ops;
}


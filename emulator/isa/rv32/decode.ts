// RV32IM decoder: turns a 32-bit instruction word into an operation number and its fields
// (rd, rs1, rs2, sign-extended immediate). Shared by the CPU (which caches the result per
// address) and the disassembler. Unknown or unsupported encodings decode to OP.ILLEGAL.

export const OP = {
  ILLEGAL: 0,
  LUI: 1, AUIPC: 2, JAL: 3, JALR: 4,
  BEQ: 5, BNE: 6, BLT: 7, BGE: 8, BLTU: 9, BGEU: 10,
  LB: 11, LH: 12, LW: 13, LBU: 14, LHU: 15, SB: 16, SH: 17, SW: 18,
  ADDI: 19, SLTI: 20, SLTIU: 21, XORI: 22, ORI: 23, ANDI: 24, SLLI: 25, SRLI: 26, SRAI: 27,
  ADD: 28, SUB: 29, SLL: 30, SLT: 31, SLTU: 32, XOR: 33, SRL: 34, SRA: 35, OR: 36, AND: 37,
  MUL: 38, MULH: 39, MULHSU: 40, MULHU: 41, DIV: 42, DIVU: 43, REM: 44, REMU: 45,
  FENCE: 46, FENCE_TSO: 47, FENCE_I: 48, ECALL: 49, EBREAK: 50,
} as const;

/** Mnemonic of each OP value (index = OP number). */
export const OP_NAMES: readonly string[] = [
  '.word', 'lui', 'auipc', 'jal', 'jalr', 'beq', 'bne', 'blt', 'bge', 'bltu', 'bgeu',
  'lb', 'lh', 'lw', 'lbu', 'lhu', 'sb', 'sh', 'sw',
  'addi', 'slti', 'sltiu', 'xori', 'ori', 'andi', 'slli', 'srli', 'srai',
  'add', 'sub', 'sll', 'slt', 'sltu', 'xor', 'srl', 'sra', 'or', 'and',
  'mul', 'mulh', 'mulhsu', 'mulhu', 'div', 'divu', 'rem', 'remu',
  'fence', 'fence.tso', 'fence.i', 'ecall', 'ebreak',
];

export interface Decoded { op: number; rd: number; rs1: number; rs2: number; imm: number }

const immI = (w: number): number => w >> 20;
const immS = (w: number): number => ((w >> 25) << 5) | ((w >>> 7) & 0x1f);
const immB = (w: number): number =>
  ((w >> 31) << 12) | (((w >>> 7) & 1) << 11) | (((w >>> 25) & 0x3f) << 5) | (((w >>> 8) & 0xf) << 1);
const immJ = (w: number): number =>
  ((w >> 31) << 20) | (((w >>> 12) & 0xff) << 12) | (((w >>> 20) & 1) << 11) | (((w >>> 21) & 0x3ff) << 1);

const BRANCH_OPS = [OP.BEQ, OP.BNE, 0, 0, OP.BLT, OP.BGE, OP.BLTU, OP.BGEU];
const LOAD_OPS = [OP.LB, OP.LH, OP.LW, 0, OP.LBU, OP.LHU, 0, 0];
const STORE_OPS = [OP.SB, OP.SH, OP.SW, 0, 0, 0, 0, 0];
const OPIMM_OPS = [OP.ADDI, 0, OP.SLTI, OP.SLTIU, OP.XORI, 0, OP.ORI, OP.ANDI];
const OP_BASE = [OP.ADD, OP.SLL, OP.SLT, OP.SLTU, OP.XOR, OP.SRL, OP.OR, OP.AND];
const OP_MUL = [OP.MUL, OP.MULH, OP.MULHSU, OP.MULHU, OP.DIV, OP.DIVU, OP.REM, OP.REMU];

/** Decode one instruction word (any 32-bit value). */
export function decode(word: number): Decoded {
  const w = word | 0;
  const rd = (w >>> 7) & 31, rs1 = (w >>> 15) & 31, rs2 = (w >>> 20) & 31;
  const f3 = (w >>> 12) & 7, f7 = (w >>> 25) & 0x7f;
  const d = (op: number, imm = 0): Decoded => ({ op, rd, rs1, rs2, imm });
  switch (w & 0x7f) {
    case 0x37: return d(OP.LUI, w & 0xfffff000);
    case 0x17: return d(OP.AUIPC, w & 0xfffff000);
    case 0x6f: return d(OP.JAL, immJ(w));
    case 0x67: return f3 === 0 ? d(OP.JALR, immI(w)) : d(OP.ILLEGAL);
    case 0x63: return d(BRANCH_OPS[f3], immB(w));
    case 0x03: return d(LOAD_OPS[f3], immI(w));
    case 0x23: return d(STORE_OPS[f3], immS(w));
    case 0x13: return decodeOpImm(w, f3, f7, d);
    case 0x33:
      if (f7 === 0) return d(OP_BASE[f3]);
      if (f7 === 1) return d(OP_MUL[f3]);
      if (f7 === 0x20 && f3 === 0) return d(OP.SUB);
      if (f7 === 0x20 && f3 === 5) return d(OP.SRA);
      return d(OP.ILLEGAL);
    case 0x0f: return decodeMiscMem(w, f3, d);
    case 0x73:
      if (w === 0x00000073) return d(OP.ECALL);
      if (w === 0x00100073) return d(OP.EBREAK);
      return d(OP.ILLEGAL);
    default: return d(OP.ILLEGAL);
  }
}

function decodeOpImm(w: number, f3: number, f7: number, d: (op: number, imm?: number) => Decoded): Decoded {
  const shamt = (w >>> 20) & 31;
  if (f3 === 1) return f7 === 0 ? d(OP.SLLI, shamt) : d(OP.ILLEGAL);
  if (f3 === 5) {
    if (f7 === 0) return d(OP.SRLI, shamt);
    if (f7 === 0x20) return d(OP.SRAI, shamt);
    return d(OP.ILLEGAL);
  }
  return d(OPIMM_OPS[f3], immI(w));
}

function decodeMiscMem(w: number, f3: number, d: (op: number, imm?: number) => Decoded): Decoded {
  if (f3 === 1) return d(OP.FENCE_I, immI(w));
  if (f3 !== 0) return d(OP.ILLEGAL);
  if ((w >>> 0) === 0x8330000f) return d(OP.FENCE_TSO);
  if ((w >>> 28) !== 0) return d(OP.ILLEGAL);   // reserved fence modes
  // fence: imm carries fm/pred/succ; rd and rs1 are reserved (ignored, as hardware does)
  return d(OP.FENCE, (w >>> 20) & 0xfff);
}

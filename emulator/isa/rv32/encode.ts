// RV32IM instruction encoder: one function per instruction format and a named helper per
// instruction the backend emits (and a few more). Each returns the 32-bit encoding as an
// unsigned number. Immediates are range-checked: an out-of-range value is a compiler bug and
// throws, never silently wraps.

function checkReg(r: number): number {
  if (!Number.isInteger(r) || r < 0 || r > 31) throw new Error(`rv32 encode: bad register ${r}`);
  return r;
}

function checkImm(v: number, bits: number, what: string, signed = true): number {
  const lo = signed ? -(2 ** (bits - 1)) : 0;
  const hi = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  if (!Number.isInteger(v) || v < lo || v > hi) throw new Error(`rv32 encode: ${what} immediate ${v} out of range`);
  return v;
}

export const fitsImm12 = (v: number): boolean => v >= -2048 && v <= 2047;

export function rType(opcode: number, f3: number, f7: number, rd: number, rs1: number, rs2: number): number {
  return ((f7 << 25) | (checkReg(rs2) << 20) | (checkReg(rs1) << 15) | (f3 << 12) | (checkReg(rd) << 7) | opcode) >>> 0;
}

export function iType(opcode: number, f3: number, rd: number, rs1: number, imm: number): number {
  checkImm(imm, 12, 'I-type');
  return (((imm & 0xfff) << 20) | (checkReg(rs1) << 15) | (f3 << 12) | (checkReg(rd) << 7) | opcode) >>> 0;
}

export function sType(opcode: number, f3: number, rs1: number, rs2: number, imm: number): number {
  checkImm(imm, 12, 'S-type');
  return ((((imm >> 5) & 0x7f) << 25) | (checkReg(rs2) << 20) | (checkReg(rs1) << 15) | (f3 << 12) |
    ((imm & 0x1f) << 7) | opcode) >>> 0;
}

export function bType(f3: number, rs1: number, rs2: number, off: number): number {
  checkImm(off, 13, 'branch');
  if (off & 1) throw new Error(`rv32 encode: odd branch offset ${off}`);
  return ((((off >> 12) & 1) << 31) | (((off >> 5) & 0x3f) << 25) | (checkReg(rs2) << 20) | (checkReg(rs1) << 15) |
    (f3 << 12) | (((off >> 1) & 0xf) << 8) | (((off >> 11) & 1) << 7) | 0x63) >>> 0;
}

export function uType(opcode: number, rd: number, imm20: number): number {
  checkImm(imm20, 20, 'U-type', false);
  return ((imm20 << 12) | (checkReg(rd) << 7) | opcode) >>> 0;
}

export function jType(rd: number, off: number): number {
  checkImm(off, 21, 'jal');
  if (off & 1) throw new Error(`rv32 encode: odd jump offset ${off}`);
  return ((((off >> 20) & 1) << 31) | (((off >> 1) & 0x3ff) << 21) | (((off >> 11) & 1) << 20) |
    (((off >> 12) & 0xff) << 12) | (checkReg(rd) << 7) | 0x6f) >>> 0;
}

// --- RV32I ---
export const lui = (rd: number, imm20: number): number => uType(0x37, rd, imm20);
export const auipc = (rd: number, imm20: number): number => uType(0x17, rd, imm20);
export const jal = (rd: number, off: number): number => jType(rd, off);
export const jalr = (rd: number, rs1: number, imm: number): number => iType(0x67, 0, rd, rs1, imm);

export type BranchKind = 'beq' | 'bne' | 'blt' | 'bge' | 'bltu' | 'bgeu';
const BR_F3: Record<BranchKind, number> = { beq: 0, bne: 1, blt: 4, bge: 5, bltu: 6, bgeu: 7 };
export const branch = (k: BranchKind, rs1: number, rs2: number, off: number): number => bType(BR_F3[k], rs1, rs2, off);
export const beq = (a: number, b: number, off: number): number => branch('beq', a, b, off);
export const bne = (a: number, b: number, off: number): number => branch('bne', a, b, off);

export type LoadKind = 'lb' | 'lh' | 'lw' | 'lbu' | 'lhu';
const LD_F3: Record<LoadKind, number> = { lb: 0, lh: 1, lw: 2, lbu: 4, lhu: 5 };
export const load = (k: LoadKind, rd: number, rs1: number, imm: number): number => iType(0x03, LD_F3[k], rd, rs1, imm);
export const lw = (rd: number, rs1: number, imm: number): number => load('lw', rd, rs1, imm);

export type StoreKind = 'sb' | 'sh' | 'sw';
const ST_F3: Record<StoreKind, number> = { sb: 0, sh: 1, sw: 2 };
export const store = (k: StoreKind, rs2: number, rs1: number, imm: number): number => sType(0x23, ST_F3[k], rs1, rs2, imm);
export const sw = (rs2: number, rs1: number, imm: number): number => store('sw', rs2, rs1, imm);

export type OpImmKind = 'addi' | 'slti' | 'sltiu' | 'xori' | 'ori' | 'andi';
const OPI_F3: Record<OpImmKind, number> = { addi: 0, slti: 2, sltiu: 3, xori: 4, ori: 6, andi: 7 };
export const opImm = (k: OpImmKind, rd: number, rs1: number, imm: number): number => iType(0x13, OPI_F3[k], rd, rs1, imm);
export const addi = (rd: number, rs1: number, imm: number): number => opImm('addi', rd, rs1, imm);

export type ShiftImmKind = 'slli' | 'srli' | 'srai';
export function shiftImm(k: ShiftImmKind, rd: number, rs1: number, shamt: number): number {
  checkImm(shamt, 5, 'shift', false);
  const f3 = k === 'slli' ? 1 : 5;
  const f7 = k === 'srai' ? 0x20 : 0;
  return rType(0x13, f3, f7, rd, rs1, shamt);
}

export type OpKind =
  | 'add' | 'sub' | 'sll' | 'slt' | 'sltu' | 'xor' | 'srl' | 'sra' | 'or' | 'and'
  | 'mul' | 'mulh' | 'mulhsu' | 'mulhu' | 'div' | 'divu' | 'rem' | 'remu';
const OP_ENC: Record<OpKind, [number, number]> = {
  add: [0, 0], sub: [0, 0x20], sll: [1, 0], slt: [2, 0], sltu: [3, 0], xor: [4, 0], srl: [5, 0], sra: [5, 0x20],
  or: [6, 0], and: [7, 0],
  mul: [0, 1], mulh: [1, 1], mulhsu: [2, 1], mulhu: [3, 1], div: [4, 1], divu: [5, 1], rem: [6, 1], remu: [7, 1],
};
export const op = (k: OpKind, rd: number, rs1: number, rs2: number): number =>
  rType(0x33, OP_ENC[k][0], OP_ENC[k][1], rd, rs1, rs2);

export const ecall = (): number => 0x00000073;
export const ebreak = (): number => 0x00100073;
/** fence pred,succ (4-bit iorw masks); `fence` alone is iorw,iorw */
export const fence = (pred = 0xf, succ = 0xf): number => (((pred & 0xf) << 24) | ((succ & 0xf) << 20) | 0x0f) >>> 0;

/** Split a 32-bit value for `lui`+`addi`: hi20 with the +0x800 rounding, lo12 sign-extended. */
export function hiLo(value: number): { hi: number; lo: number } {
  const v = value | 0;
  const lo = (v << 20) >> 20;
  const hi = ((v - lo) >>> 12) & 0xfffff;
  return { hi, lo };
}

/** The shortest sequence loading the 32-bit constant `value` into `rd` (1 or 2 instructions). */
export function li(rd: number, value: number): number[] {
  const v = value | 0;
  if (fitsImm12(v)) return [addi(rd, 0, v)];
  const { hi, lo } = hiLo(v);
  return lo === 0 ? [lui(rd, hi)] : [lui(rd, hi), addi(rd, rd, lo)];
}

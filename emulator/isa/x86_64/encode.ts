// x86-64 instruction encoder for the subset Shuttle's backend emits (see docs/isa-x86_64.md):
// legacy 66 prefix, REX (W R X B, and the bare REX that selects spl/bpl/sil/dil), ModRM/SIB with
// no/8-bit/32-bit displacements, rip-relative disp32, and imm8/imm16/imm32/imm64 immediates.
// Every function returns the instruction's bytes; `Mem.rip` operands leave a zero disp32 whose
// position the caller finds with `ripDispAt`. Register numbers are hardware numbers (rax=0 …
// r15=15). Checked bit for bit against x86_64-linux-gnu-as in encode.test.ts.

export const RAX = 0, RCX = 1, RDX = 2, RBX = 3, RSP = 4, RBP = 5, RSI = 6, RDI = 7;
export const R8 = 8, R9 = 9, R10 = 10, R11 = 11, R12 = 12, R13 = 13, R14 = 14, R15 = 15;

/** operand size in bytes */
export type Size = 1 | 2 | 4 | 8;
export type Bytes = number[];

/** A memory operand: base (a register, or 'rip' for rip-relative), optional index*scale, displacement. */
export interface Mem { base: number | 'rip'; index?: number; scale?: 1 | 2 | 4 | 8; disp: number }
export type Rm = { reg: number } | Mem;

export const mem = (base: number | 'rip', disp = 0, index?: number, scale?: 1 | 2 | 4 | 8): Mem => ({ base, disp, index, scale });
export const reg = (r: number): Rm => ({ reg: r });

/** Condition codes (the low nibble of jcc/setcc/cmovcc opcodes). */
export enum Cc { O = 0, NO = 1, B = 2, AE = 3, E = 4, NE = 5, BE = 6, A = 7, S = 8, NS = 9, P = 10, NP = 11, L = 12, GE = 13, LE = 14, G = 15 }

const isReg = (o: Rm): o is { reg: number } => 'reg' in o;
const fits8 = (v: number): boolean => v >= -128 && v <= 127;
const le = (v: number, n: number): Bytes => {
  const out: Bytes = [];
  for (let i = 0; i < n; i++) out.push(Number((BigInt(v) >> BigInt(8 * i)) & 0xffn));
  return out;
};

/** ModRM (+SIB +displacement) for `regField` and operand `o`; also returns the REX.X/B bits. */
function modrm(regField: number, o: Rm): { bytes: Bytes; x: number; b: number } {
  const r = regField & 7;
  if (isReg(o)) return { bytes: [0xc0 | (r << 3) | (o.reg & 7)], x: 0, b: o.reg >> 3 };
  if (o.base === 'rip') return { bytes: [(r << 3) | 5, ...le(o.disp, 4)], x: 0, b: 0 };
  const base = o.base, d = o.disp;
  const mod = d === 0 && (base & 7) !== RBP ? 0 : fits8(d) ? 1 : 2;
  const dispBytes = mod === 0 ? [] : le(d, mod === 1 ? 1 : 4);
  if (o.index === undefined && (base & 7) !== RSP) {
    return { bytes: [(mod << 6) | (r << 3) | (base & 7), ...dispBytes], x: 0, b: base >> 3 };
  }
  const index = o.index ?? RSP;                        // index 100 = none
  if (o.index === RSP) throw new Error('x86_64 encode: rsp cannot be an index register');
  const ss = { 1: 0, 2: 1, 4: 2, 8: 3 }[o.scale ?? 1];
  return { bytes: [(mod << 6) | (r << 3) | 4, (ss << 6) | ((index & 7) << 3) | (base & 7), ...dispBytes], x: index >> 3, b: base >> 3 };
}

/**
 * Prefixes + opcode + ModRM for an instruction with operand size `size` (66 for 16, REX.W for 64),
 * register field `regField` (a register number, or an opcode extension) and r/m operand `o`.
 * `byteRegs` lists register operands used as 8-bit registers (spl..dil need a bare REX).
 */
function enc(size: Size, opcode: Bytes, regField: number, o: Rm, byteRegs: number[] = [], regIsReg = false): Bytes {
  const m = modrm(regField, o);
  const w = size === 8 ? 1 : 0;
  const rBit = regIsReg ? regField >> 3 : 0;
  let rex = (w << 3) | (rBit << 2) | (m.x << 1) | m.b;
  const needsBare = byteRegs.some((r) => r >= 4 && r <= 7);
  const out: Bytes = [];
  if (size === 2) out.push(0x66);
  if (rex || needsBare) out.push(0x40 | rex);
  return [...out, ...opcode, ...m.bytes];
}

const byteRegsOf = (size: Size, ...ops: (number | Rm)[]): number[] => {
  if (size !== 1) return [];
  return ops.map((o) => (typeof o === 'number' ? o : isReg(o) ? o.reg : -1)).filter((r) => r >= 0);
};

/** Offset of the rip-relative disp32 in an instruction made with a `{base:'rip'}` operand and `immBytes` after it. */
export const ripDispAt = (insn: Bytes, immBytes = 0): number => insn.length - 4 - immBytes;

// ---- moves -------------------------------------------------------------------------------

/** mov %src, dst (register to r/m) */
export const movStore = (size: Size, src: number, dst: Rm): Bytes =>
  enc(size, [size === 1 ? 0x88 : 0x89], src, dst, byteRegsOf(size, src, dst), true);
/** mov src, %dst (r/m to register) */
export const movLoad = (size: Size, src: Rm, dst: number): Bytes =>
  enc(size, [size === 1 ? 0x8a : 0x8b], dst, src, byteRegsOf(size, src, dst), true);
/** mov $imm, dst (C6/C7 /0; 64-bit: imm32 sign-extended) */
export function movImm(size: Size, value: number, dst: Rm): Bytes {
  const imm = size === 1 ? le(value, 1) : size === 2 ? le(value, 2) : le(value, 4);
  return [...enc(size, [size === 1 ? 0xc6 : 0xc7], 0, dst, byteRegsOf(size, dst)), ...imm];
}
/** mov $imm32, %r32 (B8+r; zero-extends into the 64-bit register) */
export function movImmR32(value: number, dst: number): Bytes {
  return [...(dst >= 8 ? [0x41] : []), 0xb8 + (dst & 7), ...le(value, 4)];
}
/** movabs $imm64, %r64 */
export function movabs(value: bigint, dst: number): Bytes {
  const bytes: Bytes = [];
  for (let i = 0n; i < 8n; i++) bytes.push(Number((BigInt.asUintN(64, value) >> (8n * i)) & 0xffn));
  return [0x48 | (dst >> 3), 0xb8 + (dst & 7), ...bytes];
}

/** movzx/movsx from an 8- or 16-bit source into a 32- or 64-bit register (movzbl, movswq, …). */
export function movx(signed: boolean, from: 1 | 2, to: 4 | 8, src: Rm, dst: number): Bytes {
  const op = (signed ? 0xbe : 0xb6) + (from === 2 ? 1 : 0);
  return enc(to, [0x0f, op], dst, src, from === 1 ? byteRegsOf(1, src) : [], true);
}
/** movslq src, %r64 (movsxd) */
export const movslq = (src: Rm, dst: number): Bytes => enc(8, [0x63], dst, src, [], true);
/** lea src, %reg */
export const lea = (src: Mem, dst: number, size: 4 | 8 = 8): Bytes => enc(size, [0x8d], dst, src, [], true);

// ---- arithmetic --------------------------------------------------------------------------

export type AluOp = 'add' | 'or' | 'adc' | 'sbb' | 'and' | 'sub' | 'xor' | 'cmp';
const ALU_EXT: Record<AluOp, number> = { add: 0, or: 1, adc: 2, sbb: 3, and: 4, sub: 5, xor: 6, cmp: 7 };

/** op %src, dst */
export const aluStore = (op: AluOp, size: Size, src: number, dst: Rm): Bytes =>
  enc(size, [ALU_EXT[op] * 8 + (size === 1 ? 0 : 1)], src, dst, byteRegsOf(size, src, dst), true);
/** op src, %dst */
export const aluLoad = (op: AluOp, size: Size, src: Rm, dst: number): Bytes =>
  enc(size, [ALU_EXT[op] * 8 + (size === 1 ? 2 : 3)], dst, src, byteRegsOf(size, src, dst), true);
/** op $imm, dst: imm8 sign-extended when it fits, else the short al/ax/eax/rax form or imm16/imm32 (as gas chooses) */
export function aluImm(op: AluOp, size: Size, value: number, dst: Rm): Bytes {
  const acc = isReg(dst) && dst.reg === RAX;
  if (size === 1 && acc) return [ALU_EXT[op] * 8 + 4, ...le(value, 1)];
  if (size === 1) return [...enc(1, [0x80], ALU_EXT[op], dst, byteRegsOf(1, dst)), ...le(value, 1)];
  if (fits8(value)) return [...enc(size, [0x83], ALU_EXT[op], dst), ...le(value, 1)];
  if (acc) return [...(size === 2 ? [0x66] : size === 8 ? [0x48] : []), ALU_EXT[op] * 8 + 5, ...le(value, size === 2 ? 2 : 4)];
  return [...enc(size, [0x81], ALU_EXT[op], dst), ...le(value, size === 2 ? 2 : 4)];
}

/** test %src, dst */
export const testRR = (size: Size, src: number, dst: Rm): Bytes =>
  enc(size, [size === 1 ? 0x84 : 0x85], src, dst, byteRegsOf(size, src, dst), true);

export type UnaryOp = 'not' | 'neg' | 'mul' | 'imul' | 'div' | 'idiv';
const UNARY_EXT: Record<UnaryOp, number> = { not: 2, neg: 3, mul: 4, imul: 5, div: 6, idiv: 7 };
/** not/neg/mul/imul/div/idiv with one r/m operand (F6/F7 group 3) */
export const unary = (op: UnaryOp, size: Size, o: Rm): Bytes =>
  enc(size, [size === 1 ? 0xf6 : 0xf7], UNARY_EXT[op], o, byteRegsOf(size, o));

/** imul src, %dst (two-operand, 0F AF) */
export const imul2 = (size: 2 | 4 | 8, src: Rm, dst: number): Bytes => enc(size, [0x0f, 0xaf], dst, src, [], true);
/** imul $imm, src, %dst (6B ib / 69 id) */
export function imul3(size: 2 | 4 | 8, value: number, src: Rm, dst: number): Bytes {
  if (fits8(value)) return [...enc(size, [0x6b], dst, src, [], true), ...le(value, 1)];
  return [...enc(size, [0x69], dst, src, [], true), ...le(value, size === 2 ? 2 : 4)];
}

/** cltd (cdq, size 4) / cqto (cqo, size 8): sign-extend rax into rdx */
export const signExtendAx = (size: 4 | 8): Bytes => (size === 8 ? [0x48, 0x99] : [0x99]);
/** cltq (cdqe): sign-extend eax into rax */
export const cltq = (): Bytes => [0x48, 0x98];

export type ShiftOp = 'rol' | 'ror' | 'shl' | 'shr' | 'sar';
const SHIFT_EXT: Record<ShiftOp, number> = { rol: 0, ror: 1, shl: 4, shr: 5, sar: 7 };
/** shift by an immediate count (D1 form for 1, C1 ib otherwise) */
export function shiftImm(op: ShiftOp, size: Size, count: number, o: Rm): Bytes {
  const b = size === 1;
  if (count === 1) return enc(size, [b ? 0xd0 : 0xd1], SHIFT_EXT[op], o, byteRegsOf(size, o));
  return [...enc(size, [b ? 0xc0 : 0xc1], SHIFT_EXT[op], o, byteRegsOf(size, o)), count & 0xff];
}
/** shift by %cl */
export const shiftCl = (op: ShiftOp, size: Size, o: Rm): Bytes =>
  enc(size, [size === 1 ? 0xd2 : 0xd3], SHIFT_EXT[op], o, byteRegsOf(size, o));

/** setcc r/m8 */
export const setcc = (cc: Cc, o: Rm): Bytes => enc(1, [0x0f, 0x90 + cc], 0, o, byteRegsOf(1, o));
/** cmovcc src, %dst */
export const cmovcc = (cc: Cc, size: 2 | 4 | 8, src: Rm, dst: number): Bytes => enc(size, [0x0f, 0x40 + cc], dst, src, [], true);

// ---- control flow ------------------------------------------------------------------------

/** jcc rel32 (displacement from the end of the 6-byte instruction) */
export const jccRel32 = (cc: Cc, rel: number): Bytes => [0x0f, 0x80 + cc, ...le(rel, 4)];
export const jccRel8 = (cc: Cc, rel: number): Bytes => [0x70 + cc, ...le(rel, 1)];
export const jmpRel32 = (rel: number): Bytes => [0xe9, ...le(rel, 4)];
export const jmpRel8 = (rel: number): Bytes => [0xeb, ...le(rel, 1)];
export const callRel32 = (rel: number): Bytes => [0xe8, ...le(rel, 4)];
/** call *r/m64 */
export const callInd = (o: Rm): Bytes => enc(4, [0xff], 2, o);
/** jmp *r/m64 */
export const jmpInd = (o: Rm): Bytes => enc(4, [0xff], 4, o);
export const ret = (): Bytes => [0xc3];
export const push = (r: number): Bytes => [...(r >= 8 ? [0x41] : []), 0x50 + (r & 7)];
export const pop = (r: number): Bytes => [...(r >= 8 ? [0x41] : []), 0x58 + (r & 7)];
export const pushImm = (v: number): Bytes => (fits8(v) ? [0x6a, ...le(v, 1)] : [0x68, ...le(v, 4)]);
export const leave = (): Bytes => [0xc9];
export const syscall = (): Bytes => [0x0f, 0x05];
export const nop = (): Bytes => [0x90];
export const ud2 = (): Bytes => [0x0f, 0x0b];
export const int3 = (): Bytes => [0xcc];

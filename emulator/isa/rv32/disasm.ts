// RV32IM disassembler: objdump-compatible text (`riscv64-linux-gnu-objdump -d -M no-aliases`):
// ABI register names, no pseudo-instructions, shift amounts and lui/auipc immediates in hex,
// branch and jump targets as absolute hex addresses (objdump's `<symbol>` annotations and
// `#` comments are not produced). Illegal words give `.word 0x........` with `illegal: true`.

import type { Disassembled, Mem } from '../types';
import { decode, OP, OP_NAMES, type Decoded } from './decode';
import { REG_NAMES } from './regs';

const R = REG_NAMES;
const hex = (v: number): string => (v >>> 0).toString(16);

function fenceSet(bits: number): string {
  const s = (bits & 8 ? 'i' : '') + (bits & 4 ? 'o' : '') + (bits & 2 ? 'r' : '') + (bits & 1 ? 'w' : '');
  return s || 'unknown';
}

/** Operands text of a decoded instruction at `addr` (objdump syntax), and its target if any. */
export function formatOperands(d: Decoded, addr: number): { operands: string; target?: number } {
  const { op, rd, rs1, rs2, imm } = d;
  switch (op) {
    case OP.LUI: case OP.AUIPC: return { operands: `${R[rd]},0x${hex(imm >>> 12)}` };
    case OP.JAL: { const t = (addr + imm) >>> 0; return { operands: `${R[rd]},${hex(t)}`, target: t }; }
    case OP.JALR: return { operands: `${R[rd]},${imm}(${R[rs1]})` };
    case OP.BEQ: case OP.BNE: case OP.BLT: case OP.BGE: case OP.BLTU: case OP.BGEU: {
      const t = (addr + imm) >>> 0;
      return { operands: `${R[rs1]},${R[rs2]},${hex(t)}`, target: t };
    }
    case OP.LB: case OP.LH: case OP.LW: case OP.LBU: case OP.LHU: return { operands: `${R[rd]},${imm}(${R[rs1]})` };
    case OP.SB: case OP.SH: case OP.SW: return { operands: `${R[rs2]},${imm}(${R[rs1]})` };
    case OP.SLLI: case OP.SRLI: case OP.SRAI: return { operands: `${R[rd]},${R[rs1]},0x${hex(imm)}` };
    case OP.FENCE: return { operands: `${fenceSet((imm >> 4) & 15)},${fenceSet(imm & 15)}` };
    case OP.FENCE_TSO: case OP.FENCE_I: case OP.ECALL: case OP.EBREAK: return { operands: '' };
    default:
      if (op >= OP.ADDI && op <= OP.ANDI) return { operands: `${R[rd]},${R[rs1]},${imm}` };
      return { operands: `${R[rd]},${R[rs1]},${R[rs2]}` };
  }
}

/** Disassemble the instruction word `word` as if it were at `addr`. */
export function disassembleWord(word: number, addr: number): Disassembled {
  const d = decode(word);
  if (d.op === OP.ILLEGAL) return { length: 4, mnemonic: '.word', operands: `0x${(word >>> 0).toString(16).padStart(8, '0')}`, illegal: true };
  const { operands, target } = formatOperands(d, addr);
  const res: Disassembled = { length: 4, mnemonic: OP_NAMES[d.op], operands };
  if (target !== undefined) res.target = target;
  return res;
}

/** Disassemble the instruction at `addr` in `mem`. */
export function disassemble(mem: Mem, addr: number): Disassembled {
  return disassembleWord(mem.fetch32(addr), addr);
}

/** `mnemonic operands` as one line (objdump's tab replaced by a space). */
export function formatInsn(d: Disassembled): string {
  return d.operands ? `${d.mnemonic} ${d.operands}` : d.mnemonic;
}

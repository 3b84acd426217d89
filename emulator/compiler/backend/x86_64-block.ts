// Block copies and clears for the x86-64 backend (struct assignment, struct arguments, zeroed
// locals): 8-byte moves through %rax from (%rsi) to (%rdi), unrolled for small blocks and a
// %rcx-counted loop for large ones, then 4-, 2- and 1-byte tails. Clobbers rax, rcx, rsi, rdi.

import type { X86Asm } from './x86_64-asm';
import * as E from '../../isa/x86_64/encode';
import { RAX, RCX, RSI, RDI, Cc, mem, reg, type Size } from '../../isa/x86_64/encode';

const UNROLL_QWORDS = 8;

/** Copy (`copy`) or clear `size` bytes at (%rdi), the source at (%rsi). */
export function emitBlock(a: X86Asm, size: number, copy: boolean): void {
  if (!copy) a.emit(E.aluStore('xor', 4, RAX, reg(RAX)));
  const move = (sz: Size, off: number): void => {
    if (copy) a.emit(E.movLoad(sz, mem(RSI, off), RAX));
    a.emit(E.movStore(sz, RAX, mem(RDI, off)));
  };
  const qwords = Math.floor(size / 8);
  let off = 0;
  if (qwords <= UNROLL_QWORDS) {
    for (; off < qwords * 8; off += 8) move(8, off);
  } else {
    a.emit(E.movImmR32(qwords, RCX));
    const top = a.pc;
    move(8, 0);
    if (copy) a.emit(E.aluImm('add', 8, 8, reg(RSI)));
    a.emit(E.aluImm('add', 8, 8, reg(RDI)));
    a.emit(E.aluImm('sub', 8, 1, reg(RCX)));
    const rel = top - (a.pc + 2);
    a.emit(rel >= -128 ? E.jccRel8(Cc.NE, rel) : E.jccRel32(Cc.NE, top - (a.pc + 6)));
  }
  for (const sz of [4, 2, 1] as const) if (size & sz) { move(sz, off); off += sz; }
}

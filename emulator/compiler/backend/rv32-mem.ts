// Block copy and clear for the rv32 backend (struct assignment, zero-initialisation): with the
// destination address in a0 (and the source in a1 for copies), copy/clear `size` bytes using
// the widest access `align` allows; short blocks are unrolled, long ones use a counted loop.
// Clobbers a0-a3 only (free between IR instructions; the register pool t0-t5 is untouched).

import * as E from '../../isa/rv32/encode';
import { A0 as T0, A1 as T1, A2 as T2, A3 as T3, ZERO } from '../../isa/rv32/regs';
import type { Rv32Asm } from './rv32-asm';

const UNROLL = 16;

function unit(size: number, align: number): { u: number; ld: E.LoadKind; st: E.StoreKind } {
  if (align >= 4 && size >= 4) return { u: 4, ld: 'lw', st: 'sw' };
  if (align >= 2 && size >= 2) return { u: 2, ld: 'lhu', st: 'sh' };
  return { u: 1, ld: 'lbu', st: 'sb' };
}

/** copy `size` bytes from (a1) to (a0) */
export function emitCopyMem(a: Rv32Asm, size: number, align: number): void {
  blockOp(a, size, align, true);
}

/** clear `size` bytes at (a0) */
export function emitZeroMem(a: Rv32Asm, size: number, align: number): void {
  blockOp(a, size, align, false);
}

function blockOp(a: Rv32Asm, size: number, align: number, copy: boolean): void {
  const { u, ld, st } = unit(size, align);
  const n = Math.floor(size / u);
  const val = copy ? T2 : ZERO;
  if (n <= UNROLL) {
    for (let i = 0; i < n; i++) {
      if (copy) a.emit(E.load(ld, T2, T1, i * u));
      a.emit(E.store(st, val, T0, i * u));
    }
    if (n * u < size) {
      a.addImm(T0, T0, n * u);
      if (copy) a.addImm(T1, T1, n * u);
    }
  } else {
    a.addImm(T3, T0, n * u);
    const body: number[] = [];
    if (copy) body.push(E.load(ld, T2, T1, 0));
    body.push(E.store(st, val, T0, 0), E.addi(T0, T0, u));
    if (copy) body.push(E.addi(T1, T1, u));
    a.emit(...body, E.branch('bltu', T0, T3, -4 * body.length));
  }
  for (let i = 0; i < size - n * u; i++) {      // tail bytes
    if (copy) a.emit(E.load('lbu', T2, T1, i));
    a.emit(E.store('sb', val, T0, i));
  }
}

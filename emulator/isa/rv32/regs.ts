// RV32IM register file description: the 32 integer registers with their ABI names (as
// objdump prints them) plus pc, and name <-> number lookup used by the CPU, disassembler
// and backend.

import type { RegisterInfo } from '../types';

/** ABI names of x0..x31, exactly as `objdump -M no-aliases` prints them (x8 is `s0`). */
export const REG_NAMES: readonly string[] = [
  'zero', 'ra', 'sp', 'gp', 'tp', 't0', 't1', 't2',
  's0', 's1', 'a0', 'a1', 'a2', 'a3', 'a4', 'a5',
  'a6', 'a7', 's2', 's3', 's4', 's5', 's6', 's7',
  's8', 's9', 's10', 's11', 't3', 't4', 't5', 't6',
];

/** Register numbers by ABI name, also accepting `fp` and `x0`..`x31`. */
export const REG: Readonly<Record<string, number>> = (() => {
  const m: Record<string, number> = {};
  REG_NAMES.forEach((n, i) => { m[n] = i; m[`x${i}`] = i; });
  m.fp = 8;
  return m;
})();

/** Named constants for the backend. */
export const ZERO = 0, RA = 1, SP = 2, GP = 3, TP = 4, T0 = 5, T1 = 6, T2 = 7, S0 = 8, S1 = 9;
export const A0 = 10, A1 = 11, A2 = 12, A3 = 13, A4 = 14, A5 = 15, A6 = 16, A7 = 17;
export const T3 = 28, T4 = 29, T5 = 30, T6 = 31;

function roleOf(i: number): RegisterInfo['role'] {
  if (i === 2) return 'sp';
  if (i === 8) return 'fp';
  return 'gpr';
}

/** Every register as shown to users: x0..x31 by ABI name, then pc. */
export const REGISTERS: RegisterInfo[] = [
  ...REG_NAMES.map((name, i) => ({ name, bits: 32 as const, role: roleOf(i) })),
  { name: 'pc', bits: 32, role: 'pc' },
];

/** Register number for a name, or -1. */
export function regNumber(name: string): number {
  const n = REG[name];
  return n === undefined ? -1 : n;
}

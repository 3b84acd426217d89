// The RV32 ilp32 calling convention as Shuttle uses it: argument/result registers, callee-saved
// registers, Linux syscall numbers and registers, the frame convention (s0 frame pointer, ra at
// fp-4, caller's fp at fp-8), stack alignment, and the argument-location rules shared by the
// backend's callers and callees (64-bit pairs, even-register alignment of variadic 64-bit values).

import type { FrameConvention, SyscallNumbers } from '../types';
import { A0, A1, A7, S0, SP, RA } from './regs';

export const ARG_REGS = [10, 11, 12, 13, 14, 15, 16, 17];        // a0..a7
export const RESULT_REGS = [A0, A1];                              // a0 (a1: high half of 64-bit)
export const CALLEE_SAVED = [S0, 9, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, SP]; // s0-s11, sp
export const CALLER_SAVED = [RA, 5, 6, 7, 10, 11, 12, 13, 14, 15, 16, 17, 28, 29, 30, 31];
export const STACK_ALIGN = 16;
/** bytes of the variadic register save area (a0-a7) a variadic function keeps directly below its stack arguments */
export const VA_SAVE_BYTES = 32;

/** Linux (asm-generic) syscall numbers used by Shuttle; number in a7, args a0-a5, result a0, `ecall`. */
export const SYSCALLS: SyscallNumbers = { read: 63, write: 64, exit: 93, exit_group: 94, brk: 214 };
export const SYSCALL_NUM_REG = A7;
export const SYSCALL_ARG_REGS = [10, 11, 12, 13, 14, 15];
export const SYSCALL_RESULT_REG = A0;

export const FRAME: FrameConvention = {
  fpRegister: 's0', spRegister: 'sp', savedFpOffset: -8, returnAddressOffset: -4, resultRegister: 'a0',
  linkBytes: 0, variadicSaveBytes: VA_SAVE_BYTES,
  entryReturnAddress: (cpu) => cpu.getReg('ra') >>> 0,
  // `addi s0,sp,N` (not the `sw s0,-8(sp)` that saves the caller's fp just before it)
  setsFramePointer: (d) => d.operands.startsWith('s0,') && !/^s[bhw]$/.test(d.mnemonic),
  isReturn: (d) => d.mnemonic === 'jalr' && d.operands.replace(/\s/g, '') === 'zero,0(ra)',
};
/** bytes the backend reserves below fp for ra and the caller's fp */
export const FRAME_RESERVED = 8;

/** Where one 32-bit word of an argument goes: an argument register (a0 + reg) or a stack offset from the outgoing sp. */
export type ArgLoc = { reg: number } | { stack: number };

export interface ArgWord { part?: 'lo' | 'hi' }

/**
 * Locations of the argument words of a call (or the parameters of a function): i32 words take the
 * next register, a `lo`,`hi` pair is a 64-bit value (a register pair, split a7/stack when only a7
 * is left, 8-byte aligned on the stack); variadic 64-bit values (index >= fixedArgs) start at an
 * even register or go on the stack. Returns the locations and the stack bytes used.
 */
export function argLocations(args: readonly ArgWord[], fixedArgs: number): { locs: ArgLoc[]; stackBytes: number } {
  const locs: ArgLoc[] = [];
  let reg = 0, stack = 0;
  for (let i = 0; i < args.length; i++) {
    const pair = args[i].part === 'lo' && args[i + 1]?.part === 'hi';
    if (!pair) {
      if (reg < 8) locs.push({ reg: reg++ }); else { locs.push({ stack }); stack += 4; }
      continue;
    }
    const variadic = i >= fixedArgs;
    if (variadic && (reg & 1) && reg < 8) reg++;
    if (reg <= 6) { locs.push({ reg }, { reg: reg + 1 }); reg += 2; }
    else if (reg === 7) { locs.push({ reg: 7 }, { stack }); reg = 8; stack += 4; }
    else { stack = (stack + 7) & ~7; locs.push({ stack }, { stack: stack + 4 }); stack += 8; }
    i++;
  }
  return { locs, stackBytes: stack };
}

/** What each register is for under ilp32, by ABI name (for register views and hovers). */
export const REG_ROLES: Readonly<Record<string, string>> = {
  zero: 'hard-wired zero', ra: 'return address', sp: 'stack pointer', gp: 'global pointer (unused by Shuttle)',
  tp: 'thread pointer (unused by Shuttle)', t0: 'temporary', t1: 'temporary', t2: 'temporary',
  s0: 'frame pointer (callee-saved)', s1: 'callee-saved', a0: 'argument 1 / result', a1: 'argument 2 / result high half',
  a2: 'argument 3', a3: 'argument 4', a4: 'argument 5', a5: 'argument 6', a6: 'argument 7', a7: 'argument 8 / syscall number',
  s2: 'callee-saved', s3: 'callee-saved', s4: 'callee-saved', s5: 'callee-saved', s6: 'callee-saved', s7: 'callee-saved',
  s8: 'callee-saved', s9: 'callee-saved', s10: 'callee-saved', s11: 'callee-saved',
  t3: 'temporary', t4: 'temporary', t5: 'temporary', t6: 'temporary (backend address scratch)', pc: 'program counter',
};

export { A0 as RESULT_LO, A1 as RESULT_HI, A7 as LAST_ARG_REG };

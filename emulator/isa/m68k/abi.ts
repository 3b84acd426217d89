// The Linux/m68k System V ABI as Shuttle uses it: register roles, argument and result places,
// the callee-saved set, Linux syscall numbers and convention, the frame convention (link a6) and
// stack alignment. Also the qemu CPU model to run our images under qemu-user.

import type { FrameConvention, SyscallNumbers } from '../types';
import { A0, D0, D1, D2, D3, D4, D5, FP, SP } from './regs';

/**
 * Linux m68k syscall numbers (asm/unistd_32.h). Note exit_group is 247 on m68k (252 is
 * remap_file_pages there; 252 is exit_group on i386) — checked against the m68k headers and qemu.
 */
export const SYSCALLS: SyscallNumbers = { read: 3, write: 4, exit: 1, exit_group: 247, brk: 45 };

/** `trap #0`: number in d0, arguments in d1 d2 d3 d4 d5 a0, result in d0. */
export const SYSCALL_NUMBER_REG = D0;
export const SYSCALL_ARG_REGS = [D1, D2, D3, D4, D5, A0];
export const SYSCALL_RESULT_REG = D0;

/** SysV m68k: every argument on the stack (pushed right to left, at least 4 bytes each), caller pops. */
export const ARG_REGS: number[] = [];
export const ARG_STACK_OFFSET = 8;          // first argument at 8(a6) after `link a6`
/** Results: d0 (64-bit: d0 high word, d1 low word). */
export const RESULT_REG = D0;
export const RESULT_HI_REG = D0;
export const RESULT_LO_REG = D1;
/** Scratch (caller-saved): d0 d1 a0 a1. Callee-saved: d2-d7, a2-a6. */
export const CALLER_SAVED = [D0, D1, 8, 9];
export const CALLEE_SAVED = [2, 3, 4, 5, 6, 7, 10, 11, 12, 13, FP];
export const FP_REG = FP;
export const SP_REG = SP;
export { D2, D3, D4, D5 };

export const FRAME: FrameConvention = {
  fpRegister: 'a6',
  spRegister: 'sp',
  savedFpOffset: 0,        // link a6 pushes the old a6: 0(a6)
  returnAddressOffset: 4,  // the return address pushed by bsr/jsr: 4(a6)
  resultRegister: 'd0',
  linkBytes: 8,
  variadicSaveBytes: 0,
  entryReturnAddress: (cpu, mem) => mem.read32(cpu.getReg('sp') >>> 0) >>> 0,
  setsFramePointer: (d) => d.mnemonic.startsWith('link'),
  isReturn: (d) => d.mnemonic === 'rts',
};

/** The SysV m68k ABI only needs 2-byte stack alignment; we keep frames 4-byte aligned. */
export const STACK_ALIGN = 4;

/** ELF header facts: EM_68K, big-endian ELF32, e_flags 0 (680x0, not ColdFire). */
export const ELF = { machine: 4, flags: 0, class: 32 as const, bigEndian: true };

/**
 * CPU model for qemu-user: `qemu-m68k -cpu help` offers cfv4e m5206 m5208 m68000 m68010 m68020
 * m68030 m68040 m68060 any. With e_flags 0 qemu-user already picks a 680x0 model (m68040), which
 * runs every 68020 integer instruction we emit; pass `-cpu m68020` anyway so the model matches
 * Shuttle's emulator exactly (the tests do `qemu-m68k -cpu ${QEMU_CPU} prog`).
 */
export const QEMU_CPU = 'm68020';

// The SysV AMD64 calling convention as Shuttle uses it: argument and result registers, the
// callee-saved set, Linux syscall numbers and registers, the frame convention (push %rbp;
// mov %rsp,%rbp: caller's rbp at 0(%rbp), return address at 8(%rbp), stack arguments from
// 16(%rbp)), 16-byte stack alignment at calls, and where each argument of a call goes.
//
// One deviation from SysV (calls are between Shuttle code only): arguments a variadic callee
// receives in its `...` part are always passed on the stack, after the stack-passed named
// arguments, so va_arg is a plain pointer walk over 8-byte slots (va_list is a `char *`); named
// arguments of variadic functions use registers as usual. No %al vector count is set.

import type { FrameConvention, SyscallNumbers } from '../types';
import { RAX, RBP, RBX, RCX, RDI, RDX, RSI, RSP, R8, R9, R10, R11, R12, R13, R14, R15 } from './encode';

/** Integer argument registers, in order: rdi rsi rdx rcx r8 r9. */
export const ARG_REGS = [RDI, RSI, RDX, RCX, R8, R9];
export const RESULT_REG = RAX;
export const CALLEE_SAVED = [RBX, RBP, R12, R13, R14, R15, RSP];
export const CALLER_SAVED = [RAX, RCX, RDX, RSI, RDI, R8, R9, R10, R11];
/** rsp is 16-byte aligned at every call instruction (before the return address is pushed). */
export const STACK_ALIGN = 16;
/** bytes between a callee's rbp and its first stack argument: saved rbp and the return address */
export const LINK_BYTES = 16;

/** Linux x86-64 syscall numbers (asm/unistd_64.h). */
export const SYSCALLS: SyscallNumbers = { read: 0, write: 1, exit: 60, exit_group: 231, brk: 12 };
/** `syscall`: number in rax, arguments rdi rsi rdx r10 r8 r9, result rax; rcx and r11 are clobbered. */
export const SYSCALL_NUM_REG = RAX;
export const SYSCALL_ARG_REGS = [RDI, RSI, RDX, R10, R8, R9];
export const SYSCALL_RESULT_REG = RAX;

export const FRAME: FrameConvention = {
  fpRegister: 'rbp', spRegister: 'rsp', savedFpOffset: 0, returnAddressOffset: 8, resultRegister: 'rax',
  linkBytes: LINK_BYTES, variadicSaveBytes: 0,
  entryReturnAddress: (cpu, mem, fnStart) => {
    // between the prologue's `push %rbp` (0x55) and `mov %rsp,%rbp` the saved rbp sits on top;
    // at the first instruction and at `ret` (0xc3, after `leave`) the return address does
    const pc = cpu.pc >>> 0, rsp = cpu.getReg('rsp') >>> 0;
    const pushed = pc !== fnStart >>> 0 && mem.read8(fnStart) === 0x55 && mem.read8(pc) !== 0xc3;
    return mem.read32(rsp + (pushed ? 8 : 0)) >>> 0;
  },
  setsFramePointer: (d) => d.mnemonic === 'mov' && d.operands.replace(/\s/g, '') === '%rsp,%rbp',
  isReturn: (d) => d.mnemonic === 'ret',
};

/** Where one argument goes: an argument register (index into ARG_REGS) or an 8-byte stack slot. */
export type ArgLoc = { reg: number } | { stack: number };

/**
 * Locations of a call's arguments (or a function's parameters): the first six named arguments in
 * registers, the rest of the named ones in 8-byte stack slots from the outgoing sp, then every
 * variadic argument (index >= fixedArgs) in stack slots. Returns the stack bytes used (a multiple of 8).
 */
export function argLocations(count: number, fixedArgs: number): { locs: ArgLoc[]; stackBytes: number } {
  const locs: ArgLoc[] = [];
  let reg = 0, stack = 0;
  for (let i = 0; i < count; i++) {
    if (i < fixedArgs && reg < ARG_REGS.length) locs.push({ reg: reg++ });
    else { locs.push({ stack }); stack += 8; }
  }
  return { locs, stackBytes: stack };
}

/** What each register is for, by name (for register views and hovers). */
export const REG_ROLES: Readonly<Record<string, string>> = {
  rax: 'result / syscall number / scratch', rbx: 'callee-saved (unused by Shuttle)', rcx: 'argument 4 / scratch',
  rdx: 'argument 3 / scratch', rsi: 'argument 2', rdi: 'argument 1', rbp: 'frame pointer', rsp: 'stack pointer',
  r8: 'argument 5', r9: 'argument 6', r10: 'syscall argument 4 / scratch', r11: 'scratch (indirect calls)',
  r12: 'callee-saved', r13: 'callee-saved', r14: 'callee-saved', r15: 'callee-saved', rip: 'instruction pointer',
  rflags: 'flags: CF PF ZF SF OF',
};

/** ELF header facts: EM_X86_64, little-endian ELF64, e_flags 0. */
export const ELF = { machine: 62, flags: 0, class: 64 as const, bigEndian: false };

// x86-64 registers: the names users see (RegisterInfo order), the hardware numbering shared by the
// encoder, decoder, disassembler and CPU (rax=0 rcx=1 rdx=2 rbx=3 rsp=4 rbp=5 rsi=6 rdi=7, r8-r15 =
// 8-15), the AT&T names of every operand size, and the condition-code names in encoding order.

import type { RegisterInfo } from '../types';

/** Hardware register numbers. */
export const RAX = 0, RCX = 1, RDX = 2, RBX = 3, RSP = 4, RBP = 5, RSI = 6, RDI = 7;
export const R8 = 8, R9 = 9, R10 = 10, R11 = 11, R12 = 12, R13 = 13, R14 = 14, R15 = 15;

/** 64-bit names by hardware number. */
export const REG64 = ['rax', 'rcx', 'rdx', 'rbx', 'rsp', 'rbp', 'rsi', 'rdi',
  'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15'];
export const REG32 = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi',
  'r8d', 'r9d', 'r10d', 'r11d', 'r12d', 'r13d', 'r14d', 'r15d'];
export const REG16 = ['ax', 'cx', 'dx', 'bx', 'sp', 'bp', 'si', 'di',
  'r8w', 'r9w', 'r10w', 'r11w', 'r12w', 'r13w', 'r14w', 'r15w'];
/** Byte registers as the decoder numbers them: 0-15 the low bytes (spl/bpl/sil/dil need a REX
 *  prefix), 16-19 the legacy high bytes ah/ch/dh/bh (register number 4-7 without REX). */
export const REG8 = ['al', 'cl', 'dl', 'bl', 'spl', 'bpl', 'sil', 'dil',
  'r8b', 'r9b', 'r10b', 'r11b', 'r12b', 'r13b', 'r14b', 'r15b', 'ah', 'ch', 'dh', 'bh'];
/** first byte-register number of the legacy high bytes (ah = AH_BASE + 0 lives in rax bits 8-15) */
export const AH_BASE = 16;

/** A register's AT&T name (without `%`) for an operand size in bytes. */
export function regName(n: number, size: number): string {
  return size === 8 ? REG64[n] : size === 4 ? REG32[n] : size === 2 ? REG16[n] : REG8[n];
}

/** Names shown to users, in RegisterInfo order (not hardware order). */
export const USER_ORDER = ['rax', 'rbx', 'rcx', 'rdx', 'rsi', 'rdi', 'rbp', 'rsp',
  'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15'];

/** rflags bits the CPU computes (AF is kept too, though no emitted instruction reads it). */
export const CF = 1 << 0, PF = 1 << 2, AF = 1 << 4, ZF = 1 << 6, SF = 1 << 7, DF = 1 << 10, OF = 1 << 11;

export const REGISTERS: RegisterInfo[] = [
  ...USER_ORDER.map((name): RegisterInfo => ({
    name, bits: 64, role: name === 'rsp' ? 'sp' : name === 'rbp' ? 'fp' : 'gpr',
  })),
  { name: 'rip', bits: 64, role: 'pc' },
  {
    name: 'rflags', bits: 64, role: 'flags',
    fields: [{ name: 'OF', bit: 11 }, { name: 'SF', bit: 7 }, { name: 'ZF', bit: 6 }, { name: 'PF', bit: 2 }, { name: 'CF', bit: 0 }],
  },
];

/** Hardware number of a 64-bit register name (`rax`, `%r12`), or -1. */
export function regNumber(name: string): number {
  return REG64.indexOf(name.toLowerCase().replace(/^%/, ''));
}

/** Condition codes in encoding order (low nibble of jcc/setcc/cmovcc opcodes). */
export const CONDS = ['o', 'no', 'b', 'ae', 'e', 'ne', 'be', 'a', 's', 'ns', 'p', 'np', 'l', 'ge', 'le', 'g'];

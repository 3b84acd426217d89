// The x86-64 ISA module (LP64, little-endian ELF64): ties registers, ABI facts, the disassembler
// and the CPU into the `IsaModule` the machine and the tools use.

import { LP64_LE } from '../../compiler/types';
import type { IsaModule } from '../types';
import { FRAME, SYSCALLS } from './abi';
import { createCpu } from './cpu';
import { disassemble } from './disasm';
import { REGISTERS } from './regs';

export const isa: IsaModule = {
  id: 'x86_64',
  title: 'x86-64',
  dataModel: LP64_LE,
  elf: { machine: 62, flags: 0, class: 64, bigEndian: false },
  registers: REGISTERS,
  syscalls: SYSCALLS,
  frame: FRAME,
  insnAlign: 1,
  disassemble,
  createCpu,
};

export { X86Cpu } from './cpu';

// The Motorola 68020 ISA module: ties registers, ABI facts, the disassembler and the CPU into
// the `IsaModule` the machine and the tools use.

import { ILP32_BE_M68K } from '../../compiler/types';
import type { IsaModule } from '../types';
import { ELF, FRAME, SYSCALLS } from './abi';
import { createCpu } from './cpu';
import { disassemble } from './disasm';
import { REGISTERS } from './regs';

export const isa: IsaModule = {
  id: 'm68k',
  title: 'Motorola 68020',
  dataModel: ILP32_BE_M68K,
  elf: { ...ELF },
  registers: REGISTERS,
  syscalls: SYSCALLS,
  frame: FRAME,
  insnAlign: 2,
  disassemble,
  createCpu,
};

export { M68kCpu } from './cpu';
export { QEMU_CPU } from './abi';

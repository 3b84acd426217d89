// The RV32IM ISA module: registers, ABI facts, ELF identity, disassembler and CPU factory.

import type { IsaModule } from '../types';
import { ILP32_LE } from '../../compiler/types';
import { REGISTERS } from './regs';
import { FRAME, SYSCALLS } from './abi';
import { disassemble } from './disasm';
import { Rv32Cpu } from './cpu';

export const isa: IsaModule = {
  id: 'rv32',
  title: 'RISC-V RV32IM',
  dataModel: ILP32_LE,
  elf: { machine: 243, flags: 0, class: 32, bigEndian: false },
  registers: REGISTERS,
  syscalls: SYSCALLS,
  frame: FRAME,
  insnAlign: 4,
  disassemble,
  createCpu: (mem, host) => new Rv32Cpu(mem, host),
};

export { Rv32Cpu } from './cpu';

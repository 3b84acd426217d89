// What every ISA provides (emulator/isa/<isa>/index.ts exports one IsaModule): its registers,
// ABI facts, decoder/disassembler and an interpreter CPU. One ISA never imports another.

import type { DataModel } from '../compiler/types';

export type IsaId = 'rv32' | 'm68k';

export interface RegisterInfo {
  name: string;        // as shown to users: 'a0', 'd0', 'sp', 'pc', 'ccr'
  bits: 8 | 16 | 32 | 64;
  /** 'gpr' general purpose, 'pc', 'flags', 'sp', 'fp' */
  role: 'gpr' | 'pc' | 'flags' | 'sp' | 'fp';
}

/** Linux numbers of the syscalls Shuttle uses, on this ISA. */
export interface SyscallNumbers { read: number; write: number; exit: number; exit_group: number; brk: number }

/** How to walk a frame: offsets from the frame pointer to the caller's saved fp and the return address. */
export interface FrameConvention {
  fpRegister: string;     // 's0' / 'a6'
  spRegister: string;     // 'sp'
  savedFpOffset: number;  // where the caller's fp is stored, relative to fp
  returnAddressOffset: number;
  /** the register holding a function's (and a syscall's) 32-bit result: 'a0' / 'd0' */
  resultRegister: string;
}

export interface Disassembled {
  /** length in bytes; at least the ISA's minimum instruction size even for an illegal encoding */
  length: number;
  /** mnemonic and operands in binutils (objdump -d) syntax, e.g. `addi\ta0,a0,1` → shown as 'addi a0,a0,1' */
  mnemonic: string;
  operands: string;
  /** absolute branch/call target, when the instruction has one (for listings and the Disassembly view) */
  target?: number;
  illegal?: boolean;
}

/** Memory as an ISA's CPU sees it (emulator/machine/memory.ts implements it with the ISA's byte order). */
export interface Mem {
  read8(a: number): number; read16(a: number): number; read32(a: number): number;
  write8(a: number, v: number): void; write16(a: number, v: number): void; write32(a: number, v: number): void;
  /** text bytes for the decoder (no permission checks beyond mapping) */
  fetch16(a: number): number; fetch32(a: number): number;
}

/** What a CPU calls out to: the machine's syscall dispatcher. */
export interface CpuHost {
  /** handles syscall `num` with `args`; returns the value for the result register. May set `stopped`. */
  syscall(num: number, args: number[]): number;
  /** set by the host (exit, fault, migration request) to make run() return at the next instruction */
  stopped: boolean;
}

export type StopReason = 'budget' | 'breakpoint' | 'host';

export interface Cpu {
  pc: number;
  /** run at most `budget` instructions; returns why it stopped. Faults are thrown as MachineFault. */
  run(budget: number): StopReason;
  /** instructions retired since reset */
  instructions: number;
  /** addresses where run() stops *before* executing; checked only when non-empty */
  breakpoints: Set<number>;
  getReg(name: string): number;
  setReg(name: string, value: number): void;
  /** every register of RegisterInfo order, as unsigned numbers (pc included) */
  registers(): { name: string; value: number }[];
  /** forget decoded instructions (after a write to text, e.g. by a debugger) */
  flushDecodeCache(): void;
}

export interface IsaModule {
  id: IsaId;
  title: string;                 // 'RISC-V RV32IM'
  dataModel: DataModel;
  elf: { machine: number; flags: number; class: 32 | 64; bigEndian: boolean };
  registers: RegisterInfo[];
  syscalls: SyscallNumbers;
  frame: FrameConvention;
  /** minimum instruction length and alignment of code */
  insnAlign: number;
  disassemble(mem: Mem, addr: number): Disassembled;
  createCpu(mem: Mem, host: CpuHost): Cpu;
}

export type FaultKind =
  | 'illegal instruction' | 'bad access' | 'write to text' | 'misaligned access'
  | 'division by zero' | 'stack overflow' | 'instruction limit';

/** A runtime fault: thrown by CPUs and memory, caught by the machine, shown to users. */
export class MachineFault extends Error {
  constructor(
    public kind: FaultKind,
    public pc: number,
    public address: number | undefined,
    detail: string,
    public isa?: IsaId,
  ) { super(detail); }
}

// What every ISA provides (emulator/isa/<isa>/index.ts exports one IsaModule): its registers,
// ABI facts, decoder/disassembler and an interpreter CPU. One ISA never imports another.

import type { DataModel } from '../compiler/types';

export type IsaId = 'rv32' | 'm68k' | 'x86_64';

export interface RegisterInfo {
  name: string;        // as shown to users: 'a0', 'd0', 'sp', 'pc', 'ccr'
  bits: 8 | 16 | 32 | 64;
  /** 'gpr' general purpose, 'pc', 'flags', 'sp', 'fp' */
  role: 'gpr' | 'pc' | 'flags' | 'sp' | 'fp';
  /** a flags register's named bits, most significant first (m68k ccr: X N Z V C) */
  fields?: { name: string; bit: number }[];
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
  /** bytes between the caller's sp at a call and the callee's fp: m68k 8 (return address and
   *  saved a6 pushed), rv32 0 (fp is the incoming sp) */
  linkBytes: number;
  /** extra bytes a variadic callee's fp sits below that (rv32's a0-a7 save area: 32; m68k 0) */
  variadicSaveBytes: number;
  /** the return address while a function has no frame of its own (in its prologue before the
   *  frame pointer is set, and at its return instruction), given the function's first address:
   *  rv32 `ra`, m68k the word at `sp`, x86-64 the word at `rsp` (at `rsp+8` once `push %rbp` ran) */
  entryReturnAddress(cpu: Cpu, mem: Mem, fnStart: number): number;
  /** true for the prologue instruction that sets the frame pointer (rv32 `addi s0,…`, m68k `link`) */
  setsFramePointer(d: Disassembled): boolean;
  /** true for the instruction that returns to the caller (rv32 `jalr zero,0(ra)`, m68k `rts`) */
  isReturn(d: Disassembled): boolean;
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
  /** a register's value as an unsigned 32-bit number; for a 64-bit register, its low 32 bits
   *  (Shuttle keeps every address below 2^31, so sp, fp and pc are exact) */
  getReg(name: string): number;
  /** sets a register from a 32-bit value; a 64-bit register gets it sign-extended */
  setReg(name: string, value: number): void;
  /** a register's full value, unsigned (any width) */
  getRegBig(name: string): bigint;
  /** sets a register to the low `bits` of `value` */
  setRegBig(name: string, value: bigint): void;
  /** every register of RegisterInfo order (pc included): `value` unsigned 32-bit (the low half of
   *  a 64-bit register), `big` the full value of registers wider than 32 bits */
  registers(): { name: string; value: number; big?: bigint }[];
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

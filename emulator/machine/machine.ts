// The machine: one emulated process running an image on its ISA's CPU. Loads the ELF, builds the
// initial stack, serves syscalls, runs the CPU in budgets until exit, fault, breakpoint or an
// instruction limit, and turns MachineFaults into FaultInfo attributed to a function and a
// source line through the image's debug info. Migration uses its hooks: the onMigrate/onPoint
// syscall hooks (run() then returns 'migrate'), runTo(pc), currentFp() and the io option.

import { functionAt, lineAt, type DebugInfo } from '../compiler/debuginfo';
import { getIsa } from '../isa/index';
import { MachineFault, type Cpu, type FaultKind, type IsaId, type IsaModule } from '../isa/types';
import { Heap } from './heap';
import type { Image } from './image';
import { loadElf, readElf, setupStack, type ElfFile } from './loader';
import { Memory, type Region } from './memory';
import { SyscallHost, type IoOptions } from './syscalls';

/** stdin, onOutput, io (a restored process's I/O state), onMigrate and onPoint: see IoOptions */
export interface MachineOptions extends IoOptions {
  /** the complete argument vector, argv[0] included (default: the program's file name) */
  argv?: string[];
  /** use this ISA module instead of the registry's (tests with fake CPUs) */
  isa?: IsaModule;
}

export interface FaultInfo {
  kind: FaultKind; isa: IsaId; pc: number; address?: number; message: string;
  file?: string; line?: number; col?: number; function?: string;
}

export interface RunResult {
  /** 'migrate': an onMigrate/onPoint hook answered 'stop' (pc after the trap; run() again continues) */
  status: 'exited' | 'fault' | 'breakpoint' | 'limit' | 'migrate';
  exitCode?: number;
  stdout: Uint8Array;
  stderr: Uint8Array;
  fault?: FaultInfo;
  instructions: number;
}

/** Instructions per cpu.run() call: small enough to stay responsive, large enough to be cheap. */
export const BUDGET = 1 << 20;
/** Total instructions after which a program is stopped with an 'instruction limit' fault. */
export const DEFAULT_INSTRUCTION_LIMIT = 2e9;

const hex = (n: number): string => '0x' + (n >>> 0).toString(16);

export class Machine {
  readonly isa: IsaModule;
  readonly memory: Memory;
  readonly cpu: Cpu;
  readonly host: SyscallHost;
  readonly heap: Heap;
  readonly debug: DebugInfo;
  /** set once the program faulted: it cannot continue */
  fault: FaultInfo | undefined;
  /** the total limit (default 2e9); exceeding it is a fault */
  instructionLimit = DEFAULT_INSTRUCTION_LIMIT;

  constructor(readonly image: Image, opts: MachineOptions = {}) {
    this.isa = opts.isa ?? getIsa(image.isa);
    this.debug = image.debug;
    const loaded = loadImage(image);
    this.memory = loaded.memory;
    this.heap = new Heap(this.memory, this.memory.region('heap')!);
    this.host = new SyscallHost(this.memory, this.isa.syscalls, this.memory.region('data')!, this.heap, opts);
    this.cpu = this.isa.createCpu(this.memory, this.host);
    this.host.currentResult = () => this.cpu.getReg(this.isa.frame.resultRegister);
    const argv = opts.argv ?? [image.debug?.program?.file ?? 'a.out'];
    const sp = setupStack(this.memory, argv, this.isa.dataModel.ptr);
    this.cpu.setReg(this.isa.frame.spRegister, sp);
    this.cpu.pc = loaded.entry;
  }

  /** Run until exit, fault, breakpoint, or `maxInstructions` more instructions ('limit'). */
  run(opts: { maxInstructions?: number } = {}): RunResult {
    const stopAt = opts.maxInstructions !== undefined ? this.cpu.instructions + opts.maxInstructions : Infinity;
    while (!this.fault && !this.exited()) {
      const done = this.cpu.instructions;
      if (done >= this.instructionLimit) {
        this.fault = this.faultInfo(new MachineFault('instruction limit', this.cpu.pc, undefined,
          `the program ran ${this.instructionLimit} instructions without exiting (an endless loop?)`));
        break;
      }
      if (done >= stopAt) return this.result('limit');
      const budget = Math.max(1, Math.min(BUDGET, stopAt - done, this.instructionLimit - done));
      let why;
      try {
        why = this.cpu.run(budget);
      } catch (e) {
        if (!(e instanceof MachineFault)) throw e;
        this.fault = this.faultInfo(e);
        break;
      }
      if (why === 'breakpoint') return this.result('breakpoint');
      if (why === 'host' && !this.exited()) {
        this.host.stopped = false;
        if (this.host.migrationStop) { this.host.migrationStop = undefined; return this.result('migrate'); }
      }
    }
    return this.result(this.fault ? 'fault' : 'exited');
  }

  /**
   * Run until the pc reaches `pc` (a temporary breakpoint), exit, fault or the instruction limit.
   * Returns at once with status 'breakpoint' when the pc is already there.
   */
  runTo(pc: number, opts: { maxInstructions?: number } = {}): RunResult {
    if (this.cpu.pc === pc) return this.result('breakpoint');
    const bps = this.cpu.breakpoints;
    const had = bps.has(pc);
    bps.add(pc);
    try {
      return this.run(opts);
    } finally {
      if (!had) bps.delete(pc);
    }
  }

  /** The frame pointer register's value (unsigned). */
  currentFp(): number {
    return this.cpu.getReg(this.isa.frame.fpRegister) >>> 0;
  }

  /**
   * Give up this machine (a migrated process has moved on to another one): its stack buffer is
   * recycled for the next machine created. The machine must not be used afterwards; its stack
   * reads as unmapped memory.
   */
  dispose(): void {
    const stack = this.memory.region('stack');
    if (!stack || stack.end === stack.base) return;
    recycleStack(stack.bytes, stack.low);
    stack.bytes = new Uint8Array(0);
    stack.low = 0;
    stack.view = new DataView(stack.bytes.buffer);
    stack.end = stack.base;
  }

  /** One step up the frame-pointer chain: the return address and the caller's fp saved in the frame at `fp`. */
  callerOf(fp: number): { ret: number; fp: number } {
    const fr = this.isa.frame;
    return { ret: this.readWord(fp + fr.returnAddressOffset), fp: this.readWord(fp + fr.savedFpOffset) };
  }

  /** A pointer-sized word (4 or 8 bytes in the ISA's byte order) as an unsigned number. */
  private readWord(a: number): number {
    if (this.isa.dataModel.ptr !== 8) return this.memory.read32(a) >>> 0;
    const lo = this.memory.read32(this.isa.dataModel.bigEndian ? a + 4 : a) >>> 0;
    const hi = this.memory.read32(this.isa.dataModel.bigEndian ? a : a + 4) >>> 0;
    return hi * 0x100000000 + lo;
  }

  exited(): boolean {
    return this.host.stopped && this.host.exitCode !== undefined;
  }

  private result(status: RunResult['status']): RunResult {
    if (status === 'breakpoint' || status === 'migrate' || status === 'limit') {
      // a stop in mid-run (every migration point of a migrating process): the output so far is
      // copied only if asked for, when first read
      const host = this.host;
      let out: Uint8Array | undefined, err: Uint8Array | undefined;
      return {
        status, instructions: this.cpu.instructions,
        get stdout(): Uint8Array { return (out ??= host.stdout.bytes()); },
        get stderr(): Uint8Array { return (err ??= host.stderr.bytes()); },
      };
    }
    const r: RunResult = { status, stdout: this.host.stdout.bytes(), stderr: this.host.stderr.bytes(), instructions: this.cpu.instructions };
    if (status === 'exited') r.exitCode = this.host.exitCode;
    if (status === 'fault') r.fault = this.fault;
    return r;
  }

  /** Attribute a fault to the ISA, pc, function and source position. */
  faultInfo(e: MachineFault): FaultInfo {
    const pc = e.pc || this.cpu.pc;
    this.cpu.pc = pc;
    const f: FaultInfo = { kind: e.kind, isa: this.isa.id, pc: pc >>> 0, message: e.message };
    if (e.address !== undefined) f.address = e.address >>> 0;
    if (!this.debug) return f;
    const fn = functionAt(this.debug, pc);
    if (fn) f.function = fn.name;
    const pos = lineAt(this.debug, pc);
    if (pos) { f.file = pos.file; f.line = pos.line; f.col = pos.col; }
    else if (fn && fn.line > 0) { f.file = this.debug.files[fn.file]; f.line = fn.line; f.col = fn.col; } // in the prologue
    if (fn?.runtime) {
      const caller = this.userCaller();
      if (caller) f.message += ` (called from ${caller})`;
    }
    return f;
  }

  /** The first non-runtime frame above the current one, as `fn, file:line:col` (best effort). */
  private userCaller(): string | undefined {
    try {
      const fr = this.isa.frame;
      let fp = this.cpu.getReg(fr.fpRegister) >>> 0;
      for (let depth = 0; depth < 64 && fp; depth++) {
        const { ret, fp: up } = this.callerOf(fp);
        const fn = functionAt(this.debug, ret - 1);
        if (fn && !fn.runtime) {
          const pos = lineAt(this.debug, ret - 1);
          return pos ? `${fn.name}, ${pos.file}:${pos.line}:${pos.col}` : fn.name;
        }
        fp = up;
      }
    } catch {
      // a corrupt stack: no caller information
    }
    return undefined;
  }
}

/**
 * What loading an image gives, without the cost of doing it again: the parsed ELF file and the
 * regions loadElf mapped for it (a template). A new machine copies the template's text and data
 * bytes and gets a fresh zeroed stack from zeroStack(); the result is the same memory loadElf
 * would build, in a fraction of the time (restore creates a machine per migration).
 */
interface LoadTemplate { elf: ElfFile; entry: number; bigEndian: boolean; regions: Region[] }

const templates = new WeakMap<Uint8Array, LoadTemplate>();

function loadImage(image: Image): { memory: Memory; entry: number } {
  let t = templates.get(image.elf);
  if (!t) {
    const elf = readElf(image.elf);
    const loaded = loadElf(elf);
    t = { elf, entry: loaded.entry, bigEndian: loaded.memory.bigEndian, regions: loaded.memory.regions.map(snapshotRegion) };
    templates.set(image.elf, t);
    return loaded;
  }
  const memory = new Memory(t.bigEndian);
  for (const r of t.regions) {
    const copy = memory.map(r.name, r.base, 0, r.writable, r.max - r.base);
    const size = r.end - r.base;
    copy.bytes = r.name === 'stack' ? zeroStack(size) : r.name === 'heap' ? new Uint8Array(size) : r.bytes.slice(0, size);
    copy.view = new DataView(copy.bytes.buffer, copy.bytes.byteOffset, copy.bytes.byteLength);
    copy.low = copy.bytes.length;
    copy.end = r.end;
  }
  return { memory, entry: t.entry };
}

/** A region as loaded, its bytes copied (the first machine goes on to change its own). */
function snapshotRegion(r: Region): Region {
  const bytes = r.name === 'stack' || r.name === 'heap' ? new Uint8Array(0) : r.bytes.slice(0, r.end - r.base);
  return { ...r, bytes, view: new DataView(bytes.buffer) };
}

const WASM_PAGE = 65536;
/** the part of the WebAssembly API used here (the project's TypeScript lib has no DOM types) */
interface WasmApi { Memory: new (d: { initial: number; maximum: number }) => { buffer: ArrayBuffer } }
/** stacks of disposed machines with the lowest offset their machine wrote, cleared when taken */
const stackPool: { bytes: Uint8Array; low: number }[] = [];
const POOL_MAX = 4;

function recycleStack(bytes: Uint8Array, low: number): void {
  if (stackPool.length < POOL_MAX && bytes.length > 0) stackPool.push({ bytes, low });
}

/**
 * A zeroed buffer for a stack region. A plain `new Uint8Array(8 MiB)` costs milliseconds (the C
 * allocator clears it byte by byte once it serves such sizes from its heap); a WebAssembly memory
 * is fresh zero pages from the system, paid only for the pages the stack touches.
 */
function zeroStack(size: number): Uint8Array {
  const i = stackPool.findIndex((b) => b.bytes.length === size);
  if (i >= 0) {
    // every write went through Memory, which kept the lowest offset written: zero from there up
    const { bytes, low } = stackPool.splice(i, 1)[0];
    return bytes.fill(0, low);
  }
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (size > 0 && size % WASM_PAGE === 0 && wasm) {
    try {
      const pages = size / WASM_PAGE;
      return new Uint8Array(new wasm.Memory({ initial: pages, maximum: pages }).buffer);
    } catch {
      // address space for wasm memories exhausted: fall back to the ordinary allocator
    }
  }
  return new Uint8Array(size);
}

/** One line: `shuttle: bad access at 0x0 (pc 0x100a4, m68k) in main, prog.c:12:5: message`. */
export function formatFault(f: FaultInfo): string {
  const at = f.address !== undefined ? ` at ${hex(f.address)}` : '';
  let where = f.function ? ` in ${f.function}` : '';
  if (f.file) where += `${where ? ',' : ' at'} ${f.file}:${f.line}:${f.col}`;
  return `shuttle: ${f.kind}${at} (pc ${hex(f.pc)}, ${f.isa})${where}: ${f.message}`;
}

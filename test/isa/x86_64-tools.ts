// Test support for the x86-64 decoder/CPU tests: assemble AT&T source with x86_64-linux-gnu-as,
// read back .text bytes and objdump's disassembly, link static ELF64 programs with
// x86_64-linux-gnu-ld, load an ELF64's PT_LOAD segments into a flat little-endian memory, and
// run programs on our CPU with a minimal Linux host (write, exit, exit_group).

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MachineFault, type CpuHost, type Mem } from '../../emulator/isa/types';
import { X86Cpu } from '../../emulator/isa/x86_64/cpu';
import { parseObjdump, type ObjdumpInsn } from '../helpers/objdump-normalise';

export const AS = 'x86_64-linux-gnu-as', LD = 'x86_64-linux-gnu-ld', OBJDUMP = 'x86_64-linux-gnu-objdump';
export const OBJCOPY = 'x86_64-linux-gnu-objcopy', QEMU = 'qemu-x86_64';

function run(tool: string, args: string[], input?: string): string {
  const r = spawnSync(tool, args, { input, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** Assemble `source` into `dir/name.o`; returns the object path. */
export function assemble(dir: string, name: string, source: string): string {
  const src = path.join(dir, `${name}.s`), obj = path.join(dir, `${name}.o`);
  fs.writeFileSync(src, source);
  run(AS, ['--64', '-o', obj, src]);
  return obj;
}

/** The raw .text bytes of an object file. */
export function textBytes(obj: string): Uint8Array {
  const bin = obj + '.text.bin';
  run(OBJCOPY, ['-O', 'binary', '-j', '.text', obj, bin]);
  return new Uint8Array(fs.readFileSync(bin));
}

/** objdump's instructions of a file's .text. */
export function objdumpInsns(file: string): ObjdumpInsn[] {
  return parseObjdump(run(OBJDUMP, ['-d', '-j', '.text', file]));
}

/** Assemble and link a static program (entry `_start`, text at 0x401000); returns the ELF path. */
export function linkProgram(dir: string, name: string, source: string): string {
  const obj = assemble(dir, name, source), exe = path.join(dir, name);
  run(LD, ['-static', '-nostdlib', '-o', exe, obj]);
  return exe;
}

/** A flat little-endian memory: [base, base+size) readable and writable. */
export class FlatMem implements Mem {
  readonly bytes: Uint8Array;
  private dv: DataView;
  constructor(readonly base: number, size: number) { this.bytes = new Uint8Array(size); this.dv = new DataView(this.bytes.buffer); }
  private at(a: number, n: number): number {
    const k = a - this.base;
    if (k < 0 || k + n > this.bytes.length) throw new MachineFault('bad access', 0, a, `bad access at 0x${(a >>> 0).toString(16)}`);
    return k;
  }
  read8(a: number): number { return this.dv.getUint8(this.at(a, 1)); }
  read16(a: number): number { return this.dv.getUint16(this.at(a, 2), true); }
  read32(a: number): number { return this.dv.getUint32(this.at(a, 4), true); }
  write8(a: number, v: number): void { this.dv.setUint8(this.at(a, 1), v & 0xff); }
  write16(a: number, v: number): void { this.dv.setUint16(this.at(a, 2), v & 0xffff, true); }
  write32(a: number, v: number): void { this.dv.setUint32(this.at(a, 4), v >>> 0, true); }
  fetch16(a: number): number { return this.read16(a); }
  fetch32(a: number): number { return this.read32(a); }
}

/** Linux write/exit/exit_group for tests; records stdout bytes and the exit status. */
export class TestHost implements CpuHost {
  stopped = false;
  exitCode: number | undefined;
  out: number[] = [];
  constructor(private mem: Mem) {}
  syscall(num: number, args: number[]): number {
    if (num === 60 || num === 231) { this.exitCode = args[0] & 0xff; this.stopped = true; return 0; }
    if (num === 1) {
      for (let i = 0; i < args[2]; i++) this.out.push(this.mem.read8((args[1] + i) >>> 0));
      return args[2];
    }
    return -38;
  }
}

export const MEM_BASE = 0x400000, MEM_SIZE = 0x4000000, STACK_TOP = MEM_BASE + MEM_SIZE - 0x100;

/** Load a static ELF64's PT_LOAD segments into a fresh FlatMem; returns it and the entry point. */
export function loadElf64(file: string): { mem: FlatMem; entry: number } {
  const b = fs.readFileSync(file), dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const entry = Number(dv.getBigUint64(24, true)), phoff = Number(dv.getBigUint64(32, true));
  const phentsize = dv.getUint16(54, true), phnum = dv.getUint16(56, true);
  const mem = new FlatMem(MEM_BASE, MEM_SIZE);
  for (let k = 0; k < phnum; k++) {
    const ph = phoff + k * phentsize;
    if (dv.getUint32(ph, true) !== 1) continue;
    const off = Number(dv.getBigUint64(ph + 8, true)), vaddr = Number(dv.getBigUint64(ph + 16, true));
    const filesz = Number(dv.getBigUint64(ph + 32, true));
    mem.bytes.set(b.subarray(off, off + filesz), vaddr - MEM_BASE);
  }
  return { mem, entry };
}

/** Run a static ELF64 on our CPU; returns stdout, exit status, or the fault. */
export function runOnCpu(file: string, budget = 50_000_000): { out: Buffer; status?: number; fault?: MachineFault; cpu: X86Cpu } {
  const { mem, entry } = loadElf64(file);
  const host = new TestHost(mem);
  const cpu = new X86Cpu(mem, host);
  cpu.pc = entry;
  cpu.setReg('rsp', STACK_TOP);
  try {
    cpu.run(budget);
  } catch (e) {
    if (!(e instanceof MachineFault)) throw e;
    return { out: Buffer.from(host.out), fault: e, cpu };
  }
  return { out: Buffer.from(host.out), status: host.exitCode, cpu };
}

/** Run a static ELF64 under qemu-x86_64. */
export function runOnQemu(file: string): { out: Buffer; status: number | null; signal: string | null } {
  const r = spawnSync(QEMU, [file], { maxBuffer: 64 << 20, timeout: 60_000 });
  return { out: r.stdout ?? Buffer.alloc(0), status: r.status, signal: r.signal };
}

/** Deterministic PRNG (mulberry32): the same random programs and encodings on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

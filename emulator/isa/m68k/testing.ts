// Test support for the 68020 pieces (not used by the product): a sparse big-endian memory that
// implements `Mem`, a minimal ELF32 loader for images made by the GNU tools, and a tiny syscall
// host (write/exit) so tests can run code on the CPU without the machine.

import { MachineFault, type CpuHost, type Mem } from '../types';
import { SYSCALLS } from './abi';

/** Sparse memory in 4 KiB pages; reading an unmapped page is a 'bad access' fault. */
export class FlatMem implements Mem {
  private pages = new Map<number, Uint8Array>();
  page(a: number, create: boolean): Uint8Array {
    const n = a >>> 12;
    let p = this.pages.get(n);
    if (!p) {
      if (!create) throw new MachineFault('bad access', 0, a >>> 0, `bad access at 0x${(a >>> 0).toString(16)}`);
      p = new Uint8Array(4096); this.pages.set(n, p);
    }
    return p;
  }
  map(a: number, size: number): void { for (let p = a & ~4095; p < a + size; p += 4096) this.page(p, true); }
  load(a: number, bytes: Uint8Array): void { this.map(a, bytes.length); bytes.forEach((b, i) => this.write8(a + i, b)); }
  read8(a: number): number { a >>>= 0; return this.page(a, false)[a & 4095]; }
  read16(a: number): number { return (this.read8(a) << 8) | this.read8(a + 1); }
  read32(a: number): number { return ((this.read16(a) << 16) | this.read16(a + 2)) >>> 0; }
  write8(a: number, v: number): void { a >>>= 0; this.page(a, false)[a & 4095] = v & 0xff; }
  write16(a: number, v: number): void { this.write8(a, v >>> 8); this.write8(a + 1, v); }
  write32(a: number, v: number): void { this.write16(a, v >>> 16); this.write16(a + 2, v); }
  fetch16(a: number): number { return this.read16(a); }
  fetch32(a: number): number { return this.read32(a); }
  bytes(a: number, n: number): Uint8Array { const o = new Uint8Array(n); for (let i = 0; i < n; i++) o[i] = this.read8(a + i); return o; }
}

/** Load the PT_LOAD segments of a big-endian ELF32 executable; returns the entry point. */
export function loadElf(mem: FlatMem, elf: Uint8Array): number {
  const dv = new DataView(elf.buffer, elf.byteOffset, elf.byteLength);
  const phoff = dv.getUint32(28), phentsize = dv.getUint16(42), phnum = dv.getUint16(44);
  for (let k = 0; k < phnum; k++) {
    const o = phoff + k * phentsize;
    if (dv.getUint32(o) !== 1) continue;
    const off = dv.getUint32(o + 4), vaddr = dv.getUint32(o + 8), filesz = dv.getUint32(o + 16), memsz = dv.getUint32(o + 20);
    mem.map(vaddr, memsz);
    mem.load(vaddr, elf.subarray(off, off + filesz));
  }
  return dv.getUint32(24);
}

/** A syscall host with write (collected) and exit; other numbers return -ENOSYS. */
export class TestHost implements CpuHost {
  stopped = false;
  exitCode: number | undefined;
  out: number[] = [];
  calls: { num: number; args: number[] }[] = [];
  constructor(private mem: FlatMem, private extra?: (num: number, args: number[]) => number | undefined) {}
  syscall(num: number, args: number[]): number {
    this.calls.push({ num, args: [...args] });
    const e = this.extra?.(num, args);
    if (e !== undefined) return e;
    if (num === SYSCALLS.write) { for (let i = 0; i < args[2]; i++) this.out.push(this.mem.read8(args[1] + i)); return args[2]; }
    if (num === SYSCALLS.exit || num === SYSCALLS.exit_group) { this.exitCode = args[0] | 0; this.stopped = true; return 0; }
    return -38;
  }
}

/** Set up a Linux-like initial stack (argc, argv, envp) below `top`; returns the new sp. */
export function initialStack(mem: FlatMem, top = 0x7fff0000): number {
  mem.map(top - 0x10000, 0x10000);
  const sp = top - 64;
  mem.write32(sp, 0);          // argc 0
  mem.write32(sp + 4, 0);      // argv[0] = NULL
  mem.write32(sp + 8, 0);      // envp NULL
  return sp;
}

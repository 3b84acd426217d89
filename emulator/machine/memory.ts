// The emulated address space of one machine: a few contiguous regions (text+rodata read-only,
// data+bss+brk heap growing with brk, Shuttle's private heap, the stack), each backed by a
// growable byte buffer, read and written in the ISA's byte order. Implements the CPUs' `Mem`
// interface (reads return unsigned values) plus bulk helpers for the loader, debugger and tests.
// Faults are thrown as MachineFault with pc 0: the machine fills in the CPU's pc.

import { MachineFault, type Mem } from '../isa/types';

export const PAGE = 0x1000;
export const TEXT_BASE = 0x10000;
export const STACK_TOP = 0x7fff0000;
export const STACK_SIZE = 8 * 1024 * 1024;
export const STACK_GUARD = 64 * 1024;
/** Shuttle's private heap (alloc/free syscalls): far from brk and the stack */
export const PRIVATE_HEAP_BASE = 0x40000000;
export const PRIVATE_HEAP_MAX = 0x10000000;
/** the brk heap may grow up to this address */
export const BRK_LIMIT = 0x30000000;

export interface Region {
  name: 'text' | 'data' | 'heap' | 'stack';
  base: number;
  /** end of the mapped part (exclusive); `bytes.length` may be larger (capacity) */
  end: number;
  /** the largest `end` this region may grow to */
  max: number;
  writable: boolean;
  bytes: Uint8Array;
  view: DataView;
  /** the lowest offset ever written through this Memory (`bytes.length`: none), so a recycled
   *  buffer is cleared from there up rather than scanned (Machine.dispose) */
  low: number;
}

const hex = (n: number): string => '0x' + (n >>> 0).toString(16);

export class Memory implements Mem {
  readonly regions: Region[] = [];
  private last: Region | undefined;

  constructor(readonly bigEndian: boolean) {}

  /** Map a new region [base, base+size) that may later grow to `max` bytes. */
  map(name: Region['name'], base: number, size: number, writable: boolean, max = size): Region {
    const bytes = new Uint8Array(Math.max(size, 0));
    const r: Region = { name, base, end: base + size, max: base + max, writable, bytes, view: new DataView(bytes.buffer), low: bytes.length };
    this.regions.push(r);
    this.regions.sort((a, b) => a.base - b.base);
    this.last = r;
    return r;
  }

  region(name: Region['name']): Region | undefined {
    return this.regions.find((r) => r.name === name);
  }

  /** Move a region's end (brk, heap growth); new bytes read as zero. False when beyond its max. */
  resize(r: Region, end: number): boolean {
    if (end < r.base || end > r.max) return false;
    const need = end - r.base;
    if (need > r.bytes.length) {
      const bytes = new Uint8Array(Math.min(Math.max(need, r.bytes.length * 2, PAGE), r.max - r.base));
      bytes.set(r.bytes);
      r.bytes = bytes;
      r.view = new DataView(bytes.buffer);
    } else if (end < r.end) {
      r.bytes.fill(0, need, r.end - r.base);
    }
    r.end = end;
    return true;
  }

  /** The region holding [a, a+size), or a thrown fault. */
  find(a: number, size: number, write: boolean): Region {
    const l = this.last;
    if (l !== undefined && a >= l.base && a + size <= l.end) {
      if (write) {
        if (!l.writable) throw this.fault(a, write);
        if (a - l.base < l.low) l.low = a - l.base;
      }
      return l;
    }
    for (const r of this.regions) {
      if (a >= r.base && a + size <= r.end) {
        if (write) {
          if (!r.writable) throw this.fault(a, write);
          if (a - r.base < r.low) r.low = a - r.base;
        }
        this.last = r;
        return r;
      }
    }
    throw this.fault(a, write);
  }

  /** True when [a, a+size) is mapped. */
  isMapped(a: number, size = 1): boolean {
    return this.regions.some((r) => a >= r.base && a + size <= r.end);
  }

  private fault(a: number, write: boolean): MachineFault {
    a >>>= 0;
    const what = write ? 'write to' : 'read from';
    const stack = this.region('stack');
    if (stack && a < stack.base && a >= stack.base - STACK_GUARD) {
      return new MachineFault('stack overflow', 0, a, `${what} ${hex(a)}, below the 8 MiB stack (runaway recursion or very large locals?)`);
    }
    for (const r of this.regions) {
      if (a >= r.base && a < r.end) {
        if (write && !r.writable) return new MachineFault('write to text', 0, a, `write to read-only ${hex(a)} (program code or constant data)`);
        return new MachineFault('bad access', 0, a, `${what} ${hex(a)} crosses the end of mapped memory`);
      }
    }
    const why = a < PAGE ? ' (null pointer)' : '';
    return new MachineFault('bad access', 0, a, `${what} unmapped address ${hex(a)}${why}`);
  }

  read8(a: number): number {
    const r = this.find(a, 1, false);
    return r.bytes[a - r.base];
  }
  read16(a: number): number {
    const r = this.find(a, 2, false);
    return r.view.getUint16(a - r.base, !this.bigEndian);
  }
  read32(a: number): number {
    const r = this.find(a, 4, false);
    return r.view.getUint32(a - r.base, !this.bigEndian);
  }
  write8(a: number, v: number): void {
    const r = this.find(a, 1, true);
    r.bytes[a - r.base] = v;
  }
  write16(a: number, v: number): void {
    const r = this.find(a, 2, true);
    r.view.setUint16(a - r.base, v & 0xffff, !this.bigEndian);
  }
  write32(a: number, v: number): void {
    const r = this.find(a, 4, true);
    r.view.setUint32(a - r.base, v >>> 0, !this.bigEndian);
  }
  /** Instruction fetch: only the read-only code region is executable (a jump through a bad
   *  function pointer into data, heap or stack faults instead of running bytes as code). */
  fetch16(a: number): number {
    this.checkExecutable(a);
    return this.read16(a);
  }
  fetch32(a: number): number {
    this.checkExecutable(a);
    return this.read32(a);
  }
  private checkExecutable(a: number): void {
    const r = this.find(a, 1, false);
    if (r.name !== 'text') throw new MachineFault('bad access', 0, a, `jump to ${hex(a)}, which is not program code (${r.name})`);
  }

  /** Copy `n` bytes out of memory (faults when any byte is unmapped). */
  readBytes(a: number, n: number): Uint8Array {
    if (n === 0) return new Uint8Array(0);
    const r = this.find(a, n, false);
    return r.bytes.slice(a - r.base, a - r.base + n);
  }

  /** Copy bytes into memory; `force` ignores write protection (loader, debugger). */
  writeBytes(a: number, data: Uint8Array, force = false): void {
    if (data.length === 0) return;
    const r = this.find(a, data.length, !force);
    r.bytes.set(data, a - r.base);
    if (a - r.base < r.low) r.low = a - r.base;
  }

  /** A NUL-terminated string starting at `a` (at most `max` bytes), as bytes without the NUL. */
  readCString(a: number, max = 4096): Uint8Array {
    const out: number[] = [];
    for (let i = 0; i < max; i++) {
      const b = this.read8(a + i);
      if (b === 0) break;
      out.push(b);
    }
    return Uint8Array.from(out);
  }
}

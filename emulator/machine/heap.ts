// Shuttle's private heap: a first-fit allocator over the machine's 'heap' region, serving the
// private alloc/free/realloc syscalls. Block headers live on the host side, not in emulated memory:
// every live block is recorded with its address, size and C type id (an index into the image's
// debug-info type table; 0 = bytes), which migration enumerates to translate heap objects.

import type { Memory, Region } from './memory';
import { PAGE } from './memory';
import { MachineFault } from '../isa/types';

export interface HeapBlock { addr: number; size: number; typeId: number }

const ALIGN = 16;
const roundUp = (n: number, a: number): number => Math.ceil(n / a) * a;
/**
 * The bytes a block of `size` occupies: at least one byte more than asked, rounded to ALIGN, so a
 * block never ends exactly where the next one starts — a pointer one past the end of a block is
 * never also the address of another block (migration would not know which object it names).
 */
const span = (size: number): number => roundUp(size + 1, ALIGN);

export class Heap {
  /** live blocks by address */
  readonly blocks = new Map<number, HeapBlock>();
  /** free extents [addr, size], sorted by address, coalesced */
  private free: { addr: number; size: number }[] = [];
  /** end of the part of the region handed out so far */
  private top: number;

  constructor(private mem: Memory, private region: Region) {
    this.top = region.base;
  }

  /** live blocks sorted by address, rebuilt lazily after a change */
  private sorted: HeapBlock[] | undefined;

  /** Live blocks in address order. */
  live(): HeapBlock[] {
    if (!this.sorted) this.sorted = [...this.blocks.values()].sort((a, b) => a.addr - b.addr);
    return this.sorted.slice();
  }

  /** The live block containing `addr` (a zero-size block contains its own address), if any. */
  blockAt(addr: number): HeapBlock | undefined {
    if (!this.sorted) this.live();
    const list = this.sorted!;
    let lo = 0, hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = list[mid];
      if (addr < b.addr) hi = mid - 1;
      else if (addr >= b.addr + Math.max(b.size, 1)) lo = mid + 1;
      else return b;
    }
    return undefined;
  }

  /** Allocate `size` zeroed bytes; 0 when the heap is exhausted. */
  alloc(size: number, typeId = 0): number {
    if (size < 0 || !Number.isFinite(size)) return 0;
    const need = span(size);
    let addr = this.takeFree(need);
    if (addr === undefined) {
      addr = this.top;
      const end = addr + need;
      if (end > this.region.end) {
        const want = Math.min(roundUp(end, PAGE * 16), this.region.max);
        if (end > want || !this.mem.resize(this.region, want)) return 0;
      }
      this.top = end;
    }
    this.region.bytes.fill(0, addr - this.region.base, addr - this.region.base + need);
    this.blocks.set(addr, { addr, size, typeId });
    this.sorted = undefined;
    return addr;
  }

  /**
   * Allocate for a restore: like alloc (deterministic: the same sequence of calls gives the same
   * addresses), but out of memory is an error rather than 0.
   */
  allocate(size: number, typeId = 0): number {
    const addr = this.alloc(size, typeId);
    if (addr === 0) throw new Error(`heap: cannot allocate ${size} bytes (the heap region is full)`);
    return addr;
  }

  /** Release a block; freeing 0 does nothing, anything else that is not a live block faults. */
  release(addr: number): void {
    if (addr === 0) return;
    const b = this.blocks.get(addr);
    if (!b) throw new MachineFault('bad access', 0, addr, `free(0x${(addr >>> 0).toString(16)}): not the start of a live heap block (double free?)`);
    this.blocks.delete(addr);
    this.sorted = undefined;
    this.giveFree(addr, span(b.size));
  }

  /** Resize a block (moving it); the type id is kept unless `typeId` is given. 0 when out of memory. */
  realloc(addr: number, size: number, typeId?: number): number {
    if (addr === 0) return this.alloc(size, typeId ?? 0);
    const b = this.blocks.get(addr);
    if (!b) throw new MachineFault('bad access', 0, addr, `realloc(0x${(addr >>> 0).toString(16)}): not the start of a live heap block`);
    if (span(size) <= span(b.size)) {
      if (size < b.size) this.region.bytes.fill(0, addr + size - this.region.base, addr + b.size - this.region.base);
      b.size = size;
      if (typeId !== undefined) b.typeId = typeId;
      return addr;
    }
    const n = this.alloc(size, typeId ?? b.typeId);
    if (n === 0) return 0;
    const base = this.region.base;
    this.region.bytes.copyWithin(n - base, addr - base, addr - base + b.size);
    this.release(addr);
    return n;
  }

  private takeFree(need: number): number | undefined {
    for (let i = 0; i < this.free.length; i++) {
      const f = this.free[i];
      if (f.size < need) continue;
      const addr = f.addr;
      if (f.size === need) this.free.splice(i, 1);
      else { f.addr += need; f.size -= need; }
      return addr;
    }
    return undefined;
  }

  private giveFree(addr: number, size: number): void {
    let i = 0;
    while (i < this.free.length && this.free[i].addr < addr) i++;
    this.free.splice(i, 0, { addr, size });
    // coalesce with the next, then with the previous extent
    const cur = this.free[i];
    const next = this.free[i + 1];
    if (next && cur.addr + cur.size === next.addr) { cur.size += next.size; this.free.splice(i + 1, 1); }
    const prev = this.free[i - 1];
    if (prev && prev.addr + prev.size === cur.addr) { prev.size += cur.size; this.free.splice(i, 1); }
    // give the topmost extent back to the bump pointer
    const lastF = this.free[this.free.length - 1];
    if (lastF && lastF.addr + lastF.size === this.top) { this.top = lastF.addr; this.free.pop(); }
  }
}

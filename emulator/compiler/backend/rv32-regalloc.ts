// Register allocation within straight-line segments for the rv32 backend. Temps' values are
// cached in a pool of scratch registers (t0-t5); every temp still has its frame slot. A temp is
// written to its slot when defined, except deferrable temps (rv32-temps.ts), which are stored
// only if their register is needed while they are still live ("dirty" values). At segment
// boundaries (labels, calls, syscalls, points, jumps) the selector calls `forget()`: nothing
// dirty survives a boundary by construction, so code after a label never relies on registers.
// t6 stays the assembler's address scratch; a0-a7 are used only for calls, syscalls and returns.

import * as E from '../../isa/rv32/encode';
import { S0, T0, T1, T2, T3, T4, T5, ZERO } from '../../isa/rv32/regs';
import type { Rv32Asm } from './rv32-asm';
import type { TempPlan } from './rv32-temps';

export const POOL = [T0, T1, T2, T3, T4, T5];

export class RegAlloc {
  private holder = new Map<number, number>();   // reg -> temp whose value it holds
  private where = new Map<number, number>();    // temp -> reg
  private dirty = new Set<number>();            // temps whose only copy is in a register
  private used = new Map<number, number>();     // reg -> last time it was touched (LRU)
  private clock = 0;
  private locked = new Set<number>();           // registers read or written by the current instruction
  index = 0;                                    // current IR instruction index

  constructor(private asm: Rv32Asm, private slot: (t: number) => number, private plan: TempPlan) {}

  /** start selecting IR instruction `i` */
  begin(i: number): void { this.index = i; this.locked.clear(); }

  /** a register holding temp `t` (loaded or rematerialised if needed) */
  use(t: number): number {
    const r = this.where.get(t);
    if (r !== undefined) { this.touch(r); return r; }
    const reg = this.alloc();
    const k = this.plan.constTemps.get(t);
    const so = this.plan.slotTemps.get(t);
    if (k !== undefined) this.asm.emit(E.addi(reg, ZERO, k));
    else if (so !== undefined && this.plan.unstored.has(t)) this.asm.addImm(reg, S0, so);
    else this.asm.load('lw', reg, S0, this.slot(t));
    this.map(t, reg);
    return reg;
  }

  /** copy temp `t` into the fixed register `reg` (an argument register, not in the pool) */
  useInto(t: number, reg: number): void {
    const r = this.where.get(t);
    if (r !== undefined) { this.asm.emit(E.addi(reg, r, 0)); return; }
    const k = this.plan.constTemps.get(t);
    const so = this.plan.slotTemps.get(t);
    if (k !== undefined) this.asm.emit(E.addi(reg, ZERO, k));
    else if (so !== undefined && this.plan.unstored.has(t)) this.asm.addImm(reg, S0, so);
    else this.asm.load('lw', reg, S0, this.slot(t));
  }

  /** operands whose last use is this instruction give up their registers (dead values are never stored) */
  release(...ts: number[]): void {
    for (const t of ts) {
      if (this.plan.lastUse.get(t) !== this.index) continue;
      const r = this.where.get(t);
      if (r === undefined) continue;
      this.dirty.delete(t);
      this.where.delete(t); this.holder.delete(r);
      this.locked.delete(r);
    }
  }

  /** the current instruction no longer needs `reg` (its value was consumed, e.g. stored as a stack argument) */
  unlock(reg: number): void { this.locked.delete(reg); }

  /** a register for the result of this instruction (call `bind` after emitting into it) */
  def(): number { return this.alloc(); }

  /** temp `t` now lives in `reg`: store it now unless it is deferrable */
  bind(t: number, reg: number): void {
    this.unmap(t);
    if (this.plan.deferrable.has(t)) {
      if (this.plan.lastUse.get(t) === undefined) return;       // never used
      this.dirty.add(t);
    } else {
      this.asm.store('sw', reg, S0, this.slot(t));
    }
    this.map(t, reg);
  }

  /** temp `t` was computed into a fixed register (a0/a1 after a call): store it or move it into the pool */
  bindFixed(t: number, reg: number): void {
    this.unmap(t);
    if (this.plan.deferrable.has(t)) {
      if (this.plan.lastUse.get(t) === undefined) return;
      const r = this.alloc();
      this.asm.emit(E.addi(r, reg, 0));
      this.dirty.add(t);
      this.map(t, r);
    } else {
      this.asm.store('sw', reg, S0, this.slot(t));
    }
  }

  /** store every dirty value still live (a safety net: by construction there is none at boundaries) */
  flush(): void {
    for (const t of this.dirty) this.asm.store('sw', this.where.get(t)!, S0, this.slot(t));
    this.dirty.clear();
  }

  /** registers are clobbered or control flow merges: forget every cached value */
  forget(): void {
    if (this.dirty.size) throw new Error(`rv32 backend: internal: temps ${[...this.dirty].map((t) => `t${t}`).join(', ')} lost at a boundary`);
    this.holder.clear(); this.where.clear();
  }

  hasDirty(): boolean { return this.dirty.size > 0; }

  private map(t: number, r: number): void {
    this.where.set(t, r); this.holder.set(r, t); this.touch(r);
  }
  private unmap(t: number): void {
    const r = this.where.get(t);
    if (r !== undefined) { this.where.delete(t); this.holder.delete(r); }
    this.dirty.delete(t);
  }
  private touch(r: number): void { this.used.set(r, ++this.clock); this.locked.add(r); }

  /** a pool register not used by this instruction: free first, then clean, then spill the least recently used */
  private alloc(): number {
    let best = -1, bestScore = Infinity;
    for (const r of POOL) {
      if (this.locked.has(r)) continue;
      const t = this.holder.get(r);
      const score = t === undefined ? -1 : (this.dirty.has(t) ? 1e12 : 0) + (this.used.get(r) ?? 0);
      if (score < bestScore) { best = r; bestScore = score; }
    }
    if (best < 0) throw new Error('rv32 backend: internal: out of scratch registers');
    const t = this.holder.get(best);
    if (t !== undefined) {
      if (this.dirty.has(t)) { this.asm.store('sw', best, S0, this.slot(t)); this.dirty.delete(t); }
      this.where.delete(t); this.holder.delete(best);
    }
    this.touch(best);
    return best;
  }
}

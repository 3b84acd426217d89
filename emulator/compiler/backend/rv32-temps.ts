// Temp analysis for the rv32 backend: which temps need not be stored to their frame slots.
// - slot-address temps (defined once by `slotaddr`) and small constants (defined once by a
//   `const` that fits 12 bits) are rematerialised where used (`addi rd, s0, off` / `addi rd,
//   zero, k`, or folded into the using instruction);
// - deferrable temps (defined once, every use in the same straight-line segment: no label, jump,
//   branch, call, syscall or migration point between the definition and the last use) may stay
//   in a register only; the register allocator stores them only when it needs the register.
// Temps live across a call site (liveness) are always stored: capture reads them from their slots.
// `lastUse` gives, per temp, the index of its last use by position (registers are released there).

import type { Instr, IRFunction } from '../ir';
import { fitsImm12 } from '../../isa/rv32/encode';
import { defsOf, usesOf } from '../liveness';

export interface TempPlan {
  /** single-def slotaddr temps: fp-relative address */
  slotTemps: Map<number, number>;
  /** single-def const temps fitting 12 bits: value */
  constTemps: Map<number, number>;
  /** slot/const temps whose definition emits nothing (not live across a call) */
  unstored: Set<number>;
  /** temps that need not be stored at all (see above) */
  deferrable: Set<number>;
  /** index of each temp's last use in the body (by position) */
  lastUse: Map<number, number>;
}

/** instructions that end a straight-line segment (control flow, calls, points, block copies) */
export function isBoundary(ins: Instr): boolean {
  switch (ins.op) {
    case 'label': case 'jump': case 'branch': case 'switch': case 'ret': case 'call': case 'syscall': case 'point':
      return true;
    default: return false;
  }
}


export function planTemps(fn: IRFunction, slotOffsets: number[]): TempPlan {
  const defs = new Map<number, number[]>(), uses = new Map<number, number[]>();
  const add = (m: Map<number, number[]>, t: number, i: number): void => { const l = m.get(t); if (l) l.push(i); else m.set(t, [i]); };
  fn.body.forEach((ins, i) => { defsOf(ins).forEach((t) => add(defs, t, i)); usesOf(ins).forEach((t) => add(uses, t, i)); });
  const live = new Set<number>();
  for (const cs of fn.callSites) for (const t of cs.live) live.add(t);
  const plan: TempPlan = { slotTemps: new Map(), constTemps: new Map(), unstored: new Set(), deferrable: new Set(), lastUse: new Map() };
  for (const [t, u] of uses) plan.lastUse.set(t, u[u.length - 1]);
  const nextBoundary: number[] = new Array(fn.body.length + 1).fill(fn.body.length);
  for (let i = fn.body.length - 1; i >= 0; i--) nextBoundary[i] = isBoundary(fn.body[i]) ? i : nextBoundary[i + 1];
  fn.body.forEach((ins, i) => {
    if (ins.op === 'slotaddr' && defs.get(ins.dst)?.length === 1) plan.slotTemps.set(ins.dst, slotOffsets[ins.slot]);
    if (ins.op === 'const' && defs.get(ins.dst)?.length === 1) {
      const v = Number(BigInt.asIntN(32, ins.value));
      if (fitsImm12(v)) plan.constTemps.set(ins.dst, v);
    }
    for (const t of defsOf(ins)) {
      const u = uses.get(t);
      if (defs.get(t)!.length !== 1 || live.has(t)) continue;
      if (!u) { plan.deferrable.add(t); continue; }            // never used: never stored
      if (u[0] <= i) continue;
      if (u[u.length - 1] <= nextBoundary[i + 1]) plan.deferrable.add(t);
    }
  });
  for (const t of [...plan.slotTemps.keys(), ...plan.constTemps.keys()]) {
    plan.deferrable.delete(t);
    if (!live.has(t)) plan.unstored.add(t);
  }
  return plan;
}

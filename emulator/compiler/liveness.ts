// Liveness of IR temps: a standard backward dataflow over the control-flow graph built from
// labels, jumps, branches, switches and returns. Its product is, for every call site, the temps
// live across the call (live-out of the call and not defined by it): the values a suspended
// caller frame holds, which capture and restore must carry over.

import type { Instr, IRFunction, Temp } from './ir';

/** Temps an instruction reads. */
export function usesOf(i: Instr): Temp[] {
  switch (i.op) {
    case 'copy': case 'neg': case 'not': case 'ext': case 'widen': case 'trunc': return [i.a];
    case 'bin': case 'cmp': return [i.a, i.b];
    case 'load': return [i.addr];
    case 'store': return [i.addr, i.src];
    case 'copymem': return [i.dst, i.src];
    case 'zeromem': return [i.dst];
    case 'call': return [...('temp' in i.callee ? [i.callee.temp] : []), ...i.args.map((a) => a.t)];
    case 'syscall': return [...i.args];
    case 'branch': return [i.cond];
    case 'switch': return [i.value];
    case 'ret': return [i.value, i.valueHi].filter((t): t is Temp => t !== undefined);
    default: return [];
  }
}

/** Temps an instruction writes. */
export function defsOf(i: Instr): Temp[] {
  switch (i.op) {
    case 'const': case 'copy': case 'bin': case 'cmp': case 'neg': case 'not': case 'ext': case 'widen':
    case 'trunc': case 'load': case 'slotaddr': case 'symaddr': case 'vastart': case 'syscall':
      return [i.dst];
    case 'call': return [i.dst, i.dstHi].filter((t): t is Temp => t !== undefined);
    default: return [];
  }
}

/** Indices of the instructions control can reach right after instruction `k`. */
export function successors(fn: IRFunction, k: number, labelAt: Map<number, number>): number[] {
  const i = fn.body[k];
  const at = (l: number): number => {
    const x = labelAt.get(l);
    if (x === undefined) throw new Error(`${fn.name}: jump to undefined label ${l}`);
    return x;
  };
  switch (i.op) {
    case 'jump': return [at(i.target)];
    case 'branch': return [at(i.ifTrue), at(i.ifFalse)];
    case 'switch': return [...new Set([...i.cases.map((c) => at(c.target)), at(i.dflt)])];
    case 'ret': return [];
    default: return k + 1 < fn.body.length ? [k + 1] : [];
  }
}

/** Live-out set of every instruction (as sorted arrays of temps). */
export function liveOut(fn: IRFunction): Set<Temp>[] {
  const n = fn.body.length;
  const labelAt = new Map<number, number>();
  fn.body.forEach((i, k) => { if (i.op === 'label') labelAt.set(i.label, k); });
  const succ = fn.body.map((_, k) => successors(fn, k, labelAt));
  const uses = fn.body.map(usesOf), defs = fn.body.map(defsOf);
  const liveIn: Set<Temp>[] = fn.body.map(() => new Set());
  const out: Set<Temp>[] = fn.body.map(() => new Set());
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = n - 1; k >= 0; k--) {
      const o = out[k];
      for (const s of succ[k]) for (const t of liveIn[s]) o.add(t);
      const inK = new Set(o);
      for (const d of defs[k]) inK.delete(d);
      for (const u of uses[k]) inK.add(u);
      if (inK.size !== liveIn[k].size) { liveIn[k] = inK; changed = true; }
    }
  }
  return out;
}

/** Fill `callSites[i].live` with the temps live across each call (sorted). */
export function computeLiveness(fn: IRFunction): void {
  const out = liveOut(fn);
  fn.body.forEach((i, k) => {
    if (i.op !== 'call') return;
    const defs = new Set(defsOf(i));
    fn.callSites[i.site].live = [...out[k]].filter((t) => !defs.has(t)).sort((a, b) => a - b);
  });
}

/** A copy of `i` with every temp (read or written) replaced by `f(temp)`. */
export function mapTemps(i: Instr, f: (t: Temp) => Temp): Instr {
  switch (i.op) {
    case 'const': case 'slotaddr': case 'symaddr': case 'vastart': return { ...i, dst: f(i.dst) };
    case 'copy': case 'neg': case 'not': case 'ext': case 'widen': case 'trunc': return { ...i, dst: f(i.dst), a: f(i.a) };
    case 'bin': case 'cmp': return { ...i, dst: f(i.dst), a: f(i.a), b: f(i.b) };
    case 'load': return { ...i, dst: f(i.dst), addr: f(i.addr) };
    case 'store': return { ...i, addr: f(i.addr), src: f(i.src) };
    case 'copymem': return { ...i, dst: f(i.dst), src: f(i.src) };
    case 'zeromem': return { ...i, dst: f(i.dst) };
    case 'call': return {
      ...i, callee: 'temp' in i.callee ? { temp: f(i.callee.temp) } : i.callee, args: i.args.map((a) => ({ ...a, t: f(a.t) })),
      ...(i.dst !== undefined ? { dst: f(i.dst) } : {}), ...(i.dstHi !== undefined ? { dstHi: f(i.dstHi) } : {}),
    };
    case 'syscall': return { ...i, dst: f(i.dst), args: i.args.map(f) };
    case 'branch': return { ...i, cond: f(i.cond) };
    case 'switch': return { ...i, value: f(i.value) };
    case 'ret': return { ...i, ...(i.value !== undefined ? { value: f(i.value) } : {}), ...(i.valueHi !== undefined ? { valueHi: f(i.valueHi) } : {}) };
    default: return i;
  }
}

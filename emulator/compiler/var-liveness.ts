// Frame-slot facts migration needs beyond temp liveness (compiler/liveness.ts), computed from the
// IR for the debug info (link-debug.ts):
// - variable liveness: which named variables (home slots) are dead at each migration point and
//   across each call site — a dead variable's value is never read again before it is rewritten,
//   so migration may carry a dead dangling pointer as null instead of refusing;
// - the compiler's scratch buffers: per call, the struct-result buffer and the struct-argument
//   copies the caller makes (named from the call-site id, so the same on every ISA), and which of
//   them are objects while a frame is suspended at a call (its own result buffer, which the callee
//   fills, and any buffer a live temp points into).

import { defsOf, successors, usesOf } from './liveness';
import type { Instr, IRFunction, Temp } from './ir';

/** A caller-made buffer: `<callSite>.result` or `<callSite>.copyN` (the N-th struct argument). */
export interface ScratchBuffer { slot: number; name: string; role: 'result' | 'arg'; callSite: string; origin: number; ptrTemp: Temp }

/** The temps defined by exactly one instruction, a `slotaddr`, with its slot. */
function slotTemps(fn: IRFunction): Map<Temp, number> {
  return slotAddressing(fn).temps;
}

/**
 * slotaddr temps defined once (`temps`), and the slots whose address also reaches a temp with
 * several definitions (`unsafe`: their accesses cannot all be seen, so they always count as live).
 */
function slotAddressing(fn: IRFunction): { temps: Map<Temp, number>; unsafe: Set<number> } {
  const defCount = new Map<Temp, number>();
  for (const i of fn.body) for (const t of defsOf(i)) defCount.set(t, (defCount.get(t) ?? 0) + 1);
  const temps = new Map<Temp, number>();
  const unsafe = new Set<number>();
  for (const i of fn.body) {
    if (i.op !== 'slotaddr') continue;
    if (defCount.get(i.dst) === 1) temps.set(i.dst, i.slot);
    else unsafe.add(i.slot);
  }
  return { temps, unsafe };
}

/**
 * Every scratch buffer the calls of `fn` pass, in instruction order: a struct-argument copy is
 * filled by a copymem before its call; a result buffer is the uncopied first argument of the
 * first call that passes it (lowering creates it right before that call).
 */
export function scratchBuffers(fn: IRFunction): ScratchBuffer[] {
  const st = slotTemps(fn);
  const copied = new Set<Temp>();
  for (const i of fn.body) if (i.op === 'copymem') copied.add(i.dst);
  const out: ScratchBuffer[] = [];
  const seen = new Set<number>();
  for (const i of fn.body) {
    if (i.op !== 'call') continue;
    const site = fn.callSites[i.site];
    let copies = 0;
    i.args.forEach((a, k) => {
      const slot = st.get(a.t);
      const s = slot === undefined ? undefined : fn.slots[slot];
      // a buffer met again (`first(wrap(9).xs)` passes wrap's result on) belongs to its first call
      if (!s || s.role !== 'scratch' || s.name !== undefined || seen.has(slot!)) return;
      seen.add(slot!);
      const isResult = k === 0 && !copied.has(a.t);
      const name = isResult ? `${site.id}.result` : `${site.id}.copy${++copies}`;
      out.push({ slot: slot!, name, role: isResult ? 'result' : 'arg', callSite: site.id, origin: fn.temps[a.t]?.origin ?? -1, ptrTemp: a.t });
    });
  }
  return out;
}

/**
 * Per call site (index into fn.callSites): the names of the scratch buffers that are objects
 * while a frame is suspended there — the call's own result buffer, and every buffer whose address
 * flows (through copies and additions) into a temp live across the call or into an argument.
 */
export function buffersAtCalls(fn: IRFunction, buffers: ScratchBuffer[]): Map<number, string[]> {
  const bySlot = new Map(buffers.map((b) => [b.slot, b]));
  const derived = derivedSlots(fn);
  const out = new Map<number, string[]>();
  for (const i of fn.body) {
    if (i.op !== 'call') continue;
    const site = fn.callSites[i.site];
    const names = new Set<string>();
    for (const b of buffers) if (b.role === 'result' && b.callSite === site.id) names.add(b.name);
    // buffers reachable from temps live across the call or passed to the callee (which may keep
    // the address in a variable), but not the call's own argument copies: dead once it has started
    const held = [...site.live, ...i.args.map((a) => a.t)];
    for (const t of held) {
      for (const slot of derived.get(t) ?? []) {
        const b = bySlot.get(slot);
        if (b && !(b.role === 'arg' && b.callSite === site.id)) names.add(b.name);
      }
    }
    if (names.size) out.set(i.site, [...names].sort());
  }
  return out;
}

/**
 * Per call site: the slots (of `slots`, the named variables considered) whose address a temp live
 * across the call or an argument of it holds — `dot(a, scale(b, -1))` keeps the address of `a`
 * while scale runs, to copy it afterwards.
 */
export function varsHeldAtCalls(fn: IRFunction, slots: Set<number>): Map<number, number[]> {
  const derived = derivedSlots(fn);
  const out = new Map<number, number[]>();
  for (const i of fn.body) {
    if (i.op !== 'call') continue;
    const held = new Set<number>();
    for (const t of [...fn.callSites[i.site].live, ...i.args.map((a) => a.t)]) {
      for (const s of derived.get(t) ?? []) if (slots.has(s)) held.add(s);
    }
    if (held.size) out.set(i.site, [...held].sort((a, b) => a - b));
  }
  return out;
}

/** For each temp, the slots whose address it may hold (slotaddr, then copies and add/sub). */
function derivedSlots(fn: IRFunction): Map<Temp, Set<number>> {
  const d = new Map<Temp, Set<number>>();
  const add = (t: Temp, from: Iterable<number>): boolean => {
    let s = d.get(t);
    if (!s) { s = new Set(); d.set(t, s); }
    const n = s.size;
    for (const x of from) s.add(x);
    return s.size !== n;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const i of fn.body) {
      if (i.op === 'slotaddr') changed = add(i.dst, [i.slot]) || changed;
      else if (i.op === 'copy') changed = add(i.dst, d.get(i.a) ?? []) || changed;
      else if (i.op === 'bin' && (i.kind === 'add' || i.kind === 'sub')) changed = add(i.dst, [...(d.get(i.a) ?? []), ...(d.get(i.b) ?? [])]) || changed;
    }
  }
  return d;
}

/**
 * Variable liveness over home slots: for every instruction, the set of `slots` (the variables
 * considered) whose value may be read later. A load through a slot's address is a use, a store of
 * the whole slot a definition; any other use of the address (a call argument, arithmetic, a
 * struct copy) counts as a use, so the analysis errs on the side of "live".
 */
export function liveSlotsOut(fn: IRFunction, all: Set<number>): Set<number>[] {
  const { temps: st, unsafe } = slotAddressing(fn);
  const slots = new Set([...all].filter((s) => !unsafe.has(s)));
  const n = fn.body.length;
  const labelAt = new Map<number, number>();
  fn.body.forEach((i, k) => { if (i.op === 'label') labelAt.set(i.label, k); });
  const succ = fn.body.map((_, k) => successors(fn, k, labelAt));
  const uses = fn.body.map((i) => slotUses(i, st, slots));
  const defs = slotDefs(fn, st, slots, uses);
  const liveIn: Set<number>[] = fn.body.map(() => new Set());
  const out: Set<number>[] = fn.body.map(() => new Set());
  for (let changed = true; changed;) {
    changed = false;
    for (let k = n - 1; k >= 0; k--) {
      const o = out[k];
      for (const s of succ[k]) for (const v of liveIn[s]) o.add(v);
      const inK = new Set(o);
      if (defs[k] !== undefined) inK.delete(defs[k]!);
      for (const u of uses[k]) inK.add(u);
      if (inK.size !== liveIn[k].size) { liveIn[k] = inK; changed = true; }
    }
  }
  for (const o of out) for (const s of unsafe) if (all.has(s)) o.add(s);
  return out;
}

function slotUses(i: Instr, st: Map<Temp, number>, slots: Set<number>): number[] {
  if (i.op === 'store') {
    // the address operand of a store is not a read of the slot; storing the address somewhere is
    const s = st.get(i.src);
    return s !== undefined && slots.has(s) ? [s] : [];
  }
  if (i.op === 'zeromem') return [];
  if (i.op === 'copymem') {
    const s = st.get(i.src);
    return s !== undefined && slots.has(s) ? [s] : [];
  }
  const out: number[] = [];
  for (const t of usesOf(i)) { const s = st.get(t); if (s !== undefined && slots.has(s)) out.push(s); }
  return out;
}

/**
 * The slot each instruction defines (writes whole). Stores that cover a slot together — the two
 * 32-bit halves a 32-bit target stores for a 64-bit variable — define it at the last of them,
 * when they follow each other in straight-line code with no read of the slot between: so a
 * variable is dead at the same points on every ISA.
 */
function slotDefs(fn: IRFunction, st: Map<Temp, number>, slots: Set<number>, uses: number[][]): (number | undefined)[] {
  const defs = fn.body.map((i) => slotDef(fn, i, st, slots));
  fn.body.forEach((i, k) => {
    if (i.op !== 'store' || defs[k] !== undefined) return;
    const s = st.get(i.addr);
    if (s === undefined || !slots.has(s)) return;
    const size = fn.slots[s].size;
    const covered = new Uint8Array(size);
    for (let j = k; j < fn.body.length && j < k + 8; j++) {
      const x = fn.body[j];
      if (j > k && (uses[j].includes(s) || !straight(x))) return;
      if (x.op !== 'store' || st.get(x.addr) !== s) continue;
      covered.fill(1, Math.max(0, x.offset), Math.min(size, x.offset + x.size));
      if (covered.every((b) => b === 1)) { defs[j] = s; return; }
    }
  });
  return defs;
}

/** Instructions after which control simply goes on to the next one. */
const straight = (i: Instr): boolean => !['label', 'jump', 'branch', 'switch', 'ret', 'call', 'point'].includes(i.op);

function slotDef(fn: IRFunction, i: Instr, st: Map<Temp, number>, slots: Set<number>): number | undefined {
  if (i.op === 'store' && i.offset === 0) {
    const s = st.get(i.addr);
    if (s !== undefined && slots.has(s) && fn.slots[s].size === i.size) return s;
  }
  if (i.op === 'zeromem' || i.op === 'copymem') {
    const s = st.get(i.dst);
    if (s !== undefined && slots.has(s) && fn.slots[s].size === i.size && (i.op === 'zeromem' || st.get(i.src) !== s)) return s;
  }
  return undefined;
}

/** Slots dead at each point (by point index) and across each call (by call-site index). */
export function deadVars(fn: IRFunction, slots: Set<number>): { atPoint: Map<number, number[]>; atCall: Map<number, number[]> } {
  const out = liveSlotsOut(fn, slots);
  const atPoint = new Map<number, number[]>(), atCall = new Map<number, number[]>();
  const dead = (live: Set<number>): number[] => [...slots].filter((s) => !live.has(s)).sort((a, b) => a - b);
  fn.body.forEach((i, k) => {
    if (i.op === 'point') atPoint.set(i.point, dead(out[k]));
    else if (i.op === 'call') atCall.set(i.site, dead(out[k]));
  });
  return { atPoint, atCall };
}


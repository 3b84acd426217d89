// Use/def facts the 68020 instruction selector relies on for its -O0-plus peepholes: how often
// each temp is read, which temps hold a known constant or a frame-slot address (defined once),
// which temps are live across calls (those must always be in their frame slots), and which temp
// an IR instruction loads first into d0 (so a result left in d0 need not round-trip through memory).

import type { Instr, IRFunction } from '../ir';
import { defsOf, usesOf } from '../liveness';

export interface UseFacts {
  uses: number[];
  /** constant value of temps defined exactly once by `const` (as a 32-bit integer) */
  constOf: (number | undefined)[];
  /** frame slot of temps defined exactly once by `slotaddr` */
  slotOf: (number | undefined)[];
  /** temps whose every read can use the slot's fp-relative address directly */
  slotOnly: boolean[];
  liveAcrossCall: boolean[];
}

/** Temps read by an instruction: the IR's own use table (liveness.ts), under the name the selector uses. */
export const readsOf = usesOf;

export function analyse(fn: IRFunction): UseFacts {
  const n = fn.temps.length;
  const uses = new Array<number>(n).fill(0), defs = new Array<number>(n).fill(0);
  const constOf: (number | undefined)[] = new Array(n).fill(undefined);
  const slotOf: (number | undefined)[] = new Array(n).fill(undefined);
  const addrUses = new Array<number>(n).fill(0);
  for (const i of fn.body) {
    for (const t of readsOf(i)) uses[t]++;
    for (const t of defsOf(i)) defs[t]++;
    if (i.op === 'const') constOf[i.dst] = Number(BigInt.asIntN(32, i.value));
    if (i.op === 'slotaddr') slotOf[i.dst] = i.slot;
    if (i.op === 'load') addrUses[i.addr]++;
    if (i.op === 'store') { addrUses[i.addr]++; }
  }
  const liveAcrossCall = new Array<boolean>(n).fill(false);
  for (const c of fn.callSites) for (const t of c.live) liveAcrossCall[t] = true;
  for (let t = 0; t < n; t++) {
    if (defs[t] !== 1) { constOf[t] = undefined; slotOf[t] = undefined; }
  }
  // a slot address stored as a value (store src) is a non-address use even when addr too
  for (const i of fn.body) if (i.op === 'store' && i.src === i.addr) addrUses[i.addr]--;
  const slotOnly = slotOf.map((s, t) => s !== undefined && uses[t] === addrUses[t] && !liveAcrossCall[t]);
  return { uses, constOf, slotOf, slotOnly, liveAcrossCall };
}

const COMMUTATIVE = new Set(['add', 'and', 'or', 'xor', 'mul', 'mulhu']);

/**
 * Whether an instruction's code reads `t` first from d0 when d0 holds it (mirrors the selector in
 * m68k.ts: the first operand, or either operand of a commutative operation).
 */
export function readsFirstFromD0(i: Instr | undefined, t: number): boolean {
  if (i?.op === 'bin' && COMMUTATIVE.has(i.kind) && i.b === t && i.a !== t) return true;
  if (i?.op === 'load' && i.addr === t) return true;                 // movea.l d0,a0
  if (i?.op === 'store' && i.addr === t && i.src !== t) return true;
  return firstD0Load(i) === t;
}

/** The temp an instruction's code loads first into d0 (mirrors the selector in m68k.ts). */
export function firstD0Load(i: Instr | undefined): number | undefined {
  if (!i) return undefined;
  switch (i.op) {
    case 'bin': case 'cmp': case 'neg': case 'not': case 'ext': return i.a;
    case 'switch': return i.value;
    case 'store': case 'copy': return i.op === 'store' ? i.src : i.a;
    case 'ret': return i.valueHi ?? i.value;
    default: return undefined;
  }
}

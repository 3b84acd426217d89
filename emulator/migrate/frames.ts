// The frame walk, ISA-neutral through `isa.frame`: from the fp register, each frame's function
// (functionAt), its caller's fp (fp + savedFpOffset) and return address (fp +
// returnAddressOffset), which names the caller's call site (`callSites[].ret`). The top frame is
// at a statement point, or suspended at its call of migrate()/migration_point() (the runtime
// frames above it are dropped). The outermost frame is the runtime's __shuttle_start.
// Also: which variables are in scope at a frame's position, and the callee-fp rule for restore.

import { functionAt, type DebugCallSite, type DebugFunction, type DebugInfo, type DebugPoint, type DebugVar } from '../compiler/debuginfo';
import type { IsaModule } from '../isa/types';
import type { Machine } from '../machine/machine';
import { refuse } from './refusal';

export const OUTERMOST = '__shuttle_start';
/** runtime functions a process can be captured inside (at their private syscall) */
export const MIGRATION_CALLS: Record<string, boolean> = { migrate: true, migration_point: false };

export interface WalkedFrame {
  fn: DebugFunction;
  fp: number;
  /** top frame: the statement point it is stopped at */
  point?: DebugPoint;
  /** top frame: the call of migrate()/migration_point() it is suspended at */
  resume?: { callSite: DebugCallSite; result?: number };
  /** caller frames: the call site they are suspended at */
  callSite?: DebugCallSite;
}

/** Lookup tables of one image's debug info, built once per image. */
export interface DebugIndex {
  pointByAddr: Map<number, DebugPoint>;
  pointById: Map<string, DebugPoint>;
  callByRet: Map<number, DebugCallSite>;
  callById: Map<string, DebugCallSite>;
  fnByName: Map<string, DebugFunction>;
}

const indexes = new WeakMap<DebugInfo, DebugIndex>();

export function debugIndex(d: DebugInfo): DebugIndex {
  let ix = indexes.get(d);
  if (ix) return ix;
  ix = { pointByAddr: new Map(), pointById: new Map(), callByRet: new Map(), callById: new Map(), fnByName: new Map() };
  for (const p of d.points) { if (!ix.pointByAddr.has(p.addr)) ix.pointByAddr.set(p.addr, p); ix.pointById.set(p.id, p); }
  for (const c of d.callSites) { ix.callByRet.set(c.ret, c); ix.callById.set(c.id, c); }
  for (const f of d.functions) if (!ix.fnByName.has(f.name)) ix.fnByName.set(f.name, f);
  indexes.set(d, ix);
  return ix;
}

/** Walk the stack of a stopped machine; outermost frame first. Read-only. */
export function walkFrames(m: Machine): WalkedFrame[] {
  const d = m.debug, ix = debugIndex(d), fr = m.isa.frame;
  const pc = m.cpu.pc >>> 0;
  let fp = m.cpu.getReg(fr.fpRegister) >>> 0;
  let fn = functionAt(d, pc);
  if (!fn) return refuse(`the process is not in compiled code (pc 0x${pc.toString(16)})`);
  const point = ix.pointByAddr.get(pc);
  let top: WalkedFrame;
  const justResumed = ix.callByRet.get(pc);
  const callee = justResumed ? calledFunction(m, justResumed) : undefined;
  if (point && point.fn === fn.name) top = { fn, fp, point };
  else if (justResumed && callee && callee in MIGRATION_CALLS) {
    // a restored process that has not run yet: it sits at the return address of its migrate() call
    const result = MIGRATION_CALLS[callee] ? m.cpu.getReg(fr.resultRegister) | 0 : undefined;
    top = { fn, fp, resume: result === undefined ? { callSite: justResumed } : { callSite: justResumed, result } };
  } else {
    // inside the runtime: climb to the frame of migrate()/migration_point(), then to its caller
    for (let depth = 0; !(fn.name in MIGRATION_CALLS); depth++) {
      if (!fn.runtime || depth > 16) return refuse(`not at a migration point (pc 0x${pc.toString(16)} in ${fn.name})`);
      ({ fn, fp } = callerOf(m, fn, fp));
    }
    const result = MIGRATION_CALLS[fn.name] ? 0 : undefined;
    const ret = m.callerOf(fp).ret;
    const cs = ix.callByRet.get(ret);
    if (!cs) return refuse(`cannot find the call site of ${fn.name}() (return address 0x${ret.toString(16)})`);
    ({ fn, fp } = callerOf(m, fn, fp));
    top = { fn, fp, resume: result === undefined ? { callSite: cs } : { callSite: cs, result } };
  }
  const frames = [top];
  let cur = top;
  while (cur.fn.name !== OUTERMOST) {
    if (frames.length > 100000) return refuse('the stack is too deep or corrupt');
    const ret = m.callerOf(cur.fp).ret;
    const cs = ix.callByRet.get(ret);
    if (!cs) return refuse(`cannot walk the stack above ${cur.fn.name} (return address 0x${ret.toString(16)} is no call site)`);
    const c = callerOf(m, cur.fn, cur.fp);
    if (c.fn.name !== cs.fn) return refuse(`corrupt stack above ${cur.fn.name}`);
    cur = { fn: c.fn, fp: c.fp, callSite: cs };
    frames.push(cur);
  }
  return frames.reverse();
}

/** The function a call site calls directly (by disassembling its call instruction), if any. */
function calledFunction(m: Machine, cs: DebugCallSite): string | undefined {
  const target = m.isa.disassemble(m.memory, cs.at).target;
  return target === undefined ? undefined : m.debug.functions.find((f) => f.lo === target)?.name;
}

function callerOf(m: Machine, fn: DebugFunction, fp: number): { fn: DebugFunction; fp: number } {
  const up = m.callerOf(fp);
  const caller = functionAt(m.debug, up.ret - 1);
  if (!caller) return refuse(`cannot walk the stack above ${fn.name} (return address 0x${up.ret.toString(16)})`);
  return { fn: caller, fp: up.fp };
}

/** The source position a frame is at: its point, or its call site. */
export function framePosition(f: { point?: { line: number; col: number }; callSite?: { line: number; col: number }; resume?: { callSite: { line: number; col: number } } }): [number, number] {
  const p = f.point ?? f.callSite ?? f.resume!.callSite;
  return [p.line, p.col];
}

const before = (a: [number, number], b: [number, number]): boolean => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/** The variables of `fn` in scope at `pos` (all of them when the debug info has no scope). */
export function varsInScope(fn: DebugFunction, pos: [number, number]): DebugVar[] {
  return fn.vars.filter((v) => !v.scope || (!before(pos, v.scope.start) && !before(v.scope.end, pos)));
}

/** Variable names unique within a frame: a shadowed name gets `#2`, `#3`. */
export function uniqueNames(vars: DebugVar[]): string[] {
  const seen = new Map<string, number>();
  return vars.map((v) => {
    const n = (seen.get(v.name) ?? 0) + 1;
    seen.set(v.name, n);
    return n === 1 ? v.name : `${v.name}#${n}`;
  });
}

/** A callee's frame pointer from its caller's sp at the call, per the ISA's frame convention. */
export function calleeFp(isa: IsaModule, callerSp: number, callee: DebugFunction): number {
  return callerSp - isa.frame.linkBytes - (callee.variadic ? isa.frame.variadicSaveBytes : 0);
}

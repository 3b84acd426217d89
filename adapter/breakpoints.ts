// Breakpoints of every kind the debugger offers: source lines (resolved through the statement
// points and the line table, moved to the next line with code), functions (their prologue end),
// and instruction addresses; each with an optional C condition, a hit condition and a log
// message. Keeps the address set the CPU stops at and decides, at a hit, whether to stop or log.
// Before a program is loaded, breakpoints are kept as pending (unverified, with the reason).

import * as path from 'node:path';
import type { DebugFunction, DebugInfo } from '../emulator/compiler/debuginfo';

export interface BreakpointSpec {
  id?: number; line?: number; name?: string; address?: number; condition?: string; hitCondition?: string; logMessage?: string;
  /** an instruction breakpoint that could not follow a migration: why (it stays unverified) */
  unmapped?: string;
  /**
   * an instruction breakpoint's address on the image it was set on: every migration maps from
   * here, so it comes back exactly (and verified again) on that ISA, and errors never compound
   */
  home?: { address: number; debug: DebugInfo };
}

export interface Breakpoint {
  id: number;
  verified: boolean;
  message?: string;
  line?: number;
  file?: string;
  address?: number;
  addrs: number[];
  spec: BreakpointSpec;
  hits: number;
}

/** What to do at a hit: stop, print a log line, or neither. */
export interface HitDecision { stop: Breakpoint[]; logs: { bp: Breakpoint; message: string }[] }

const LINE_SEARCH = 20;

export class Breakpoints {
  private nextId = 1;
  private source = new Map<string, Breakpoint[]>();
  private functions: Breakpoint[] = [];
  private instructions: Breakpoint[] = [];

  constructor(private dbg: DebugInfo) {}

  setSource(file: string, specs: BreakpointSpec[]): Breakpoint[] {
    const bps = specs.map((s) => this.resolveLine(file, s));
    this.source.set(file, bps);
    return bps;
  }

  setFunctions(specs: BreakpointSpec[]): Breakpoint[] {
    return (this.functions = specs.map((s) => {
      const fn = this.dbg.functions.find((f) => f.name === s.name);
      if (!fn) return this.make(s, [], `no function '${s.name}'`);
      const bp = this.make(s, [entryAddress(this.dbg, fn)]);
      bp.file = this.dbg.files[fn.file]; bp.line = fn.line;
      return bp;
    }));
  }

  setInstructions(specs: BreakpointSpec[]): Breakpoint[] {
    return (this.instructions = specs.map((s) => {
      const a = s.address;
      if (s.unmapped) return this.make(s, [], s.unmapped);
      const text = this.dbg.sections.find((x) => x.name === '.text');
      if (a === undefined || !Number.isFinite(a) || !text || a < text.addr || a >= text.addr + text.size) return this.make(s, [], 'the address is not in the program text');
      const bp = this.make(s, [a]);
      bp.address = a;
      return bp;
    }));
  }

  /** Hit counts by breakpoint id (kept across a migration). */
  hitCounts(): Map<number, number> {
    return new Map(this.all().map((b) => [b.id, b.hits]));
  }

  restoreHits(hits: Map<number, number>): void {
    for (const b of this.all()) b.hits = hits.get(b.id) ?? b.hits;
  }

  /** Every address the CPU must stop at. */
  addresses(): Set<number> {
    const s = new Set<number>();
    for (const bp of this.all()) for (const a of bp.addrs) s.add(a);
    return s;
  }

  /** The breakpoints at `pc`, their hit counts advanced, after `condition` (a C expression evaluator). */
  hit(pc: number, condition: (expr: string) => boolean, interpolate: (msg: string) => string): HitDecision {
    const d: HitDecision = { stop: [], logs: [] };
    for (const bp of this.all()) {
      if (!bp.addrs.includes(pc)) continue;
      if (bp.spec.condition && !safe(() => condition(bp.spec.condition!), true)) continue;
      bp.hits++;
      if (bp.spec.hitCondition && !hitMatches(bp.spec.hitCondition, bp.hits)) continue;
      if (bp.spec.logMessage !== undefined) d.logs.push({ bp, message: interpolate(bp.spec.logMessage) });
      else d.stop.push(bp);
    }
    return d;
  }

  /** Lines of `file` in [start, end] where a breakpoint would be verified. */
  locations(file: string, start: number, end: number): number[] {
    const fi = this.fileIndex(file);
    const lines = new Set<number>();
    for (const e of this.dbg.lines) if (e[1] === fi && e[2] >= start && e[2] <= end) lines.add(e[2]);
    return [...lines].sort((a, b) => a - b);
  }

  private all(): Breakpoint[] {
    return [...[...this.source.values()].flat(), ...this.functions, ...this.instructions];
  }

  private resolveLine(file: string, s: BreakpointSpec): Breakpoint {
    const fi = this.fileIndex(file);
    if (fi < 0) return this.make(s, [], 'this file is not part of the program');
    if (!Number.isInteger(s.line) || s.line! < 1) return this.make(s, [], 'bad line number');
    for (let line = s.line!; line <= s.line! + LINE_SEARCH; line++) {
      const addrs = this.lineAddresses(fi, line);
      if (!addrs.length) continue;
      const bp = this.make(s, addrs);
      bp.line = line; bp.file = this.dbg.files[fi];
      return bp;
    }
    return this.make(s, [], 'no code at or after this line');
  }

  private lineAddresses(fi: number, line: number): number[] {
    const pts = this.dbg.points.filter((p) => p.file === fi && p.line === line).map((p) => p.addr);
    if (pts.length) return [...new Set(pts)];
    const fnStarts = this.dbg.functions.filter((f) => f.file === fi && f.line === line && !f.runtime).map((f) => entryAddress(this.dbg, f));
    if (fnStarts.length) return fnStarts;
    const entries = this.dbg.lines.filter((e) => e[1] === fi && e[2] === line).map((e) => e[0]);
    return entries.length ? [Math.min(...entries)] : [];
  }

  private fileIndex(file: string): number {
    const i = this.dbg.files.indexOf(file);
    if (i >= 0) return i;
    const abs = path.resolve(file);
    const j = this.dbg.files.findIndex((f) => path.resolve(f) === abs);
    if (j >= 0) return j;
    return this.dbg.files.findIndex((f, k) => k === 0 && path.basename(f) === path.basename(file));
  }

  private make(spec: BreakpointSpec, addrs: number[], message?: string): Breakpoint {
    if (spec.hitCondition !== undefined && !HIT_CONDITION.test(spec.hitCondition)) {
      addrs = [];
      message = `hit condition '${spec.hitCondition}' not understood: use N, >= N, == N, > N, < N, <= N or % N`;
    }
    const bp: Breakpoint = { id: spec.id ?? this.nextId++, verified: addrs.length > 0, addrs, spec, hits: 0 };
    if (message) bp.message = message;
    return bp;
  }
}

/** Breakpoints kept until a program is loaded: unverified, saying why. */
export function pendingBreakpoints(specs: BreakpointSpec[], message: string): Breakpoint[] {
  return specs.map((s) => ({ id: s.id!, verified: false, message, addrs: [], spec: s, hits: 0 }));
}

/**
 * Where a function breakpoint (and stopOnEntry) stops: the function's first statement point, after
 * the prologue and the zeroing of pointer locals — parameters are readable and it is a migration
 * point; without points (runtime code) the end of the prologue.
 */
export function entryAddress(dbg: DebugInfo, fn: DebugFunction): number {
  let best: number | undefined;
  for (const p of dbg.points) if (p.kind === 'stmt' && p.fn === fn.name && p.addr >= fn.prologueEnd && (best === undefined || p.addr < best)) best = p.addr;
  return best ?? fn.prologueEnd;
}

/** `N` / `>= N`: from the N-th hit on; `== N`, `> N`, `< N`, `<= N`; `% N`: every N-th hit. */
export function hitMatches(cond: string, hits: number): boolean {
  const m = HIT_CONDITION.exec(cond);
  if (!m) return true;
  const n = Number(m[2]);
  switch (m[1]) {
    case '==': case '=': return hits === n;
    case '>': return hits > n;
    case '<': return hits < n;
    case '<=': return hits <= n;
    case '%': return n > 0 && hits % n === 0;
    default: return hits >= n;
  }
}

const HIT_CONDITION = /^\s*(>=|<=|==|=|>|<|%)?\s*(\d+)\s*$/;

function safe<T>(f: () => T, fallback: T): T {
  try { return f(); } catch { return fallback; }
}

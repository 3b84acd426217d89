// Builds the `.shuttle` debug info (debuginfo.ts) from the linker's placement: the type table
// (the user module's type ids kept as they are, since typed-allocation syscalls use them; every
// other referenced type appended, laid out on this ISA's data model), functions with their
// variables' home slots, statics, the line table, migration points, call sites with their live
// temporaries, globals, symbols and sections; for migration also the compiler's scratch buffers
// and hidden `.result` pointer of each frame and the variables dead at each point and call site
// (var-liveness.ts).

import type { AsmFunction } from './backend/types';
import { DEBUG_FORMAT, type DebugCallSite, type DebugFunction, type DebugGlobal, type DebugInfo, type DebugType } from './debuginfo';
import type { ElfSymbol } from './elf';
import type { IRFunction, IRModule } from './ir';
import type { PlacedData, PlacedFunction } from './link';
import { isSigned, layoutOf, structLayout, typeName, type CType, type DataModel } from './types';
import type { IsaModule } from '../isa/types';
import { buffersAtCalls, deadVars, scratchBuffers, varsHeldAtCalls } from './var-liveness';

export interface DebugInput {
  isa: IsaModule;
  program: { file: string; sha256: string };
  units: IRModule[];
  functions: PlacedFunction[];
  data: PlacedData[];
  symbols: ElfSymbol[];
  entry: number;
  sections: { name: string; addr: number; size: number }[];
}

/** The image's type table: structural keys per unit (struct ids are per translation unit). */
export class DebugTypes {
  readonly types: DebugType[] = [{ name: 'bytes', kind: 'bytes', size: 1, align: 1 }];
  private ids = new Map<string, number>();

  constructor(private dm: DataModel) {}

  /** Keep the user module's ids: entry i of `types` gets id i (entry 0 is the bytes placeholder). */
  seed(types: CType[], unit: number): void {
    const fresh: [number, CType][] = [];
    for (let i = 1; i < types.length; i++) {
      const id = this.types.length;
      this.types.push({ name: '', kind: 'bytes', size: 0, align: 1 });
      const k = this.key(types[i], unit);
      if (!this.ids.has(k)) this.ids.set(k, id);
      fresh.push([id, types[i]]);
    }
    for (const [id, t] of fresh) this.types[id] = this.describe(t, unit);
  }

  idOf(t: CType | undefined, unit: number): number {
    if (!t) return 0;
    const k = this.key(t, unit);
    const hit = this.ids.get(k);
    if (hit !== undefined) return hit;
    const id = this.types.length;
    this.types.push({ name: '', kind: 'bytes', size: 0, align: 1 });
    this.ids.set(k, id);
    this.types[id] = this.describe(t, unit);
    return id;
  }

  private key(t: CType, unit: number): string {
    switch (t.kind) {
      case 'void': return 'v';
      case 'int': return t.enumTag !== undefined ? `e:${t.enumTag}:${t.ik}` : t.ik;
      case 'ptr': return `${this.key(t.to, unit)}*`;
      case 'array': return `${this.key(t.of, unit)}[${t.length ?? ''}]`;
      case 'struct': case 'union': return `${t.kind}#${unit}:${t.id}`;
      case 'func': return `fn(${t.params.map((p) => this.key(p, unit)).join(',')}${t.variadic ? ',...' : ''})${this.key(t.ret, unit)}`;
    }
  }

  private describe(t: CType, unit: number): DebugType {
    const name = typeName(t);
    switch (t.kind) {
      case 'void': return { name, kind: 'void', size: 0, align: 1 };
      case 'func': return { name, kind: 'func', size: 0, align: 1 };
      case 'int': {
        const l = layoutOf(t, this.dm);
        const d: DebugType = { name, kind: 'int', size: l.size, align: l.align, signed: isSigned(t.ik, this.dm) };
        if (t.ik === 'bool') d.bool = true;
        return d;
      }
      case 'ptr': {
        const l = layoutOf(t, this.dm);
        return { name, kind: 'ptr', size: l.size, align: l.align, to: this.idOf(t.to, unit) };
      }
      case 'array': {
        const l = layoutOf(t, this.dm);
        return { name, kind: 'array', size: l.size, align: l.align, of: this.idOf(t.of, unit), length: t.length ?? 0 };
      }
      case 'struct': case 'union': {
        if (!t.fields) return { name, kind: t.kind, size: 0, align: 1, fields: [] };
        const l = structLayout(t, this.dm);
        const d: DebugType = { name, kind: t.kind, size: l.size, align: l.align, fields: [] };
        d.fields = t.fields.map((f, i) => ({ name: f.name, type: this.idOf(f.type, unit), offset: l.offsets[i] }));
        return d;
      }
    }
  }
}

export function buildDebugInfo(inp: DebugInput): DebugInfo {
  const types = new DebugTypes(inp.isa.dataModel);
  const user = inp.units.findIndex((_, i) => i === 0);
  if (user >= 0) types.seed(inp.units[user].types, user);
  const files: string[] = [inp.program.file];
  const fileIdx = (f: string): number => {
    let i = files.indexOf(f);
    if (i < 0) { i = files.length; files.push(f); }
    return i;
  };
  const info: DebugInfo = {
    format: DEBUG_FORMAT, isa: inp.isa.id, program: inp.program, files, types: types.types,
    functions: [], lines: [], points: [], callSites: [], globals: [], symbols: [], sections: inp.sections, entry: inp.entry,
  };
  for (const p of inp.functions) {
    const described = describeFunction(p, inp, types, fileIdx);
    info.functions.push(described);
    const own = p.asm.lines.filter((l) => l.offset < p.asm.code.length);
    info.lines.push(...sortLines(own.map((l) => [p.addr + l.offset, fileIdx(l.file), l.line, l.col])));
    if (!p.fn) continue;
    const fn = p.fn;
    const mig = migrationFacts(p, fn, described, types);
    fn.points.forEach((pt, i) => {
      const dp: DebugInfo['points'][number] = {
        id: pt.id, fn: fn.name, addr: p.addr + (p.asm.points[i] ?? 0), kind: pt.kind, line: pt.loc.line, col: pt.loc.col, file: fileIdx(pt.loc.file),
      };
      const dead = mig.dead.atPoint.get(i);
      if (dead?.length) dp.dead = dead;
      info.points.push(dp);
    });
    fn.callSites.forEach((cs, i) => {
      const dc = callSite(p, fn, i, types, fileIdx);
      const dead = mig.dead.atCall.get(i), bufs = mig.buffers.get(i), held = mig.held.get(i);
      if (bufs?.length) dc.scratch = bufs;
      if (held?.length) dc.held = held;
      if (dead?.length) dc.dead = dead;
      info.callSites.push(dc);
    });
  }
  info.lines.sort((a, b) => a[0] - b[0]);
  info.globals = inp.data.filter((d) => d.d.cname !== undefined).map((d) => describeGlobal(d, inp, types));
  info.symbols = inp.symbols.map((s) => ({ name: s.name, addr: s.value, size: s.size, kind: s.kind })).sort((a, b) => a.addr - b.addr);
  return info;
}

function describeFunction(p: PlacedFunction, inp: DebugInput, types: DebugTypes, fileIdx: (f: string) => number): DebugFunction {
  const a: AsmFunction = p.asm;
  const base = { name: p.fn?.name ?? a.name, lo: p.addr, hi: p.addr + a.code.length, prologueEnd: p.addr + a.prologueEnd, frameSize: a.frameSize, spOffset: a.spOffset, isStatic: a.isStatic,
    variadic: !!p.fn?.variadic };
  const fn = p.fn;
  if (!fn) return { ...base, line: 0, col: 0, endLine: 0, file: 0, vars: [], statics: [], runtime: true };
  const vars = fn.slots.flatMap((s, i) => (s.name !== undefined && (s.role === 'var' || s.role === 'param') ? [{
    name: s.name, type: types.idOf(s.ctype, p.unit), fpOffset: a.slotOffsets[i], kind: s.role === 'param' ? 'param' as const : 'local' as const,
    addressTaken: !!s.addressTaken,
    ...(s.scope ? { scope: { start: [s.scope.start.line, s.scope.start.col] as [number, number], end: [s.scope.end.line, s.scope.end.col] as [number, number] } } : {}),
  }] : []));
  const statics = inp.data.filter((d) => d.unit === p.unit && staticOwner(d, inp) === fn.name)
    .map((d) => ({ name: d.d.cname!, symbol: d.symbol, type: types.idOf(d.d.ctype, d.unit) }));
  return {
    ...base, line: fn.loc.line, col: fn.loc.col, endLine: fn.endLoc.line, file: fileIdx(fn.loc.file),
    vars, statics, runtime: fn.runtime,
  };
}

/**
 * Migration facts of one function: its scratch buffers and hidden `.result` pointer (added to
 * `d`), the buffers that are objects at each call site, and the variables dead at each point and
 * call site (as indices into `d.vars`; address-taken variables always count as live).
 */
function migrationFacts(p: PlacedFunction, fn: IRFunction, d: DebugFunction, types: DebugTypes): {
  buffers: Map<number, string[]>; held: Map<number, number[]>; dead: { atPoint: Map<number, number[]>; atCall: Map<number, number[]> };
} {
  const a = p.asm;
  const bufs = scratchBuffers(fn).filter((b) => a.slotOffsets[b.slot] !== undefined);
  const scratch = bufs.map((b) => {
    const ct = fn.temps[b.ptrTemp]?.ctype;
    return { name: b.name, type: types.idOf(ct?.kind === 'ptr' ? ct.to : undefined, p.unit), fpOffset: a.slotOffsets[b.slot], role: b.role, callSite: b.callSite, origin: b.origin };
  });
  if (scratch.length) d.scratch = scratch;
  const hidden = resultPointer(fn, a, types, p.unit);
  if (hidden) d.hidden = [hidden];
  // var index <- slot index, for the variables migration may treat as dead
  const varOfSlot = new Map<number, number>();
  let k = 0;
  fn.slots.forEach((s, i) => {
    if (s.name === undefined || (s.role !== 'var' && s.role !== 'param')) return;
    if (!s.addressTaken) varOfSlot.set(i, k);
    k++;
  });
  const raw = deadVars(fn, new Set(varOfSlot.keys()));
  const toVars = (m: Map<number, number[]>): Map<number, number[]> => new Map([...m].map(([i, slots]) => [i, slots.map((s) => varOfSlot.get(s)!)]));
  const held = toVars(varsHeldAtCalls(fn, new Set(varOfSlot.keys())));
  return { buffers: buffersAtCalls(fn, bufs), held, dead: { atPoint: toVars(raw.atPoint), atCall: toVars(raw.atCall) } };
}

/** The `.result` slot of a struct-returning function, typed by the load that reads it (absent when nothing returns through it). */
function resultPointer(fn: IRFunction, a: AsmFunction, types: DebugTypes, unit: number): { name: string; type: number; fpOffset: number } | undefined {
  const slot = fn.slots.findIndex((s) => s.role === 'scratch' && s.name === '.result');
  if (slot < 0 || a.slotOffsets[slot] === undefined) return undefined;
  const addrTemps = new Set(fn.body.flatMap((i) => (i.op === 'slotaddr' && i.slot === slot ? [i.dst] : [])));
  for (const i of fn.body) {
    if (i.op !== 'load' || !addrTemps.has(i.addr)) continue;
    const ct = fn.temps[i.dst]?.ctype;
    if (ct?.kind === 'ptr') return { name: '.result', type: types.idOf(ct, unit), fpOffset: a.slotOffsets[slot] };
  }
  return undefined;
}

/** The function a static local belongs to (its link name is `fn.name.N`), or undefined. */
function staticOwner(d: PlacedData, inp: DebugInput): string | undefined {
  const c = d.d.cname;
  if (c === undefined || d.d.name === c || !d.d.isStatic) return undefined;
  const fns = inp.units[d.unit]?.functions ?? [];
  return fns.find((f) => d.d.name.startsWith(`${f.name}.${c}.`) || d.d.name === `${f.name}.${c}`)?.name;
}

function callSite(p: PlacedFunction, fn: IRFunction, i: number, types: DebugTypes, fileIdx: (f: string) => number): DebugCallSite {
  const cs = fn.callSites[i];
  const c = p.asm.calls[i] ?? { at: 0, ret: 0, spOffset: p.asm.spOffset };
  const live: DebugCallSite['live'] = [];
  for (const t of cs.live) {
    const ti = fn.temps[t];
    const off = p.asm.tempOffsets[t];
    if (!ti || off === undefined) continue;
    const whole = ti.whole !== undefined ? fn.temps[ti.whole] : undefined;
    const entry: DebugCallSite['live'][number] = {
      origin: ti.origin ?? whole?.origin ?? -1, type: types.idOf(ti.ctype ?? whole?.ctype, p.unit), fpOffset: off,
    };
    if (ti.part) entry.part = ti.part;
    live.push(entry);
  }
  return {
    id: cs.id, fn: fn.name, at: p.addr + c.at, ret: p.addr + c.ret, spOffset: c.spOffset,
    line: cs.loc.line, col: cs.loc.col, file: fileIdx(cs.loc.file), synthetic: cs.synthetic, live,
  };
}

function describeGlobal(d: PlacedData, inp: DebugInput, types: DebugTypes): DebugGlobal {
  const g: DebugGlobal = { name: d.d.cname!, symbol: d.symbol, type: types.idOf(d.d.ctype, d.unit), addr: d.addr, size: d.d.size, isStatic: d.d.isStatic };
  const owner = staticOwner(d, inp);
  if (owner) g.fn = owner;
  return g;
}

/** Sort by address; at one address keep the last entry; drop entries repeating the previous position. */
export function sortLines(lines: [number, number, number, number][]): [number, number, number, number][] {
  const sorted = lines.map((l, i) => ({ l, i })).sort((a, b) => a.l[0] - b.l[0] || a.i - b.i).map((x) => x.l);
  const out: [number, number, number, number][] = [];
  for (const l of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev[0] === l[0]) { out[out.length - 1] = l; continue; }
    if (prev && prev[1] === l[1] && prev[2] === l[2] && prev[3] === l[3]) continue;
    out.push(l);
  }
  // replacing an entry may have made two neighbours equal: one more pass
  return out.filter((l, i) => i === 0 || !(out[i - 1][1] === l[1] && out[i - 1][2] === l[2] && out[i - 1][3] === l[3]));
}

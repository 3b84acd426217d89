// Capture: the canonical state of a stopped machine (at a statement point, or inside
// migrate()/migration_point()). Strictly read-only on the machine: it walks the frames, builds
// the object table (globals, string literals, argv, address-taken locals, heap blocks) and reads
// every value with the source ISA's layout, turning addresses into {ref, path}. Anything that
// cannot be translated throws MigrationRefused naming the variable and the frame.

import type { DebugCallSite, DebugFunction, DebugInfo, DebugScratch, DebugVar } from '../compiler/debuginfo';
import type { Machine } from '../machine/machine';
import { STACK_TOP } from '../machine/memory';
import { CANONICAL_FORMAT, type CanonicalFrame, type CanonicalObject, type CanonicalState, type CanonicalValue, type CaptureReason, type NamedValue } from './canonical';
import { jsonInt, readPtr, ValueReader, type MachineView } from './codec';
import { framePosition, uniqueNames, varsInScope, walkFrames, type WalkedFrame } from './frames';
import { BYTES_TYPE, ObjectTable, type MObject } from './objects';
import { refuse, type Where } from './refusal';

/** The top of the argument strings setupStack writes (loader.ts). */
export const ARGV_TOP = STACK_TOP - 16;

export function machineView(m: Machine): MachineView {
  return { mem: m.memory, debug: m.debug, bigEndian: m.isa.dataModel.bigEndian, ptrSize: m.isa.dataModel.ptr };
}

export const frameLabel = (i: number, name: string): string => `#${i} ${name}`;
export const localId = (i: number, fn: string, name: string): string => `frame${i}:${fn}:${name}`;

export function capture(m: Machine, reason: CaptureReason): CanonicalState {
  if (m.fault) refuse(`the process has faulted (${m.fault.kind}); it cannot migrate`);
  if (m.exited()) refuse('the process has exited');
  const d = m.debug;
  const frames = walkFrames(m);
  const table = new ObjectTable(d);
  table.stack = { lo: m.cpu.getReg(m.isa.frame.spRegister) >>> 0, hi: ARGV_TOP };
  addStaticObjects(table, d);
  const argv = addArgv(m, table, frames[0]);
  addLocalObjects(table, frames);
  addHeapObjects(m, table);
  const reader = new ValueReader(machineView(m), table);
  const io = m.host.ioState();
  const state: CanonicalState = {
    format: CANONICAL_FORMAT,
    program: { file: d.program.file, sha256: d.program.sha256 },
    from: m.isa.id,
    reason,
    argv,
    io: { stdoutBytes: io.stdoutWritten, stderrBytes: io.stderrWritten, stdinOffset: io.stdinOffset },
    frames: frames.map((f, i) => captureFrame(m, reader, f, i)),
    globals: captureGlobals(reader, d),
    objects: captureObjects(m, reader, table, frames),
  };
  dropUnreferencedStrings(state);
  return state;
}

/**
 * String literals are part of every image (never copied), so the state lists only those a pointer
 * refers to: the others would only say how long each ISA's literals are (the runtime's
 * current_isa() answer differs by ISA).
 */
function dropUnreferencedStrings(state: CanonicalState): void {
  const refs = new Set<string>();
  const walk = (v: CanonicalValue | undefined): void => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) { for (const e of v) walk(e); return; }
    if ('ref' in v && typeof v.ref === 'string') { refs.add(v.ref); return; }
    for (const k in v) walk((v as { [k: string]: CanonicalValue })[k]);
  };
  for (const f of state.frames) {
    for (const l of f.locals) walk(l.value);
    for (const t of f.temps) walk(t.value);
    for (const h of f.hidden ?? []) walk(h.value);
  }
  for (const g of state.globals) walk(g.value);
  for (const o of state.objects) if (o.kind !== 'string') walk(o.value);
  state.objects = state.objects.filter((o) => o.kind !== 'string' || refs.has(o.id));
}

/** Globals and static locals (`global:<symbol>`), string literals of .rodata (`string:<symbol>`). */
export function addStaticObjects(table: ObjectTable, d: DebugInfo): void {
  for (const g of d.globals) table.add({ id: `global:${g.symbol}`, kind: 'global', addr: g.addr, typeId: g.type, size: g.size });
  const charId = d.types.findIndex((t) => t.name === 'char');
  for (const s of d.symbols) {
    if (s.kind === 'object' && s.name.startsWith('.str')) {
      table.add({ id: `string:${s.name}`, kind: 'string', addr: s.addr, typeId: charId, count: s.size, size: s.size });
    }
  }
}

/** The argv vector and strings on the initial stack, found through __shuttle_start's parameters. */
function addArgv(m: Machine, table: ObjectTable, outer: WalkedFrame): string[] {
  const argcVar = outer.fn.vars.find((v) => v.name === 'argc');
  const argvVar = outer.fn.vars.find((v) => v.name === 'argv');
  if (!argcVar || !argvVar) return refuse(`the runtime's ${outer.fn.name} has no argc/argv`);
  const dm = m.isa.dataModel;
  const ptr = (a: number): number => readPtr(m.memory, a, dm.ptr, dm.bigEndian);
  const argc = m.memory.read32(outer.fp + argcVar.fpOffset) | 0;
  const vec = ptr(outer.fp + argvVar.fpOffset);
  return argvObjects(m.debug, table, vec, argc, (i) => ptr(vec + dm.ptr * i), (a, n) => m.memory.readBytes(a, n));
}

/**
 * Add `argv` (char *[argc+1]) and `argv:I` (each string, its original length from the stack
 * layout: the strings are packed downwards from ARGV_TOP in order) to the table; returns argv.
 */
export function argvObjects(d: DebugInfo, table: ObjectTable, vec: number, argc: number,
  entry: (i: number) => number, bytes: (a: number, n: number) => Uint8Array): string[] {
  const ptrId = d.types.findIndex((t) => t.name === 'char *');
  const charId = d.types.findIndex((t) => t.name === 'char');
  table.add({ id: 'argv', kind: 'argv', addr: vec, typeId: ptrId, count: argc + 1, size: d.types[ptrId].size * (argc + 1) });
  const out: string[] = [];
  let end = ARGV_TOP;
  for (let i = 0; i < argc; i++) {
    const a = entry(i);
    const n = end - a;
    if (n <= 0 || n > 1 << 20) return refuse(`argv[${i}] does not point to its original string`);
    table.add({ id: `argv:${i}`, kind: 'argv', addr: a, typeId: charId, count: n, size: n });
    out.push(latin1(bytes(a, n - 1)));
    end = a;
  }
  return out;
}

/**
 * Address-taken locals in scope, `frame<i>:<function>:<name>` (also a variable whose address a
 * live temp holds at the frame's call site; its value stays in `locals`), and the compiler's scratch buffers
 * alive at the call a frame is suspended at, `frame<i>:<function>:<buffer>` (kind `scratch`).
 */
export function addLocalObjects(table: ObjectTable, frames: { fn: WalkedFrame['fn']; fp: number; point?: WalkedFrame['point']; callSite?: WalkedFrame['callSite']; resume?: WalkedFrame['resume'] }[]): void {
  frames.forEach((f, i) => {
    const vars = varsInScope(f.fn, framePosition(f));
    const names = uniqueNames(vars);
    vars.forEach((v, k) => {
      if (!v.addressTaken) return;
      const size = table.debug.types[v.type].size;
      table.add({ id: localId(i, f.fn.name, names[k]), kind: 'local', addr: (f.fp + v.fpOffset) >>> 0, typeId: v.type, size });
    });
    const cs = f.callSite ?? f.resume?.callSite;
    const held = new Set((cs?.held ?? []).map((k) => f.fn.vars[k]));
    vars.forEach((v, k) => {
      if (v.addressTaken || !held.has(v)) return;
      table.add({ id: localId(i, f.fn.name, names[k]), kind: 'local', addr: (f.fp + v.fpOffset) >>> 0, typeId: v.type, size: table.debug.types[v.type].size, inLocals: true });
    });
    for (const b of scratchAt(f.fn, cs)) {
      table.add({ id: localId(i, f.fn.name, b.name), kind: 'scratch', addr: (f.fp + b.fpOffset) >>> 0, typeId: b.type, size: table.debug.types[b.type].size });
    }
  });
}

/** The scratch buffers of `fn` that are objects while it is suspended at call site `cs`. */
export function scratchAt(fn: DebugFunction, cs: DebugCallSite | undefined): DebugScratch[] {
  if (!cs?.scratch?.length) return [];
  return cs.scratch.map((name) => {
    const b = fn.scratch?.find((x) => x.name === name);
    if (!b) return refuse(`the debug info names an unknown scratch buffer '${name}'`, { variable: name, frame: fn.name });
    return b;
  });
}

/** A result buffer the call in flight will fill: it holds nothing yet (value null). */
export const inFlight = (b: DebugScratch, cs: DebugCallSite | undefined): boolean => b.role === 'result' && b.callSite === cs?.id;

/** Live heap blocks in address order as `heap:1`, `heap:2`, ...: one T, an array of T, or bytes. */
function addHeapObjects(m: Machine, table: ObjectTable): void {
  m.heap.live().forEach((b, k) => {
    const o: MObject = { id: `heap:${k + 1}`, kind: 'heap', addr: b.addr, typeId: 0, count: b.size, size: b.size };
    const t = m.debug.types[b.typeId];
    if (b.typeId !== 0 && t && t.size > 0 && b.size > 0 && b.size % t.size === 0) {
      o.typeId = b.typeId;
      o.count = b.size === t.size ? undefined : b.size / t.size;
    }
    table.add(o);
  });
}

function captureFrame(m: Machine, reader: ValueReader, f: WalkedFrame, i: number): CanonicalFrame {
  const label = frameLabel(i, f.fn.name);
  const out = { function: f.fn.name } as CanonicalFrame;
  if (f.point) out.point = f.point.id;
  else if (f.resume) out.resume = f.resume.result === undefined ? { callSite: f.resume.callSite.id } : { callSite: f.resume.callSite.id, result: f.resume.result };
  else out.callSite = f.callSite!.id;
  out.locals = [];
  out.temps = [];
  const vars = varsInScope(f.fn, framePosition(f));
  const names = uniqueNames(vars);
  const cs = f.callSite ?? f.resume?.callSite;
  // the outermost frame's argc/argv are dead after main() starts, but capture finds argv through them
  const dead = i === 0 ? new Set<DebugVar>() : deadSet(f.fn, f.point?.dead ?? cs?.dead);
  vars.forEach((v: DebugVar, k) => {
    const type = m.debug.types[v.type].name;
    const where = { variable: names[k], frame: label };
    if (v.addressTaken) out.locals.push({ name: names[k], type, object: localId(i, f.fn.name, names[k]) });
    else out.locals.push({ name: names[k], type, value: reader.value((f.fp + v.fpOffset) >>> 0, v.type, where, dead.has(v)), ...(dead.has(v) ? { dead: true as const } : {}) });
  });
  for (const h of f.fn.hidden ?? []) {
    (out.hidden ??= []).push({ name: h.name, type: m.debug.types[h.type].name, value: reader.value((f.fp + h.fpOffset) >>> 0, h.type, { variable: h.name, frame: label }) });
  }
  out.temps = captureTemps(m, reader, f, cs, label);
  return out;
}

/**
 * The temps live across a frame's call site. A 64-bit value a 32-bit ISA keeps as two halves
 * (`part` lo/hi) is written whole, as a 64-bit ISA keeps it: the state does not depend on the ISA.
 */
function captureTemps(m: Machine, reader: ValueReader, f: WalkedFrame, cs: DebugCallSite | undefined, label: string): CanonicalFrame['temps'] {
  const out: CanonicalFrame['temps'] = [];
  const live = cs?.live ?? [];
  for (const t of live) {
    const where: Where = { variable: `temp ${t.origin}${t.part ? '.' + t.part : ''} of ${cs!.id}`, frame: label };
    const type = m.debug.types[t.type];
    if (!t.part) { out.push({ origin: t.origin, type: type.name, value: reader.temp((f.fp + t.fpOffset) >>> 0, t.type, where) }); continue; }
    if (t.part === 'hi') continue;
    const hi = live.find((x) => x.origin === t.origin && x.part === 'hi');
    if (!hi) return refuse('the high half of this 64-bit temp is not recorded', where);
    const word = (x: typeof t): bigint => BigInt(m.memory.read32((f.fp + x.fpOffset) >>> 0) >>> 0);
    const v = (word(hi) << 32n) | word(t);
    out.push({ origin: t.origin, type: type.name, value: jsonInt(type.signed ? BigInt.asIntN(64, v) : v) });
  }
  return out;
}

/** The variables of `fn` listed dead (by index into its vars). */
function deadSet(fn: DebugFunction, dead: number[] | undefined): Set<DebugVar> {
  return new Set((dead ?? []).map((k) => fn.vars[k]).filter((v) => v !== undefined));
}

function captureGlobals(reader: ValueReader, d: DebugInfo): NamedValue[] {
  return d.globals.map((g) => ({
    name: g.symbol, type: d.types[g.type].name,
    value: reader.value(g.addr, g.type, { variable: g.fn ? `${g.fn}.${g.name}` : g.name, frame: '(globals)' }),
  }));
}

/** Every object but the globals (their values are in `globals`). */
function captureObjects(m: Machine, reader: ValueReader, table: ObjectTable, frames: WalkedFrame[]): CanonicalObject[] {
  const out: CanonicalObject[] = [];
  const empty = inFlightIds(frames);
  for (const o of table.all()) {
    if (o.kind === 'global' || o.inLocals) continue;
    const type = o.typeId === 0 ? BYTES_TYPE : m.debug.types[o.typeId].name;
    const co = { id: o.id, kind: o.kind, type } as CanonicalObject;
    if (o.count !== undefined) co.count = o.count;
    co.value = empty.has(o.id) ? null : objectValue(m, reader, o);
    out.push(co);
  }
  return out;
}

/** Ids of the result buffers of calls in flight (written by the callee before the caller reads them). */
export function inFlightIds(frames: { fn: DebugFunction; callSite?: DebugCallSite; resume?: WalkedFrame['resume'] }[]): Set<string> {
  const ids = new Set<string>();
  frames.forEach((f, i) => {
    const cs = f.callSite ?? f.resume?.callSite;
    for (const b of scratchAt(f.fn, cs)) if (inFlight(b, cs)) ids.add(localId(i, f.fn.name, b.name));
  });
  return ids;
}

function objectValue(m: Machine, reader: ValueReader, o: MObject): CanonicalObject['value'] {
  const local = o.kind === 'local' || o.kind === 'scratch';
  const where: Where = { variable: o.id, frame: local ? `#${o.id.split(':')[0].slice(5)} ${o.id.split(':')[1]}` : '(objects)' };
  if (o.kind === 'string') return null;         // read-only, part of the image (its bytes may differ by ISA: "rv32")
  if (o.kind === 'argv' && o.id !== 'argv') return latin1(m.memory.readBytes(o.addr, o.size));
  if (o.count === undefined) return reader.value(o.addr, o.typeId, where);
  if (o.typeId === 0) return Array.from(m.memory.readBytes(o.addr, o.size));
  return reader.array(o.addr, o.typeId, o.count, where);
}

export const latin1 = (b: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
};

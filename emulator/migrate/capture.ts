// Capture: the canonical state of a stopped machine (at a statement point, or inside
// migrate()/migration_point()). Strictly read-only on the machine: it walks the frames, builds
// the object table (globals, string literals, argv, address-taken locals, heap blocks) and reads
// every value with the source ISA's layout, turning addresses into {ref, path}. Anything that
// cannot be translated throws MigrationRefused naming the variable and the frame.

import type { DebugInfo, DebugVar } from '../compiler/debuginfo';
import type { Machine } from '../machine/machine';
import { STACK_TOP } from '../machine/memory';
import { CANONICAL_FORMAT, type CanonicalFrame, type CanonicalObject, type CanonicalState, type CaptureReason, type NamedValue } from './canonical';
import { ValueReader, type MachineView } from './codec';
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
  return {
    format: CANONICAL_FORMAT,
    program: { file: d.program.file, sha256: d.program.sha256 },
    from: m.isa.id,
    reason,
    argv,
    io: { stdoutBytes: io.stdoutWritten, stderrBytes: io.stderrWritten, stdinOffset: io.stdinOffset },
    frames: frames.map((f, i) => captureFrame(m, reader, f, i)),
    globals: captureGlobals(reader, d),
    objects: captureObjects(m, reader, table),
  };
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
  const argc = m.memory.read32(outer.fp + argcVar.fpOffset) | 0;
  const vec = m.memory.read32(outer.fp + argvVar.fpOffset) >>> 0;
  return argvObjects(m.debug, table, vec, argc, (i) => m.memory.read32(vec + 4 * i) >>> 0, (a, n) => m.memory.readBytes(a, n));
}

/**
 * Add `argv` (char *[argc+1]) and `argv:I` (each string, its original length from the stack
 * layout: the strings are packed downwards from ARGV_TOP in order) to the table; returns argv.
 */
export function argvObjects(d: DebugInfo, table: ObjectTable, vec: number, argc: number,
  entry: (i: number) => number, bytes: (a: number, n: number) => Uint8Array): string[] {
  const ptrId = d.types.findIndex((t) => t.name === 'char *');
  const charId = d.types.findIndex((t) => t.name === 'char');
  table.add({ id: 'argv', kind: 'argv', addr: vec, typeId: ptrId, count: argc + 1, size: 4 * (argc + 1) });
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

/** Address-taken locals in scope: `frame<i>:<function>:<name>`. */
export function addLocalObjects(table: ObjectTable, frames: { fn: WalkedFrame['fn']; fp: number; point?: WalkedFrame['point']; callSite?: WalkedFrame['callSite']; resume?: WalkedFrame['resume'] }[]): void {
  frames.forEach((f, i) => {
    const vars = varsInScope(f.fn, framePosition(f));
    const names = uniqueNames(vars);
    vars.forEach((v, k) => {
      if (!v.addressTaken) return;
      const size = table.debug.types[v.type].size;
      table.add({ id: localId(i, f.fn.name, names[k]), kind: 'local', addr: (f.fp + v.fpOffset) >>> 0, typeId: v.type, size });
    });
  });
}

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
  vars.forEach((v: DebugVar, k) => {
    const type = m.debug.types[v.type].name;
    if (v.addressTaken) out.locals.push({ name: names[k], type, object: localId(i, f.fn.name, names[k]) });
    else out.locals.push({ name: names[k], type, value: reader.value((f.fp + v.fpOffset) >>> 0, v.type, { variable: names[k], frame: label }) });
  });
  const cs = f.callSite ?? f.resume?.callSite;
  for (const t of cs?.live ?? []) {
    const where: Where = { variable: `temp ${t.origin}${t.part ? '.' + t.part : ''} of ${cs!.id}`, frame: label };
    const addr = (f.fp + t.fpOffset) >>> 0;
    const value = t.part ? m.memory.read32(addr) >>> 0 : reader.temp(addr, t.type, where);
    const temp: CanonicalFrame['temps'][number] = { origin: t.origin, type: m.debug.types[t.type].name, value };
    if (t.part) temp.part = t.part;
    out.temps.push(temp);
  }
  return out;
}

function captureGlobals(reader: ValueReader, d: DebugInfo): NamedValue[] {
  return d.globals.map((g) => ({
    name: g.symbol, type: d.types[g.type].name,
    value: reader.value(g.addr, g.type, { variable: g.fn ? `${g.fn}.${g.name}` : g.name, frame: '(globals)' }),
  }));
}

/** Every object but the globals (their values are in `globals`). */
function captureObjects(m: Machine, reader: ValueReader, table: ObjectTable): CanonicalObject[] {
  const out: CanonicalObject[] = [];
  for (const o of table.all()) {
    if (o.kind === 'global') continue;
    const type = o.typeId === 0 ? BYTES_TYPE : m.debug.types[o.typeId].name;
    const co = { id: o.id, kind: o.kind, type } as CanonicalObject;
    if (o.count !== undefined) co.count = o.count;
    co.value = objectValue(m, reader, o);
    out.push(co);
  }
  return out;
}

function objectValue(m: Machine, reader: ValueReader, o: MObject): CanonicalObject['value'] {
  const where: Where = { variable: o.id, frame: o.kind === 'local' ? `#${o.id.split(':')[0].slice(5)} ${o.id.split(':')[1]}` : '(objects)' };
  if (o.kind === 'string') return null;         // read-only, part of the image (its bytes may differ by ISA: "rv32")
  if (o.kind === 'argv' && o.id !== 'argv') return latin1(m.memory.readBytes(o.addr, o.size));
  if (o.count === undefined) return reader.value(o.addr, o.typeId, where);
  if (o.typeId === 0) return Array.from(m.memory.readBytes(o.addr, o.size));
  const es = m.debug.types[o.typeId].size;
  const list = [];
  for (let i = 0; i < o.count; i++) list.push(reader.value(o.addr + i * es, o.typeId, where));
  return list;
}

export const latin1 = (b: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
};

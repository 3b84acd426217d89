// Restore: a new machine on the target image continuing a canonical state. The target runs its
// own start-up to __shuttle_start's prologueEnd (initial stack, argv, outermost frame), then
// allocates the heap blocks in id order through its allocator, rebuilds the frames outermost
// first (saved fp and the target's return address of each call site, per isa.frame), writes
// globals, objects, locals and live temps with the target's layout, and sets fp, sp, pc and the
// result register. Output continues from the state's I/O position.

import type { DebugCallSite, DebugFunction, DebugInfo } from '../compiler/debuginfo';
import type { Image } from '../machine/image';
import { Machine, type MachineOptions } from '../machine/machine';
import { type CanonicalFrame, type CanonicalLocal, type CanonicalState } from './canonical';
import { addLocalObjects, addStaticObjects, argvObjects, frameLabel, inFlight, localId, machineView, scratchAt } from './capture';
import { jsonInt, readPtr, ValueWriter, writePtr, zeroValue } from './codec';
import { calleeFp, debugIndex, OUTERMOST, uniqueNames, varsInScope } from './frames';
import { ObjectTable, typesByName } from './objects';
import { MigrationRefused, refuse, type Where } from './refusal';

/** Refuse a state of another program (by source hash; the file name is informative). */
export function checkProgram(state: CanonicalState, image: Image): void {
  const p = image.debug.program;
  if (state.program.sha256 !== p.sha256) {
    throw new MigrationRefused(`a state from another program (state: ${state.program.file} ${state.program.sha256.slice(0, 12)}, image: ${p.file} ${p.sha256.slice(0, 12)})`);
  }
}

interface PlannedFrame { fn: DebugFunction; fp: number; state: CanonicalFrame; label: string; pos: [number, number]; cs?: DebugCallSite }

export function restore(state: CanonicalState, image: Image, opts: MachineOptions = {}): Machine {
  checkProgram(state, image);
  const d = image.debug;
  const io = { stdoutWritten: state.io.stdoutBytes, stderrWritten: state.io.stderrBytes, stdinOffset: state.io.stdinOffset };
  const m = new Machine(image, { ...opts, argv: opts.argv ?? state.argv, io });
  const ix = debugIndex(d);
  const outer = ix.fnByName.get(OUTERMOST);
  if (!outer) return refuse(`the target image has no ${OUTERMOST}`);
  const r = m.runTo(outer.prologueEnd, { maxInstructions: 1e7 });
  if (r.status !== 'breakpoint') return refuse(`the target did not reach ${OUTERMOST} (${r.status})`);
  const frames = planFrames(m, state);
  const table = new ObjectTable(d);
  addStaticObjects(table, d);
  const argvVar = outer.vars.find((v) => v.name === 'argv')!;
  const ptr = (a: number): number => readPtr(m.memory, a, m.isa.dataModel.ptr, m.isa.dataModel.bigEndian);
  const vec = ptr(frames[0].fp + argvVar.fpOffset);
  argvObjects(d, table, vec, state.argv.length, (i) => ptr(vec + m.isa.dataModel.ptr * i), (a, n) => m.memory.readBytes(a, n));
  addLocals(m, table, frames);
  allocateHeap(m, state, table);
  const w = new ValueWriter(machineView(m), table);
  writeGlobals(m, state, w);
  writeObjects(state, table, w, inFlightTargets(frames));
  frames.forEach((f, i) => writeFrame(m, f, i, frames[i - 1], w));
  setRegisters(m, frames[frames.length - 1]);
  return m;
}

/** Each frame's target fp, outermost first: the outermost is the target's own; each callee's from its caller's call site. */
function planFrames(m: Machine, state: CanonicalState): PlannedFrame[] {
  const d = m.debug, ix = debugIndex(d);
  const out: PlannedFrame[] = [];
  state.frames.forEach((sf, i) => {
    const label = frameLabel(i, sf.function);
    const fn = ix.fnByName.get(sf.function);
    if (!fn) return refuse(`function '${sf.function}' does not exist in the target image`, { variable: sf.function, frame: label });
    if (i === 0 && fn.name !== OUTERMOST) return refuse(`the outermost frame must be ${OUTERMOST}`, { variable: sf.function, frame: label });
    let fp = m.currentFp();
    if (i > 0) {
      const caller = out[i - 1];
      const cs = ix.callById.get(caller.state.callSite ?? '');
      if (!cs || cs.fn !== caller.fn.name) return refuse(`unknown call site '${caller.state.callSite}'`, { variable: sf.function, frame: caller.label });
      fp = calleeFp(m.isa, (caller.fp + cs.spOffset) >>> 0, fn) >>> 0;
    }
    if (i < state.frames.length - 1 && !sf.callSite) return refuse('a caller frame must be at a call site', { variable: sf.function, frame: label });
    if (i === state.frames.length - 1 && sf.callSite) return refuse('the top frame must be at a point or resume a call', { variable: sf.function, frame: label });
    const at = sf.point ? ix.pointById.get(sf.point) : ix.callById.get(sf.callSite ?? sf.resume?.callSite ?? '');
    if (!at || at.fn !== fn.name) return refuse(`unknown point or call site '${sf.point ?? sf.callSite ?? sf.resume?.callSite}'`, { variable: sf.function, frame: label });
    const cs = sf.point ? undefined : ix.callById.get(sf.callSite ?? sf.resume?.callSite ?? '');
    out.push({ fn, fp, state: sf, label, pos: [at.line, at.col], cs });
  });
  return out;
}

/** The target's local objects: the same rule as capture's, on the planned frames. */
function addLocals(m: Machine, table: ObjectTable, frames: PlannedFrame[]): void {
  const ix = debugIndex(m.debug);
  addLocalObjects(table, frames.map((f) => ({
    fn: f.fn, fp: f.fp,
    point: f.state.point ? ix.pointById.get(f.state.point) : undefined,
    callSite: f.state.callSite ? f.cs : undefined,
    resume: f.state.resume && f.cs ? { callSite: f.cs } : undefined,
  })));
}

/** Ids of the target's result buffers of calls in flight: the state must carry them as null. */
function inFlightTargets(frames: PlannedFrame[]): Set<string> {
  const ids = new Set<string>();
  frames.forEach((f, i) => { for (const b of scratchAt(f.fn, f.cs)) if (inFlight(b, f.cs)) ids.add(localId(i, f.fn.name, b.name)); });
  return ids;
}

/** Allocate `heap:1..n` in order through the target's allocator, each with its target type. */
function allocateHeap(m: Machine, state: CanonicalState, table: ObjectTable): void {
  const byName = typesByName(m.debug);
  for (const o of state.objects) {
    if (o.kind !== 'heap') continue;
    const where = { variable: o.id, frame: '(objects)' };
    const typeId = o.type === 'bytes' ? 0 : byName.get(o.type);
    if (typeId === undefined) return refuse(`type '${o.type}' does not exist in the target image`, where);
    const es = typeId === 0 ? 1 : m.debug.types[typeId].size;
    const size = (o.count ?? 1) * es;
    let addr: number;
    try { addr = m.heap.allocate(size, typeId); } catch (e) { return refuse((e as Error).message, where); }
    table.add({ id: o.id, kind: 'heap', addr, typeId, count: o.count, size });
  }
}

function writeGlobals(m: Machine, state: CanonicalState, w: ValueWriter): void {
  const bySymbol = new Map(m.debug.globals.map((g) => [g.symbol, g]));
  const ro = m.debug.sections.find((s) => s.name === '.rodata');
  for (const g of state.globals) {
    const where = { variable: g.name, frame: '(globals)' };
    const tg = bySymbol.get(g.name);
    if (!tg) return refuse('the global does not exist in the target image', where);
    checkType(m.debug, tg.type, g.type, where);
    if (ro && tg.addr >= ro.addr && tg.addr < ro.addr + ro.size) continue;   // const data: already in the image
    w.write(tg.addr, tg.type, g.value, where);
  }
}

function writeObjects(state: CanonicalState, table: ObjectTable, w: ValueWriter, empty: Set<string>): void {
  for (const o of state.objects) {
    if (o.kind === 'string') continue;                     // read-only literals: already in the target's .rodata
    const where: Where = { variable: o.id, frame: '(objects)' };
    const t = table.byId.get(o.id);
    if (!t) return refuse('the object does not exist on the target', where);
    if (empty.has(o.id)) {                                 // a result buffer the callee has yet to fill
      if (o.value !== null) return refuse('a result buffer of a call in flight must be null', where);
      continue;
    }
    if (typeof o.value === 'string') {                     // argv strings
      const bytes = Uint8Array.from(o.value, (c) => c.charCodeAt(0) & 0xff);
      if (bytes.length !== t.size) return refuse('argv strings differ from the target process', where);
      w.writeBytes(t.addr, bytes);
    } else if (t.count === undefined) w.write(t.addr, t.typeId, o.value, where);
    else {
      const list = Array.isArray(o.value) ? o.value : [];
      if (list.length !== t.count) return refuse(`expected ${t.count} elements`, where);
      if (t.typeId === 0) w.writeBytes(t.addr, Uint8Array.from(list as number[]));
      else w.writeArray(t.addr, t.typeId, list, where);
    }
  }
}

/** Saved fp and return address (callee frames), then locals and temps. */
function writeFrame(m: Machine, f: PlannedFrame, i: number, caller: PlannedFrame | undefined, w: ValueWriter): void {
  const fr = m.isa.frame, ix = debugIndex(m.debug), dm = m.isa.dataModel;
  if (caller) {
    writePtr(m.memory, f.fp + fr.savedFpOffset, caller.fp, dm.ptr, dm.bigEndian);
    writePtr(m.memory, f.fp + fr.returnAddressOffset, ix.callById.get(caller.state.callSite!)!.ret, dm.ptr, dm.bigEndian);
  }
  writeHidden(m, f, w);
  const vars = varsInScope(f.fn, f.pos);
  const names = uniqueNames(vars);
  if (vars.length !== f.state.locals.length) return refuse(`the frame has ${f.state.locals.length} locals in the state but ${vars.length} in the target`, { variable: f.fn.name, frame: f.label });
  vars.forEach((v, k) => {
    const l = f.state.locals[k];
    const where = { variable: names[k], frame: f.label };
    if (l.name !== names[k]) return refuse(`the state names local '${l.name}' where the target has '${names[k]}'`, where);
    checkType(m.debug, v.type, l.type, where);
    if (!v.addressTaken) writeLocal(m, w, (f.fp + v.fpOffset) >>> 0, v.type, l, where);
    else if (l.object !== localId(i, f.fn.name, names[k])) return refuse(`expected object '${localId(i, f.fn.name, names[k])}'`, where);
  });
  const csId = f.state.callSite ?? f.state.resume?.callSite;
  writeTemps(m, f, csId ? ix.callById.get(csId) : undefined, w);
}

/** A local's value; a dead one whose value does not fit the target (stack garbage too wide for it) is written as zero instead. */
function writeLocal(m: Machine, w: ValueWriter, addr: number, type: number, l: CanonicalLocal, where: Where): void {
  try {
    w.write(addr, type, l.value ?? null, where);
  } catch (e) {
    if (!l.dead || !(e instanceof MigrationRefused)) throw e;
    w.write(addr, type, zeroValue(m.debug, type), where);
  }
}

/**
 * The live temps of a frame's call site. A 64-bit value is one temp on a 64-bit ISA and two
 * 32-bit halves (`part` lo/hi) on a 32-bit one: the state's form is converted to the target's.
 */
function writeTemps(m: Machine, f: PlannedFrame, cs: DebugCallSite | undefined, w: ValueWriter): void {
  const csId = cs?.id ?? f.state.callSite ?? f.state.resume?.callSite ?? '?';
  const byOrigin = new Map<number, CanonicalFrame['temps']>();
  for (const t of f.state.temps) byOrigin.set(t.origin, [...(byOrigin.get(t.origin) ?? []), t]);
  const live = cs?.live ?? [];
  const origins = new Set(live.map((x) => x.origin));
  for (const o of byOrigin.keys()) {
    if (!origins.has(o)) return refuse('the target keeps no such temp at this call site', { variable: `temp ${o} of ${csId}`, frame: f.label });
  }
  for (const tt of live) {
    const where = { variable: `temp ${tt.origin}${tt.part ? '.' + tt.part : ''} of ${csId}`, frame: f.label };
    const given = byOrigin.get(tt.origin);
    if (!given) return refuse('the state and the target keep different temps at this call site (missing in the state)', where);
    const addr = (f.fp + tt.fpOffset) >>> 0;
    const whole = given.find((t) => !t.part);
    if (tt.part) {
      const mine = given.find((t) => t.part === tt.part);
      if (!whole && !mine) return refuse(`the state has no ${tt.part} half of this temp`, where);
      const v = whole ? BigInt.asUintN(64, w.checkedInt(m.debug.types[tt.type], whole.value, where)) : undefined;
      const half = v !== undefined ? (tt.part === 'lo' ? v & 0xffffffffn : v >> 32n) : BigInt(mine!.value as number);
      m.memory.write32(addr, Number(half));
    } else if (whole) {
      checkType(m.debug, tt.type, whole.type, where);
      w.temp(addr, tt.type, whole.value, where);
    } else {
      const half = (p: string): bigint => BigInt(given.find((t) => t.part === p)?.value as number ?? 0);
      const t = m.debug.types[tt.type];
      const v = (half('hi') << 32n) | half('lo');
      w.temp(addr, tt.type, jsonInt(t.signed ? BigInt.asIntN(64, v) : v), where);
    }
  }
}

/** Hidden parameters (`.result`): every one the target function has must be in the state. */
function writeHidden(m: Machine, f: PlannedFrame, w: ValueWriter): void {
  for (const h of f.fn.hidden ?? []) {
    const where = { variable: h.name, frame: f.label };
    const sv = f.state.hidden?.find((x) => x.name === h.name);
    if (!sv) return refuse('the state has no value for this hidden parameter', where);
    checkType(m.debug, h.type, sv.type, where);
    w.write((f.fp + h.fpOffset) >>> 0, h.type, sv.value, where);
  }
}

function setRegisters(m: Machine, top: PlannedFrame): void {
  const ix = debugIndex(m.debug), fr = m.isa.frame;
  m.cpu.setReg(fr.fpRegister, top.fp);
  if (top.state.point) {
    m.cpu.setReg(fr.spRegister, (top.fp + top.fn.spOffset) >>> 0);
    m.cpu.pc = ix.pointById.get(top.state.point)!.addr;
  } else {
    const cs = ix.callById.get(top.state.resume!.callSite)!;
    m.cpu.setReg(fr.spRegister, (top.fp + cs.spOffset) >>> 0);
    m.cpu.pc = cs.ret;
    if (top.state.resume!.result !== undefined) m.cpu.setReg(fr.resultRegister, top.state.resume!.result >>> 0);
  }
}

function checkType(d: DebugInfo, typeId: number, name: string, where: Where): void {
  if (d.types[typeId]?.name !== name) refuse(`type '${name}' in the state, '${d.types[typeId]?.name}' in the target`, where);
}

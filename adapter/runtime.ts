// The debug runtime: one debugged Shuttle process, knowing nothing of DAP. Compiles and loads a
// program, runs it asynchronously in instruction budgets (setImmediate between them, so requests
// are answered while it runs), pauses, stops at breakpoints, steps by line or instruction, and
// answers inspection (frames, scopes, variables, evaluate, registers, disassembly, memory).
// Live migration of the session (migrate, canonicalState, targetPreview) and of the program's own
// migrate() calls: capture, restore on the target's image, attach() the new machine.
// Events: 'stopped' StopEvent, 'output' (category, text), 'exited' (code), 'terminated',
// 'breakpoints' (Breakpoint[]) when breakpoints were resolved again for a new machine, and after a
// migration 'invalidated', 'thread' (its name changed) and 'migrated' (MigrationResult).
// attach() swaps the Machine (load, restart and migration use it).

import { EventEmitter } from 'node:events';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compile, CompileError, functionAt, formatDiagnostic, formatFault, isIsaId, Machine, type FaultInfo, type IsaId, type MachineOptions, type RunResult } from '../emulator/index';
import { capture, restore, type CanonicalState, type CaptureReason } from '../emulator/migrate/index';
import { Breakpoints, entryAddress, type Breakpoint, type BreakpointSpec } from './breakpoints';
import type { CanonicalView } from './canonical-view';
import { Disassembler, type Instruction } from './disassemble';
import { evaluate, rvalue } from './evaluate';
import { walkStack, type Frame } from './frames';
import { Inspector } from './inspect';
import { canonicalIndex, checkTarget, describeMigration, failure, isaList, mapInstructionSpecs, migrationPoint, notAtPointMessage, previewOn, ProgramImages, takeSnapshot, viewOf,
  type MigrationResult, type PointRef, type Preview, type Snapshot, type Waiter } from './migration';
import { parseAddress, readMemory, writeMemory } from './memory';
import { StepMap, type StepStart } from './stepping';
import { TypeTable } from './types';
import { hexOf, ValueReader } from './values';

export interface LaunchOptions {
  program: string; isa?: string; stopOnEntry?: boolean; args?: string[];
  /** the program's input: the text itself, or { file } to read it from a file */
  stdin?: string | { file: string }; cwd?: string;
}
export interface StopEvent { reason: string; description?: string; text?: string; hitBreakpointIds?: number[] }
export type Granularity = 'line' | 'instruction';
export class LaunchError extends Error {}
export type { MigrationResult } from './migration';

type Plan = { kind: 'continue' } | { kind: 'step'; how: 'in' | 'over' | 'out'; gran: Granularity } | { kind: 'migrate'; to: IsaId };
type Outcome = { stop: StopEvent } | { exit: number } | { fault: FaultInfo } | { point: IsaId };
/** The machine stopped in the program's migrate(target) / migration_point() call. */
interface Trap { kind: 'migrate' | 'point'; target?: string }
interface Temp { pc: number; fp?: number; reason: string }

/** Instructions per run slice between yields to the event loop. */
const SLICE = 200_000;
/** Single steps per slice while line stepping. */
const STEP_SLICE = 20_000;
/** How long launch waits for the client's configurationDone. */
const CONFIG_WAIT_MS = 2000;

export class DebugRuntime extends EventEmitter {
  machine: Machine | undefined;
  state: 'idle' | 'stopped' | 'running' | 'ended' = 'idle';
  faultFilter = true;
  /** stop at every migrate() / migration_point() call of the program */
  migrationFilter = false;
  private opts: LaunchOptions | undefined;
  private bps: Breakpoints | undefined;
  private inspector: Inspector | undefined;
  private disasm: Disassembler | undefined;
  private steps: StepMap | undefined;
  private frameCache: Frame[] | undefined;
  private gen = 0;
  private nextBreakpointId = 1;
  private pauseRequested = false;
  private temp: Temp | undefined;
  /** the pc the program resumes from: a breakpoint there does not stop it again */
  private leaving: number | undefined;
  private fault: FaultInfo | undefined;
  private images: ProgramImages | undefined;
  private decoders = [new TextDecoder(), new TextDecoder(), new TextDecoder()];
  private plan: Plan = { kind: 'continue' };
  private trap: Trap | undefined;
  /** stopped inside the program's migrate()/migration_point() call */
  private inCall = false;
  /** the migration stop exceptionInfo describes */
  private migrationStop: { id: string; description: string } | undefined;
  private snap: Snapshot | undefined;
  private waiter: Waiter;
  private specs = { source: new Map<string, BreakpointSpec[]>(), functions: [] as BreakpointSpec[], instructions: [] as BreakpointSpec[] };
  private configDone!: () => void;
  private configured = new Promise<void>((r) => { this.configDone = r; });

  /** The client finished sending its breakpoints: a waiting launch may start the program. */
  configurationDone(): void { this.configDone(); }

  async launch(opts: LaunchOptions): Promise<void> {
    if (this.state !== 'idle' || this.opts) throw new Error('already launched');
    this.load(opts);
    await Promise.race([this.configured, new Promise((r) => setTimeout(r, CONFIG_WAIT_MS))]);
    this.start();
  }

  async restart(): Promise<void> {
    if (!this.opts) throw new Error('nothing to restart: launch first');
    this.gen++;
    this.dropWaiter();
    this.state = 'idle';
    this.load(this.opts);
    this.start();
  }

  terminate(): void {
    this.gen++;
    this.dropWaiter();
    if (this.state !== 'ended') { this.state = 'ended'; this.emit('terminated'); }
  }

  /** Use `m` as the debugged process (its image must carry debug info); returns the breakpoints resolved again. */
  attach(m: Machine, announce = true): Breakpoint[] {
    const hits = this.bps?.hitCounts();
    this.machine = m;
    const types = new TypeTable(m.debug.types, m.isa.dataModel.ptr);
    const values = new ValueReader(m, types);
    this.inspector = new Inspector(m, m.debug, types, values, () => this.frames(), (f) => this.canonicalView(f));
    this.disasm = new Disassembler(m);
    this.steps = new StepMap(m, m.debug);
    this.bps = new Breakpoints(m.debug);
    const resolved = [...this.specs.source].flatMap(([file, s]) => this.bps!.setSource(file, s));
    resolved.push(...this.bps.setFunctions(this.specs.functions), ...this.bps.setInstructions(this.specs.instructions));
    if (hits) this.bps.restoreHits(hits);
    this.temp = undefined;
    this.leaving = undefined;
    this.inCall = false;
    this.invalidate();
    if (announce && resolved.length) this.emit('breakpoints', resolved);
    return resolved;
  }

  get isa(): string { return this.machine?.isa.id ?? this.opts?.isa ?? 'rv32'; }

  // ---- breakpoints

  /** Source breakpoints of `file` (before a program is loaded: kept, unverified, and resolved at load). */
  setBreakpoints(file: string, specs: BreakpointSpec[]): Breakpoint[] {
    this.specs.source.set(file, this.withIds(specs));
    return this.bps ? this.bps.setSource(file, specs) : specs.map((s) => ({ id: s.id!, verified: false, message: 'the program is not loaded yet', addrs: [], spec: s, hits: 0 }));
  }
  setFunctionBreakpoints(specs: BreakpointSpec[]): Breakpoint[] { this.specs.functions = this.withIds(specs); return this.need().bps!.setFunctions(specs); }
  setInstructionBreakpoints(specs: BreakpointSpec[]): Breakpoint[] { this.specs.instructions = this.withIds(specs); return this.need().bps!.setInstructions(specs); }
  breakpointLines(file: string, start: number, end: number): number[] { return this.need().bps!.locations(file, start, end ?? start); }
  setExceptionFilters(filters: string[]): void {
    this.faultFilter = filters.includes('fault') || filters.includes('faults');
    this.migrationFilter = filters.includes('migration');
  }

  // ---- execution

  continue(): void { this.drive({ kind: 'continue' }); }
  step(how: 'in' | 'over' | 'out', gran: Granularity = 'line'): void { this.drive({ kind: 'step', how, gran }); }

  pause(): void {
    if (this.state === 'running') this.pauseRequested = true;
    else if (this.state === 'stopped') this.emit('stopped', { reason: 'pause' } satisfies StopEvent);
    else throw new Error('the program is not running');
  }

  // ---- inspection

  frames(): Frame[] {
    this.needStopped();
    return (this.frameCache ??= walkStack(this.machine!));
  }
  scopes(frameId: number) { return this.needStopped().inspector!.scopes(frameId); }
  variables(ref: number, hex = false) { return this.needStopped().inspector!.variables(ref, hex); }
  evaluate(expr: string, frameId?: number, hex = false) { return this.needStopped().inspector!.evaluate(expr, frameId, hex); }
  setVariable(ref: number, name: string, value: string) { return this.needStopped().inspector!.setVariable(ref, name, value); }
  setExpression(expr: string, value: string, frameId?: number) { return this.needStopped().inspector!.evaluate(`${expr} = (${value})`, frameId); }
  disassemble(ref: string, offset: number | undefined, insnOffset: number | undefined, count: number): Instruction[] {
    return this.need().disasm!.disassemble(parseAddress(ref, offset), insnOffset ?? 0, count);
  }
  readMemory(ref: string, offset: number | undefined, count: number) { return readMemory(this.need().machine!, parseAddress(ref, offset), count); }
  writeMemory(ref: string, offset: number | undefined, data: string, allowPartial = false) {
    const r = writeMemory(this.needStopped().machine!, parseAddress(ref, offset), data, allowPartial);
    this.disasm!.reset();
    this.invalidate();
    return r;
  }
  completions(text: string, column: number, frameId?: number) { return this.needStopped().inspector!.completions(text, column, frameId); }

  /** Places the pc can jump to on `line` within the current function: { id (the address), label, line }. */
  gotoTargets(line: number): { id: number; label: string; line: number; instructionPointerReference: string }[] {
    return this.needStopped().steps!.targetsInFunction(this.machine!.cpu.pc >>> 0, line)
      .map((a) => ({ id: a, label: `line ${line} (${hexOf(a)})`, line, instructionPointerReference: hexOf(a) }));
  }

  /** Move the pc to a goto target (an address from gotoTargets) and stop there with reason 'goto'. */
  goto(target: number): void {
    const m = this.needStopped().machine!;
    const fn = functionAt(m.debug, m.cpu.pc >>> 0);
    if (!fn || !Number.isInteger(target) || target < fn.prologueEnd || target >= fn.hi) throw new Error('a goto target must be in the current function');
    m.cpu.pc = target;
    this.invalidate();
    setImmediate(() => this.emit('stopped', { reason: 'goto' } satisfies StopEvent));
  }

  exceptionInfo(): { exceptionId: string; description: string; breakMode: 'always'; details: { message: string; typeName: string } } {
    const f = this.fault, ms = this.migrationStop;
    if (ms && this.state === 'stopped') return { exceptionId: ms.id, description: ms.description, breakMode: 'always', details: { message: ms.description, typeName: 'migration' } };
    if (!f) throw new Error('the program is not stopped at a fault or a migration point');
    return { exceptionId: f.kind, description: f.message, breakMode: 'always', details: { message: formatFault(f), typeName: f.kind } };
  }

  // ---- migration

  /** The ISAs a session can run on (the `isas` request). */
  isas() { return isaList(this.isa); }

  /** The canonical state at this stop, and the canonical frame of `frameId`; refused or not at a point: an error saying why. */
  canonicalState(frameId?: number): { json: string; state: CanonicalState; bytes: number; point: PointRef; frame?: object } {
    const snap = this.snapshot();
    if (!snap) throw new Error(notAtPointMessage(this.machine!, this.frames()));
    if ('refused' in snap) throw new Error(snap.refused);
    const k = canonicalIndex(snap.state, this.frames(), frameId ?? this.frames().findIndex((f) => f.fn && !f.fn.runtime));
    return { json: JSON.stringify(snap.state, null, 2), state: snap.state, bytes: snap.bytes, point: snap.point, ...(k !== undefined ? { frame: snap.state.frames[k] } : {}) };
  }

  /** The registers and frames the process would have on `target`, from a throwaway restore. */
  targetPreview(target: unknown, frameId?: number): Preview {
    const snap = this.snapshot();
    const to = checkTarget(target, '');
    if (!snap) throw new Error(notAtPointMessage(this.machine!, this.frames()));
    if ('refused' in snap) throw new Error(snap.refused);
    const k = canonicalIndex(snap.state, this.frames(), frameId ?? this.frames().findIndex((f) => f.fn && !f.fn.runtime));
    try { return previewOn(snap.state, this.images!.get(to), k); } catch (e) { throw new Error(failure(e)); }
  }

  /** Move the session to `target`: here at a migration point, else at the next one (the promise settles after the stop). */
  migrate(target: unknown): Promise<MigrationResult> {
    const m = this.needStopped().machine!;
    const to = checkTarget(target, this.isa);
    if (this.fault) throw new Error('the program has faulted; it cannot migrate');
    const point = migrationPoint(m, this.frames(), this.inCall);
    if (!point) return new Promise((resolve, reject) => { this.waiter = { resolve, reject }; this.drive({ kind: 'migrate', to }); });
    const done = this.migrateNow(to, 'debugger', point);
    setImmediate(() => this.announce(done.result, done.resolved, { reason: 'migration', description: describeMigration(done.result) }));
    return Promise.resolve(done.result);
  }

  // ---- internals

  /** A pending `migrate` request whose run was cut short by terminate or restart: answer it. */
  private dropWaiter(): void {
    this.waiter?.reject(new Error('the session ended or restarted before reaching a migration point'));
    this.waiter = undefined;
  }

  /** Capture, restore on `to` and attach the new machine; throws (the session unchanged) when refused. */
  private migrateNow(to: IsaId, reason: CaptureReason, point: PointRef): { result: MigrationResult; resolved: Breakpoint[] } {
    const m = this.machine!;
    let next: Machine, bytes: number, t0: number;
    try {
      const image = this.images!.get(to); // compiled on first use: not part of the migration time
      t0 = performance.now();
      const state = capture(m, reason);
      bytes = Buffer.byteLength(JSON.stringify(state));
      next = restore(state, image, this.machineOptions());
    } catch (e) { throw new Error(failure(e)); }
    mapInstructionSpecs(this.specs.instructions, m.debug, next.debug);
    const resolved = this.attach(next, false);
    return { result: { from: m.isa.id, to, point, durationMs: performance.now() - t0, canonicalBytes: bytes }, resolved };
  }

  /** After a migration: invalidated, breakpoints, thread name, migrated, a console line, and the stop (if any). */
  private announce(result: MigrationResult, resolved: Breakpoint[], stop?: StopEvent): void {
    this.emit('invalidated');
    this.emit('breakpoints', resolved);
    this.emit('thread');
    this.emit('migrated', result);
    this.emit('output', 'console', `shuttle: ${describeMigration(result)} (${result.durationMs.toFixed(1)} ms, ${result.canonicalBytes} canonical bytes)\n`);
    if (stop) this.emit('stopped', stop);
  }

  /** The canonical state at this stop (captured once per stop). */
  private snapshot(): Snapshot {
    if (this.snap === undefined) this.snap = takeSnapshot(this.needStopped().machine!, this.frames(), this.inCall);
    return this.snap;
  }

  /** The Canonical frame scope of a user frame at a migration point (computed when expanded). */
  private canonicalView(f: Frame): (() => CanonicalView) | undefined {
    if (!f.fn || f.fn.runtime || !migrationPoint(this.machine!, this.frames(), this.inCall)) return undefined;
    return () => viewOf(this.snapshot(), this.frames(), f.index);
  }

  /** Options of every machine of this session (a restored one takes its argv from the state). */
  private machineOptions(): MachineOptions {
    const o = this.opts!;
    return {
      stdin: stdinOf(o),
      onOutput: (fd, data) => this.emit('output', fd === 2 ? 'stderr' : 'stdout', this.decoders[fd === 2 ? 2 : 1].decode(data, { stream: true })),
      onMigrate: (name) => {
        const moves = isIsaId(name) && name !== this.isa;
        if (!moves && !this.migrationFilter) return isIsaId(name) ? 0 : -1;
        this.trap = { kind: 'migrate', target: name };
        return 'stop';
      },
      onPoint: () => {
        if (!this.migrationFilter) return 0;
        this.trap = { kind: 'point' };
        return 'stop';
      },
    };
  }

  private load(opts: LaunchOptions): void {
    if (!opts || typeof opts.program !== 'string' || !opts.program) throw new LaunchError("launch needs 'program': the path of a C file");
    const isa = opts.isa ?? 'rv32';
    if (!isIsaId(isa)) throw new LaunchError(`unknown isa '${String(isa)}'`);
    if (opts.args !== undefined && (!Array.isArray(opts.args) || opts.args.some((a) => typeof a !== 'string'))) throw new LaunchError("'args' must be an array of strings");
    const file = path.resolve(typeof opts.cwd === 'string' ? opts.cwd : process.cwd(), opts.program);
    let source: string;
    try { source = fs.readFileSync(file, 'utf8'); } catch (e) { throw new LaunchError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`); }
    let image;
    try { image = compile({ source, file, isa }); } catch (e) {
      if (e instanceof CompileError) throw new LaunchError(`compile errors:\n${e.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
      throw e;
    }
    this.opts = opts;
    this.fault = undefined;
    this.temp = undefined;
    this.images = new ProgramImages(source, file, image);
    this.decoders = [new TextDecoder(), new TextDecoder(), new TextDecoder()];
    this.attach(new Machine(image, { argv: [file, ...(opts.args ?? [])], ...this.machineOptions() }));
  }

  private start(): void {
    if (this.opts?.stopOnEntry) {
      const main = this.machine!.debug.functions.find((f) => f.name === 'main');
      if (main) this.temp = { pc: entryAddress(this.machine!.debug, main), reason: 'entry' };
    }
    this.drive({ kind: 'continue' });
  }

  private withIds(specs: BreakpointSpec[]): BreakpointSpec[] {
    for (const s of specs) s.id ??= this.nextBreakpointId++;
    return specs;
  }

  private need(): this {
    if (!this.machine) throw new Error('no program: launch first');
    return this;
  }

  private needStopped(): this {
    this.need();
    if (this.state !== 'stopped') throw new Error(this.state === 'running' ? 'the program is running: pause it first' : 'the program is not stopped');
    return this;
  }

  private invalidate(): void {
    this.frameCache = undefined;
    this.snap = undefined;
    this.inspector?.invalidate();
  }

  private drive(plan: Plan): void {
    this.need();
    if (this.state === 'running') throw new Error('the program is already running');
    if (this.state === 'ended') throw new Error('the program has ended');
    if (this.fault) { this.terminate(); return; }
    const gen = ++this.gen;
    this.state = 'running';
    this.pauseRequested = false;
    this.plan = plan;
    this.inCall = false;
    this.migrationStop = undefined;
    if (plan.kind === 'step' && plan.how === 'out') this.temp = this.returnTarget();
    const start = this.steps!.start();
    this.leaving = start.pc;
    this.invalidate();
    void this.loop(gen, plan, start);
  }

  private async loop(gen: number, plan: Plan, start: StepStart): Promise<void> {
    try {
      for (;;) {
        if (gen !== this.gen) return;
        if (this.pauseRequested) return this.finish({ stop: { reason: 'pause' } });
        const out = plan.kind === 'migrate' ? this.pointSlice()
          : this.temp || plan.kind === 'continue' || plan.how === 'out' ? this.runSlice(plan, start) : this.stepSlice(plan, start);
        if (out) return this.finish(out);
        await new Promise((r) => setImmediate(r));
      }
    } catch (e) {
      if (gen !== this.gen) return;
      this.emit('output', 'stderr', `shuttle debugger: internal error: ${(e as Error).message}\n`);
      this.finish({ stop: { reason: 'pause', description: 'internal error' } });
    }
  }

  private runSlice(plan: Plan, start: StepStart): Outcome | undefined {
    const m = this.machine!;
    this.syncBreakpoints();
    const leave = this.leaving === (m.cpu.pc >>> 0) && m.cpu.breakpoints.has(this.leaving) && !this.atTemp();
    this.leaving = undefined;
    if (leave) { const o = this.stepOne(); if (o) return o; }
    const r = m.run({ maxInstructions: SLICE });
    if (r.status === 'migrate') return this.onTrap();
    if (r.status !== 'breakpoint') return this.ended(r);
    if (this.atTemp()) {
      const reason = this.temp!.reason;
      this.temp = undefined;
      const lineStep = plan.kind === 'step' && plan.gran === 'line' && plan.how !== 'out' && reason === 'step';
      if (lineStep && !this.steps!.shouldStop(start)) return undefined; // back from a stepped-over call, mid-line
      return { stop: { reason } };
    }
    const pc = m.cpu.pc >>> 0;
    const ctx = this.inspector!.context.bind(this.inspector!);
    this.frameCache = undefined;
    this.state = 'stopped'; // conditions read the stopped machine
    let d;
    try {
      d = this.bps!.hit(pc, (e) => { const c = ctx(0); return !isZeroish(rvalue(evaluate(e, c), c)); }, (msg) => this.interpolate(msg));
    } finally { this.state = 'running'; this.invalidate(); }
    for (const l of d.logs) this.emit('output', 'console', l.message + '\n');
    if (d.stop.length) return { stop: { reason: stopReason(d.stop), hitBreakpointIds: d.stop.map((b) => b.id) } };
    return this.stepOne();
  }

  private stepSlice(plan: Plan & { kind: 'step' }, start: StepStart): Outcome | undefined {
    const m = this.machine!;
    for (let n = 0; n < STEP_SLICE; n++) {
      const pc = m.cpu.pc >>> 0;
      const ret = this.steps!.callAt(pc);
      if (ret !== undefined && (plan.how === 'over' || (plan.gran === 'line' && this.steps!.callsRuntime(pc)))) {
        this.temp = { pc: ret, fp: m.currentFp(), reason: 'step' };
        this.leaving = pc;
        return undefined;
      }
      const o = this.stepOne();
      if (o) return o;
      if (plan.gran === 'instruction' || this.steps!.shouldStop(start)) return { stop: { reason: 'step' } };
    }
    return undefined;
  }

  /** One instruction, ignoring a breakpoint at the pc. */
  private stepOne(): Outcome | undefined {
    const m = this.machine!;
    const pc = m.cpu.pc >>> 0;
    const had = m.cpu.breakpoints.delete(pc);
    let r: RunResult;
    try { r = m.run({ maxInstructions: 1 }); } finally { if (had) m.cpu.breakpoints.add(pc); }
    if (r.status === 'migrate') return this.onTrap();
    return r.status === 'breakpoint' || r.status === 'limit' ? undefined : this.ended(r);
  }

  /** A slice of the run to the next migration point (a statement point, or a migrate()/migration_point() call). */
  private pointSlice(): Outcome | undefined {
    const m = this.machine!, to = (this.plan as { to: IsaId }).to;
    const set = m.cpu.breakpoints;
    set.clear();
    for (const p of m.debug.points) if (p.kind === 'stmt') set.add(p.addr >>> 0);
    const r = m.run({ maxInstructions: SLICE });
    if (r.status === 'migrate') { this.settleTrap(this.trap, false); this.trap = undefined; this.inCall = true; return { point: to }; }
    if (r.status === 'breakpoint') return { point: to };
    return this.ended(r);
  }

  /** The program called migrate()/migration_point() and the hook stopped the machine: migrate, stop, or go on. */
  private onTrap(): Outcome | undefined {
    const t = this.trap ?? { kind: 'point' };
    this.trap = undefined;
    const m = this.machine!;
    if (t.kind === 'migrate' && t.target && isIsaId(t.target) && t.target !== m.isa.id) {
      try {
        const point = migrationPoint(m, walkStack(m), true) ?? { id: 'migrate()' };
        const done = this.migrateNow(t.target, 'migrate() call', point);
        this.announce(done.result, done.resolved);
        return this.migrationFilter || this.plan.kind === 'step' ? { stop: { reason: 'migration', description: describeMigration(done.result) } } : undefined;
      } catch (e) {
        this.settleTrap(t, true);
        const msg = `migrate("${t.target}") refused: ${(e as Error).message}`;
        this.emit('output', 'console', `shuttle: ${msg}\n`);
        return this.trapStop({ id: 'migration refused', description: msg });
      }
    }
    this.settleTrap(t, false);
    const what = t.kind === 'point' ? 'the program called migration_point()' : `the program called migrate("${t.target}")${t.target === m.isa.id ? `: already on ${m.isa.id}` : ': not an ISA'}`;
    return this.trapStop({ id: 'migration point', description: what });
  }

  /** The result the program's migrate() call returns when no migration happens there. */
  private settleTrap(t: Trap | undefined, refused: boolean): void {
    if (t?.kind !== 'migrate') return;
    const m = this.machine!;
    m.cpu.setReg(m.isa.frame.resultRegister, refused || !isIsaId(t.target ?? '') ? -1 : 0);
  }

  /** Stop in the call (migration filter on) with reason 'exception', or go on. */
  private trapStop(ms: { id: string; description: string }): Outcome | undefined {
    if (!this.migrationFilter) return undefined;
    this.inCall = true;
    this.migrationStop = ms;
    return { stop: { reason: 'exception', description: ms.description, text: ms.description } };
  }

  private ended(r: RunResult): Outcome | undefined {
    if (r.status === 'exited') return { exit: r.exitCode ?? 0 };
    if (r.status === 'fault') return { fault: r.fault! };
    return undefined;
  }

  private atTemp(): boolean {
    const t = this.temp, m = this.machine!;
    return !!t && (m.cpu.pc >>> 0) === t.pc && (t.fp === undefined || m.currentFp() === t.fp);
  }

  private syncBreakpoints(): void {
    const want = this.bps!.addresses();
    if (this.temp) want.add(this.temp.pc);
    const set = this.machine!.cpu.breakpoints;
    for (const a of set) if (!want.has(a)) set.delete(a);
    for (const a of want) set.add(a);
  }

  private returnTarget(): Temp | undefined {
    this.state = 'stopped';
    try {
      const f = walkStack(this.machine!);
      return f.length > 1 ? { pc: f[1].pc, fp: f[1].fp, reason: 'step' } : undefined;
    } finally { this.state = 'running'; }
  }

  private finish(out: Outcome): void {
    this.invalidate();
    this.temp = undefined; // a stop inside a stepped-over call ends the step
    const w = this.waiter;
    this.waiter = undefined;
    if ('point' in out) return this.migrateAtPoint(out.point, w);
    w?.reject(new Error(`the program ${'stop' in out ? 'stopped' : 'ended'} before reaching a migration point`));
    if ('stop' in out) { this.state = 'stopped'; this.emit('stopped', out.stop); return; }
    if ('exit' in out) {
      this.emit('output', 'console', `program exited with code ${out.exit}\n`);
      this.state = 'ended';
      this.emit('exited', out.exit);
      this.emit('terminated');
      return;
    }
    this.fault = out.fault;
    if (this.faultFilter) {
      this.state = 'stopped';
      this.emit('stopped', { reason: 'exception', description: `${out.fault.kind}: ${out.fault.message}`, text: formatFault(out.fault) } satisfies StopEvent);
      return;
    }
    this.emit('output', 'stderr', formatFault(out.fault) + '\n');
    this.terminate();
  }

  /** The run of a `migrate` request reached a migration point: migrate there and stop (or stop and refuse). */
  private migrateAtPoint(to: IsaId, w: Waiter): void {
    this.state = 'stopped';
    try {
      const point = migrationPoint(this.machine!, this.frames(), this.inCall) ?? { id: '?' };
      const done = this.migrateNow(to, 'debugger', point);
      w?.resolve(done.result);
      setImmediate(() => this.announce(done.result, done.resolved, { reason: 'migration', description: describeMigration(done.result) }));
    } catch (e) {
      w?.reject(e as Error);
      setImmediate(() => this.emit('stopped', { reason: 'pause', description: 'at a migration point; the migration was refused' } satisfies StopEvent));
    }
  }

  private interpolate(msg: string): string {
    return msg.replace(/\{([^}]+)\}/g, (_, e: string) => {
      try { return this.inspector!.evaluate(e, 0).result; } catch (err) { return `<${(err as Error).message}>`; }
    });
  }
}

function isZeroish(v: number | bigint): boolean { return typeof v === 'bigint' ? v === 0n : v === 0; }

function stopReason(bps: Breakpoint[]): string {
  if (bps.every((b) => b.spec.name !== undefined)) return 'function breakpoint';
  if (bps.every((b) => b.address !== undefined)) return 'instruction breakpoint';
  return 'breakpoint';
}

function stdinOf(opts: LaunchOptions): Uint8Array | undefined {
  const s = opts.stdin;
  if (s === undefined) return undefined;
  if (typeof s === 'string') return new TextEncoder().encode(s);
  if (s && typeof s === 'object' && typeof s.file === 'string') {
    try { return fs.readFileSync(path.resolve(opts.cwd ?? process.cwd(), s.file)); } catch (e) { throw new LaunchError(`cannot read stdin file ${s.file}: ${(e as Error).message}`); }
  }
  throw new LaunchError("'stdin' must be a string or { file }");
}

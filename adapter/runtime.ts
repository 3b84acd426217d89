// The debug runtime: one debugged Shuttle process, knowing nothing of DAP. Compiles and loads a
// program (launch.ts), runs it (the run engine in execution.ts: slices with the event loop served
// in between, pause, breakpoints, stepping), keeps breakpoints set before launch pending until the
// program is loaded, and answers inspection (frames, scopes, variables, evaluate, registers,
// disassembly, memory). Writes (setVariable, setExpression, assignments, writeMemory) drop what
// was read from the machine before. Live migration of the session (migrate, canonicalState,
// targetPreview) and of the program's own migrate() calls: capture, restore on the target's
// image, attach() the new machine.
// Events (besides the engine's 'stopped', 'continued', 'output', 'exited', 'terminated'):
// 'breakpoints' (Breakpoint[]) when breakpoints were resolved for a new machine; 'memory'
// (MemoryChange) after a write to memory; 'invalidated' (areas) after a migration (['all']) or a
// writeMemory (['variables']); after a migration also 'thread' (its name changed) and 'migrated'.

import { functionAt, formatFault, isIsaId, Machine, type IsaId, type MachineOptions } from '../emulator/index';
import { capture, restore, type CanonicalState, type CaptureReason } from '../emulator/migrate/index';
import { Breakpoints, entryAddress, pendingBreakpoints, type Breakpoint, type BreakpointSpec, type HitDecision } from './breakpoints';
import type { CanonicalView } from './canonical-view';
import { Disassembler, type Instruction } from './disassemble';
import { evaluate, rvalue } from './evaluate';
import { Execution, type Outcome, type StopEvent } from './execution';
import { walkStack, type Frame } from './frames';
import { Inspector, type Page, type Written } from './inspect';
import { compileProgram, DEFAULT_ISA, stdinOf, type LaunchOptions } from './launch';
import { canonicalIndex, checkTarget, describeMigration, failure, isaList, mapInstructionSpecs, migrationPoint, notAtPointMessage, previewOn, ProgramImages, takeSnapshot, viewOf,
  type MigrationResult, type PointRef, type Preview, type Snapshot, type Waiter } from './migration';
import { parseAddress, readMemory, writeMemory } from './memory';
import { StepMap } from './stepping';
import { TypeTable } from './types';
import { hexOf, ValueReader } from './values';

export { LaunchError, type LaunchOptions } from './launch';
export type { StopEvent, Granularity } from './execution';
export type { MigrationResult } from './migration';
/** Memory a write changed: the reference the client knows it by, and the range from there. */
export interface MemoryChange { memoryReference: string; offset: number; count: number }

/** How long launch waits for the client's configurationDone. */
const CONFIG_WAIT_MS = 2000;
const NOT_LOADED = 'the program is not loaded yet';

export class DebugRuntime extends Execution {
  private opts: LaunchOptions | undefined;
  private inspector: Inspector | undefined;
  private disasm: Disassembler | undefined;
  private frameCache: Frame[] | undefined;
  private nextBreakpointId = 1;
  private images: ProgramImages | undefined;
  private decoders = [new TextDecoder(), new TextDecoder(), new TextDecoder()];
  private snap: Snapshot | undefined;
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

  /** Load the program again on the launch ISA; it runs once the response is out ('continued' says so). */
  async restart(): Promise<void> {
    if (!this.opts) throw new Error('nothing to restart: launch first');
    this.gen++;
    this.dropWaiter();
    this.state = 'idle';
    this.load(this.opts);
    this.start(true);
  }

  /**
   * Use `m` as the debugged process (its image must carry debug info); returns the breakpoints
   * resolved again. `keepHits`: hit counts carry over (a migration), else they start from zero.
   */
  attach(m: Machine, announce = true, keepHits = true): Breakpoint[] {
    const hits = keepHits ? this.bps?.hitCounts() : undefined;
    this.machine = m;
    const types = new TypeTable(m.debug.types, m.isa.dataModel.ptr);
    const values = new ValueReader(m, types);
    this.inspector = new Inspector(m, m.debug, types, values, () => this.frames(), (f) => this.canonicalView(f), (w) => this.written(w));
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

  get isa(): string { return this.machine?.isa.id ?? this.opts?.isa ?? DEFAULT_ISA; }

  // ---- breakpoints (before a program is loaded: kept, unverified, resolved and reported at load)

  setBreakpoints(file: string, specs: BreakpointSpec[]): Breakpoint[] {
    this.specs.source.set(file, this.withIds(specs));
    return this.bps ? this.bps.setSource(file, specs) : pendingBreakpoints(specs, NOT_LOADED);
  }
  setFunctionBreakpoints(specs: BreakpointSpec[]): Breakpoint[] {
    this.specs.functions = this.withIds(specs);
    return this.bps ? this.bps.setFunctions(specs) : pendingBreakpoints(specs, NOT_LOADED);
  }
  setInstructionBreakpoints(specs: BreakpointSpec[]): Breakpoint[] {
    this.specs.instructions = this.withIds(specs);
    return this.bps ? this.bps.setInstructions(specs) : pendingBreakpoints(specs, `${NOT_LOADED}: the address is checked against its text when it is`);
  }
  /** Lines of `file` in [start, end] with code ([] before a program is loaded). */
  breakpointLines(file: string, start: number, end: number): number[] { return this.bps ? this.bps.locations(file, start, end) : []; }
  setExceptionFilters(filters: string[]): void {
    this.faultFilter = filters.includes('fault') || filters.includes('faults');
    this.migrationFilter = filters.includes('migration');
  }

  // ---- inspection

  frames(): Frame[] {
    this.needStopped();
    return (this.frameCache ??= walkStack(this.machine!));
  }
  scopes(frameId: number) { return this.needStopped().inspector!.scopes(frameId); }
  variables(ref: number, hex = false, page: Page = {}) { return this.needStopped().inspector!.variables(ref, hex, page); }
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
    this.stale();
    this.emit('memory', { memoryReference: ref, offset: offset ?? 0, count: r.bytesWritten } satisfies MemoryChange);
    this.emit('invalidated', ['variables']);
    return r;
  }
  completions(text: string, column: number, frameId?: number) { return this.needStopped().inspector!.completions(text, column, frameId); }

  /** Places the pc can jump to on `line` within the current function: { id (the address), label, line }. */
  gotoTargets(line: number): { id: number; label: string; line: number; instructionPointerReference: string }[] {
    return this.needStopped().steps!.targetsInFunction(this.machine!.cpu.pc >>> 0, line)
      .map((a) => ({ id: a, label: `line ${line} (${hexOf(a)})`, line, instructionPointerReference: hexOf(a) }));
  }

  /** Move the pc to a goto target (an address from gotoTargets) and stop there with reason 'goto' (after the response). */
  goto(target: number): void {
    const m = this.needStopped().machine!;
    const fn = functionAt(m.debug, m.cpu.pc >>> 0);
    if (!fn || !Number.isInteger(target) || target < fn.prologueEnd || target >= fn.hi) throw new Error('a goto target must be in the current function');
    m.cpu.pc = target;
    this.invalidate();
    this.later(() => this.emit('stopped', { reason: 'goto' } satisfies StopEvent));
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

  /**
   * Move the session to `target`: here at a migration point, else at the next one (the promise
   * settles after the stop). Every refusal that can be known beforehand (not stopped, unknown or
   * current ISA, a fault, no image for the target) comes before anything runs.
   */
  migrate(target: unknown): Promise<MigrationResult> {
    const m = this.needStopped().machine!;
    const to = checkTarget(target, this.isa);
    if (this.fault) throw new Error('the program has faulted; it cannot migrate');
    this.images!.get(to); // compiled on first use: a program that does not compile for the target is refused here
    const point = migrationPoint(m, this.frames(), this.inCall);
    if (!point) return new Promise((resolve, reject) => { this.waiter = { resolve, reject }; this.drive({ kind: 'migrate', to }, true); });
    const done = this.migrateNow(to, 'debugger', point);
    this.later(() => this.announce(done.result, done.resolved, { reason: 'migration', description: describeMigration(done.result) }));
    return Promise.resolve(done.result);
  }

  // ---- hooks of the run engine

  protected invalidate(): void {
    this.stale();
    this.inspector?.invalidate();
  }

  protected breakpointHit(pc: number): HitDecision {
    const ctx = this.inspector!.context.bind(this.inspector!);
    this.frameCache = undefined;
    this.state = 'stopped'; // conditions read the stopped machine
    try {
      return this.bps!.hit(pc, (e) => { const c = ctx(0); return !isZeroish(rvalue(evaluate(e, c), c)); }, (msg) => this.interpolate(msg));
    } finally { this.state = 'running'; this.invalidate(); }
  }

  /** The program called migrate()/migration_point() and the hook stopped the machine: migrate, stop, or go on. */
  protected onTrap(): Outcome | undefined {
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

  /** The run of a `migrate` request reached a migration point: migrate there and stop (or stop and refuse). */
  protected migrateAtPoint(to: IsaId, w: Waiter): void {
    this.state = 'stopped';
    try {
      const point = migrationPoint(this.machine!, this.frames(), this.inCall) ?? { id: '?' };
      const done = this.migrateNow(to, 'debugger', point);
      w?.resolve(done.result);
      this.later(() => this.announce(done.result, done.resolved, { reason: 'migration', description: describeMigration(done.result) }));
    } catch (e) {
      w?.reject(e as Error);
      this.later(() => this.emit('stopped', { reason: 'pause', description: 'at a migration point; the migration was refused' } satisfies StopEvent));
    }
  }

  // ---- internals

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
    this.emit('invalidated', ['all']);
    this.emit('breakpoints', resolved);
    this.emit('thread');
    this.emit('migrated', result);
    this.emit('output', 'console', `shuttle: ${describeMigration(result)} (${result.durationMs.toFixed(1)} ms, ${result.canonicalBytes} canonical bytes)\n`);
    if (stop) this.emit('stopped', stop);
  }

  /** Stop in the call (migration filter on) with reason 'exception', or go on. */
  private trapStop(ms: { id: string; description: string }): Outcome | undefined {
    if (!this.migrationFilter) return undefined;
    this.inCall = true;
    this.migrationStop = ms;
    return { stop: { reason: 'exception', description: ms.description, text: ms.description } };
  }

  /** The canonical state at this stop (captured once per stop, and again after a write). */
  private snapshot(): Snapshot {
    if (this.snap === undefined) this.snap = takeSnapshot(this.needStopped().machine!, this.frames(), this.inCall);
    return this.snap;
  }

  /** The Canonical frame scope of a user frame at a migration point (computed when expanded). */
  private canonicalView(f: Frame): (() => CanonicalView) | undefined {
    if (!f.fn || f.fn.runtime || !migrationPoint(this.machine!, this.frames(), this.inCall)) return undefined;
    return () => viewOf(this.snapshot(), this.frames(), f.index);
  }

  /** An assignment changed the machine: what was read from it is stale (variable references stay valid). */
  private written(w: Written): void {
    this.stale();
    if ('addr' in w) this.emit('memory', { memoryReference: hexOf(w.addr), offset: 0, count: w.size } satisfies MemoryChange);
  }

  private stale(): void {
    this.frameCache = undefined;
    this.snap = undefined;
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
    const { file, source, image } = compileProgram(opts);
    const prev = this.machine;
    this.opts = opts;
    this.fault = undefined;
    this.temp = undefined;
    this.images = new ProgramImages(source, file, image);
    this.decoders = [new TextDecoder(), new TextDecoder(), new TextDecoder()];
    const m = new Machine(image, { argv: [file, ...(opts.args ?? [])], ...this.machineOptions() });
    if (prev && prev.isa.id !== m.isa.id) mapInstructionSpecs(this.specs.instructions, prev.debug, m.debug); // a restart after a migration
    this.attach(m, true, false);
  }

  /** Run from the start (stopping at main's first statement with stopOnEntry). */
  private start(announce = false): void {
    if (this.opts?.stopOnEntry) {
      const main = this.machine!.debug.functions.find((f) => f.name === 'main');
      if (main) this.temp = { pc: entryAddress(this.machine!.debug, main), reason: 'entry' };
    }
    this.drive({ kind: 'continue' }, announce);
  }

  private withIds(specs: BreakpointSpec[]): BreakpointSpec[] {
    for (const s of specs) s.id ??= this.nextBreakpointId++;
    return specs;
  }

  private interpolate(msg: string): string {
    return msg.replace(/\{([^}]+)\}/g, (_, e: string) => {
      try { return this.inspector!.evaluate(e, 0).result; } catch (err) { return `<${(err as Error).message}>`; }
    });
  }
}

function isZeroish(v: number | bigint): boolean { return typeof v === 'bigint' ? v === 0n : v === 0; }

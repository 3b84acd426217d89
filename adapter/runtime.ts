// The debug runtime: one debugged Shuttle process, knowing nothing of DAP. Compiles and loads a
// program, runs it asynchronously in instruction budgets (setImmediate between them, so requests
// are answered while it runs), pauses, stops at breakpoints, steps by line or instruction, and
// answers inspection (frames, scopes, variables, evaluate, registers, disassembly, memory).
// Events: 'stopped' StopEvent, 'output' (category, text), 'exited' (code), 'terminated', and
// 'breakpoints' (Breakpoint[]) when breakpoints were resolved again for a new machine.
// attach() swaps the Machine (load, restart, and later migration use it).

import { EventEmitter } from 'node:events';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compile, CompileError, functionAt, formatDiagnostic, formatFault, isIsaId, Machine, type FaultInfo, type RunResult } from '../emulator/index';
import { Breakpoints, type Breakpoint, type BreakpointSpec } from './breakpoints';
import { Disassembler, type Instruction } from './disassemble';
import { evaluate, rvalue } from './evaluate';
import { walkStack, type Frame } from './frames';
import { Inspector } from './inspect';
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

type Plan = { kind: 'continue' } | { kind: 'step'; how: 'in' | 'over' | 'out'; gran: Granularity };
type Outcome = { stop: StopEvent } | { exit: number } | { fault: FaultInfo };
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
    this.state = 'idle';
    this.load(this.opts);
    this.start();
  }

  terminate(): void {
    this.gen++;
    if (this.state !== 'ended') { this.state = 'ended'; this.emit('terminated'); }
  }

  /** Use `m` as the debugged process (its image must carry debug info). */
  attach(m: Machine): void {
    this.machine = m;
    const types = new TypeTable(m.debug.types, m.isa.dataModel.ptr);
    const values = new ValueReader(m, types);
    this.inspector = new Inspector(m, m.debug, types, values, () => this.frames());
    this.disasm = new Disassembler(m);
    this.steps = new StepMap(m, m.debug);
    this.bps = new Breakpoints(m.debug);
    const resolved = [...this.specs.source].flatMap(([file, s]) => this.bps!.setSource(file, s));
    resolved.push(...this.bps.setFunctions(this.specs.functions), ...this.bps.setInstructions(this.specs.instructions));
    this.invalidate();
    if (resolved.length) this.emit('breakpoints', resolved);
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
  setExceptionFilters(filters: string[]): void { this.faultFilter = filters.includes('faults'); }

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
    const f = this.fault;
    if (!f) throw new Error('the program is not stopped at a fault');
    return { exceptionId: f.kind, description: f.message, breakMode: 'always', details: { message: formatFault(f), typeName: f.kind } };
  }

  // ---- internals

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
    const decoders = [new TextDecoder(), new TextDecoder(), new TextDecoder()];
    const m = new Machine(image, {
      argv: [file, ...(opts.args ?? [])],
      stdin: stdinOf(opts),
      onOutput: (fd, data) => this.emit('output', fd === 2 ? 'stderr' : 'stdout', decoders[fd === 2 ? 2 : 1].decode(data, { stream: true })),
    });
    this.attach(m);
  }

  private start(): void {
    if (this.opts?.stopOnEntry) {
      const main = this.machine!.debug.functions.find((f) => f.name === 'main');
      if (main) this.temp = { pc: main.prologueEnd, reason: 'entry' };
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
        const out = this.temp || plan.kind === 'continue' || (plan.kind === 'step' && plan.how === 'out') ? this.runSlice(plan, start) : this.stepSlice(plan, start);
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
    return r.status === 'breakpoint' || r.status === 'limit' || r.status === 'migrate' ? undefined : this.ended(r);
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

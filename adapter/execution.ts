// The run engine under the debug runtime: drives the machine in slices of instructions with the
// event loop served between them — and before the first one, so the response to a request that
// resumes the program (continue, next, stepIn, stepOut, restart, migrate) always goes out before
// the stop it causes. Stops at breakpoints and temporary stops (step over, step out, entry), steps
// by line or instruction, runs to the next migration point for `migrate`, honours pause, and turns
// what ended a run into a stop, an exit or a fault. DebugRuntime (runtime.ts) extends it with
// launching, inspection and migration; the hooks it fills in are the abstract members below.
// Events: 'stopped' StopEvent, 'continued' (the program runs without a resuming request: a migrate
// run to the next point, a restart), 'output', 'exited', 'terminated'.

import { EventEmitter } from 'node:events';
import { formatFault, isIsaId, type FaultInfo, type IsaId, type Machine, type RunResult } from '../emulator/index';
import { walkStack } from './frames';
import type { Breakpoint, Breakpoints, HitDecision } from './breakpoints';
import type { Waiter } from './migration';
import type { StepMap, StepStart } from './stepping';

export interface StopEvent { reason: string; description?: string; text?: string; hitBreakpointIds?: number[] }
export type Granularity = 'line' | 'instruction';
export type Plan = { kind: 'continue' } | { kind: 'step'; how: 'in' | 'over' | 'out'; gran: Granularity } | { kind: 'migrate'; to: IsaId };
export type Outcome = { stop: StopEvent } | { exit: number } | { fault: FaultInfo } | { point: IsaId };
/** The machine stopped in the program's migrate(target) / migration_point() call. */
export interface Trap { kind: 'migrate' | 'point'; target?: string }
/** A temporary stop: the end of a step over a call, of a step out, or the entry point. */
export interface Temp { pc: number; fp?: number; reason: string }
export type RunState = 'idle' | 'stopped' | 'running' | 'ended';

/** Instructions per run slice between yields to the event loop. */
const SLICE = 200_000;
/** Single steps per slice while line stepping. */
const STEP_SLICE = 20_000;

export abstract class Execution extends EventEmitter {
  machine: Machine | undefined;
  state: RunState = 'idle';
  faultFilter = true;
  /** stop at every migrate() / migration_point() call of the program */
  migrationFilter = false;
  protected bps: Breakpoints | undefined;
  protected steps: StepMap | undefined;
  protected gen = 0;
  protected temp: Temp | undefined;
  /** the pc the program resumes from: a breakpoint there does not stop it again */
  protected leaving: number | undefined;
  protected fault: FaultInfo | undefined;
  protected plan: Plan = { kind: 'continue' };
  protected trap: Trap | undefined;
  /** stopped inside the program's migrate()/migration_point() call */
  protected inCall = false;
  /** the migration stop exceptionInfo describes */
  protected migrationStop: { id: string; description: string } | undefined;
  /** a `migrate` request waiting for the run to the next migration point */
  protected waiter: Waiter;
  private pauseRequested = false;

  /** Forget what was read from the stopped machine (frames, snapshot, variable references). */
  protected abstract invalidate(): void;
  /** The breakpoints at `pc` decide: stop, log, or go on (conditions evaluated on the stopped machine). */
  protected abstract breakpointHit(pc: number): HitDecision;
  /** The program called migrate()/migration_point() and the hook stopped the machine. */
  protected abstract onTrap(): Outcome | undefined;
  /** The run of a `migrate` request reached a migration point. */
  protected abstract migrateAtPoint(to: IsaId, w: Waiter): void;

  continue(): void { this.drive({ kind: 'continue' }); }
  step(how: 'in' | 'over' | 'out', gran: Granularity = 'line'): void { this.drive({ kind: 'step', how, gran }); }

  pause(): void {
    if (this.state === 'running') this.pauseRequested = true;
    else if (this.state === 'stopped') this.later(() => this.emit('stopped', { reason: 'pause' } satisfies StopEvent));
    else throw new Error(this.notStoppedMessage());
  }

  terminate(): void {
    this.gen++;
    this.dropWaiter();
    if (this.state !== 'ended') { this.state = 'ended'; this.emit('terminated'); }
  }

  protected need(): this {
    if (!this.machine) throw new Error('no program: launch first');
    return this;
  }

  protected needStopped(): this {
    if (this.state !== 'stopped' || !this.machine) throw new Error(this.notStoppedMessage());
    return this;
  }

  private notStoppedMessage(): string {
    if (!this.machine) return 'no program: launch first';
    if (this.state === 'running') return 'the program is running: pause it or wait for it to stop';
    return this.state === 'idle' ? 'the program has not started yet' : 'the program has ended';
  }

  /** Run `f` after the current request's response has been sent. */
  protected later(f: () => void): void {
    const gen = this.gen;
    setImmediate(() => { if (gen === this.gen) f(); });
  }

  /** A pending `migrate` request whose run was cut short by terminate or restart: answer it. */
  protected dropWaiter(): void {
    this.waiter?.reject(new Error('the session ended or restarted before reaching a migration point'));
    this.waiter = undefined;
  }

  /** Start a run; `announce`: send 'continued' as it starts (no resuming request implies it). */
  protected drive(plan: Plan, announce = false): void {
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
    void this.loop(gen, plan, start, announce);
  }

  private async loop(gen: number, plan: Plan, start: StepStart, announce: boolean): Promise<void> {
    try {
      for (;;) {
        await new Promise((r) => setImmediate(r)); // first: the request's response goes out before anything this run sends
        if (gen !== this.gen) return;
        if (announce) { announce = false; this.emit('continued'); }
        if (this.pauseRequested) return this.finish({ stop: { reason: 'pause' } });
        const out = plan.kind === 'migrate' ? this.pointSlice()
          : this.temp || plan.kind === 'continue' || plan.how === 'out' ? this.runSlice(plan, start) : this.stepSlice(plan, start);
        if (out) return this.finish(out);
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
    const d = this.breakpointHit(m.cpu.pc >>> 0);
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

  /** The result the program's migrate() call returns when no migration happens there. */
  protected settleTrap(t: Trap | undefined, refused: boolean): void {
    if (t?.kind !== 'migrate') return;
    const m = this.machine!;
    m.cpu.setReg(m.isa.frame.resultRegister, refused || !isIsaId(t.target ?? '') ? -1 : 0);
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
    const f = walkStack(this.machine!);
    return f.length > 1 ? { pc: f[1].pc, fp: f[1].fp, reason: 'step' } : undefined;
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
}

function stopReason(bps: Breakpoint[]): string {
  if (bps.every((b) => b.spec.name !== undefined)) return 'function breakpoint';
  if (bps.every((b) => b.address !== undefined)) return 'instruction breakpoint';
  return 'breakpoint';
}

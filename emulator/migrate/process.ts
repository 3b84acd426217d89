// A migratable process: one C program (source, file, argv, stdin) that runs on whichever ISA it is
// on right now and moves between ISAs through the canonical state. Compiles the image of each ISA
// once, counts migration points reached (breakpoints on the image's statement points; the N-th point
// reached is the same program event on every ISA because point ids are stable), migrates when a
// plan asks for it (`--migrate-at N:ISA`, `--migrate-every K`) or when the program calls
// `migrate("m68k")` / `migration_point()` itself, and records a trace line per migration.
// A refused migration leaves the source machine as it was; the program continues there.

import { compile } from '../compiler/index';
import { lineAt, type DebugInfo } from '../compiler/debuginfo';
import { ISA_IDS, isIsaId } from '../isa/index';
import type { IsaId } from '../isa/types';
import type { Image } from '../machine/image';
import { Machine, type MachineOptions, type RunResult } from '../machine/machine';
import { capture, restore, MigrationRefused, type CanonicalState } from './index';

export interface ProcessOptions {
  source: string;
  file: string;
  isa: IsaId;
  /** argv[1..] (argv[0] is the file name) */
  args?: string[];
  /** the program's input, or a function giving it on the first read */
  stdin?: Uint8Array | (() => Uint8Array);
  /** called with every byte the program writes, on whichever ISA (streaming output) */
  onOutput?: (fd: number, data: Uint8Array) => void;
  /** images already compiled (tests share them between processes) */
  images?: Map<IsaId, Image>;
  instructionLimit?: number;
  /**
   * measure each migration's canonical size (MigrationRecord.bytes; 0 when off): a JSON.stringify
   * of the state, about a fifth of a small migration's cost, so runs that never print it skip it
   * (default: on)
   */
  sizes?: boolean;
}

/** One migration (or refused attempt), as `--trace-migrations` prints it. */
export interface MigrationRecord {
  /** the number of migration points reached before it (0 for a migrate() call before any) */
  pointsReached: number;
  point: string;
  file?: string; line?: number;
  from: IsaId; to: IsaId;
  reason: 'migrate() call' | 'debugger' | 'snapshot';
  frames: number; objects: number; bytes: number;
  captureUs: number; restoreUs: number;
  /** set when the migration was refused: the message; the process stayed on `from` */
  refused?: string;
}

/** What to do at migration points while running. */
export interface MigrationPlan {
  /** migrate at the N-th point reached (1-based) to the given ISA */
  at?: Map<number, IsaId>;
  /** migrate at every K-th point to the next ISA in turn */
  every?: number;
  /** the turn `every` follows: the next ISA after the current one in this list (default ISA_IDS, in order) */
  order?: IsaId[];
}

const nowUs = (t: bigint): number => Number(process.hrtime.bigint() - t) / 1000;

/** The ISA after `isa` in the cycle `order` (an ISA not in it goes to the first). */
export function nextIsa(isa: IsaId, order: IsaId[] = ISA_IDS): IsaId {
  return order[(order.indexOf(isa) + 1) % order.length];
}

/** The ISAs `--migrate-every` cycles through by default: every registered ISA, in registry order. */
export const ISA_CYCLE = (): IsaId[] => [...ISA_IDS];

export class MigratableProcess {
  machine: Machine;
  /** migration points reached so far (across every ISA the process ran on) */
  pointsReached = 0;
  readonly trace: MigrationRecord[] = [];
  /** bytes written by earlier machines of this process (each machine only holds its own) */
  private earlierStdout: Uint8Array[] = [];
  private earlierStderr: Uint8Array[] = [];
  private readonly images: Map<IsaId, Image>;
  /** a migrate() call's target while run() reports 'migrate' */
  private migrateCall: string | undefined;
  /** the kind of private syscall that stopped the machine */
  private stopKind: 'migrate' | 'point' | undefined;
  /** target of a pending request, taken by the next migration_point() */
  private pending: IsaId | undefined;
  /** after a restore at a point: the breakpoint there is not counted again */
  private skipPoint: { pc: number; instructions: number } | undefined;

  constructor(readonly opts: ProcessOptions) {
    this.images = opts.images ?? new Map();
    this.machine = this.attach(new Machine(this.image(opts.isa), this.machineOptions()));
  }

  get isa(): IsaId { return this.machine.isa.id; }

  /** The program's image for `isa`, compiled on first use. */
  image(isa: IsaId): Image {
    let img = this.images.get(isa);
    if (!img) {
      img = compile({ source: this.opts.source, file: this.opts.file, isa });
      this.images.set(isa, img);
    }
    return img;
  }

  /** Ask the next migration_point() the program executes to move it to `isa`. */
  requestMigration(isa: IsaId): void { this.pending = isa; }

  stdout(): Uint8Array { return concat([...this.earlierStdout, this.machine.host.stdout.bytes()]); }
  stderr(): Uint8Array { return concat([...this.earlierStderr, this.machine.host.stderr.bytes()]); }

  /**
   * Run to the end (exit or fault), migrating as the plan says and as the program asks.
   * The result's stdout/stderr are the whole program's, across every machine it ran on.
   */
  run(plan: MigrationPlan = {}, onRecord?: (r: MigrationRecord) => void): RunResult {
    const every = plan.every && plan.every > 0 ? plan.every : 0;
    for (;;) {
      const r = this.runToPoint(Infinity, onRecord);
      if (r !== 'point') return r;
      const n = this.pointsReached;
      let to = plan.at?.get(n);
      if (!to && every && n % every === 0) to = nextIsa(this.isa, plan.order);
      if (!to) continue;
      const rec = this.migrateTo(to, 'debugger');
      onRecord?.(rec);
    }
  }

  /**
   * Run until the `n`-th migration point overall is reached ('point', the pc at that point), or the
   * program ends first (its RunResult). Program-originated migrations happen on the way.
   */
  runToPoint(n: number, onRecord?: (r: MigrationRecord) => void): 'point' | RunResult {
    for (;;) {
      const m = this.machine;
      const r = m.run();
      if (r.status === 'breakpoint') {
        const skip = this.skipPoint;
        this.skipPoint = undefined;
        if (skip && skip.pc === m.cpu.pc >>> 0 && skip.instructions === m.cpu.instructions) continue;
        this.pointsReached++;
        if (this.pointsReached >= n || n === Infinity) return 'point';
        continue;
      }
      if (r.status === 'migrate') { const rec = this.programMigration(); if (rec) onRecord?.(rec); continue; }
      return this.whole(r);
    }
  }

  /**
   * Capture the machine now (it must be stopped at a point or in a migrate call), restore on `to`,
   * and continue there. On refusal the record says why and the process stays where it was.
   */
  migrateTo(to: IsaId, reason: MigrationRecord['reason'] = 'debugger'): MigrationRecord {
    const from = this.isa;
    const m = this.machine;
    const pc = m.cpu.pc >>> 0;
    const here = m.debug.points.find((p) => p.addr >>> 0 === pc)?.id ?? (reason === 'migrate() call' ? 'in migrate()' : '?');
    const rec: MigrationRecord = {
      pointsReached: this.pointsReached, point: here, from, to, reason,
      frames: 0, objects: 0, bytes: 0, captureUs: 0, restoreUs: 0,
    };
    const pos = lineAt(m.debug, pc);
    if (pos) { rec.file = pos.file; rec.line = pos.line; }
    let t = process.hrtime.bigint();
    let state: CanonicalState;
    try {
      state = capture(m, reason);
    } catch (e) {
      rec.refused = failure(e, 'capture');
      rec.captureUs = nowUs(t);
      this.trace.push(rec);
      return rec;
    }
    rec.captureUs = nowUs(t);
    describe(state, rec, m.debug, this.opts.sizes !== false);
    const target = this.image(to); // compiled on first use: not part of the restore time
    t = process.hrtime.bigint();
    let next: Machine;
    try {
      next = restore(state, target, this.restoreOptions());
    } catch (e) {
      rec.refused = failure(e, 'restore');
      rec.restoreUs = nowUs(t);
      this.trace.push(rec);
      return rec;
    }
    rec.restoreUs = nowUs(t);
    this.switchTo(next);
    this.trace.push(rec);
    return rec;
  }

  /** Capture the current state (read-only on the machine); throws MigrationRefused. */
  capture(reason: MigrationRecord['reason'] = 'snapshot'): CanonicalState {
    return capture(this.machine, reason);
  }

  /** Continue from a state on `isa` (the state of this same program). */
  resumeFrom(state: CanonicalState, isa: IsaId): void {
    this.switchTo(restore(state, this.image(isa), this.restoreOptions()));
    this.earlierStdout = [];
    this.earlierStderr = [];
  }

  /** The machine stopped in the runtime's migrate()/migration_point(): act on it. */
  private programMigration(): MigrationRecord | undefined {
    const m = this.machine;
    const kind = this.stopKind;
    const target = kind === 'migrate' ? this.migrateCall : this.pending;
    this.stopKind = undefined;
    this.migrateCall = undefined;
    if (kind === 'point') this.pending = undefined;
    if (!target || !isIsaId(target)) return undefined;
    const rec = this.migrateTo(target, 'migrate() call');
    if (rec.refused && kind === 'migrate') m.cpu.setReg(m.isa.frame.resultRegister, -1);
    return rec;
  }

  private switchTo(next: Machine): void {
    const old = this.machine;
    this.earlierStdout.push(old.host.stdout.bytes());
    this.earlierStderr.push(old.host.stderr.bytes());
    this.machine = this.attach(next);
    old.dispose();
    this.skipPoint = { pc: next.cpu.pc >>> 0, instructions: next.cpu.instructions };
  }

  /** Breakpoints on every migration point of the machine's image, and the migrate hooks. */
  private attach(m: Machine): Machine {
    for (const a of pointAddresses(m.debug)) m.cpu.breakpoints.add(a);
    if (this.opts.instructionLimit) m.instructionLimit = this.opts.instructionLimit;
    return m;
  }

  private hooks(): Pick<MachineOptions, 'onMigrate' | 'onPoint'> {
    return {
      onMigrate: (name: string): number | 'stop' => {
        if (!isIsaId(name)) return -1;
        if (name === this.isa) return 0;
        this.stopKind = 'migrate';
        this.migrateCall = name;
        return 'stop';
      },
      onPoint: (): number | 'stop' => {
        if (!this.pending || this.pending === this.isa) { this.pending = undefined; return 0; }
        this.stopKind = 'point';
        return 'stop';
      },
    };
  }

  private machineOptions(): MachineOptions {
    return { argv: [this.opts.file, ...(this.opts.args ?? [])], stdin: this.opts.stdin ?? new Uint8Array(0), onOutput: this.opts.onOutput, ...this.hooks() };
  }

  /** The target machine's options: the state's own argv, the same input, output and hooks. */
  private restoreOptions(): MachineOptions {
    const { argv: _argv, ...rest } = this.machineOptions();
    return rest;
  }

  /** A final result covering the output of every machine the process ran on. */
  private whole(r: RunResult): RunResult {
    return { ...r, stdout: this.stdout(), stderr: this.stderr() };
  }
}

/**
 * The statement points of an image. Points of kind 'migrate' are left out: the compiler places
 * them after the arguments of the migrate()/migration_point() call are evaluated into temporaries
 * that no frame map records, so a migration there would lose them; the call itself is where such
 * a program migrates.
 */
/**
 * A refusal's message. Any other error of capture or restore (a bug) is reported the same way, so
 * the process stays on its source machine — which capture never changes — and continues.
 */
function failure(e: unknown, phase: 'capture' | 'restore'): string {
  if (e instanceof MigrationRefused) return e.message;
  const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return `internal error during ${phase} (please report): ${msg}`;
}

function pointAddresses(debug: DebugInfo): Set<number> {
  return new Set(debug.points.filter((p) => p.kind === 'stmt').map((p) => p.addr >>> 0));
}

/** Fill a record's point, frame, object and size figures from a state. */
function describe(state: CanonicalState, rec: MigrationRecord, debug: DebugInfo, sizes: boolean): void {
  const top = state.frames[state.frames.length - 1];
  rec.point = top?.point ?? top?.resume?.callSite ?? rec.point;
  const site = top?.resume ? debug.callSites.find((c) => c.id === top.resume!.callSite) : undefined;
  if (site) { rec.file = debug.files[site.file]; rec.line = site.line; }
  rec.frames = state.frames.length;
  rec.objects = state.objects.length;
  if (sizes) rec.bytes = Buffer.byteLength(JSON.stringify(state));
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

/** `--trace-migrations`: one line per migration. */
export function formatRecord(r: MigrationRecord): string {
  const where = r.file ? ` (${r.file}:${r.line})` : '';
  const head = `shuttle: migration at point #${r.pointsReached} ${r.point}${where}: ${r.from} -> ${r.to}`;
  if (r.refused) return `${head} refused: ${r.refused}`;
  return `${head}, ${r.frames} frames, ${r.objects} objects, ${r.bytes} canonical bytes, capture ${r.captureUs.toFixed(0)} us, restore ${r.restoreUs.toFixed(0)} us`;
}

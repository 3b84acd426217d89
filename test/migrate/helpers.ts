// Helpers of the migration tests: compiled images shared between tests (each program compiled
// once per ISA), a migrating run of a test program through MigratableProcess, and a digest of a
// machine's whole state (registers, memory, heap, I/O) to prove that a refused migration left the
// source untouched.

import { createHash } from 'node:crypto';
import { ISA_IDS } from '../../emulator/isa/index';
import type { IsaId } from '../../emulator/isa/types';
import type { Image } from '../../emulator/machine/image';
import type { Machine } from '../../emulator/machine/machine';
import { MigratableProcess, type MigrationPlan, type MigrationRecord } from '../../emulator/migrate/process';
import type { TestProgram } from '../helpers/programs';

export { ISA_IDS };

const imageCache = new Map<string, Map<IsaId, Image>>();

/** The shared image map of a source text (images are compiled on first use by the process). */
export function imagesOf(key: string): Map<IsaId, Image> {
  let m = imageCache.get(key);
  if (!m) { m = new Map(); imageCache.set(key, m); }
  return m;
}

export function processOf(source: string, file: string, isa: IsaId, extra: { args?: string[]; stdin?: Uint8Array; sizes?: boolean } = {}): MigratableProcess {
  return new MigratableProcess({ source, file, isa, images: imagesOf(file + '\0' + source), ...extra });
}

export interface MigratedRun { stdout: string; stderr: string; exitCode?: number; status: string; fault?: string; trace: MigrationRecord[]; points: number }

/**
 * Run a test program on `isa` with a migration plan; the whole output across machines.
 * `sizes: false` leaves the records' canonical sizes unmeasured (faster; see ProcessOptions).
 */
export function runProgram(p: TestProgram, isa: IsaId, plan: MigrationPlan = {}, opts: { sizes?: boolean } = {}): MigratedRun {
  const proc = processOf(p.source, p.file, isa, { args: p.args, stdin: p.stdin, ...opts });
  return finish(proc, proc.run(plan));
}

export function runSource(source: string, file: string, isa: IsaId, plan: MigrationPlan = {}): MigratedRun {
  const proc = processOf(source, file, isa);
  return finish(proc, proc.run(plan));
}

function finish(proc: MigratableProcess, r: ReturnType<MigratableProcess['run']>): MigratedRun {
  const dec = new TextDecoder();
  return {
    stdout: dec.decode(r.stdout), stderr: dec.decode(r.stderr), exitCode: r.exitCode, status: r.status,
    fault: r.fault?.message, trace: proc.trace, points: proc.pointsReached,
  };
}

/** Every point id reached, in order, on one ISA without migrating. */
export function pointSequence(source: string, file: string, isa: IsaId, limit = 5000): string[] {
  const proc = processOf(source, file, isa);
  const byAddr = new Map(proc.image(isa).debug.points.map((pt) => [pt.addr >>> 0, pt.id]));
  const seq: string[] = [];
  while (seq.length < limit) {
    if (proc.runToPoint(proc.pointsReached + 1) !== 'point') break;
    seq.push(byAddr.get(proc.machine.cpu.pc >>> 0) ?? '?');
  }
  return seq;
}

/** A digest of everything a migration attempt could disturb: registers, memory, heap, I/O. */
export function machineDigest(m: Machine): string {
  const h = createHash('sha256');
  h.update(JSON.stringify(m.cpu.registers(), (_k, v) => (typeof v === 'bigint' ? v.toString() : v)));
  h.update(String(m.cpu.instructions));
  for (const r of m.memory.regions) { h.update(`${r.name}:${r.base}:${r.end}`); h.update(r.bytes.subarray(0, r.end - r.base)); }
  h.update(JSON.stringify(m.heap.live()));
  h.update(m.host.stdout.bytes()); h.update(m.host.stderr.bytes()); h.update(String(m.host.stdinOffset));
  return h.digest('hex');
}

export function otherIsa(isa: IsaId): IsaId { return ISA_IDS.find((i) => i !== isa)!; }

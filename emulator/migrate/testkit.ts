// Test helpers for migration (not used by the product): compile a program for both ISAs once,
// stop a machine at its N-th statement point, and text of a machine's output.

import { compile } from '../compiler/index';
import type { IsaId } from '../isa/types';
import { ISA_IDS } from '../isa/index';
import type { Image } from '../machine/image';
import { Machine, type MachineOptions } from '../machine/machine';

export const ISAS: IsaId[] = ISA_IDS;

/** The program compiled for every ISA of the test matrix. */
export function images(source: string, file: string): Record<IsaId, Image> {
  const out: Partial<Record<IsaId, Image>> = {};
  for (const isa of ISA_IDS) out[isa] = compile({ source, file, isa });
  return out as Record<IsaId, Image>;
}

/** A machine stopped at its n-th migration point (1-based), or undefined when the program ends first. */
export function stopAtPoint(img: Image, n: number, opts: MachineOptions = {}): Machine | undefined {
  const m = new Machine(img, opts);
  const addrs = img.debug.points.map((p) => p.addr);
  for (let k = 0; k < n; k++) {
    if (k > 0) { m.cpu.breakpoints.clear(); m.cpu.run(1); }
    for (const a of addrs) m.cpu.breakpoints.add(a);
    const r = m.run();
    if (r.status !== 'breakpoint') return undefined;
  }
  m.cpu.breakpoints.clear();
  return m;
}

/** A machine stopped the first time it reaches the first point of `fn` on `line`. */
export function stopAtLine(img: Image, fn: string, line: number, opts: MachineOptions = {}): Machine {
  const p = img.debug.points.find((x) => x.fn === fn && x.line === line);
  if (!p) throw new Error(`no point at ${fn}:${line}`);
  const m = new Machine(img, opts);
  const r = m.runTo(p.addr);
  if (r.status !== 'breakpoint') throw new Error(`did not reach ${fn}:${line} (${r.status})`);
  return m;
}

export const text = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

/** JSON of a state without its `from`, for comparing captures on different ISAs. */
export const norm = (s: object): string => JSON.stringify({ ...s, from: '' });

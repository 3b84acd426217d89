// Migration as the debugger needs it, without DAP types: whether a stopped machine is at a
// migration point (and which), where the next one is when it is not, the ISAs on offer, the
// mapping of instruction breakpoints to another ISA's image (through point ids, function starts
// and source lines), and the target preview (capture, restore into a throwaway machine, read its
// registers and frames — nothing is committed). The DebugRuntime drives the migration itself.

import { functionAt, lineAt, type DebugInfo } from '../emulator/compiler/debuginfo';
import { getIsa, ISA_IDS, isIsaId } from '../emulator/isa/index';
import type { IsaId } from '../emulator/isa/types';
import type { Image } from '../emulator/machine/image';
import type { Machine } from '../emulator/machine/machine';
import * as path from 'node:path';
import { compile, CompileError, formatDiagnostic } from '../emulator/index';
import { capture, restore, MigrationRefused, type CanonicalFrame, type CanonicalState } from '../emulator/migrate/index';
import type { BreakpointSpec } from './breakpoints';
import type { CanonicalView } from './canonical-view';
import { walkStack, type Frame } from './frames';
import { displayName, registerHex, registersOf } from './registers';
import { hexOf } from './values';

export interface PointRef { id: string; file?: string; line?: number }
/** One migration of the session: the `migrate` response and the `migrated` event body. */
export interface MigrationResult { from: string; to: string; point: PointRef; durationMs: number; canonicalBytes: number }
/** A `migrate` request waiting for the run to the next migration point. */
export type Waiter = { resolve: (r: MigrationResult) => void; reject: (e: Error) => void } | undefined;
/** The canonical state at a stop: captured, refused, or not at a migration point (null). */
export type Snapshot = { point: PointRef; state: CanonicalState; bytes: number } | { point: PointRef; refused: string } | null;

/** The program's image for each ISA: the launched one, the others compiled on first use. */
export class ProgramImages {
  private images = new Map<IsaId, Image>();
  constructor(private source: string, private file: string, first: Image) { this.images.set(first.isa, first); }

  get(isa: IsaId): Image {
    let img = this.images.get(isa);
    if (!img) {
      try { img = compile({ source: this.source, file: this.file, isa }); } catch (e) {
        throw new Error(`the program does not compile for ${isa}: ${e instanceof CompileError ? e.diagnostics.map((d) => formatDiagnostic(d)).join('; ') : (e as Error).message}`);
      }
      this.images.set(isa, img);
    }
    return img;
  }
}

/** Runtime functions a process can migrate inside (at their private syscall). */
const MIGRATION_CALLS = new Set(['migrate', 'migration_point']);

/** The `isas` request: every ISA Shuttle knows, with its byte order, word size and register names. */
export function isaList(current: string): { current: string; isas: { id: IsaId; title: string; byteOrder: 'little' | 'big'; wordBits: 32 | 64; pointerBytes: 4 | 8; registers: string[] }[] } {
  return {
    current,
    isas: ISA_IDS.map((id) => {
      const isa = getIsa(id);
      return {
        id, title: isa.title, byteOrder: isa.elf.bigEndian ? 'big' as const : 'little' as const,
        wordBits: isa.elf.class, pointerBytes: isa.dataModel.ptr === 8 ? 8 as const : 4 as const,
        registers: isa.registers.map((r) => displayName(isa, r.name)),
      };
    }),
  };
}

/** Check a migration target: a known ISA other than the current one. */
export function checkTarget(target: unknown, current: string): IsaId {
  if (typeof target !== 'string') throw new Error("'targetIsa' must be a string");
  if (!isIsaId(target)) throw new Error(`unknown ISA '${target}' (known: ${ISA_IDS.join(', ')})`);
  if (target === current) throw new Error(`already running on ${current}`);
  return target;
}

/**
 * The migration point the machine is stopped at: a statement point of its own function, or (in a
 * migrate()/migration_point() call: `inCall`, or just restored after one) that call's site.
 */
export function migrationPoint(m: Machine, frames: Frame[], inCall: boolean): PointRef | undefined {
  const pc = m.cpu.pc >>> 0;
  const fn = functionAt(m.debug, pc);
  if (!fn) return undefined;
  const p = m.debug.points.find((x) => x.addr >>> 0 === pc && x.kind === 'stmt' && x.fn === fn.name);
  if (p) return { id: p.id, file: m.debug.files[p.file], line: p.line };
  const user = frames.find((f) => f.fn && !f.fn.runtime);
  const viaCall = inCall ? user?.pc : pc;
  const cs = viaCall === undefined ? undefined : m.debug.callSites.find((c) => c.ret >>> 0 === viaCall);
  if (!cs || !MIGRATION_CALLS.has(calledFunction(m, cs.at) ?? '')) return undefined;
  return { id: cs.id, file: m.debug.files[cs.file], line: cs.line };
}

/** Why the machine is not at a migration point, and where the next one is. */
export function notAtPointMessage(m: Machine, frames: Frame[]): string {
  const user = frames.find((f) => f.fn && !f.fn.runtime);
  const base = 'not at a migration point';
  if (!user?.fn) return `${base} (the program is not in its own code)`;
  const fn = user.fn, from = user.index === 0 ? user.pc + 1 : user.pc;
  const next = m.debug.points.filter((p) => p.kind === 'stmt' && p.fn === fn.name && p.addr >>> 0 >= from).sort((a, b) => a.addr - b.addr)[0];
  if (!next) return `${base}; the next one is after ${fn.name} returns (continue, step, or use migrate to run there)`;
  return `${base}; the next one is in ${fn.name} at ${m.debug.files[next.file]}:${next.line} (point ${next.id}); continue or step to it, or use migrate to run there and migrate`;
}

/**
 * Index into `state.frames` (outermost first) of the stack frame `frameIndex` (innermost first);
 * runtime frames above the top canonical frame (a migrate() call) have none.
 */
export function canonicalIndex(state: CanonicalState, frames: Frame[], frameIndex: number): number | undefined {
  const top = state.frames[state.frames.length - 1]?.function;
  const skip = frames.findIndex((f) => f.fn?.name === top);
  if (skip < 0 || frameIndex < skip) return undefined;
  const k = state.frames.length - 1 - (frameIndex - skip);
  return k >= 0 && state.frames[k].function === frames[frameIndex]?.fn?.name ? k : undefined;
}

export interface Preview {
  targetIsa: IsaId; pc: string;
  registers: { name: string; value: string; fields?: { name: string; value: number }[] }[];
  frames: { name: string; file?: string; line?: number; pc: string; fp: string }[];
}

/** The registers and frames the process would have on `image`'s ISA; `k`: the canonical frame whose registers to show. */
export function previewOn(state: CanonicalState, image: Image, k: number | undefined): Preview {
  const tm = restore(state, image, {});
  const frames = walkStack(tm);
  const i = k === undefined ? 0 : state.frames.length - 1 - k;
  const sel = frames[i] && frames[i].fn?.name === state.frames[k ?? state.frames.length - 1]?.function ? frames[i] : frames[0];
  return {
    targetIsa: image.isa, pc: hexOf(tm.cpu.pc),
    registers: registersOf(tm, sel, sel.index > 0 ? frames[sel.index - 1] : undefined)
      .map((r) => ({ name: r.name, value: registerHex(r), ...(r.fields ? { fields: r.fields } : {}) })),
    frames: frames.map((f) => ({ name: f.fn?.name ?? `?? ${hexOf(f.pc)}`, ...(f.file ? { file: f.file, line: f.line } : {}), pc: hexOf(f.pc), fp: f.fp === undefined ? '' : hexOf(f.fp) })),
  };
}

/** The canonical state of a stopped machine for the debugger, or why not. */
export function takeSnapshot(m: Machine, frames: Frame[], inCall: boolean): Snapshot {
  const point = migrationPoint(m, frames, inCall);
  if (!point) return null;
  try {
    const state = capture(m, 'debugger');
    return { point, state, bytes: Buffer.byteLength(JSON.stringify(state)) };
  } catch (e) { return { point, refused: failure(e) }; }
}

/** The Canonical frame scope's content for stack frame `index`. */
export function viewOf(snap: Snapshot, frames: Frame[], index: number): CanonicalView {
  if (!snap) return { refused: 'not at a migration point' };
  if ('refused' in snap) return { refused: snap.refused };
  const k = canonicalIndex(snap.state, frames, index);
  if (k === undefined) return { refused: 'this frame has no canonical description' };
  return { frame: snap.state.frames[k] as CanonicalFrame, objects: new Map(snap.state.objects.map((o) => [o.id, o])) };
}

/**
 * Instruction breakpoints follow their statement point, function start or source line to the new
 * image, always mapped from the image they were set on; back on that ISA they are exactly where
 * the user put them, even after being unverified on another.
 */
export function mapInstructionSpecs(specs: BreakpointSpec[], from: DebugInfo, to: DebugInfo): void {
  for (const s of specs) {
    if (!s.home && s.address !== undefined) s.home = { address: s.address, debug: from };
    if (!s.home) continue; // set unverified (outside the text): nothing to follow
    const r = mapAddress(s.home.address, s.home.debug, to);
    if ('address' in r) { s.address = r.address; s.unmapped = undefined; }
    else { s.address = undefined; s.unmapped = `not mapped to ${to.isa}: ${r.reason}`; }
  }
}

/** A refusal's message; any other error of capture or restore is reported as an internal error. */
export function failure(e: unknown): string {
  if (e instanceof MigrationRefused) return e.message;
  const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return msg.startsWith('the program does not compile') ? msg : `migration failed: internal error (please report): ${msg}`;
}

export function describeMigration(r: MigrationResult): string {
  const where = r.point.file ? ` at ${path.basename(r.point.file)}:${r.point.line}` : '';
  return `migrated from ${r.from} to ${r.to}${where} (point ${r.point.id})`;
}

/**
 * An instruction breakpoint's address on another image: the same statement point, the same
 * function's start, or the first instruction of the same source line in the same function.
 */
export function mapAddress(addr: number, from: DebugInfo, to: DebugInfo): { address: number } | { reason: string } {
  if (from.isa === to.isa && from.program.sha256 === to.program.sha256) return { address: addr }; // the same code
  const p = from.points.find((x) => x.addr >>> 0 === addr >>> 0);
  const tp = p && to.points.find((x) => x.id === p.id);
  if (tp) return { address: tp.addr };
  const fn = functionAt(from, addr);
  const tfn = fn && to.functions.find((f) => f.name === fn.name);
  if (!fn || !tfn) return { reason: `no function at ${hexOf(addr)} to map to ${to.isa ?? 'the target'}` };
  if (addr === fn.lo) return { address: tfn.lo };
  if (addr === fn.prologueEnd) return { address: tfn.prologueEnd };
  const pos = lineAt(from, addr);
  if (!pos) return { reason: `${hexOf(addr)} in ${fn.name} has no source line to map it through` };
  const fi = to.files.indexOf(pos.file);
  const hits = to.lines.filter((e) => e[1] === fi && e[2] === pos.line && e[0] >= tfn.lo && e[0] < tfn.hi).map((e) => e[0]);
  if (!hits.length) return { reason: `line ${pos.line} of ${fn.name} has no code on the target` };
  return { address: Math.min(...hits) };
}

/** The function a call instruction calls directly, if any. */
function calledFunction(m: Machine, at: number): string | undefined {
  try {
    const target = m.isa.disassemble(m.memory, at).target;
    return target === undefined ? undefined : m.debug.functions.find((f) => f.lo === target)?.name;
  } catch {
    return undefined;
  }
}

// The compiler driver: `compile({source, file, isa})` runs the whole pipeline for one ISA —
// predefined macros, parse (user code in normal mode, runtime sources in system mode), lower,
// legalize, liveness, instruction selection — links the program with the runtime (compiled once
// per ISA and cached in-process) and writes the ELF image with its `.shuttle` debug info.

import { createHash } from 'node:crypto';
import { SHUTTLE_SYSCALLS } from './ir';
import type { Loc } from './ast';
import { CompileError, fail } from './diagnostics';
import type { IRModule } from './ir';
import { parseProgram } from './frontend';
import { lowerUnit } from './lower';
import { legalize } from './legalize';
import { computeLiveness } from './liveness';
import { getBackend } from './backend/index';
import { link, type LinkUnit } from './link';
import { writeElf } from './elf';
import { getIsa } from '../isa/index';
import type { IsaId, IsaModule } from '../isa/types';
import type { Image } from '../machine/image';
import { INCLUDE_DIR, RUNTIME_SOURCES, readRuntimeSource } from '../runtime/index';

export type { Image } from '../machine/image';

export interface CompileRequest { source: string; file: string; isa: IsaId }

/** The macros every translation unit sees on `isa` (names agreed across the pipeline). */
export function predefinedMacros(isa: IsaModule): Record<string, string> {
  const dm = isa.dataModel;
  const m: Record<string, string> = {
    __SHUTTLE__: '1',
    __SHUTTLE_ISA__: `"${isa.id}"`,
    [`__shuttle_${isa.id}__`]: '1',
    __SIZEOF_INT__: String(dm.int),
    __SIZEOF_LONG__: String(dm.long),
    __SIZEOF_POINTER__: String(dm.ptr),
    __SIZEOF_LONG_LONG__: String(dm.llong),
    [dm.bigEndian ? '__BIG_ENDIAN__' : '__LITTLE_ENDIAN__']: '1',
    __NR_read: String(isa.syscalls.read),
    __NR_write: String(isa.syscalls.write),
    __NR_exit: String(isa.syscalls.exit),
    __NR_exit_group: String(isa.syscalls.exit_group),
    __NR_brk: String(isa.syscalls.brk),
    __SHUTTLE_SYS_alloc_type: String(SHUTTLE_SYSCALLS.allocType),
    __SHUTTLE_SYS_alloc: String(SHUTTLE_SYSCALLS.alloc),
    __SHUTTLE_SYS_free: String(SHUTTLE_SYSCALLS.free),
    __SHUTTLE_SYS_realloc: String(SHUTTLE_SYSCALLS.realloc),
    __SHUTTLE_SYS_migrate: String(SHUTTLE_SYSCALLS.migrate),
    __SHUTTLE_SYS_point: String(SHUTTLE_SYSCALLS.point),
  };
  if (!dm.charSigned) m.__CHAR_UNSIGNED__ = '1';
  return m;
}

/** Front end to IR, legalized, with liveness: one module ready for instruction selection. */
export function compileToIR(source: string, file: string, isa: IsaModule, system: boolean): IRModule {
  const tu = parseProgram(source, file, { predefined: predefinedMacros(isa), includeDirs: [INCLUDE_DIR], system, dm: isa.dataModel });
  const mod = internal('lowering', { file, line: 1, col: 1 }, () => lowerUnit(tu, isa.dataModel, { runtime: system }));
  internal('legalization', { file, line: 1, col: 1 }, () => legalize(mod, isa.dataModel));
  for (const fn of mod.functions) internal('liveness analysis', fn.loc, () => computeLiveness(fn));
  return mod;
}

function compileUnit(mod: IRModule, isa: IsaId, runtime: boolean): LinkUnit {
  const be = getBackend(isa);
  const asm = mod.functions.map((fn) => internal(`the ${isa} backend (function '${fn.name}')`, fn.loc, () => be.compileFunction(fn, mod)));
  return { mod, asm, runtime };
}

/** Run a compiler phase; a crash inside it becomes a positioned "internal compiler error". */
function internal<T>(phase: string, loc: Loc, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof CompileError) throw e;
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return fail(loc, `internal compiler error in ${phase}: ${msg} (please report)`);
  }
}

const runtimeCache = new Map<IsaId, LinkUnit[]>();

/** The runtime library compiled for `isa` (once per process). */
export function runtimeUnits(isa: IsaId): LinkUnit[] {
  let units = runtimeCache.get(isa);
  if (!units) {
    const m = getIsa(isa);
    units = RUNTIME_SOURCES.map((file) => compileUnit(compileToIR(readRuntimeSource(file), file, m, true), isa, true));
    runtimeCache.set(isa, units);
  }
  return units;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Compile a C program for one ISA into a linked ELF image. Throws CompileError for bad programs. */
export function compile(req: CompileRequest): Image {
  const isa = getIsa(req.isa);
  const user = compileUnit(compileToIR(req.source, req.file, isa, false), isa.id, false);
  const backend = getBackend(isa.id);
  const out = link({
    isa, backend, units: [user, ...runtimeUnits(isa.id)], entry: backend.entryStub(),
    program: { file: req.file, sha256: sha256(req.source) },
  });
  const elf = writeElf({
    machine: isa.elf.machine, flags: isa.elf.flags, bigEndian: isa.elf.bigEndian, class: isa.elf.class, entry: out.entry,
    text: out.text, rodata: out.rodata, data: out.data, bss: out.bss, symbols: out.symbols,
    debug: new TextEncoder().encode(JSON.stringify(out.debug)),
  });
  return { isa: isa.id, elf, debug: out.debug };
}

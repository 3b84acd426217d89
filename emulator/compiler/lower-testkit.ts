// Test support for the lowering: compile C source (plus, optionally, the runtime library) through
// the front end, lowerUnit, legalize (or not) and computeLiveness, then run it on the IR
// interpreter. Used by lower.test.ts; not part of the compiler pipeline.

import { parseProgram } from './frontend';
import type { IRModule } from './ir';
import { interpretIR, type InterpResult, type InterpSyscalls, M68K_SYSCALLS, RV32_SYSCALLS, X86_64_SYSCALLS } from './ir-interp';
import { legalize } from './legalize';
import { computeLiveness } from './liveness';
import { lowerUnit } from './lower';
import { SHUTTLE_SYSCALLS } from './ir';
import { type DataModel, ILP32_BE_M68K, LP64_LE } from './types';
import { INCLUDE_DIR, RUNTIME_SOURCES, readRuntimeSource } from '../runtime/index';

/** The ISA each data model stands for in these tests: its name and Linux syscall numbers. */
function isaOf(dm: DataModel): { isa: string; sys: InterpSyscalls } {
  if (dm === ILP32_BE_M68K) return { isa: 'm68k', sys: M68K_SYSCALLS };
  if (dm === LP64_LE) return { isa: 'x86_64', sys: X86_64_SYSCALLS };
  return { isa: 'rv32', sys: RV32_SYSCALLS };
}

export function macrosFor(dm: DataModel): Record<string, string> {
  const { isa, sys } = isaOf(dm);
  const out: Record<string, string> = {
    __SHUTTLE__: '1', __SHUTTLE_ISA__: `"${isa}"`, [`__shuttle_${isa}__`]: '1',
    __SIZEOF_INT__: String(dm.int), __SIZEOF_LONG__: String(dm.long), __SIZEOF_POINTER__: String(dm.ptr),
    __SIZEOF_LONG_LONG__: String(dm.llong), [dm.bigEndian ? '__BIG_ENDIAN__' : '__LITTLE_ENDIAN__']: '1',
    __NR_read: String(sys.read), __NR_write: String(sys.write), __NR_exit: String(sys.exit),
    __NR_exit_group: String(sys.exit_group), __NR_brk: String(sys.brk),
    __SHUTTLE_SYS_alloc_type: String(SHUTTLE_SYSCALLS.allocType), __SHUTTLE_SYS_alloc: String(SHUTTLE_SYSCALLS.alloc),
    __SHUTTLE_SYS_free: String(SHUTTLE_SYSCALLS.free), __SHUTTLE_SYS_realloc: String(SHUTTLE_SYSCALLS.realloc),
    __SHUTTLE_SYS_migrate: String(SHUTTLE_SYSCALLS.migrate), __SHUTTLE_SYS_point: String(SHUTTLE_SYSCALLS.point),
  };
  if (!dm.charSigned) out.__CHAR_UNSIGNED__ = '1';
  return out;
}

export function lowerSource(source: string, file: string, dm: DataModel, system: boolean, legal: boolean): IRModule {
  const tu = parseProgram(source, file, { predefined: macrosFor(dm), includeDirs: [INCLUDE_DIR], system, dm });
  const mod = lowerUnit(tu, dm, { runtime: system });
  if (legal) legalize(mod, dm);
  for (const fn of mod.functions) computeLiveness(fn);
  return mod;
}

const runtimeCache = new Map<string, IRModule[]>();

export function runtimeModules(dm: DataModel, legal: boolean): IRModule[] {
  const key = `${dm.name}/${legal}`;
  let mods = runtimeCache.get(key);
  if (!mods) {
    mods = RUNTIME_SOURCES.map((f) => lowerSource(readRuntimeSource(f), f, dm, true, legal));
    runtimeCache.set(key, mods);
  }
  return mods;
}

/** Compile `source` as a user program with the runtime and run it from __shuttle_start. */
export function runProgram(
  source: string, dm: DataModel, legal: boolean, opts: { stdin?: Uint8Array; args?: string[]; maxSteps?: number } = {},
): InterpResult & { mod: IRModule } {
  const mod = lowerSource(source, 'prog.c', dm, false, legal);
  const res = interpretIR([mod, ...runtimeModules(dm, legal)], dm, '__shuttle_start', {
    argv: ['prog', ...(opts.args ?? [])], syscalls: isaOf(dm).sys,
    stdin: opts.stdin, maxSteps: opts.maxSteps,
  });
  return { ...res, mod };
}

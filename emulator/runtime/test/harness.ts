// Test helpers for the runtime: the C test programs in this folder with their stdin and
// expected output, and host builds of them — with the Shuttle runtime (no libc, through
// host-shim.c) or with the host's glibc (the reference for formatting and library results).

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RUNTIME_DIR, RUNTIME_SOURCES, INCLUDE_DIR } from '../index';

export const TEST_DIR = path.join(RUNTIME_DIR, 'test');

export interface TestProgram { name: string; stdin: string; status: number; stderr?: RegExp }

/** Each program's stdout must equal `<name>.expected` (glibc's i386 output, except for misc and
 *  assert, whose outputs are not glibc's: rand() differs, and assert omits the function name). */
export const GLIBC_REFERENCE = (p: TestProgram): boolean => p.name !== 'misc' && p.name !== 'assert';
export const PROGRAMS: TestProgram[] = [
  { name: 'format', stdin: '', status: 0 },
  { name: 'strings', stdin: '', status: 0 },
  { name: 'stdlib', stdin: '', status: 0 },
  { name: 'divide', stdin: '', status: 0 },
  { name: 'headers', stdin: '', status: 0 },
  { name: 'heap', stdin: '', status: 0 },
  { name: 'scan', stdin: 'alice\n 1 2\n3\t-4 +5 end of input\n', status: 0 },
  { name: 'misc', stdin: 'first line\nsecond\nx', status: 7, stderr: /^to stderr\n$/ },
  { name: 'assert', stdin: '', status: 134, stderr: /^\S+: \S*assert\.c:10: Assertion `x \+ 1 == 3' failed\.\n$/ },
];

export const programPath = (name: string): string => path.join(TEST_DIR, `${name}.c`);
/** `<name>.<isa>.expected` when the ISA has its own (x86_64's LP64 glibc output, with `sizeof(va_list)`
 *  8 because Shuttle's va_list is a `char *`), else `<name>.expected`. */
export function expectedOutput(name: string, isa?: string): string {
  const own = path.join(TEST_DIR, `${name}.${isa}.expected`);
  return fs.readFileSync(isa && fs.existsSync(own) ? own : path.join(TEST_DIR, `${name}.expected`), 'utf8');
}

export type HostArch = 'm32' | 'm64';

/** Linux syscall numbers of the host ABIs (i386's equal m68k's). */
const HOST_NR: Record<HostArch, Record<string, number>> = {
  m32: { read: 3, write: 4, exit: 1, exit_group: 252, brk: 45 },
  m64: { read: 0, write: 1, exit: 60, exit_group: 231, brk: 12 },
};

const SHUTTLE_SYS: Record<string, number> = { alloc_type: 0x5300, alloc: 0x5301, free: 0x5302, realloc: 0x5303, migrate: 0x5304, point: 0x5305 };

let workDir: string | undefined;
function tmp(name: string): string {
  workDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'shuttle-runtime-'));
  return path.join(workDir, name);
}

function gcc(args: string[]): { ok: boolean; err: string } {
  const r = spawnSync('gcc', args, { encoding: 'utf8' });
  return { ok: r.status === 0, err: `${r.error?.message ?? ''}${r.stderr ?? ''}` };
}

/** Builds `program` with the Shuttle runtime for the host; returns the executable's path. */
export function buildWithRuntime(program: string, arch: HostArch): string {
  const out = tmp(`${path.basename(program, '.c')}.rt.${arch}`);
  const defs = [
    ...Object.entries(HOST_NR[arch]).map(([k, v]) => `-D__NR_${k}=${v}`),
    ...Object.entries(SHUTTLE_SYS).map(([k, v]) => `-D__SHUTTLE_SYS_${k}=${v}`),
    '-D__SHUTTLE_ISA__="host"',
  ];
  const flags = [`-${arch}`, '-std=c99', '-O1', '-Wall', '-Wextra', '-Werror', '-Wno-unused-parameter',
    '-ffreestanding', '-fno-builtin', '-fno-tree-loop-distribute-patterns', '-fno-stack-protector',
    '-fno-pie', '-no-pie', '-nostdlib', '-nostdinc', '-static'];
  const r = gcc([...flags, '-I', INCLUDE_DIR, '-include', path.join(TEST_DIR, 'host-shim.h'), ...defs, '-o', out,
    path.join(TEST_DIR, 'host-shim.c'), ...RUNTIME_SOURCES, program]);
  if (!r.ok) throw new Error(`gcc (runtime build) failed:\n${r.err}`);
  return out;
}

/** Builds `program` against the host's glibc; returns the executable's path. */
export function buildWithGlibc(program: string, arch: HostArch): string {
  const out = tmp(`${path.basename(program, '.c')}.glibc.${arch}`);
  const r = gcc([`-${arch}`, '-w', '-O1', '-o', out, program]);
  if (!r.ok) throw new Error(`gcc (glibc build) failed:\n${r.err}`);
  return out;
}

/** Whether host gcc can build glibc executables for `arch` (i386 needs multilib glibc). A
 *  failing build with the runtime is then the runtime's fault, and fails the tests. */
export function hostCanBuild(arch: HostArch): boolean {
  try {
    buildWithGlibc(programPath('format'), arch);
    return true;
  } catch {
    return false;
  }
}

export interface HostRun { stdout: string; stderr: string; status: number | null }

export function runHost(exe: string, stdin: string): HostRun {
  const r = spawnSync(exe, [], { input: stdin, encoding: 'latin1', timeout: 20000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

// Test utility for the 68020 tests: finds the GNU m68k tools and qemu-m68k, assembles and
// links snippets, runs images under qemu. When a tool is missing the caller skips with a
// visible reason (and fails instead when CI=true).

import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { QEMU_CPU } from './abi';

export function haveTool(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

/** Why a tool-based test must be skipped, or undefined when all tools are there. Throws under CI. */
export function missingTools(tools: string[]): string | undefined {
  const missing = tools.filter((t) => !haveTool(t));
  if (missing.length === 0) return undefined;
  const why = `missing tools: ${missing.join(', ')}`;
  if (process.env.CI === 'true') throw new Error(why);
  return why;
}

const dir = (): string => mkdtempSync(join(tmpdir(), 'm68k-test-'));

/** Assemble GNU-syntax source for the 68020; returns the .text bytes. */
export function assembleText(src: string): Uint8Array {
  const d = dir();
  writeFileSync(join(d, 'a.s'), src);
  execFileSync('m68k-linux-gnu-as', ['-m68020', '-o', join(d, 'a.o'), join(d, 'a.s')]);
  execFileSync('m68k-linux-gnu-objcopy', ['-O', 'binary', '-j', '.text', join(d, 'a.o'), join(d, 'a.bin')]);
  return new Uint8Array(readFileSync(join(d, 'a.bin')));
}

/** Assemble and link a static executable with .text at 0x10000; returns the ELF path and bytes. */
export function buildElf(src: string): { path: string; bytes: Uint8Array } {
  const d = dir();
  writeFileSync(join(d, 'a.s'), src);
  execFileSync('m68k-linux-gnu-as', ['-m68020', '-o', join(d, 'a.o'), join(d, 'a.s')]);
  execFileSync('m68k-linux-gnu-ld', ['-static', '-Ttext=0x10000', '-o', join(d, 'a.out'), join(d, 'a.o')]);
  return { path: join(d, 'a.out'), bytes: new Uint8Array(readFileSync(join(d, 'a.out'))) };
}

export function runQemu(path: string): { stdout: Uint8Array; status: number | null } {
  const r = spawnSync('qemu-m68k', ['-cpu', QEMU_CPU, path], { maxBuffer: 1 << 26 });
  return { stdout: new Uint8Array(r.stdout), status: r.status };
}

/** objdump -D of raw bytes as the 68020, one `[addr, text]` per instruction (normalised). */
export function objdumpRaw(bytes: Uint8Array): Map<number, string> {
  const d = dir();
  writeFileSync(join(d, 'a.bin'), bytes);
  const out = execFileSync('m68k-linux-gnu-objdump', ['-D', '-b', 'binary', '-m', 'm68k:68020', join(d, 'a.bin')], { maxBuffer: 1 << 28 }).toString();
  const res = new Map<number, string>();
  for (const line of out.split('\n')) {
    const m = /^\s*([0-9a-f]+):\t[0-9a-f ]+\t(.+)$/.exec(line);
    if (m) res.set(parseInt(m[1], 16), normaliseObjdump(m[2]));
  }
  return res;
}

/**
 * The documented normalisation of objdump text: whitespace collapsed, `<symbol>` annotations and
 * comments dropped, `0x` prefixes of addresses removed (branch targets as bare absolute hex).
 */
export function normaliseObjdump(t: string): string {
  return t.replace(/\s+/g, ' ').replace(/ ?<[^>]*>/g, '').replace(/;.*$/, '').replace(/0x([0-9a-f]+)/g, '$1').trim();
}

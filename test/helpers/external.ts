// Running Shuttle's ELF images under the real tools: qemu-user (qemu-riscv32, qemu-m68k with the
// m68k engineer's QEMU_CPU) and GNU objdump, with temp files cleaned up by the caller's directory.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { IsaId } from '../../emulator/isa/types';
import { QEMU_CPU } from '../../emulator/isa/m68k/abi';

export const QEMU: Record<IsaId, { tool: string; args: string[] }> = {
  rv32: { tool: 'qemu-riscv32', args: [] },
  m68k: { tool: 'qemu-m68k', args: QEMU_CPU ? ['-cpu', QEMU_CPU] : [] },
  x86_64: { tool: 'qemu-x86_64', args: [] },
};

export const OBJDUMP: Record<IsaId, { tool: string; args: string[] }> = {
  rv32: { tool: 'riscv64-linux-gnu-objdump', args: ['-d', '-M', 'no-aliases'] },
  m68k: { tool: 'm68k-linux-gnu-objdump', args: ['-d', '-m', 'm68k:68020'] },
  x86_64: { tool: 'x86_64-linux-gnu-objdump', args: ['-d'] },
};

/** A fresh temporary directory (removed by `removeTempDir`). */
export function makeTempDir(prefix = 'shuttle-ext-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Write an executable ELF file and return its path. */
export function writeElf(dir: string, name: string, elf: Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, elf, { mode: 0o755 });
  return file;
}

export interface ToolRun { status: number | null; signal: string | null; stdout: Buffer; stderr: string; timedOut: boolean }

/** Run an ELF under qemu-user with `args` as argv[1..] and `stdin`. */
export function runQemu(isa: IsaId, elfPath: string, args: string[], stdin: Uint8Array, timeoutMs = 60_000): ToolRun {
  const q = QEMU[isa];
  const r = spawnSync(q.tool, [...q.args, elfPath, ...args], { input: stdin, timeout: timeoutMs, maxBuffer: 64 << 20 });
  return {
    status: r.status, signal: r.signal, stdout: r.stdout ?? Buffer.alloc(0), stderr: String(r.stderr ?? ''),
    timedOut: (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT',
  };
}

/** `objdump -d` of an ELF file (throws with objdump's stderr on failure). */
export function runObjdump(isa: IsaId, elfPath: string): string {
  const o = OBJDUMP[isa];
  const r = spawnSync(o.tool, [...o.args, elfPath], { maxBuffer: 256 << 20, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${o.tool} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

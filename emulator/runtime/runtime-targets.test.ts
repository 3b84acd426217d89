// Tests of the runtime through the real pipeline: each test program in test/ is compiled by
// Shuttle for every ISA and run on Shuttle's machine (private allocation syscalls) and,
// as an ELF file, under qemu-user (-ENOSYS fallbacks: the brk allocator). Its stdout must equal
// test/<name>.expected (glibc's output for the same program on i386, an ILP32 target), or
// test/<name>.x86_64.expected on x86_64 where LP64 changes it (glibc's x86-64 output).
// Skipped while the compiler driver is not importable or qemu is not installed.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PROGRAMS, expectedOutput, programPath } from './test/harness';

type Api = typeof import('../index');

function loadApi(): Api | undefined {
  try {
    return require('../index') as Api;
  } catch {
    return undefined;
  }
}

const api = loadApi();
const ISAS = (api ? api.ISA_IDS : ['rv32', 'm68k']) as readonly ('rv32' | 'm68k' | 'x86_64')[];
const QEMU: Record<(typeof ISAS)[number], string> = { rv32: 'qemu-riscv32', m68k: 'qemu-m68k', x86_64: 'qemu-x86_64' };
const decode = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

function hasTool(tool: string): boolean {
  return spawnSync(tool, ['--version'], { encoding: 'utf8' }).status === 0;
}

for (const isa of ISAS) {
  for (const p of PROGRAMS) {
    const source = fs.readFileSync(programPath(p.name), 'utf8');
    test(`${isa}: ${p.name}.c on Shuttle's machine prints glibc's output`, { skip: api ? false : 'compiler not ready' }, () => {
      const r = api!.runSource(source, `${p.name}.c`, isa, {
        stdin: new TextEncoder().encode(p.stdin), argv: [p.name], maxInstructions: 500_000_000,
      });
      assert.equal(r.status, 'exited', r.fault ? api!.formatFault(r.fault) : r.status);
      assert.equal(decode(r.stdout), expectedOutput(p.name, isa));
      assert.equal(r.exitCode, p.status);
      if (p.stderr) assert.match(decode(r.stderr), p.stderr);
    });
    const skipQemu = !api ? 'compiler not ready' : hasTool(QEMU[isa]) ? false : `${QEMU[isa]} not installed`;
    test(`${isa}: ${p.name}.c under ${QEMU[isa]} prints glibc's output`, { skip: skipQemu }, () => {
      const image = api!.compile({ source, file: `${p.name}.c`, isa });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuttle-rt-'));
      const exe = path.join(dir, `${p.name}.${isa}`);
      fs.writeFileSync(exe, image.elf, { mode: 0o755 });
      const r = spawnSync(QEMU[isa], [exe], { input: p.stdin, encoding: 'latin1', timeout: 60000 });
      assert.equal(r.stdout, expectedOutput(p.name, isa), r.stderr);
      assert.equal(r.status, p.status);
      if (p.stderr) assert.match(r.stderr, p.stderr);
    });
  }
}

for (const isa of ISAS) {
  test(`${isa}: shuttle.h names the ISA and refuses a migration to an unknown one`, { skip: api ? false : 'compiler not ready' }, () => {
    const source = '#include <stdio.h>\n#include <shuttle.h>\n'
      + 'int main(void) { migration_point(); printf("%s %d\\n", current_isa(), migrate("no-such-isa")); return 0; }\n';
    const r = api!.runSource(source, 'isa.c', isa, { maxInstructions: 10_000_000 });
    assert.equal(r.status, 'exited', r.fault ? api!.formatFault(r.fault) : r.status);
    assert.equal(decode(r.stdout), `${isa} -1\n`);
  });
}

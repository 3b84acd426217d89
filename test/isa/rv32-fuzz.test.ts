// Differential testing of the rv32 pipeline (backend, register allocation, CPU): random C programs
// (rv32-fuzz-gen.ts) run through runSource on rv32 must print exactly what the same source prints
// when compiled by i686-linux-gnu-gcc -funsigned-char -fwrapv (ILP32, little-endian, unsigned
// char: rv32's data model for these programs). Skipped (visibly) without that compiler unless CI=true.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSource } from '../../emulator/index';
import { exprProgram, callProgram } from './rv32-fuzz-gen';

const GCC = 'i686-linux-gnu-gcc';
const skip = spawnSync(GCC, ['--version']).status !== 0 && process.env.CI !== 'true' ? `${GCC} not installed` : false;

function oracle(src: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rv32fz-'));
  writeFileSync(join(dir, 'p.c'), src);
  const cc = spawnSync(GCC, ['-static', '-funsigned-char', '-fwrapv', '-w', '-O0', '-o', join(dir, 'p'), join(dir, 'p.c')]);
  assert.equal(cc.status, 0, cc.stderr.toString());
  const r = spawnSync(join(dir, 'p'));
  assert.equal(r.status, 0);
  return r.stdout.toString();
}

for (const [name, gen] of [['expressions', exprProgram], ['calls', callProgram]] as const) {
  test(`random ${name} programs agree with gcc`, { skip }, () => {
    for (let seed = 1; seed <= 6; seed++) {
      const src = gen(seed);
      const r = runSource(src, `fuzz-${name}-${seed}.c`, 'rv32');
      assert.equal(r.status, 'exited', r.fault?.message);
      assert.equal(Buffer.from(r.stdout).toString(), oracle(src), `seed ${seed}`);
    }
  });
}

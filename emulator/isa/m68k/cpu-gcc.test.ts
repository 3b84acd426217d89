// The 68020 CPU on real compiler output: cpu-gcc-prog.c built by m68k-linux-gnu-gcc -m68020 at
// -O0, -O2 and -Os (static, freestanding, libgcc linked) must produce qemu-m68k's exact output.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { M68kCpu } from './cpu';
import { FlatMem, initialStack, loadElf, TestHost } from './testing';
import { missingTools, runQemu } from './tools.test-util';

for (const opt of ['-O0', '-O2', '-Os']) {
  test(`gcc ${opt} output runs like qemu-m68k`, (t) => {
    const why = missingTools(['m68k-linux-gnu-gcc', 'qemu-m68k']);
    if (why) { t.skip(why); return; }
    const out = join(mkdtempSync(join(tmpdir(), 'm68k-gcc-')), 'prog');
    const libgcc = execFileSync('m68k-linux-gnu-gcc', ['-print-libgcc-file-name']).toString().trim();
    execFileSync('m68k-linux-gnu-gcc', ['-m68020', opt, '-nostdlib', '-static', '-ffreestanding', '-fno-pic', '-fno-builtin',
      '-o', out, join(__dirname, 'cpu-gcc-prog.c'), libgcc]);
    const ref = runQemu(out);
    assert.equal(ref.status, 0);
    const mem = new FlatMem();
    const host = new TestHost(mem);
    const cpu = new M68kCpu(mem, host);
    cpu.pc = loadElf(mem, new Uint8Array(readFileSync(out)));
    cpu.setReg('sp', initialStack(mem));
    assert.equal(cpu.run(50_000_000), 'host');
    assert.equal(Buffer.from(host.out).toString(), Buffer.from(ref.stdout).toString());
  });
}

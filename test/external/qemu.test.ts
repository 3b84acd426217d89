// External truth, part 1: every test program's ELF, as Shuttle builds it, runs under the real
// qemu-user (qemu-riscv32 / qemu-m68k -cpu <QEMU_CPU> / qemu-x86_64) with the same argv and stdin, and must print
// the same stdout and exit with the same status as the expectation made by gcc. Shuttle's private
// syscalls return -ENOSYS there, so the runtime's fallbacks are exercised too.

import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { compile, ISA_IDS } from '../../emulator/index';
import { describeDifference, listPrograms, requireTool } from '../helpers/programs';
import { makeTempDir, QEMU, removeTempDir, runQemu, writeElf } from '../helpers/external';

const programs = listPrograms();
let dir = '';
before(() => { dir = makeTempDir('shuttle-qemu-'); });
after(() => removeTempDir(dir));

for (const isa of ISA_IDS) {
  describe(`programs under ${QEMU[isa].tool}`, () => {
    for (const p of programs) {
      test(p.name, (t) => {
        if (!requireTool(t, QEMU[isa].tool)) return;
        const image = compile({ source: p.source, file: p.file, isa });
        const elf = writeElf(dir, `${p.name}.${isa}`, image.elf);
        const r = runQemu(isa, elf, p.args, p.stdin);
        if (r.timedOut) assert.fail(`${p.name} under ${QEMU[isa].tool}: timed out`);
        if (r.status === null) assert.fail(`${p.name} under ${QEMU[isa].tool}: killed by ${r.signal}\n${r.stderr}`);
        const diff = describeDifference(r.stdout, p.expected(isa));
        if (diff) assert.fail(`${p.name} under ${QEMU[isa].tool}: ${diff}\nstderr: ${r.stderr.slice(0, 400)}`);
        assert.equal(r.status, p.expectExit, `${p.name} under ${QEMU[isa].tool}: exit status (stderr: ${r.stderr.slice(0, 200)})`);
      });
    }
  });
}

// Differential testing with csmith: random C programs generated offline by
// test/external/csmith/generate.py (csmith + our own UB-free prelude), whose expected checksum lines come
// from gcc builds (m68k-linux-gnu-gcc under qemu-m68k; i686-linux-gnu-gcc -funsigned-char for rv32;
// the host's x86-64 gcc for x86_64, written as NN-seedN.x86_64.out only where it differs from NN-seedN.out).
// Shuttle must compile each for every ISA and print the same checksum on its emulator, and, when
// qemu-user is installed, under qemu as well.

import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { compile, formatFault, ISA_IDS, Machine } from '../../emulator/index';
import { describeDifference, haveTool, listPrograms } from '../helpers/programs';
import { makeTempDir, QEMU, removeTempDir, runQemu, writeElf } from '../helpers/external';

const programs = listPrograms(path.join(__dirname, 'csmith', 'programs'));
let dir = '';
before(() => { dir = makeTempDir('shuttle-csmith-'); });
after(() => removeTempDir(dir));

for (const isa of ISA_IDS) {
  describe(`csmith programs on ${isa}`, () => {
    for (const p of programs) {
      test(p.name, () => {
        const image = compile({ source: p.source, file: p.file, isa });
        const r = new Machine(image, { argv: [p.name] }).run({ maxInstructions: 500_000_000 });
        if (r.status !== 'exited') assert.fail(`${p.name} on ${isa}: ${r.fault ? formatFault(r.fault) : r.status}`);
        const diff = describeDifference(r.stdout, p.expected(isa));
        if (diff) assert.fail(`${p.name} on ${isa}: ${diff}`);
        assert.equal(r.exitCode, 0);
        if (haveTool(QEMU[isa].tool)) {
          const q = runQemu(isa, writeElf(dir, `${p.name}.${isa}`, image.elf), [], new Uint8Array(0));
          const qd = describeDifference(q.stdout, p.expected(isa));
          if (qd) assert.fail(`${p.name} under ${QEMU[isa].tool}: ${qd}`);
          assert.equal(q.status, 0, `${p.name} under ${QEMU[isa].tool}: exit status`);
        }
      });
    }
  });
}

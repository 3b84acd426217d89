// The program suite on Shuttle's own emulators: every test/programs/NN-name.c is compiled for every ISA
// and run on the Machine with its stdin and arguments; stdout must equal the expectation produced by a
// real C compiler (test/helpers/gen-expected.sh for rv32 and m68k, test/helpers/gen-expected-x86_64.sh
// for x86_64) byte for byte, and the exit status must match.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { compile, formatFault, ISA_IDS, Machine } from '../emulator/index';
import { describeDifference, listPrograms } from './helpers/programs';

/** Generous: the largest program runs a few million instructions. */
const MAX_INSTRUCTIONS = 500_000_000;

const programs = listPrograms();

test('the suite has at least 55 programs', () => {
  if (process.env.SHUTTLE_PROGRAMS) return;
  assert.ok(programs.length >= 55, `only ${programs.length} programs`);
});

for (const isa of ISA_IDS) {
  describe(`programs on ${isa}`, () => {
    for (const p of programs) {
      test(p.name, () => {
        const image = compile({ source: p.source, file: p.file, isa });
        const m = new Machine(image, { stdin: p.stdin, argv: [p.name, ...p.args] });
        const r = m.run({ maxInstructions: MAX_INSTRUCTIONS });
        const out = Buffer.from(r.stdout).toString('latin1');
        if (r.status !== 'exited') {
          const why = r.fault ? formatFault(r.fault) : r.status;
          assert.fail(`${p.name} on ${isa} did not exit: ${why}\n--- stdout so far (last 400 bytes) ---\n${out.slice(-400)}`);
        }
        const diff = describeDifference(r.stdout, p.expected(isa));
        if (diff) assert.fail(`${p.name} on ${isa}: ${diff}`);
        assert.equal(r.exitCode, p.expectExit, `${p.name} on ${isa}: exit status`);
      });
    }
  });
}

// Runs every program of test/programs through the front end, lowerUnit, legalize and liveness
// (with the runtime library compiled the same way) on the IR interpreter, for both 32-bit data
// models and LP64 (x86_64's, never legalized), and compares stdout and the exit status with the expected
// files. The ILP32 little-endian model also runs without legalization: 64-bit IR and its i32 expansion must agree.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeDifference, listPrograms } from '../../test/helpers/programs';
import { runProgram } from './lower-testkit';
import { type DataModel, ILP32_BE_M68K, ILP32_LE, LP64_LE } from './types';

const MODES: [string, DataModel, boolean, 'rv32' | 'm68k' | 'x86_64'][] = [
  ['ilp32-le legalized', ILP32_LE, true, 'rv32'],
  ['ilp32-be legalized', ILP32_BE_M68K, true, 'm68k'],
  ['ilp32-le unlegalized', ILP32_LE, false, 'rv32'],
  ['lp64-le', LP64_LE, false, 'x86_64'],
];

for (const p of listPrograms()) {
  for (const [mode, dm, legal, isa] of MODES) {
    test(`${p.name} on the IR interpreter (${mode})`, () => {
      const r = runProgram(p.source, dm, legal, { stdin: p.stdin, args: p.args });
      const diff = describeDifference(new Uint8Array(Buffer.from(r.stdout, 'latin1')), p.expected(isa));
      assert.equal(diff, undefined, diff);
      assert.equal(r.exitCode & 0xff, p.expectExit, `exit status of ${p.name}`);
    });
  }
}

// LP64 through the compiler: lp64-prog.c (sizes, layouts, 64-bit long arithmetic, pointer
// differences, long arguments past the sixth, struct results with 8-byte fields, printf's l/z/t
// modifiers) on the IR interpreter under LP64_LE, on Shuttle's x86_64 machine, and under
// qemu-x86_64, each compared with the output of the host's x86-64 gcc recorded below (and, when
// the host gcc is an x86-64 one, with a fresh gcc run).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runProgram } from './lower-testkit';
import { LP64_LE } from './types';
import { compile } from './index';
import { Machine } from '../machine/machine';
import { isIsaId } from '../isa/index';
import { makeTempDir, removeTempDir, runQemu, writeElf } from '../../test/helpers/external';
import { haveTool, requireTool } from '../../test/helpers/programs';

const SOURCE = fs.readFileSync(path.join(__dirname, 'lp64-prog.c'), 'utf8');
/** gcc 12 -O0 on x86-64 Linux */
const EXPECTED = [
  '8 8 8 8 40',
  '8 16 24 32 16 8',
  '9223372036854775808 9223372036854775807 1 24',
  '5 -5 2432902008176640000',
  '1099511627776 -1 15 5',
  '-1317624576693539401 -1 -5 4294967295',
  '1 1 1',
  '-4999999996 -5000000000 ab x',
  '1065151889408 370370367036 7000000000029',
  '-9223372036854775808 18446744073709551615 9223372036854775807',
  'deadbeefcafe 1777777 8589934590',
  '',
].join('\n');
const EXIT = 16;

test('LP64 program on the IR interpreter (lp64-le, unlegalized)', () => {
  const r = runProgram(SOURCE, LP64_LE, false);
  assert.equal(r.stdout, EXPECTED);
  assert.equal(r.exitCode, EXIT);
});

test('the recorded LP64 output is what the host x86-64 gcc prints', (t) => {
  if (process.arch !== 'x64' || !haveTool('gcc')) { t.skip('needs an x86-64 host gcc'); return; }
  const dir = makeTempDir('shuttle-lp64-');
  try {
    const exe = path.join(dir, 'lp64');
    const cc = spawnSync('gcc', ['-std=c99', '-w', '-O0', '-o', exe, path.join(__dirname, 'lp64-prog.c')], { encoding: 'utf8' });
    assert.equal(cc.status, 0, cc.stderr);
    const r = spawnSync(exe, [], { encoding: 'utf8' });
    assert.equal(r.stdout, EXPECTED);
    assert.equal(r.status, EXIT);
  } finally { removeTempDir(dir); }
});

test('LP64 program on Shuttle x86_64 and under qemu-x86_64', (t) => {
  if (!isIsaId('x86_64')) { t.skip('x86_64 is not enabled in ISA_IDS'); return; }
  const image = compile({ source: SOURCE, file: 'lp64-prog.c', isa: 'x86_64' });
  const m = new Machine(image, { argv: ['lp64'] });
  const r = m.run();
  assert.equal(r.status, 'exited');
  assert.equal(Buffer.from(r.stdout).toString('latin1'), EXPECTED);
  assert.equal(r.exitCode, EXIT);
  if (!requireTool(t, 'qemu-x86_64')) return;
  const dir = makeTempDir('shuttle-lp64-');
  try {
    const q = runQemu('x86_64', writeElf(dir, 'lp64', image.elf), [], new Uint8Array(0));
    assert.equal(q.stdout.toString('latin1'), EXPECTED);
    assert.equal(q.status, EXIT);
  } finally { removeTempDir(dir); }
});

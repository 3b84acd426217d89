// Tests of MigratableProcess: images compiled once per ISA, the N-th point reached is the same
// point id on every ISA, programs that call migrate() themselves (test/programs/migrate) give the
// expected output from both starting ISAs (also combined with --migrate-every), migration_point()
// takes a pending request, and a capture after a migration equals the capture before it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listPrograms, loadProgram, PROGRAMS_DIR } from '../../test/helpers/programs';
import { ISA_IDS, otherIsa, pointSequence, processOf, runProgram } from '../../test/migrate/helpers';
import { formatRecord, nextIsa } from './process';

const MIGRATE_DIR = path.join(PROGRAMS_DIR, 'migrate');
const migratePrograms = listPrograms(MIGRATE_DIR);
const expected = (name: string): string => fs.readFileSync(path.join(MIGRATE_DIR, `${name}.out`), 'utf8');

test('each ISA image is compiled once per process and shared', () => {
  const p = loadProgram(path.join(PROGRAMS_DIR, '01-hello.c'));
  const proc = processOf(p.source, p.file, 'rv32');
  assert.equal(proc.image('m68k'), proc.image('m68k'));
  assert.equal(proc.image('rv32'), proc.machine.image);
});

test('--migrate-every cycles through ISA_IDS in order, or the order given', () => {
  ISA_IDS.forEach((isa, i) => assert.equal(nextIsa(isa), ISA_IDS[(i + 1) % ISA_IDS.length]));
  assert.equal(nextIsa('rv32'), 'm68k');
  const reverse = [...ISA_IDS].reverse();
  reverse.forEach((isa, i) => assert.equal(nextIsa(isa, reverse), reverse[(i + 1) % reverse.length]));
  assert.equal(nextIsa('rv32', reverse), ISA_IDS[ISA_IDS.length - 1]);
  assert.equal(nextIsa('m68k', ['rv32', 'x86_64']), 'rv32', 'an ISA outside the cycle goes to its first');
});

for (const name of ['03-recursion', '04-linked-list', '05-bst', '09-funcptr-table', '16-switch']) {
  test(`${name}: the N-th point reached is the same point id on every ISA`, () => {
    const p = loadProgram(path.join(PROGRAMS_DIR, `${name}.c`));
    const seqs = ISA_IDS.map((isa) => pointSequence(p.source, p.file, isa, 3000));
    assert.ok(seqs[0].length > 0);
    assert.deepEqual(seqs[1], seqs[0]);
  });
}

for (const p of migratePrograms) {
  for (const isa of ISA_IDS) {
    test(`${p.name} from ${isa}: migrate() calls in the program give the expected output`, () => {
      const r = runProgram(p, isa);
      assert.equal(r.fault, undefined);
      assert.equal(r.stdout, expected(p.name));
      assert.equal(r.exitCode, p.expectExit);
      const calls = r.trace.filter((t) => t.reason === 'migrate() call');
      assert.ok(calls.length >= 3, `${calls.length} migrations`);
      for (const t of calls) assert.equal(t.refused, undefined, formatRecord(t));
      assert.match(r.stderr, /now on|^$/);
    });
    test(`${p.name} from ${isa}: also migrated at every 3rd point`, () => {
      const r = runProgram(p, isa, { every: 3 });
      assert.equal(r.stdout, expected(p.name));
      assert.equal(r.exitCode, p.expectExit);
      assert.ok(r.trace.some((t) => t.reason === 'debugger'));
      const refused = r.trace.filter((t) => t.refused);
      assert.deepEqual(refused.map(formatRecord), []);
    });
  }
}

test('01-list-pingpong: the program runs on the ISA it migrated to (stderr names it)', () => {
  const p = migratePrograms.find((x) => x.name === '01-list-pingpong')!;
  const r = runProgram(p, 'rv32');
  assert.match(r.stderr, /hop 1: now on m68k\nhop 2: now on rv32\n/);
});

test('migration_point() migrates on a pending request and only then', () => {
  const p = migratePrograms.find((x) => x.name === '03-tree-points')!;
  const proc = processOf(p.source, p.file, 'rv32');
  proc.requestMigration('m68k');
  const r = proc.run();
  assert.equal(new TextDecoder().decode(r.stdout), expected(p.name));
  const first = proc.trace[0];
  assert.equal(first.from, 'rv32');
  assert.equal(first.to, 'm68k');
  assert.match(first.point, /@call/);
});

test('a trace record names the point, line, ISAs, sizes and times', () => {
  const p = loadProgram(path.join(PROGRAMS_DIR, '04-linked-list.c'));
  const r = runProgram(p, 'm68k', { at: new Map([[5, 'rv32']]) });
  assert.equal(r.trace.length, 1);
  const t = r.trace[0];
  assert.equal(t.pointsReached, 5);
  assert.equal(t.from, 'm68k');
  assert.equal(t.to, 'rv32');
  assert.ok(t.frames >= 2 && t.objects >= 1 && t.bytes > 100, JSON.stringify(t));
  assert.ok(t.line! > 0);
  assert.match(formatRecord(t), /^shuttle: migration at point #5 \S+ \(.*04-linked-list\.c:\d+\): m68k -> rv32, \d+ frames, \d+ objects, \d+ canonical bytes, capture \d+ us, restore \d+ us$/);
});

for (const isa of ISA_IDS) {
  test(`capture after a migration from ${isa} equals the capture before it (modulo 'from')`, () => {
    const p = loadProgram(path.join(PROGRAMS_DIR, '05-bst.c'));
    const proc = processOf(p.source, p.file, isa);
    assert.equal(proc.runToPoint(40), 'point');
    const before = { ...proc.capture(), from: 'x' };
    const rec = proc.migrateTo(otherIsa(isa), 'debugger');
    assert.equal(rec.refused, undefined);
    assert.equal(proc.isa, otherIsa(isa));
    const after = { ...proc.capture(), from: 'x' };
    assert.deepEqual(after, before);
    const r = proc.run();
    assert.equal(new TextDecoder().decode(r.stdout), new TextDecoder().decode(p.expected(isa)));
  });
}

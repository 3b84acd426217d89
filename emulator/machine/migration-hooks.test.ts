// Tests of the machine hooks migration uses: the migrate/point syscalls through onMigrate/onPoint
// (status 'migrate', pc after the trap, result register untouched, -1 without a hook), runTo(pc),
// currentFp(), the io option (continued byte counts and stdin offset) and heap.allocate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile, Machine, ISA_IDS } from '../index';
import { bytesOf, textOf } from './test-support';

const PROG = `#include <stdio.h>
#include <shuttle.h>
int main(void) {
  int r = migrate("m68k");
  printf("r=%d\\n", r);
  migration_point();
  printf("c=%c\\n", getchar());
  return 3;
}
`;

for (const isa of ISA_IDS) {
  const image = compile({ source: PROG, file: 'hooks.c', isa });
  const migrateFn = image.debug.functions.find((f) => f.name === 'migrate')!;

  test(`${isa}: without hooks migrate() answers -1 and the program runs on`, () => {
    const r = new Machine(image, { stdin: bytesOf('x') }).run();
    assert.equal(r.status, 'exited');
    assert.equal(textOf(r.stdout), 'r=-1\nc=x\n');
  });

  test(`${isa}: a hook answering a number is migrate()'s result`, () => {
    const seen: string[] = [];
    const r = new Machine(image, { stdin: bytesOf('x'), onMigrate: (n) => { seen.push(n); return 0; }, onPoint: () => 0 }).run();
    assert.deepEqual(seen, ['m68k']);
    assert.equal(textOf(r.stdout), 'r=0\nc=x\n');
  });

  test(`${isa}: 'stop' makes run() return 'migrate' after the trap, result register untouched`, () => {
    const m = new Machine(image, { stdin: bytesOf('x'), onMigrate: () => 'stop', onPoint: () => 'stop' });
    const r1 = m.run();
    assert.equal(r1.status, 'migrate');
    assert.equal(m.host.migrateRequest, 'm68k');
    assert.ok(m.cpu.pc > migrateFn.lo && m.cpu.pc < migrateFn.hi, 'pc inside migrate()');
    const res = m.cpu.getReg(m.isa.frame.resultRegister);
    // rv32: a0 still holds the argument (the name's address); m68k: d0 still holds the syscall number
    if (isa === 'rv32') assert.equal(textOf(m.memory.readCString(res)), 'm68k');
    else assert.equal(res, 0x5304);
    m.cpu.setReg(m.isa.frame.resultRegister, 0);     // what restore sets on success (a refusal sets -1)
    const r2 = m.run();
    assert.equal(r2.status, 'migrate', 'stops again at migration_point()');
    assert.equal(m.host.migrationStop, undefined);
    const r3 = m.run();
    assert.equal(r3.status, 'exited');
    assert.equal(r3.exitCode, 3);
    assert.equal(textOf(r3.stdout), 'r=0\nc=x\n');
  });

  test(`${isa}: runTo stops at a pc, currentFp gives the frame pointer`, () => {
    const start = image.debug.functions.find((f) => f.name === '__shuttle_start')!;
    const m = new Machine(image);
    const r = m.runTo(start.prologueEnd);
    assert.equal(r.status, 'breakpoint');
    assert.equal(m.cpu.pc, start.prologueEnd);
    assert.equal(m.cpu.breakpoints.size, 0, 'the temporary breakpoint is gone');
    assert.equal(m.currentFp(), m.cpu.getReg(m.isa.frame.fpRegister) >>> 0);
    assert.equal(m.runTo(start.prologueEnd).status, 'breakpoint', 'already there: returns at once');
    assert.equal((m.cpu.getReg(m.isa.frame.spRegister) - m.currentFp()) | 0, start.spOffset);
  });

  test(`${isa}: the io option continues byte counts and the stdin offset`, () => {
    const m = new Machine(image, { stdin: bytesOf('abc'), io: { stdoutWritten: 100, stderrWritten: 7, stdinOffset: 2 } });
    const r = m.run();
    assert.equal(textOf(r.stdout), 'r=-1\nc=c\n', 'reads from offset 2; only new bytes are collected');
    assert.equal(m.host.stdoutWritten, 100 + r.stdout.length);
    assert.equal(m.host.stderrWritten, 7);
    assert.deepEqual(m.host.ioState(), { stdoutWritten: 100 + r.stdout.length, stderrWritten: 7, stdinOffset: 3 });
  });

  test(`${isa}: heap.allocate is deterministic and keeps types`, () => {
    const addrs = (): number[] => {
      const m = new Machine(image);
      return [m.heap.allocate(12, 3), m.heap.allocate(1, 0), m.heap.allocate(100, 2)];
    };
    const a = addrs();
    assert.deepEqual(a, addrs());
    const m = new Machine(image);
    const p = m.heap.allocate(12, 3);
    assert.deepEqual(m.heap.blockAt(p + 4), { addr: p, size: 12, typeId: 3 });
    assert.throws(() => m.heap.allocate(1 << 30), /cannot allocate/);
  });
}

// Tests of the IR interpreter itself: syscalls (write, brk, exit, Shuttle's private ones answer
// -ENOSYS), faults reported as InterpError (null access, division by zero, step limit), byte order.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENOSYS, type Instr, type IRFunction, type IRModule, SHUTTLE_SYSCALLS, type TempInfo } from './ir';
import { InterpError, interpretIR, RV32_SYSCALLS } from './ir-interp';
import { ILP32_BE_M68K, ILP32_LE } from './types';

const loc = { file: 't.c', line: 1, col: 1 };

function mod(body: Instr[], temps: number, data: IRModule['data'] = []): IRModule {
  const fn: IRFunction = {
    name: 'main', isStatic: false, runtime: false, params: [], ret: 'i32', variadic: false,
    slots: [{ size: 8, align: 4, role: 'scratch' }],
    temps: Array.from({ length: temps }, (): TempInfo => ({ ty: 'i32' })), body, points: [], callSites: [],
    labels: 0, loc, endLoc: loc,
  };
  return { file: 't.c', dataModel: 'x', functions: [fn], data, externs: [], types: [{ kind: 'void' }] };
}

test('write, brk and the private syscalls', () => {
  const msg = new TextEncoder().encode('hi\n');
  const m = mod([
    { op: 'const', dst: 0, value: 1n }, { op: 'symaddr', dst: 1, sym: 'msg', offset: 0 }, { op: 'const', dst: 2, value: 3n },
    { op: 'syscall', dst: 3, num: RV32_SYSCALLS.write, args: [0, 1, 2] },
    { op: 'syscall', dst: 4, num: SHUTTLE_SYSCALLS.alloc, args: [2, 0] },
    { op: 'const', dst: 5, value: 0n },
    { op: 'syscall', dst: 6, num: RV32_SYSCALLS.brk, args: [5] },
    { op: 'bin', kind: 'add', dst: 7, a: 4, b: 3 },
    { op: 'ret', value: 7 },
  ], 8, [{ name: 'msg', isStatic: true, section: 'rodata', size: 3, align: 1, bytes: msg, relocs: [] }]);
  const r = interpretIR([m], ILP32_LE, 'main');
  assert.equal(r.stdout, 'hi\n');
  assert.equal(r.exitCode, 3 - ENOSYS);
  assert.ok(Number(r.syscallLog[2].num) === RV32_SYSCALLS.brk);
});

test('exit stops the program with its status', () => {
  const m = mod([{ op: 'const', dst: 0, value: 7n }, { op: 'syscall', dst: 1, num: RV32_SYSCALLS.exit_group, args: [0] },
    { op: 'ret', value: 0 }], 2);
  assert.equal(interpretIR([m], ILP32_LE, 'main').exitCode, 7);
});

test('faults: null access, division by zero, step limit', () => {
  const nul = mod([{ op: 'const', dst: 0, value: 0n }, { op: 'load', dst: 1, addr: 0, offset: 0, size: 4, signed: false }, { op: 'ret', value: 1 }], 2);
  assert.throws(() => interpretIR([nul], ILP32_LE, 'main'), (e: unknown) => e instanceof InterpError && /bad access at 0x0/.test(e.message));
  const div = mod([{ op: 'const', dst: 0, value: 0n }, { op: 'bin', kind: 'divs', dst: 1, a: 0, b: 0 }, { op: 'ret', value: 1 }], 2);
  assert.throws(() => interpretIR([div], ILP32_LE, 'main'), /division by zero/);
  const loop = mod([{ op: 'label', label: 0 }, { op: 'jump', target: 0 }], 0);
  loop.functions[0].labels = 1;
  assert.throws(() => interpretIR([loop], ILP32_LE, 'main', { maxSteps: 1000 }), /step limit/);
});

test('memory follows the data model byte order', () => {
  const body: Instr[] = [
    { op: 'slotaddr', dst: 0, slot: 0 }, { op: 'const', dst: 1, value: 0x11223344n },
    { op: 'store', addr: 0, offset: 0, src: 1, size: 4 }, { op: 'load', dst: 2, addr: 0, offset: 0, size: 1, signed: false },
    { op: 'ret', value: 2 },
  ];
  assert.equal(interpretIR([mod(body, 3)], ILP32_LE, 'main').exitCode, 0x44);
  assert.equal(interpretIR([mod(body, 3)], ILP32_BE_M68K, 'main').exitCode, 0x11);
});

// Tests of liveness.ts on hand-built IR: straight-line code, loops (values carried around a
// back edge), branches, and results of a call not counted as live across it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Instr, IRFunction } from './ir';
import { computeLiveness } from './liveness';

const loc = { file: 't.c', line: 1, col: 1 };

function fnOf(body: Instr[], temps: number, sites: number): IRFunction {
  return {
    name: 'f', isStatic: false, runtime: false, params: [], ret: 'i32', variadic: false, slots: [],
    temps: Array.from({ length: temps }, () => ({ ty: 'i32' as const })), body, points: [],
    callSites: Array.from({ length: sites }, (_, i) => ({ id: `f@call${i + 1}`, loc, synthetic: false, live: [] })),
    labels: 4, loc, endLoc: loc,
  };
}

test('a value used after a call is live across it; the call result and dead values are not', () => {
  const f = fnOf([
    { op: 'const', dst: 0, value: 1n },
    { op: 'const', dst: 1, value: 2n },
    { op: 'const', dst: 4, value: 9n },
    { op: 'call', dst: 2, callee: { sym: 'g' }, args: [{ t: 1, ty: 'i32' }], fixedArgs: 1, site: 0 },
    { op: 'bin', kind: 'add', dst: 3, a: 0, b: 2 },
    { op: 'ret', value: 3 },
  ], 5, 1);
  computeLiveness(f);
  assert.deepEqual(f.callSites[0].live, [0]);
});

test('values used around a loop back edge stay live across calls inside the loop', () => {
  // t0 = 0; L0: t1 = call g(); t0 = t0 + t1; t2 = t0 < 10; branch t2 L0 L1; L1: call h(t5) ; ret t0
  const f = fnOf([
    { op: 'const', dst: 0, value: 0n },
    { op: 'const', dst: 5, value: 7n },
    { op: 'label', label: 0 },
    { op: 'call', dst: 1, callee: { sym: 'g' }, args: [], fixedArgs: 0, site: 0 },
    { op: 'bin', kind: 'add', dst: 0, a: 0, b: 1 },
    { op: 'const', dst: 3, value: 10n },
    { op: 'cmp', kind: 'lts', dst: 2, a: 0, b: 3 },
    { op: 'branch', cond: 2, ifTrue: 0, ifFalse: 1 },
    { op: 'label', label: 1 },
    { op: 'call', callee: { sym: 'h' }, args: [{ t: 5, ty: 'i32' }], fixedArgs: 1, site: 1 },
    { op: 'ret', value: 0 },
  ], 6, 2);
  computeLiveness(f);
  assert.deepEqual(f.callSites[0].live, [0, 5]);
  assert.deepEqual(f.callSites[1].live, [0]);
});

test('switch targets and jumps are followed', () => {
  const f = fnOf([
    { op: 'const', dst: 0, value: 3n },
    { op: 'const', dst: 1, value: 4n },
    { op: 'call', dst: 2, callee: { sym: 'g' }, args: [], fixedArgs: 0, site: 0 },
    { op: 'switch', value: 2, cases: [{ value: 1n, target: 1 }], dflt: 2 },
    { op: 'label', label: 1 },
    { op: 'ret', value: 0 },
    { op: 'label', label: 2 },
    { op: 'jump', target: 3 },
    { op: 'label', label: 3 },
    { op: 'ret', value: 1 },
  ], 3, 1);
  computeLiveness(f);
  assert.deepEqual(f.callSites[0].live, [0, 1]);
});

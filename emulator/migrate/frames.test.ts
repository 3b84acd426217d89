// Frame helpers: the callee-fp rule of each ISA's convention, variables in scope at a position,
// unique names for shadowed variables, and the frame walk of a machine stopped in a callee.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugFunction, DebugVar } from '../compiler/debuginfo';
import { getIsa } from '../isa/index';
import { calleeFp, uniqueNames, varsInScope, walkFrames } from './frames';
import { images, ISAS, stopAtLine } from './testkit';

const v = (name: string, start: [number, number], end: [number, number]): DebugVar =>
  ({ name, type: 2, fpOffset: -12, kind: 'local', addressTaken: false, scope: { start, end } });

test('calleeFp follows each ISA frame convention', () => {
  const plain = { variadic: false } as DebugFunction, va = { variadic: true } as DebugFunction;
  assert.equal(calleeFp(getIsa('m68k'), 0x1000, plain), 0x1000 - 8);
  assert.equal(calleeFp(getIsa('rv32'), 0x1000, plain), 0x1000);
  assert.equal(calleeFp(getIsa('rv32'), 0x1000, va), 0x1000 - 32);
});

test('variables in scope, shadowed names made unique', () => {
  const fn = { vars: [v('i', [1, 1], [20, 1]), v('t', [5, 3], [8, 3]), v('i', [6, 5], [7, 9])] } as DebugFunction;
  assert.deepEqual(varsInScope(fn, [4, 1]).map((x) => x.name), ['i']);
  assert.deepEqual(uniqueNames(varsInScope(fn, [6, 7])), ['i', 't', 'i#2']);
  assert.deepEqual(varsInScope(fn, [9, 1]).map((x) => x.name), ['i']);
});

test('the walk finds every frame, outermost first, on both ISAs', () => {
  const src = `int leaf(int x) {\n  return x + 1;\n}\nint mid(int y) {\n  return leaf(y) * 2;\n}\nint main(void) {\n  return mid(3) - 8;\n}\n`;
  const imgs = images(src, 'walk.c');
  for (const isa of ISAS) {
    const frames = walkFrames(stopAtLine(imgs[isa], 'leaf', 2));
    assert.deepEqual(frames.map((f) => f.fn.name), ['__shuttle_start', 'main', 'mid', 'leaf']);
    assert.deepEqual(frames.map((f) => f.point?.id ?? f.callSite?.id), ['__shuttle_start@call3', 'main@call1', 'mid@call1', 'leaf:2:3']);
  }
});

// Unit tests of the Canonical frame scope's rendering: canonical values on one line, and which
// parts expand; plus the register texts (full width, flags).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalChildren, canonicalFrameVariables, render, type CanonicalView } from './canonical-view';
import { registerText } from './registers';

test('canonical values render readably', () => {
  assert.equal(render(null), 'null');
  assert.equal(render(-7), '-7');
  assert.equal(render('18446744073709551615'), '18446744073709551615');
  assert.equal(render('ab\n'), '"ab\\n"');
  assert.equal(render({ ref: 'heap:3', path: ['next'] }), '→ heap:3.next');
  assert.equal(render({ ref: 'frame1:main:a', path: [2, '@end'] }), '→ frame1:main:a[2] (end)');
  assert.equal(render({ ref: 'global:g', path: ['@byte1'] }), '→ global:g +1 bytes');
  assert.equal(render({ function: 'cmp' }), '→ cmp()');
  assert.equal(render({ member: 'i', value: 4 }), '{.i = 4}');
  assert.equal(render({ x: 1, y: [1, 2] }), '{x = 1, y = [1, 2]}');
  assert.equal(render([1, 2, 3, 4, 5, 6, 7, 8, 9]), '[1, 2, 3, 4, 5, 6, 7, 8, …]');
});

test('a canonical frame expands into locals, temps, structs and objects', () => {
  const view: CanonicalView = {
    frame: { function: 'f', point: 'f:3:5', locals: [{ name: 'p', type: 'struct s', value: { a: 1, b: { ref: 'heap:1', path: [] } } }, { name: 'x', type: 'int', object: 'frame1:f:x' }], temps: [] },
    objects: new Map([['frame1:f:x', { id: 'frame1:f:x', kind: 'local', type: 'int', value: 5 }]]),
  };
  const nodes: unknown[] = [];
  const ref = (v: unknown): number => nodes.push(v);
  const top = canonicalFrameVariables(view, ref);
  assert.deepEqual(top.map((v) => [v.name, v.value]), [['function', 'f'], ['point', 'f:3:5'], ['locals', '2 locals'], ['temps', '0 live temps']]);
  assert.equal(top[3].variablesReference, 0);
  const locals = canonicalChildren(nodes[top[2].variablesReference - 1], view, ref);
  assert.deepEqual(locals.map((v) => [v.name, v.value]), [['p', '{a = 1, b = → heap:1}'], ['x', 'object frame1:f:x = 5']]);
  const fields = canonicalChildren(nodes[locals[0].variablesReference - 1], view, ref);
  assert.deepEqual(fields.map((v) => [v.name, v.value, v.variablesReference]), [['a', '1', 0], ['b', '→ heap:1', 0]]);
  const obj = canonicalChildren(nodes[locals[1].variablesReference - 1], view, ref);
  assert.deepEqual(obj.map((v) => [v.name, v.value, v.type]), [['frame1:f:x', '5', 'int']]);
  assert.deepEqual(canonicalFrameVariables({ refused: 'no' }, ref).map((v) => v.value), ['no']);
});

test('registers show their full width; flags their set bits', () => {
  assert.equal(registerText({ name: 'a0', isaName: 'a0', value: 5, big: 5n, bits: 32, role: 'gpr' }), '0x00000005');
  assert.equal(registerText({ name: 'rax', isaName: 'rax', value: 1, big: 0x1_0000_0001n, bits: 64, role: 'gpr' }), '0x0000000100000001');
  const sr = { name: 'sr', isaName: 'ccr', value: 4, big: 4n, bits: 16, role: 'flags' as const, fields: [{ name: 'X', value: 0 }, { name: 'N', value: 0 }, { name: 'Z', value: 1 }, { name: 'V', value: 0 }, { name: 'C', value: 0 }] };
  assert.equal(registerText(sr), '0x0004 [--Z--]');
  const rf = { name: 'rflags', isaName: 'rflags', value: 0x41, big: 0x41n, bits: 64, role: 'flags' as const, fields: [{ name: 'CF', value: 1 }, { name: 'ZF', value: 1 }, { name: 'SF', value: 0 }] };
  assert.equal(registerText(rf), '0x0000000000000041 [CF ZF]');
});

// The rv32 backend and CPU together: hand-built IR functions compiled by the backend, linked by
// the test harness and run on the rv32 CPU (recursion, 32-bit edge cases, 10-argument calls,
// 64-bit pairs, variadic calls, block copies, switch, big frames, faults).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FnBuilder, link, callFn, LOC } from './rv32-harness';
import type { BinKind, CmpKind } from '../../emulator/compiler/ir';
import { MachineFault } from '../../emulator/isa/types';

test('recursive factorial', () => {
  const f = new FnBuilder('fact');
  const n = f.param();
  const one = f.c(1);
  const le = f.cmp('les', n, one);
  const base = f.label(), rec = f.label();
  f.emit({ op: 'branch', cond: le, ifTrue: base, ifFalse: rec });
  f.emit({ op: 'label', label: base }); f.ret(one);
  f.emit({ op: 'label', label: rec });
  const r = f.call('fact', [f.bin('sub', n, one)]);
  f.ret(f.bin('mul', n, r.lo));
  const l = link([f.build()]);
  assert.equal(callFn(l, 'fact', [10]).a0, 3628800);
  assert.equal(callFn(l, 'fact', [1]).a0, 1);
});

const I = (x: number): number => x | 0, U = (x: number): number => x >>> 0;
const BIN: [BinKind, (a: number, b: number) => number][] = [
  ['add', (a, b) => I(a + b)], ['sub', (a, b) => I(a - b)], ['mul', (a, b) => Math.imul(a, b)],
  ['mulhu', (a, b) => I(Number((BigInt(U(a)) * BigInt(U(b))) >> 32n))],
  ['divs', (a, b) => (a === -0x80000000 && b === -1 ? a : I(a / b))], ['divu', (a, b) => I(Math.floor(U(a) / U(b)))],
  ['rems', (a, b) => (b === -1 ? 0 : I(a % b))], ['remu', (a, b) => I(U(a) % U(b))],
  ['and', (a, b) => a & b], ['or', (a, b) => a | b], ['xor', (a, b) => a ^ b],
  ['shl', (a, b) => a << (b & 31)], ['shrs', (a, b) => a >> (b & 31)], ['shru', (a, b) => I(a >>> (b & 31))],
];
const CMP: [CmpKind, (a: number, b: number) => boolean][] = [
  ['eq', (a, b) => a === b], ['ne', (a, b) => a !== b], ['lts', (a, b) => a < b], ['les', (a, b) => a <= b],
  ['gts', (a, b) => a > b], ['ges', (a, b) => a >= b], ['ltu', (a, b) => U(a) < U(b)], ['leu', (a, b) => U(a) <= U(b)],
  ['gtu', (a, b) => U(a) > U(b)], ['geu', (a, b) => U(a) >= U(b)],
];
const VALUES = [0, 1, -1, 2, 7, -7, 31, 32, 33, 0x7fffffff, -0x80000000, 0x12345678, -0x12345678, 255, 65535];

test('32-bit arithmetic and comparisons match C semantics', () => {
  const fns = [...BIN, ...CMP].map(([k]) => {
    const f = new FnBuilder(`op_${k}`);
    const a = f.param(), b = f.param();
    f.ret(BIN.some((x) => x[0] === k) ? f.bin(k as BinKind, a, b) : f.cmp(k as CmpKind, a, b));
    return f.build();
  });
  const l = link(fns);
  for (const [k, fn] of BIN) for (const a of VALUES) for (const b of VALUES) {
    if ((k === 'divs' || k === 'divu' || k === 'rems' || k === 'remu') && b === 0) continue;
    assert.equal(callFn(l, `op_${k}`, [a, b]).a0, fn(a, b), `${a} ${k} ${b}`);
  }
  for (const [k, fn] of CMP) for (const a of VALUES) for (const b of VALUES) {
    assert.equal(callFn(l, `op_${k}`, [a, b]).a0, fn(a, b) ? 1 : 0, `${a} ${k} ${b}`);
  }
});

test('neg, not, ext', () => {
  const cases: [string, (f: FnBuilder, a: number) => number, (a: number) => number][] = [
    ['neg', (f, a) => { const d = f.t(); f.emit({ op: 'neg', dst: d, a }); return d; }, (a) => I(-a)],
    ['not', (f, a) => { const d = f.t(); f.emit({ op: 'not', dst: d, a }); return d; }, (a) => ~a],
    ...([[8, true], [8, false], [16, true], [16, false], [1, false], [1, true], [32, true]] as [1 | 8 | 16 | 32, boolean][]).map(([bits, signed]) =>
      [`ext${bits}${signed ? 's' : 'u'}`, (f: FnBuilder, a: number) => { const d = f.t(); f.emit({ op: 'ext', dst: d, a, bits, signed }); return d; },
        (a: number) => (signed ? (a << (32 - bits)) >> (32 - bits) : bits === 32 ? a : I((a << (32 - bits)) >>> (32 - bits)))] as [string, (f: FnBuilder, a: number) => number, (a: number) => number]),
  ];
  const l = link(cases.map(([name, mk]) => { const f = new FnBuilder(name); f.ret(mk(f, f.param())); return f.build(); }));
  for (const [name, , fn] of cases) for (const a of [...VALUES, 0x80, 0xff80, 0x1ff]) assert.equal(callFn(l, name, [a]).a0, fn(a), `${name}(${a})`);
});

test('calls with 10 arguments (8 in registers, 2 on the stack)', () => {
  const callee = new FnBuilder('weighted');
  const ps = Array.from({ length: 10 }, () => callee.param());
  let acc = callee.c(0);
  ps.forEach((p, i) => { acc = callee.bin('add', acc, callee.bin('mul', p, callee.c(i + 1))); });
  callee.ret(acc);
  const caller = new FnBuilder('caller');
  const args = Array.from({ length: 10 }, (_, i) => caller.c(100 * (i + 1) + i));
  caller.ret(caller.call('weighted', args).lo);
  const l = link([callee.build(), caller.build()]);
  const want = Array.from({ length: 10 }, (_, i) => (100 * (i + 1) + i) * (i + 1)).reduce((x, y) => x + y);
  assert.equal(callFn(l, 'caller').a0, want);
});

test('64-bit pairs: a7/stack split and results in a0/a1', () => {
  // callee(i32 x6, long long y (a6,a7), long long z (stack, 8-aligned)) returns pair (y.lo+z.lo, y.hi+z.hi)
  const f = new FnBuilder('pairs');
  for (let i = 0; i < 6; i++) f.param();
  const ys = f.slot(8, 8), zs = f.slot(8, 8);
  const ylo = f.param(4, 'lo', ys), yhi = f.param(4, 'hi', ys);
  const zlo = f.param(4, 'lo', zs), zhi = f.param(4, 'hi', zs);
  f.ret(f.bin('add', ylo, zlo), f.bin('add', yhi, zhi));
  const g = new FnBuilder('pcaller');
  const args = [1, 2, 3, 4, 5].map((v) => g.c(v));
  args.push(g.c(6));
  const r = g.call('pairs', [...args, { t: g.c(10), ty: 'i32', part: 'lo' }, { t: g.c(20), ty: 'i32', part: 'hi' },
    { t: g.c(30), ty: 'i32', part: 'lo' }, { t: g.c(40), ty: 'i32', part: 'hi' }], 10, true);
  g.ret(r.lo, r.hi!);
  const l = link([f.build('pair'), g.build('pair')]);
  const res = callFn(l, 'pcaller');
  assert.deepEqual([res.a0, res.a1], [40, 60]);
});

test('variadic calls: sum(n, ...) with arguments on the stack and an even-aligned 64-bit value', () => {
  // sum(n, ...): adds n ints read from va_start
  const f = new FnBuilder('sum', true);
  const n = f.param();
  const ap = f.t(); f.emit({ op: 'vastart', dst: ap });
  const ps = f.slot(4), is = f.slot(4), accs = f.slot(4);
  const pa = f.t(); f.emit({ op: 'slotaddr', dst: pa, slot: ps });
  const ia = f.t(); f.emit({ op: 'slotaddr', dst: ia, slot: is });
  const aa = f.t(); f.emit({ op: 'slotaddr', dst: aa, slot: accs });
  const zero = f.c(0), four = f.c(4), one = f.c(1);
  f.emit({ op: 'store', addr: pa, offset: 0, src: ap, size: 4 });
  f.emit({ op: 'store', addr: ia, offset: 0, src: zero, size: 4 });
  f.emit({ op: 'store', addr: aa, offset: 0, src: zero, size: 4 });
  const top = f.label(), body = f.label(), done = f.label();
  f.emit({ op: 'label', label: top });
  const i = f.t(); f.emit({ op: 'load', dst: i, addr: ia, offset: 0, size: 4, signed: true });
  f.emit({ op: 'branch', cond: f.cmp('lts', i, n), ifTrue: body, ifFalse: done });
  f.emit({ op: 'label', label: body });
  const p = f.t(); f.emit({ op: 'load', dst: p, addr: pa, offset: 0, size: 4, signed: true });
  const v = f.t(); f.emit({ op: 'load', dst: v, addr: p, offset: 0, size: 4, signed: true });
  const acc = f.t(); f.emit({ op: 'load', dst: acc, addr: aa, offset: 0, size: 4, signed: true });
  f.emit({ op: 'store', addr: aa, offset: 0, src: f.bin('add', acc, v), size: 4 });
  f.emit({ op: 'store', addr: pa, offset: 0, src: f.bin('add', p, four), size: 4 });
  f.emit({ op: 'store', addr: ia, offset: 0, src: f.bin('add', i, one), size: 4 });
  f.emit({ op: 'jump', target: top });
  f.emit({ op: 'label', label: done });
  const res = f.t(); f.emit({ op: 'load', dst: res, addr: aa, offset: 0, size: 4, signed: true });
  f.ret(res);
  // hi64(a, ...): the 64-bit variadic value after one named int starts at a2 (even) -> ap+4 is padding
  const h = new FnBuilder('hi64', true);
  h.param();
  const hap = h.t(); h.emit({ op: 'vastart', dst: hap });
  const hv = h.t(); h.emit({ op: 'load', dst: hv, addr: hap, offset: 4, size: 4, signed: true });
  h.ret(hv);
  const g = new FnBuilder('vcaller');
  const vals = Array.from({ length: 11 }, (_, k) => g.c(k * k + 1));
  const s1 = g.call('sum', [g.c(11), ...vals], 1).lo;
  const s2 = g.call('hi64', [g.c(1), { t: g.c(0x1111), ty: 'i32', part: 'lo' }, { t: g.c(0x2222), ty: 'i32', part: 'hi' }], 1).lo;
  g.ret(g.bin('add', g.bin('mul', s1, g.c(0x10000)), s2));
  const l = link([f.build(), h.build(), g.build()]);
  const want = Array.from({ length: 11 }, (_, k) => k * k + 1).reduce((x, y) => x + y);
  assert.equal(callFn(l, 'vcaller').a0, want * 0x10000 + 0x1111);
});

test('copymem, zeromem, narrow loads and stores, switch, large frames', () => {
  const f = new FnBuilder('mem');
  const big = f.slot(6000, 4), small = f.slot(7, 1);
  const b = f.t(); f.emit({ op: 'slotaddr', dst: b, slot: big });
  const s = f.t(); f.emit({ op: 'slotaddr', dst: s, slot: small });
  for (let k = 0; k < 7; k++) f.emit({ op: 'store', addr: s, offset: k, src: f.c(0xf0 + k), size: 1 });
  f.emit({ op: 'zeromem', dst: b, size: 6000, align: 4 });
  f.emit({ op: 'copymem', dst: b, src: s, size: 7, align: 1 });
  const b2 = f.bin('add', b, f.c(4000));
  f.emit({ op: 'copymem', dst: b2, src: b, size: 2000, align: 4 });
  f.emit({ op: 'store', addr: b, offset: 5998, src: f.c(-2), size: 2 });
  const x = f.t(); f.emit({ op: 'load', dst: x, addr: b2, offset: 6, size: 1, signed: true });    // 0xf6 -> -10
  const y = f.t(); f.emit({ op: 'load', dst: y, addr: b, offset: 5998, size: 2, signed: false }); // 0xfffe
  const z = f.t(); f.emit({ op: 'load', dst: z, addr: b2, offset: 1000, size: 4, signed: false }); // 0 (zeroed)
  const sum = f.bin('add', f.bin('add', x, y), z);
  const l1 = f.label(), l2 = f.label(), l3 = f.label();
  f.emit({ op: 'switch', value: sum, cases: [{ value: 1n, target: l1 }, { value: BigInt(0xfffe - 10), target: l2 }], dflt: l3 });
  f.emit({ op: 'label', label: l1 }); f.ret(f.c(1));
  f.emit({ op: 'label', label: l2 }); f.ret(f.c(2));
  f.emit({ op: 'label', label: l3 }); f.ret(sum);
  const l = link([f.build()]);
  assert.equal(callFn(l, 'mem').a0, 2);
});

test('function pointers, symbols and syscalls', () => {
  const sq = new FnBuilder('sq'); const a = sq.param(); sq.ret(sq.bin('mul', a, a));
  const g = new FnBuilder('fp');
  const p = g.t(); g.emit({ op: 'symaddr', dst: p, sym: 'sq', offset: 0 });
  const r = g.call(p, [g.c(12)]).lo;
  const buf = g.slot(4); const ba = g.t(); g.emit({ op: 'slotaddr', dst: ba, slot: buf });
  g.emit({ op: 'store', addr: ba, offset: 0, src: g.c(0x0a6b6f), size: 4 });   // "ok\n"
  const w = g.t(); g.emit({ op: 'syscall', dst: w, num: 64, args: [g.c(1), ba, g.c(3)] });
  g.ret(g.bin('add', r, w));
  const l = link([sq.build(), g.build()]);
  const res = callFn(l, 'fp');
  assert.equal(res.a0, 147);
  assert.equal(res.host.out, 'ok\n');
});

test('division by zero faults at the check; INT_MIN / -1 does not', () => {
  const f = new FnBuilder('dz'); const a = f.param(), b = f.param(); f.ret(f.bin('divs', a, b));
  const l = link([f.build()]);
  assert.equal(callFn(l, 'dz', [-0x80000000, -1]).a0, -0x80000000);
  assert.throws(() => callFn(l, 'dz', [5, 0]), (e: unknown) => e instanceof MachineFault && e.kind === 'division by zero');
});

test('line table, points, call records and frame facts', () => {
  const f = new FnBuilder('dbg');
  f.points.push({ id: 'dbg:2:3', kind: 'stmt', loc: LOC });
  f.emit({ op: 'point', point: 0, loc: { file: 't.c', line: 2, col: 3 } });
  const r = f.call('dbg2', [f.c(1)]);
  f.ret(r.lo);
  const g = new FnBuilder('dbg2'); g.ret(g.param());
  const l = link([f.build(), g.build()]);
  const af = l.fns.find((x) => x.name === 'dbg')!;
  assert.equal(af.points[0], af.prologueEnd);
  assert.equal(af.lines[0].line, 2);
  assert.equal(af.calls[0].ret, af.calls[0].at + 4);
  assert.equal(af.frameSize % 16, 0);
  assert.equal(callFn(l, 'dbg').a0, 1);
});

test('binary operators with a constant right operand (immediate forms)', () => {
  const ks = [0, 1, -1, 2, 31, 32, 33, 2047, -2048, 0x7ff0, 0x12345678];
  const fns = BIN.flatMap(([k]) => ks.map((c, j) => {
    const f = new FnBuilder(`imm_${k}_${j}`);
    const a = f.param();
    f.ret(f.bin(k, a, f.c(c)));
    return f.build();
  }));
  const l = link(fns);
  for (const [k, fn] of BIN) ks.forEach((c, j) => {
    if (c === 0 && ['divs', 'divu', 'rems', 'remu'].includes(k)) return;
    for (const a of VALUES) assert.equal(callFn(l, `imm_${k}_${j}`, [a]).a0, fn(a, c), `${a} ${k} ${c}`);
  });
});

test('register pressure: more live values than scratch registers spill and reload correctly', () => {
  const f = new FnBuilder('pressure');
  const a = f.param(), b = f.param();
  const vs = Array.from({ length: 14 }, (_, i) => f.bin(i % 2 ? 'mul' : 'add', a, f.bin('add', b, f.c(i * 3 + 1))));
  let acc = vs[vs.length - 1];
  for (let i = vs.length - 2; i >= 0; i--) acc = f.bin(i % 3 ? 'sub' : 'xor', acc, vs[i]);
  f.ret(acc);
  const l = link([f.build()]);
  for (const [x, y] of [[3, 4], [-7, 100], [0x12345, -99]]) {
    const v = Array.from({ length: 14 }, (_, i) => (i % 2 ? Math.imul(x, y + i * 3 + 1) : (x + y + i * 3 + 1) | 0));
    let want = v[13];
    for (let i = 12; i >= 0; i--) want = i % 3 ? (want - v[i]) | 0 : want ^ v[i];
    assert.equal(callFn(l, 'pressure', [x, y]).a0, want);
  }
});

test('temps live across a call keep a frame slot and survive the call', () => {
  const g = new FnBuilder('clobber');
  g.ret(g.bin('add', g.param(), g.c(1000)));
  const f = new FnBuilder('live');
  const a = f.param();
  const x = f.bin('mul', a, f.c(7));
  const r = f.call('clobber', [f.c(5)]);
  f.callSites[0].live = [x];
  f.ret(f.bin('add', x, r.lo));
  const l = link([g.build(), f.build()]);
  assert.equal(callFn(l, 'live', [6]).a0, 42 + 1005);
  const af = l.fns.find((fn) => fn.name === 'live')!;
  assert.equal(typeof af.tempOffsets[x], 'number');
});

test('calls with 20 arguments computed in the same segment (12 on the stack)', () => {
  const callee = new FnBuilder('many');
  const ps = Array.from({ length: 20 }, () => callee.param());
  let acc = callee.c(0);
  ps.forEach((p, i) => { acc = callee.bin('add', acc, callee.bin('mul', p, callee.c(i + 1))); });
  callee.ret(acc);
  const caller = new FnBuilder('caller20');
  const base = caller.param();
  const args = Array.from({ length: 20 }, (_, i) => caller.bin('add', base, caller.c(i * 11)));
  caller.ret(caller.call('many', args).lo);
  const l = link([callee.build(), caller.build()]);
  const want = Array.from({ length: 20 }, (_, i) => (5 + i * 11) * (i + 1)).reduce((x, y) => x + y);
  assert.equal(callFn(l, 'caller20', [5]).a0, want);
});

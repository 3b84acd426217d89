// The 68020 backend on hand-written IR, run on the 68020 CPU: recursion, 32-bit arithmetic edge
// cases (INT_MIN / -1, shifts by 31 and mod 32, unsigned compares, mulhu, remainders), narrow
// loads/stores and params, 10-argument and variadic calls, 64-bit pairs, switch, copymem/zeromem,
// big frames (32-bit displacements), syscalls, the entry stub, line/call/point records.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FB, link, callFn } from './m68k-testkit';
import { backend } from './m68k';
import { TestHost } from '../../isa/m68k/testing';
import { isa } from '../../isa/m68k/index';
import type { Mem } from '../../isa/types';

test('factorial by recursion', () => {
  const f = new FB('fact');
  const n = f.param();
  const L1 = f.label(), L2 = f.label();
  f.emit({ op: 'branch', cond: f.cmp('les', n, f.k(1)), ifTrue: L1, ifFalse: L2 });
  f.emit({ op: 'label', label: L1 }); f.ret(f.k(1));
  f.emit({ op: 'label', label: L2 });
  const r = f.call('fact', [f.bin('sub', n, f.k(1))]);
  f.ret(f.bin('mul', n, r));
  const l = link([f.fn]);
  assert.equal(callFn(l, 'fact', [10]).d0, 3628800);
  assert.equal(callFn(l, 'fact', [1]).d0, 1);
  assert.equal(callFn(l, 'fact', [12]).d0, 479001600);
});

/** a function of two ints returning `op(a, b)` */
function binFn(kind: Parameters<FB['bin']>[0] | 'cmp', cmpKind?: Parameters<FB['cmp']>[0]) {
  const f = new FB('f');
  const a = f.param(), b = f.param();
  f.ret(kind === 'cmp' ? f.cmp(cmpKind!, a, b) : f.bin(kind, a, b));
  return link([f.fn]);
}
const run2 = (l: ReturnType<typeof link>, a: number, b: number): number => callFn(l, 'f', [a, b]).d0;
const MIN = -0x80000000;

test('32-bit arithmetic edge cases', () => {
  assert.equal(run2(binFn('divs'), MIN, -1), MIN);
  assert.equal(run2(binFn('rems'), MIN, -1), 0);
  assert.equal(run2(binFn('divs'), -7, 2), -3);
  assert.equal(run2(binFn('rems'), -7, 2), -1);
  assert.equal(run2(binFn('divu'), -1, 2), 0x7fffffff);
  assert.equal(run2(binFn('remu'), -1, 10), 5);
  assert.equal(run2(binFn('mul'), 0x10000, 0x10000), 0);
  assert.equal(run2(binFn('mul'), -3, 7), -21);
  assert.equal(run2(binFn('mulhu'), -1, -1) >>> 0, 0xfffffffe);
  assert.equal(run2(binFn('mulhu'), 0x10000, 0x10000), 1);
  assert.equal(run2(binFn('shl'), 1, 31), MIN);
  assert.equal(run2(binFn('shl'), 1, 33), 2);                 // count mod 32
  assert.equal(run2(binFn('shrs'), MIN, 31), -1);
  assert.equal(run2(binFn('shru'), MIN, 31), 1);
  assert.equal(run2(binFn('shru'), -1, 32), -1);              // 32 mod 32 = 0
  assert.equal(run2(binFn('xor'), 0x0f0f, 0xff), 0x0ff0);
  assert.equal(run2(binFn('sub'), MIN, 1), 0x7fffffff);
  assert.equal(run2(binFn('cmp', 'ltu'), 1, -1), 1);
  assert.equal(run2(binFn('cmp', 'lts'), 1, -1), 0);
  assert.equal(run2(binFn('cmp', 'geu'), -1, 1), 1);
  assert.equal(run2(binFn('cmp', 'gtu'), 5, 5), 0);
  assert.equal(run2(binFn('cmp', 'leu'), 5, 5), 1);
  assert.equal(run2(binFn('cmp', 'ges'), MIN, 0), 0);
  assert.equal(run2(binFn('cmp', 'gts'), 0, MIN), 1);
  assert.equal(run2(binFn('cmp', 'eq'), 3, 3), 1);
  assert.equal(run2(binFn('cmp', 'ne'), 3, 3), 0);
});

test('division by zero faults', () => {
  assert.throws(() => run2(binFn('divs'), 1, 0), (e: Error & { kind?: string }) => e.kind === 'division by zero');
});

test('neg, not, ext', () => {
  const f = new FB('f');
  const a = f.param();
  const out = [f.temp(), f.temp(), f.temp(), f.temp(), f.temp(), f.temp(), f.temp()];
  f.emit({ op: 'neg', dst: out[0], a }); f.emit({ op: 'not', dst: out[1], a });
  f.emit({ op: 'ext', dst: out[2], a, bits: 8, signed: true }); f.emit({ op: 'ext', dst: out[3], a, bits: 8, signed: false });
  f.emit({ op: 'ext', dst: out[4], a, bits: 16, signed: true }); f.emit({ op: 'ext', dst: out[5], a, bits: 16, signed: false });
  f.emit({ op: 'ext', dst: out[6], a, bits: 1, signed: true });
  const g = new FB('g'); g.param();
  // select output k by a second function that switches on k
  const k = f.param();
  const labels = out.map(() => f.label()), dflt = f.label();
  f.emit({ op: 'switch', value: k, cases: out.map((_, i) => ({ value: BigInt(i), target: labels[i] })), dflt });
  out.forEach((t, i) => { f.emit({ op: 'label', label: labels[i] }); f.ret(t); });
  f.emit({ op: 'label', label: dflt }); f.ret(f.k(-99));
  const l = link([f.fn]);
  const v = 0x12348681;
  const got = out.map((_, i) => callFn(l, 'f', [v, i]).d0);
  assert.deepEqual(got, [-v, ~v, -127, 0x81, (0x8681 << 16) >> 16, 0x8681, -1]);
  assert.equal(callFn(l, 'f', [v, 7]).d0, -99);
});

test('narrow parameters, loads and stores', () => {
  const f = new FB('f');
  const c = f.param(1, true), s = f.param(2, false), buf = f.slot(8);
  const p = f.temp();
  f.emit({ op: 'slotaddr', dst: p, slot: buf });
  f.emit({ op: 'store', addr: p, offset: 0, src: f.k(0x11223344), size: 4 });
  f.emit({ op: 'store', addr: p, offset: 1, src: c, size: 1 });
  f.emit({ op: 'store', addr: p, offset: 4, src: s, size: 2 });
  const w = f.temp(), h = f.temp(), hs = f.temp();
  f.emit({ op: 'load', dst: w, addr: p, offset: 0, size: 4, signed: false });
  f.emit({ op: 'load', dst: h, addr: p, offset: 4, size: 2, signed: false });
  f.emit({ op: 'load', dst: hs, addr: p, offset: 4, size: 2, signed: true });
  f.ret(f.bin('add', f.bin('xor', w, c), f.bin('add', h, hs)));
  const l = link([f.fn]);
  // c = (char)0x80 = -128 passed as an int word; s = 0x8001
  const r = callFn(l, 'f', [-128, 0x8001]).d0;
  assert.equal(r, ((0x11803344 ^ -128) + 0x8001 + (0x8001 - 0x10000)) | 0);
});

test('calls with 10 arguments keep their order', () => {
  const callee = new FB('callee');
  const ps = Array.from({ length: 10 }, () => callee.param());
  let acc = callee.k(0);
  ps.forEach((p, i) => { acc = callee.bin('add', acc, callee.bin('mul', p, callee.k(i + 1))); });
  callee.ret(acc);
  const caller = new FB('caller');
  const base = caller.param();
  const args = Array.from({ length: 10 }, (_, i) => caller.bin('add', base, caller.k(i)));
  caller.ret(caller.call('callee', args));
  const l = link([caller.fn, callee.fn]);
  const expect = Array.from({ length: 10 }, (_, i) => (100 + i) * (i + 1)).reduce((a, b) => a + b);
  assert.equal(callFn(l, 'caller', [100]).d0, expect);
});

test('variadic calls: vastart is the first variadic word', () => {
  const sum = new FB('sum', 'i32', true);
  const n = sum.param();
  const ap = sum.temp(); sum.emit({ op: 'vastart', dst: ap });
  // sum of n variadic ints: loop
  const acc = sum.slot(4), apS = sum.slot(4), iS = sum.slot(4);
  const st = (slot: number, v: number): void => { const a = sum.temp(); sum.emit({ op: 'slotaddr', dst: a, slot }); sum.emit({ op: 'store', addr: a, offset: 0, src: v, size: 4 }); };
  const ld = (slot: number): number => { const a = sum.temp(), t = sum.temp(); sum.emit({ op: 'slotaddr', dst: a, slot }); sum.emit({ op: 'load', dst: t, addr: a, offset: 0, size: 4, signed: true }); return t; };
  st(acc, sum.k(0)); st(apS, ap); st(iS, sum.k(0));
  const top = sum.label(), body = sum.label(), done = sum.label();
  sum.emit({ op: 'label', label: top });
  sum.emit({ op: 'branch', cond: sum.cmp('lts', ld(iS), n), ifTrue: body, ifFalse: done });
  sum.emit({ op: 'label', label: body });
  const p = ld(apS), v = sum.temp();
  sum.emit({ op: 'load', dst: v, addr: p, offset: 0, size: 4, signed: true });
  st(acc, sum.bin('add', ld(acc), v)); st(apS, sum.bin('add', p, sum.k(4))); st(iS, sum.bin('add', ld(iS), sum.k(1)));
  sum.emit({ op: 'jump', target: top });
  sum.emit({ op: 'label', label: done });
  sum.ret(ld(acc));
  const main = new FB('main');
  const t = main.temp(), site = 0;
  main.fn.callSites.push({ id: 'main@call0', loc: main.fn.loc, synthetic: false, live: [] });
  const args = [main.k(4), main.k(10), main.k(-20), main.k(300), main.k(4000)];
  main.emit({ op: 'call', dst: t, callee: { sym: 'sum' }, args: args.map((a) => ({ t: a, ty: 'i32' as const })), fixedArgs: 1, site });
  main.ret(t);
  const l = link([main.fn, sum.fn]);
  assert.equal(callFn(l, 'main', []).d0, 4290);
});

test('64-bit pairs: parameters high word first, results in d0:d1', () => {
  const f = new FB('swap64', 'pair');
  const [lo, hi] = f.param64();
  const [lo2, hi2] = f.param64();
  f.ret(f.bin('add', lo, lo2), f.bin('add', hi, hi2));       // (hi:lo) + (hi2:lo2) without carry
  const caller = new FB('caller', 'pair');
  const dst = caller.temp(), dstHi = caller.temp();
  caller.fn.callSites.push({ id: 'caller@call0', loc: caller.fn.loc, synthetic: false, live: [] });
  caller.emit({ op: 'call', dst, dstHi, callee: { sym: 'swap64' }, fixedArgs: 4, site: 0,
    args: [{ t: caller.k(1), ty: 'i32', part: 'lo' }, { t: caller.k(0x100), ty: 'i32', part: 'hi' },
      { t: caller.k(2), ty: 'i32', part: 'lo' }, { t: caller.k(0x200), ty: 'i32', part: 'hi' }] });
  caller.ret(dst, dstHi);
  const l = link([caller.fn, f.fn]);
  const r = callFn(l, 'caller', []);
  assert.equal(r.d0, 0x300);
  assert.equal(r.d1, 3);
  // direct: the stack words are hi, lo, hi2, lo2
  const d = callFn(l, 'swap64', [0x10, 0x20, 0x30, 0x40]);
  assert.deepEqual([d.d0, d.d1], [0x40, 0x60]);
});

test('copymem, zeromem and a big frame (32-bit displacements)', () => {
  for (const size of [3, 7, 16, 37, 200]) {
    const f = new FB('f');
    const big = f.slot(40000), a = f.slot(size), b = f.slot(size);
    const pa = f.temp(), pb = f.temp(), pbig = f.temp();
    f.emit({ op: 'slotaddr', dst: pa, slot: a }); f.emit({ op: 'slotaddr', dst: pb, slot: b }); f.emit({ op: 'slotaddr', dst: pbig, slot: big });
    for (let k = 0; k < size; k++) f.emit({ op: 'store', addr: pa, offset: k, src: f.k(k + 1), size: 1 });
    f.emit({ op: 'zeromem', dst: pb, size, align: 1 });
    f.emit({ op: 'store', addr: pbig, offset: 39996, src: f.k(5), size: 4 });
    f.emit({ op: 'copymem', dst: pb, src: pa, size, align: 1 });
    let acc = f.k(0);
    for (let k = 0; k < size; k++) { const t = f.temp(); f.emit({ op: 'load', dst: t, addr: pb, offset: k, size: 1, signed: false }); acc = f.bin('add', acc, t); }
    const t = f.temp(); f.emit({ op: 'load', dst: t, addr: pbig, offset: 39996, size: 4, signed: false });
    f.ret(f.bin('add', acc, t));
    const l = link([f.fn]);
    assert.equal(callFn(l, 'f', []).d0, (size * (size + 1)) / 2 + 5, `size ${size}`);
  }
});

test('indirect calls, symaddr and syscalls', () => {
  const g = new FB('g'); const x = g.param(); g.ret(g.bin('mul', x, g.k(3)));
  const f = new FB('f');
  const fp = f.temp(); f.emit({ op: 'symaddr', dst: fp, sym: 'g', offset: 0 });
  const r = f.temp();
  f.fn.callSites.push({ id: 'f@call0', loc: f.fn.loc, synthetic: false, live: [] });
  f.emit({ op: 'call', dst: r, callee: { temp: fp }, args: [{ t: f.k(14), ty: 'i32' }], fixedArgs: 1, site: 0 });
  const buf = f.temp(); f.emit({ op: 'symaddr', dst: buf, sym: 'buf', offset: 4 });
  f.emit({ op: 'store', addr: buf, offset: 0, src: r, size: 4 });
  const sc = f.temp();
  f.emit({ op: 'syscall', dst: sc, num: 0x5305, args: [f.k(1), f.k(2), f.k(3), f.k(4), f.k(5), f.k(6)] });
  f.ret(f.bin('add', sc, f.k(0)));
  const l = link([f.fn, g.fn], ['buf']);
  const host = new TestHost(l.mem, (num, args) => (num === 0x5305 ? args.reduce((a, b) => a + b) : undefined));
  const res = callFn(l, 'f', [], host);
  assert.equal(res.d0, 21);
  assert.equal(l.mem.read32(l.syms.get('buf')! + 4), 42);
  assert.deepEqual(host.calls[0].args, [1, 2, 3, 4, 5, 6]);
  const asm = l.asm.get('f')!;
  assert.equal(asm.calls.length, 1);
  assert.equal(asm.calls[0].ret - asm.calls[0].at, 2);          // jsr (a0)
});

test('callee-saved registers used by syscalls are preserved', () => {
  const f = new FB('f');
  const sc = f.temp();
  f.emit({ op: 'syscall', dst: sc, num: 1000, args: [f.k(1), f.k(2), f.k(3), f.k(4)] });
  f.ret(sc);
  const l = link([f.fn]);
  const host = new TestHost(l.mem, () => 0);
  const res = callFn(l, 'f', [], host);
  for (const r of ['d2', 'd3', 'd4']) assert.equal(res.cpu.getReg(r), 0, `${r} restored`);
});

test('entry stub, records and disassembly of emitted code', () => {
  const f = new FB('main');
  f.emit({ op: 'point', point: 0 });
  f.fn.points.push({ id: 'main:1:1', kind: 'stmt', loc: f.fn.loc });
  f.ret(f.k(7));
  const start = new FB('__shuttle_start', 'void');
  const argc = start.param(), argv = start.param();
  void argv;
  const r = start.call('main', []);
  const sc = start.temp();
  start.emit({ op: 'syscall', dst: sc, num: 1, args: [start.bin('add', r, argc)] });
  start.ret();
  const stub = backend.entryStub();
  const l = link([start.fn, f.fn]);
  const at = 0x18000;
  l.mem.map(at, stub.code.length);
  const code = stub.code.slice();
  for (const rel of stub.relocs) backend.applyReloc(code, rel, at + rel.offset, l.syms.get(rel.sym)!);
  l.mem.load(at, code);
  l.mem.map(0x7ff00000, 0x10000);
  l.mem.write32(0x7ff08000, 2);                                     // argc = 2
  const host = new TestHost(l.mem);
  const cpu = isa.createCpu(l.mem, host);
  cpu.pc = at; cpu.setReg('sp', 0x7ff08000);
  assert.equal(cpu.run(100000), 'host');
  assert.equal(host.exitCode, 9);
  const asm = l.asm.get('main')!;
  assert.equal(asm.points.length, 1);
  assert.ok(asm.points[0] >= asm.prologueEnd);
  assert.ok(asm.lines.length > 0 && asm.lines.every((e, k) => k === 0 || e.offset > asm.lines[k - 1].offset));
  // every instruction of every function disassembles (no illegal encodings)
  for (const [name, a] of l.asm) {
    const base = l.syms.get(name)!;
    for (let p = base; p < base + a.code.length;) {
      const d = isa.disassemble(l.mem as Mem, p);
      assert.ok(!d.illegal, `${name}+${p - base}: illegal`);
      p += d.length;
    }
  }
});

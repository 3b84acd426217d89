// Tests of legalize.ts on hand-built IR: every 64-bit operation, run through the IR interpreter
// before and after legalization on both byte orders, must agree with BigInt arithmetic.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BinKind, CmpKind, Instr, IRFunction, IRModule, TempInfo, Ty } from './ir';
import { interpretIR } from './ir-interp';
import { legalize } from './legalize';
import { computeLiveness } from './liveness';
import { type DataModel, ILP32_BE_M68K, ILP32_LE } from './types';

const loc = { file: 't.c', line: 1, col: 1 };
const VALUES = [0n, 1n, 2n, 31n, 32n, 33n, 63n, 0x7fffffffn, 0x80000000n, 0xffffffffn, 0x100000000n,
  0x123456789abcdef0n, -1n, -2n, -0x80000000n, -0x8000000000000000n, 0x7fffffffffffffffn, 0xfedcba9876543210n];

function fnOf(name: string, params: Ty[], temps: TempInfo[], body: Instr[], ret: Ty | 'void'): IRFunction {
  return {
    name, isStatic: false, runtime: false, ret, variadic: false,
    params: params.map((ty, i) => ({ slot: i, ty, size: ty === 'i64' ? 8 : 4 })),
    slots: params.map((ty) => ({ size: ty === 'i64' ? 8 : 4, align: 4, role: 'param' as const })),
    temps, body, points: [], callSites: [], labels: 8, loc, endLoc: loc,
  };
}

function modOf(fns: IRFunction[]): IRModule {
  return { file: 't.c', dataModel: 'x', functions: fns, data: [], externs: [], types: [{ kind: 'void' }] };
}

/** f(a, b): loads both parameters (so shift amounts are variable) and applies `op` to them. */
function binaryFn(mk: (a: number, b: number, d: number) => Instr[], dty: Ty, constB?: bigint): IRFunction {
  const temps: TempInfo[] = [{ ty: 'i32' }, { ty: 'i32' }, { ty: 'i64' }, { ty: 'i64' }, { ty: dty }];
  const body: Instr[] = [
    { op: 'slotaddr', dst: 0, slot: 0 }, { op: 'slotaddr', dst: 1, slot: 1 },
    { op: 'load', dst: 2, addr: 0, offset: 0, size: 8, signed: false },
    constB === undefined ? { op: 'load', dst: 3, addr: 1, offset: 0, size: 8, signed: false } : { op: 'const', dst: 3, value: constB },
    ...mk(2, 3, 4), { op: 'ret', value: 4 },
  ];
  return fnOf('f', ['i64', 'i64'], temps, body, dty);
}

function runBoth(build: () => IRFunction, args: bigint[], dm: DataModel): [bigint | undefined, bigint | undefined] {
  const plain = modOf([build()]);
  const r1 = interpretIR([plain], dm, 'f', { args, memSize: 0x40000 }).ret;
  const leg = modOf([build()]);
  legalize(leg, dm);
  for (const f of leg.functions) computeLiveness(f);
  const split = args.flatMap((v) => [BigInt.asUintN(32, v), BigInt.asUintN(32, BigInt.asUintN(64, v) >> 32n)]);
  const r2 = interpretIR([leg, modOf(divHelpers())], dm, 'f', { args: split, memSize: 0x40000 }).ret;
  return [r1, r2];
}

const u64 = (v: bigint): bigint => BigInt.asUintN(64, v);
const s64 = (v: bigint): bigint => BigInt.asIntN(64, v);

const REF: Record<string, (a: bigint, b: bigint) => bigint> = {
  add: (a, b) => a + b, sub: (a, b) => a - b, mul: (a, b) => a * b, and: (a, b) => a & b, or: (a, b) => a | b,
  xor: (a, b) => a ^ b, shl: (a, b) => a << (u64(b) & 63n), shru: (a, b) => u64(a) >> (u64(b) & 63n),
  shrs: (a, b) => s64(a) >> (u64(b) & 63n),
  divs: (a, b) => s64(a) / s64(b), divu: (a, b) => u64(a) / u64(b), rems: (a, b) => s64(a) % s64(b), remu: (a, b) => u64(a) % u64(b),
};

/** IR helpers standing in for the runtime's __shuttle_*di3: four i32 halves in, i64 out. */
function divHelpers(): IRFunction[] {
  const names: [string, BinKind][] = [['__shuttle_divdi3', 'divs'], ['__shuttle_udivdi3', 'divu'], ['__shuttle_moddi3', 'rems'], ['__shuttle_umoddi3', 'remu']];
  return names.map(([name, kind]) => {
    const temps: TempInfo[] = Array.from({ length: 16 }, (_, i) => ({ ty: i < 5 ? 'i32' : 'i64' } as TempInfo));
    const body: Instr[] = [];
    for (let k = 0; k < 4; k++) {
      body.push({ op: 'slotaddr', dst: 0, slot: k }, { op: 'load', dst: k + 1, addr: 0, offset: 0, size: 4, signed: false });
    }
    body.push({ op: 'widen', dst: 5, a: 1, signed: false }, { op: 'widen', dst: 6, a: 2, signed: false },
      { op: 'const', dst: 7, value: 32n }, { op: 'bin', kind: 'shl', dst: 8, a: 6, b: 7 }, { op: 'bin', kind: 'or', dst: 9, a: 8, b: 5 },
      { op: 'widen', dst: 10, a: 3, signed: false }, { op: 'widen', dst: 11, a: 4, signed: false },
      { op: 'bin', kind: 'shl', dst: 12, a: 11, b: 7 }, { op: 'bin', kind: 'or', dst: 13, a: 12, b: 10 },
      { op: 'bin', kind, dst: 14, a: 9, b: 13 }, { op: 'ret', value: 14 });
    const f = fnOf(name, ['i32', 'i32', 'i32', 'i32'], temps, body, 'i64');
    f.ret = 'pair';
    return f;
  });
}

for (const dm of [ILP32_LE, ILP32_BE_M68K]) {
  test(`64-bit binary operators agree after legalization (${dm.name})`, () => {
    for (const kind of Object.keys(REF) as BinKind[]) {
      for (const a of VALUES) for (const b of VALUES) {
        const isDiv = kind.startsWith('div') || kind.startsWith('rem');
        if (isDiv && u64(b) === 0n) continue;
        if (isDiv && kind.endsWith('s') && s64(a) === -(1n << 63n) && s64(b) === -1n) continue;
        const want = u64(REF[kind](a, b));
        const mk = (x: number, y: number, d: number): Instr[] => [{ op: 'bin', kind, dst: d, a: x, b: y }];
        const [r1, r2] = runBoth(() => binaryFn(mk, 'i64'), [a, b], dm);
        assert.equal(r1, want, `${kind} ${a} ${b} unlegalized`);
        assert.equal(r2, want, `${kind} ${a} ${b} legalized`);
        const inPlace = (x: number, y: number, d: number): Instr[] => [{ op: 'bin', kind, dst: x, a: x, b: y }, { op: 'copy', dst: d, a: x }];
        const [p1, p2] = runBoth(() => binaryFn(inPlace, 'i64'), [a, b], dm);
        assert.equal(p1, want, `${kind} ${a} ${b} in place`);
        assert.equal(p2, want, `${kind} ${a} ${b} in place, legalized`);
        if (kind.startsWith('sh')) {
          const [c1, c2] = runBoth(() => binaryFn(mk, 'i64', b), [a, 0n], dm);
          assert.equal(c1, want, `${kind} ${a} by constant ${b}`);
          assert.equal(c2, want, `${kind} ${a} by constant ${b} legalized`);
        }
      }
    }
  });

  test(`64-bit comparisons agree after legalization (${dm.name})`, () => {
    const kinds: CmpKind[] = ['eq', 'ne', 'lts', 'les', 'gts', 'ges', 'ltu', 'leu', 'gtu', 'geu'];
    for (const kind of kinds) for (const a of VALUES) for (const b of [...VALUES.slice(0, 6), a, a + 1n, a - 1n]) {
      const mk = (x: number, y: number, d: number): Instr[] => [{ op: 'cmp', kind, dst: d, a: x, b: y }];
      const [r1, r2] = runBoth(() => binaryFn(mk, 'i32'), [a, b], dm);
      const sa = s64(a), sb = s64(b), ua = u64(a), ub = u64(b);
      const want = ({ eq: ua === ub, ne: ua !== ub, lts: sa < sb, les: sa <= sb, gts: sa > sb, ges: sa >= sb,
        ltu: ua < ub, leu: ua <= ub, gtu: ua > ub, geu: ua >= ub })[kind] ? 1n : 0n;
      assert.equal(r1, want, `${kind} ${a} ${b}`);
      assert.equal(r2, want, `${kind} ${a} ${b} legalized`);
    }
  });

  test(`64-bit unary, extension and truncation agree after legalization (${dm.name})`, () => {
    const cases: [string, (x: number, y: number, d: number) => Instr[], Ty, (a: bigint) => bigint][] = [
      ['neg', (x, _y, d) => [{ op: 'neg', dst: d, a: x }], 'i64', (a) => -a],
      ['not', (x, _y, d) => [{ op: 'not', dst: d, a: x }], 'i64', (a) => ~a],
      ['ext8s', (x, _y, d) => [{ op: 'ext', dst: d, a: x, bits: 8, signed: true }], 'i64', (a) => BigInt.asIntN(8, a)],
      ['ext16u', (x, _y, d) => [{ op: 'ext', dst: d, a: x, bits: 16, signed: false }], 'i64', (a) => BigInt.asUintN(16, a)],
      ['ext32s', (x, _y, d) => [{ op: 'ext', dst: d, a: x, bits: 32, signed: true }], 'i64', (a) => BigInt.asIntN(32, a)],
      ['trunc', (x, _y, d) => [{ op: 'trunc', dst: d, a: x }], 'i32', (a) => BigInt.asUintN(32, a)],
    ];
    for (const [name, mk, ty, ref] of cases) for (const a of VALUES) {
      const want = BigInt.asUintN(ty === 'i64' ? 64 : 32, ref(a));
      const [r1, r2] = runBoth(() => binaryFn(mk, ty), [a, 0n], dm);
      assert.equal(r1, want, `${name} ${a}`);
      assert.equal(r2, want, `${name} ${a} legalized`);
    }
  });

  test(`64-bit switch, widen and split stores agree after legalization (${dm.name})`, () => {
    for (const a of VALUES) {
      // switch (a) { case VALUES[9]: return 1; case -1: return 2; default: return 3 }, stored through memory
      const build = (): IRFunction => {
        const temps: TempInfo[] = [{ ty: 'i32' }, { ty: 'i32' }, { ty: 'i64' }, { ty: 'i64' }, { ty: 'i64' }, { ty: 'i32' }, { ty: 'i64' }];
        const body: Instr[] = [
          { op: 'slotaddr', dst: 0, slot: 0 }, { op: 'load', dst: 2, addr: 0, offset: 0, size: 8, signed: false },
          { op: 'slotaddr', dst: 1, slot: 1 }, { op: 'store', addr: 1, offset: 0, src: 2, size: 8 },
          { op: 'load', dst: 3, addr: 1, offset: 0, size: 8, signed: false },
          { op: 'switch', value: 3, cases: [{ value: VALUES[9], target: 1 }, { value: -1n, target: 2 }], dflt: 3 },
          { op: 'label', label: 1 }, { op: 'const', dst: 5, value: 1n }, { op: 'jump', target: 4 },
          { op: 'label', label: 2 }, { op: 'const', dst: 5, value: -2n }, { op: 'jump', target: 4 },
          { op: 'label', label: 3 }, { op: 'load', dst: 5, addr: 1, offset: 0, size: 2, signed: true },
          { op: 'label', label: 4 }, { op: 'widen', dst: 6, a: 5, signed: true },
          { op: 'bin', kind: 'add', dst: 4, a: 6, b: 3 }, { op: 'ret', value: 4 },
        ];
        return fnOf('f', ['i64', 'i64'], temps, body, 'i64');
      };
      const low16 = BigInt.asIntN(16, dm.bigEndian ? u64(a) >> 48n : a);
      const sel = u64(a) === VALUES[9] ? 1n : u64(a) === u64(-1n) ? -2n : low16;
      const want = u64(sel + a);
      const [r1, r2] = runBoth(build, [a, 0n], dm);
      assert.equal(r1, want, `switch ${a}`);
      assert.equal(r2, want, `switch ${a} legalized`);
    }
  });
}

test('legalize splits params, results and call arguments into parts and marks helper calls synthetic', () => {
  const mk = (x: number, y: number, d: number): Instr[] => [{ op: 'bin', kind: 'divs', dst: d, a: x, b: y }];
  const mod = modOf([binaryFn(mk, 'i64')]);
  legalize(mod, ILP32_LE);
  const f = mod.functions[0];
  assert.deepEqual(f.params.map((p) => p.part), ['lo', 'hi', 'lo', 'hi']);
  assert.equal(f.ret, 'pair');
  assert.ok(f.temps.every((t) => t.ty === 'i32'));
  assert.deepEqual(f.callSites.map((c) => [c.id, c.synthetic]), [['f@helper1', true]]);
  assert.deepEqual(mod.externs, ['__shuttle_divdi3']);
  const hi = f.temps.findIndex((t) => t.part === 'hi' && t.whole === 2);
  assert.ok(hi > 0, 'the high half of temp 2 names it as its whole');
});

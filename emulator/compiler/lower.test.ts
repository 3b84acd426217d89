// Tests of lowerUnit's output shape (slots, points, call sites, types, data, externs) and of
// focused semantics on the IR interpreter: integer conversions of every width, pointers,
// structs by value, switch fall-through, goto, recursion, 64-bit arithmetic legalized or not.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IRFunction, IRModule } from './ir';
import { SHUTTLE_SYSCALLS } from './ir';
import { CompileError } from './diagnostics';
import { interpretIR, M68K_SYSCALLS, RV32_SYSCALLS } from './ir-interp';
import { liveOut } from './liveness';
import { formatModule } from './lower-print';
import { lowerSource, runProgram, runtimeModules } from './lower-testkit';
import { listPrograms } from '../../test/helpers/programs';
import { type DataModel, ILP32_BE_M68K, ILP32_LE, LP64_LE } from './types';

const fnNamed = (m: IRModule, name: string): IRFunction => {
  const f = m.functions.find((x) => x.name === name);
  assert.ok(f, `function ${name}`);
  return f;
};

/** Run on both data models, legalized and not, and require identical output everywhere. */
function runAll(src: string, want: string, exit = 0): void {
  const modes: [DataModel, boolean][] = [[ILP32_LE, true], [ILP32_LE, false], [ILP32_BE_M68K, true], [ILP32_BE_M68K, false]];
  for (const [dm, legal] of modes) {
    const r = runProgram(src, dm, legal);
    assert.equal(r.stdout, want, `${dm.name} legalized=${legal}`);
    assert.equal(r.exitCode, exit, `${dm.name} legalized=${legal} exit`);
  }
}

test('statement points, call sites and home slots', () => {
  const src = [
    'int g(int x) { return x + 1; }',       // 1
    'int main(void) {',                     // 2
    '  int a = 1, b;',                      // 3
    '  b = g(a) + g(2);',                   // 4
    '  { a = b; }',                         // 5
    'done: return a;',                      // 6
    '}',
  ].join('\n');
  const m = lowerSource(src, 'p.c', ILP32_LE, false, true);
  const main = fnNamed(m, 'main');
  assert.deepEqual(main.points.map((p) => p.id), ['main:3:7', 'main:4:3', 'main:5:5', 'main:6:7', 'main:7:1']);
  assert.ok(main.points.every((p) => p.kind === 'stmt'));
  assert.deepEqual(main.callSites.map((c) => c.id), ['main@call1', 'main@call2']);
  assert.ok(main.callSites.every((c) => !c.synthetic));
  const vars = main.slots.filter((s) => s.role === 'var').map((s) => s.name);
  assert.deepEqual(vars, ['a', 'b']);
  assert.ok(main.body.every((i) => i.loc !== undefined), 'every instruction has a location');
  // the first g() result is live across the second call
  assert.equal(main.callSites[1].live.length, 1);
  assert.equal(main.callSites[0].live.length, 0);
  const g = fnNamed(m, 'g');
  assert.deepEqual(g.params.map((p) => [g.slots[p.slot].name, p.ty, p.size]), [['x', 'i32', 4]]);
});

test('runtime modules have no points and are marked runtime', () => {
  const m = lowerSource('int f(int x) { int y = x; return y; }', 'rt.c', ILP32_LE, true, true);
  assert.equal(m.functions[0].points.length, 0);
  assert.equal(m.functions[0].runtime, true);
  assert.ok(!m.functions[0].body.some((i) => i.op === 'point'));
});

test('migrate() calls get a migrate point right before the call', () => {
  const src = '#include <shuttle.h>\nint main(void) {\n  migrate("m68k");\n  migration_point();\n  return 0;\n}';
  const m = lowerSource(src, 'p.c', ILP32_LE, false, true);
  const main = fnNamed(m, 'main');
  assert.deepEqual(main.points.map((p) => [p.id, p.kind]),
    [['main:3:3', 'stmt'], ['main:3:3#2', 'migrate'], ['main:4:3', 'stmt'], ['main:4:3#2', 'migrate'], ['main:5:3', 'stmt']]);
  const k = main.body.findIndex((i) => i.op === 'point' && i.point === 1);
  assert.equal(main.body[k + 1].op, 'call');
  assert.ok(m.externs.includes('migrate') && m.externs.includes('migration_point'));
});

test('typed malloc gets an allocType syscall with the type id right before the call', () => {
  const src = '#include <stdlib.h>\nstruct node { int v; struct node *next; };\n' +
    'int main(void) { struct node *n = malloc(sizeof(struct node)); n->v = 1; return 0; }';
  const m = lowerSource(src, 'p.c', ILP32_LE, false, true);
  const body = fnNamed(m, 'main').body;
  const k = body.findIndex((i) => i.op === 'syscall' && i.num === SHUTTLE_SYSCALLS.allocType);
  assert.ok(k >= 0, 'allocType syscall');
  const sc = body[k];
  assert.ok(sc.op === 'syscall');
  const idDef = body.find((i) => i.op === 'const' && i.dst === sc.args[0]);
  assert.ok(idDef && idDef.op === 'const');
  const t = m.types[Number(idDef.value)];
  assert.ok(t.kind === 'struct' && t.tag === 'node');
  const next = body.slice(k + 1).find((i) => i.op !== 'label');
  assert.ok(next && next.op === 'call' && 'sym' in next.callee && next.callee.sym === 'malloc');
  assert.equal(m.types[0].kind, 'void');
});

test('globals: bytes in the target byte order, relocations, sections, string literals', () => {
  const src = 'int x = 0x01020304; short s[2] = {1, -2}; int z; const char *p = "hi"; int *q = &x + 1;\n' +
    'static const int k = 7; int main(void) { return x + k; }';
  for (const dm of [ILP32_LE, ILP32_BE_M68K]) {
    const m = lowerSource(src, 'p.c', dm, false, true);
    const d = (n: string) => { const r = m.data.find((x) => x.cname === n); assert.ok(r, n); return r; };
    assert.deepEqual([...d('x').bytes!], dm.bigEndian ? [1, 2, 3, 4] : [4, 3, 2, 1]);
    assert.deepEqual([...d('s').bytes!], dm.bigEndian ? [0, 1, 0xff, 0xfe] : [1, 0, 0xfe, 0xff]);
    assert.equal(d('z').section, 'bss');
    assert.equal(d('k').section, 'rodata');
    assert.equal(d('k').isStatic, true);
    const p = d('p');
    assert.equal(p.relocs.length, 1);
    const str = m.data.find((x) => x.name === p.relocs[0].sym);
    assert.ok(str && str.section === 'rodata' && str.cname === undefined);
    assert.deepEqual([...str.bytes!], [104, 105, 0]);
    assert.deepEqual(d('q').relocs, [{ offset: 0, sym: 'x', addend: 4, size: 4 }]);
  }
});

test('integer conversions of every width', () => {
  const src = `#include <stdio.h>
int main(void) {
  signed char sc = -3; unsigned char uc = 250; short ss = -30000; unsigned short us = 65000;
  int i = -100000; unsigned u = 4000000000u; long long ll = -5; unsigned long long ull = 18000000000000000000ull;
  _Bool b = 256;
  sc = sc * 100; uc = uc + 10; ss = ss - 10000; us = us + 1000;
  printf("%d %d %d %d %d\\n", sc, uc, ss, us, b);
  printf("%d %u %lld %llu\\n", (signed char)i, (unsigned short)i, (long long)u, (unsigned long long)i);
  printf("%lld %lld %d %u\\n", ll * 3000000000ll, (long long)(unsigned)i, (int)ull, (unsigned)(ull >> 33));
  printf("%d %d %d\\n", (short)65535, (unsigned char)-1, (_Bool)0.0 == 0);
  return 0;
}`;
  void src;
  const src2 = src.replace(', (_Bool)0.0 == 0', ', (_Bool)(ll + 5) == 0');
  runAll(src2, '-44 4 25536 464 1\n96 31072 4000000000 18446744073709451616\n' +
    '-15000000000 4294867296 -989331456 2095475792\n-1 255 1\n');
});

test('64-bit arithmetic: multiply, divide, shifts, compares', () => {
  const src = `#include <stdio.h>
long long f(long long a, long long b) { return a * b + (a / b) - (a % b); }
int main(void) {
  long long a = 123456789012345ll, b = -987654321ll;
  unsigned long long u = 0xfedcba9876543210ull;
  int n;
  printf("%lld\\n", f(a, b));
  for (n = 0; n < 64; n += 13) printf("%llx %llx %lld\\n", u << n, u >> n, (long long)u >> n);
  printf("%d %d %d %d\\n", a < b, a > b, (unsigned long long)b > u, -a == -123456789012345ll);
  printf("%llu %llu\\n", u / 1000000007ull, u % 1000000007ull);
  return 0;
}`;
  const A = 123456789012345n, B = -987654321n, U = 0xfedcba9876543210n;
  const u64 = (v: bigint) => BigInt.asUintN(64, v);
  let want = `${BigInt.asIntN(64, A * B + A / B - A % B)}\n`;
  for (let n = 0n; n < 64n; n += 13n) want += `${u64(U << n).toString(16)} ${(U >> n).toString(16)} ${BigInt.asIntN(64, U) >> n}\n`;
  want += `0 1 1 1\n${U / 1000000007n} ${U % 1000000007n}\n`;
  runAll(src, want);
});

test('pointers, arrays, structs by value, unions', () => {
  const src = `#include <stdio.h>
struct pt { char tag; int x, y; };
struct pt mk(int x, int y) { struct pt p; p.tag = 'p'; p.x = x; p.y = y; return p; }
int sum(struct pt p) { p.x += 100; return p.x + p.y; }
int main(void) {
  struct pt a = mk(3, 4), b;
  int arr[5] = {1, 2, 3}, *q = arr + 4, m[2][3] = {{1, 2, 3}, {4, 5, 6}};
  union { int i; unsigned char c[4]; } un;
  b = a;
  b.x = 10;
  printf("%c %d %d %d %d\\n", a.tag, a.x, sum(a), a.x, b.x);
  *q = 9; q[-1] = 8;
  printf("%d %d %d %d %d %d\\n", arr[0], arr[2], arr[3], arr[4], (int)(q - arr), m[1][2] + m[0][1]);
  un.i = 0; un.c[0] = 1;
  printf("%d\\n", un.i == 1 || un.i == 0x01000000);
  return mk(1, 2).y;
}`;
  runAll(src, 'p 3 107 3 10\n1 3 8 9 4 8\n1\n', 2);
});

test('switch with fall-through, goto, recursion, short-circuit, static locals', () => {
  const src = `#include <stdio.h>
static int calls;
int fib(int n) { calls++; return n < 2 ? n : fib(n - 1) + fib(n - 2); }
int counter(void) { static int c = 10; return c++; }
int classify(int v) {
  int r = 0;
  switch (v) {
  case 1: r += 1;
  case 2: r += 2; break;
  case 3: { r = 30; goto out; }
  default: r = -1;
  case 4: r *= 5;
  }
out:
  return r;
}
int main(void) {
  int i, z = 0;
  for (i = 0; i < 6; i++) printf("%d ", classify(i));
  printf("\\n%d %d\\n", fib(15), calls);
  counter(); counter();
  printf("%d\\n", counter());
  if (z && fib(1000)) printf("bad\\n");
  if (!z || fib(1000)) printf("ok\\n");
  i = 0;
loop:
  if (++i < 5) goto loop;
  do { i += 10; if (i > 30) break; } while (1);
  printf("%d\\n", i);
  return 0;
}`;
  runAll(src, '-5 3 2 30 0 -5 \n610 1973\n12\nok\n35\n');
});

test('LP64: pointers and long are i64, and programs still run unlegalized', () => {
  const src = '#include <stdio.h>\nint main(void) { long x = 1L << 40; int a[3] = {1, 2, 3}; int *p = a + 2;\n' +
    '  printf("%ld %d %d\\n", x, *p, (int)(p - a)); return sizeof(long) + sizeof(p); }';
  const m = lowerSource(src, 'p.c', LP64_LE, false, false);
  const main = fnNamed(m, 'main');
  assert.ok(main.body.some((i) => i.op === 'slotaddr' && main.temps[i.dst].ty === 'i64'));
  const r = runProgram(src, LP64_LE, false);
  assert.equal(r.stdout, '1099511627776 3 2\n');
  assert.equal(r.exitCode, 16);
});

test('a non-constant syscall number is a positioned compile error', () => {
  const src = 'int f(int n) {\n  return __syscall(n, 1);\n}';
  assert.throws(() => lowerSource(src, 'rt.c', ILP32_LE, true, true), (e: unknown) => {
    assert.ok(e instanceof CompileError);
    assert.match(e.message, /^rt\.c:2:\d+: error: the syscall number must be an integer constant/);
    return true;
  });
});

test('variadic runtime functions: va_start/va_arg over 32- and 64-bit arguments', () => {
  const src = `#include <stdarg.h>
#include <stdio.h>
long long sum(int n, ...) {
  va_list ap; long long s = 0; int i;
  va_start(ap, n);
  for (i = 0; i < n; i++) s += (i & 1) ? va_arg(ap, long long) : va_arg(ap, int);
  va_end(ap);
  return s;
}
int main(void) { printf("%lld\\n", sum(4, 1, 10000000000ll, -3, -20000000000ll)); return 0; }`;
  for (const [dm, legal] of [[ILP32_LE, true], [ILP32_BE_M68K, true], [ILP32_LE, false]] as const) {
    const mod = lowerSource(src, 'rt.c', dm, true, legal);
    const r = interpretIR([mod, ...runtimeModules(dm, legal)], dm, 'main', { syscalls: dm.bigEndian ? M68K_SYSCALLS : RV32_SYSCALLS });
    assert.equal(r.stdout, '-10000000002\n', `${dm.name} ${legal}`);
  }
});

test('no temp is live at any statement point, and every temp live across a call has an origin', () => {
  for (const p of listPrograms()) {
    for (const dm of [ILP32_LE, ILP32_BE_M68K]) {
      const m = lowerSource(p.source, `${p.name}.c`, dm, false, true);
      for (const fn of m.functions) {
        const out = liveOut(fn);
        fn.body.forEach((i, k) => {
          if (i.op !== 'point' || fn.points[i.point].kind !== 'stmt') return;
          assert.deepEqual([...out[k]], [], `${p.name} ${fn.points[i.point].id}`);
        });
        for (const cs of fn.callSites) for (const t of cs.live) {
          const ti = fn.temps[t];
          const origin = ti.origin ?? (ti.whole !== undefined ? fn.temps[ti.whole].origin : undefined);
          assert.ok(origin !== undefined, `${p.name} ${cs.id}: live temp ${t} names its source expression`);
        }
        const ids = fn.points.map((x) => x.id);
        assert.equal(new Set(ids).size, ids.length, `${p.name}: point ids are unique in ${fn.name}`);
      }
    }
  }
});

test('points, call sites and live values are the same on both data models (what migration pairs up)', () => {
  const shape = (m: IRModule) => m.functions.map((fn) => ({
    fn: fn.name,
    points: fn.points.map((p) => p.id),
    calls: fn.callSites.map((c) => [c.id, c.synthetic, c.live.map((t) => `${fn.temps[t].origin}:${fn.temps[t].part ?? ''}`)]),
    vars: fn.slots.filter((s) => s.role === 'var' || s.role === 'param').map((s) => s.name),
  }));
  for (const p of listPrograms()) {
    const a = lowerSource(p.source, `${p.name}.c`, ILP32_LE, false, true);
    const b = lowerSource(p.source, `${p.name}.c`, ILP32_BE_M68K, false, true);
    assert.deepEqual(shape(a), shape(b), p.name);
  }
});

test('the IR listing names functions, slots, points and call sites', () => {
  const m = lowerSource('int g(int x) { return x; }\nint main(void) {\n  return g(1);\n}', 'p.c', ILP32_BE_M68K, false, true);
  const text = formatModule(m);
  for (const want of ['func main() -> i32', 'point main:3:3 (stmt)', 'call g(', '; main@call1', 'slot $0 param x : int']) {
    assert.ok(text.includes(want), `listing contains ${JSON.stringify(want)}:\n${text}`);
  }
});

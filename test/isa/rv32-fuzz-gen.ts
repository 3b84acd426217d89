// Random C programs for differential testing of the rv32 backend (see rv32-fuzz.test.ts):
// integer expressions with every operator (no undefined behaviour: guarded division, masked
// shifts, -fwrapv for the oracle), calls inside expressions, 10-argument calls, 64-bit values,
// function pointers, arrays, structs and switch fall-through. Deterministic per seed.

export function makeRng(seed: number): (n: number) => number {
  let s = seed;
  return (n) => { s = (s * 1103515245 + 12345) & 0x7fffffff; return s % n; };
}

/** straight-line integer arithmetic in 6 functions, called over edge-case arguments */
export function exprProgram(seed: number): string {
  const rnd = makeRng(seed);
  const vars = ['a', 'b', 'c', 'd', 'u', 'v', 's', 'ch'];
  function expr(depth: number): string {
    if (depth <= 0 || rnd(4) === 0) {
      if (rnd(3) === 0) return String([0, 1, 2, 3, 7, 31, 255, 1000, -1, -5, 65535, 0x7fffffff][rnd(12)]);
      return vars[rnd(vars.length)];
    }
    const x = expr(depth - 1), y = expr(depth - 1);
    switch (rnd(16)) {
      case 0: return `(${x} + ${y})`; case 1: return `(${x} - ${y})`; case 2: return `(${x} * ${y})`;
      case 3: return `((${y}) ? (int)(${x}) / (int)((${y}) | 1) : 0)`;
      case 4: return `((unsigned)(${x}) % ((unsigned)(${y}) | 1u))`;
      case 5: return `((unsigned)(${x}) << ((${y}) & 31))`; case 6: return `((int)(${x}) >> ((${y}) & 31))`;
      case 7: return `((unsigned)(${x}) >> ((${y}) & 31))`;
      case 8: return `(${x} & ${y})`; case 9: return `(${x} | ${y})`; case 10: return `(${x} ^ ${y})`;
      case 11: return `(${x} < ${y})`; case 12: return `((unsigned)(${x}) >= (unsigned)(${y}))`;
      case 13: return `(${x} ? ${y} : ${expr(depth - 1)})`;
      case 14: return `(short)(${x})`; default: return `(signed char)(${x} + ${y})`;
    }
  }
  const fns: string[] = [];
  for (let f = 0; f < 6; f++) {
    const body: string[] = [];
    for (let k = 0; k < 5; k++) body.push(`  ${['a', 'b', 'c', 'd', 'u', 'v', 's', 'ch'][rnd(8)]} = ${expr(4)};`);
    fns.push(`int f${f}(int a, int b, unsigned u, short s, unsigned char ch, long long w) {
    int c = a ^ 0x55, d = b * 3; unsigned v = u + 7; int i;
    for (i = 0; i < (a & 7); i++) { c += ${expr(3)}; if (c & 1) d ^= ${expr(2)}; }
  ${body.join('\n')}
    w = w * ${expr(2)} + (long long)${expr(2)};
    return (int)(a + b + c + d + u + v + s + ch + (int)(w >> 7) + (int)w);
  }`);
  }
  return (`#include <stdio.h>
  ${fns.join('\n')}
  int main(void) {
    int vals[] = {0, 1, -1, 7, -100, 0x7fffffff, (int)0x80000000, 12345, 255, -256};
    int i, j;
    for (i = 0; i < 10; i++) for (j = 0; j < 10; j += 3) {
  ${fns.map((_, f) => `    printf("%d ", f${f}(vals[i], vals[j], (unsigned)vals[j] * 3u, (short)vals[i], (unsigned char)vals[j], (long long)vals[i] * 1000003LL));`).join('\n')}
      printf("\\n");
    }
    return 0;
  }`);
}

/** calls inside expressions, pointers, structs, 64-bit values, switch */
export function callProgram(seed: number): string {
  const rnd = makeRng(seed);
  const V = ['x', 'y', 'z', 'arr[x & 7]', 'p->a', 'p->b', 'q[1]', '(int)ll'];
  function e(d: number): string {
    if (d <= 0 || rnd(5) === 0) return rnd(3) ? V[rnd(V.length)] : String(rnd(200) - 100);
    const a = e(d - 1), b = e(d - 1);
    switch (rnd(12)) {
      case 0: return `g1(${a})`; case 1: return `g2(${a}, ${b})`; case 2: return `g10(${a}, ${b}, 3, ${e(d - 2)}, 5, 6, 7, ${a}, 9, ${b})`;
      case 3: return `(${a} + ${b})`; case 4: return `(${a} * ${b})`; case 5: return `(${a} - g1(${b}))`;
      case 6: return `(${a} ? ${b} : g1(${e(d - 1)}))`; case 7: return `(${a} < ${b} && g1(${a}) > 3)`;
      case 8: return `(${a} ^ (${b} >> 3))`; case 9: return `(int)(sum64(${a}, (long long)${b} << 20) >> 5)`;
      case 10: return `fp[(${a}) & 1](${b})`; default: return `(${a} | ${b}) % 1000`;
    }
  }
  const stmts: string[] = [];
  for (let i = 0; i < 12; i++) {
    const t = ['x', 'y', 'z', 'arr[(x + ' + i + ') & 7]', 'p->a', 'p->b', 'q[0]', 'll'][rnd(8)];
    stmts.push(rnd(4) === 0 ? `switch (${e(1)} & 3) { case 0: ${t} = ${e(3)}; case 1: ${t} += 1; break; default: ${t} ^= ${e(2)}; }` : `${t} = ${e(4)};`);
    stmts.push(`printf("%d %d %d %d %d %lld\\n", x, y, z, arr[3], p->b, ll);`);
  }
  return (`#include <stdio.h>
  struct S { int a; char c; int b; };
  static int calls;
  int g1(int v) { calls++; return v * 3 - 1; }
  int g2(int a, int b) { return a - 2 * b; }
  int g10(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j) { return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10; }
  long long sum64(int a, long long b) { return a + b; }
  int neg(int v) { return -v; }
  int (*fp[2])(int) = { g1, neg };
  int main(void) {
    int x = 5, y = -3, z = 100, arr[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    struct S s = { 10, 'c', 20 }, *p = &s; int q[2] = { 7, 9 }; long long ll = 123456789012LL;
    ${stmts.join('\n  ')}
    printf("calls %d\\n", calls);
    return 0;
  }`);
}

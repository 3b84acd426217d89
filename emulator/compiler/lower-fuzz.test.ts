// Differential tests of the lowering: random programs run on the IR interpreter (both byte
// orders, legalized or not) and compiled by the host gcc with -fwrapv must print the same.
// 1. integer expressions: every integer type, conversions, arithmetic, shifts, compares, logical
//    and conditional operators, compound assignment, ++/--;
// 2. control flow and memory: nested if/for/while/do, switch with fall-through, break/continue,
//    forward goto, arrays, pointers, struct values passed and returned.
// Skipped when gcc is not installed. SHUTTLE_FUZZ_SEEDS=N runs more programs.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { runProgram } from './lower-testkit';
import { ILP32_BE_M68K, ILP32_LE } from './types';

const hasGcc = spawnSync('gcc', ['--version']).status === 0;
const SEEDS = Number(process.env.SHUTTLE_FUZZ_SEEDS ?? 12);

const TYPES = ['signed char', 'unsigned char', 'short', 'unsigned short', 'int', 'unsigned', 'long long', 'unsigned long long', '_Bool'];
const VALUES = ['0', '1', '-1', '127', '-128', '255', '32767', '-32768', '65535', '2147483647', '(-2147483647-1)', '4294967295u',
  '0x7fffffffffffffffll', '0x8000000000000000ull', '123456789', '-987654321', '0x123456789abcdefll', '77', '-3'];

/** A deterministic random C program for `seed`, free of undefined behaviour under -fwrapv. */
function fuzzProgram(seed: number): string {
  let s = seed;
  const rnd = (n: number): number => { s = (s * 1103515245 + 12345) & 0x7fffffff; return s % n; };
  const pick = <T>(xs: T[]): T => xs[rnd(xs.length)];
  const names = Array.from({ length: 10 }, (_, i) => `v${i}`);
  const decls = names.map((n) => { const t = pick(TYPES); return `  ${t} ${n} = (${t})${pick(VALUES)};\n`; }).join('');
  const expr = (d: number): string => {
    if (d <= 0 || rnd(4) === 0) return pick(names);
    switch (rnd(9)) {
      case 0: case 1: return `(${expr(d - 1)} ${pick(['+', '-', '*', '&', '|', '^'])} ${expr(d - 1)})`;
      case 2: return `(${expr(d - 1)} ${pick(['==', '!=', '<', '<=', '>', '>='])} ${expr(d - 1)})`;
      case 3: return `(${expr(d - 1)} ${pick(['<<', '>>'])} ((${expr(d - 1)}) & 15))`;
      case 4: return `(long long)((unsigned long long)${expr(d - 1)} ${pick(['/', '%'])} ((unsigned long long)(${expr(d - 1)}) | 1))`;
      case 5: return `((${pick(TYPES)})${expr(d - 1)})`;
      case 6: return `(${pick(['-', '~', '!'])}${expr(d - 1)})`;
      case 7: return `(${expr(d - 1)} ? ${expr(d - 1)} : ${expr(d - 1)})`;
      default: return `(${expr(d - 1)} ${pick(['&&', '||'])} ${expr(d - 1)})`;
    }
  };
  let body = '';
  for (let i = 0; i < 25; i++) {
    body += `  r = (unsigned long long)(${expr(4)}); printf("%d %llu\\n", ${i}, r);\n`;
    if (rnd(3) === 0) body += `  ${pick(names)} ${pick(['+=', '-=', '*=', '^=', '|=', '&='])} ${expr(2)};\n`;
    if (rnd(4) === 0) { const n = pick(names); body += `  ${pick(['++', '--'])}${n}; ${n}${pick(['++', '--'])};\n`; }
  }
  body += `  printf("${names.map(() => '%llu').join(' ')}\\n", ${names.map((n) => `(unsigned long long)${n}`).join(', ')});\n`;
  return `#include <stdio.h>\nint main(void) {\n  unsigned long long r;\n${decls}${body}  return 0;\n}\n`;
}

/** A deterministic random program of nested statements over ints, an array, pointers and a struct. */
function flowProgram(seed: number): string {
  let s = seed, lab = 0, loopVar = 0;
  const rnd = (n: number): number => { s = (s * 1103515245 + 12345) & 0x7fffffff; return s % n; };
  const pick = <T>(xs: T[]): T => xs[rnd(xs.length)];
  const ivars = ['a', 'b', 'c', 'd'];
  const e = (d: number): string => {
    if (d <= 0 || rnd(3) === 0) return pick([...ivars, String(rnd(20) - 5), `arr[${rnd(8)}]`, 's.x', `s.y[${rnd(3)}]`, '*p', 'p[1]', 'q->x', 'sum']);
    switch (rnd(6)) {
      case 0: return `(${e(d - 1)} ${pick(['+', '-', '*', '&', '|', '^'])} ${e(d - 1)})`;
      case 1: return `(${e(d - 1)} ${pick(['<', '>', '==', '!=', '<=', '>='])} ${e(d - 1)})`;
      case 2: return `(${e(d - 1)} ? ${e(d - 1)} : ${e(d - 1)})`;
      case 3: return `f(${e(d - 1)}, ${e(d - 1)})`;
      case 4: return `g(s, ${e(d - 1)}).x`;
      default: return `(${e(d - 1)} ${pick(['&&', '||'])} ${e(d - 1)})`;
    }
  };
  const lv = (): string => pick([...ivars, `arr[(${e(1)}) & 7]`, 's.x', `s.y[${rnd(3)}]`, '*p', 'p[1]', 'q->x', 'sum']);
  const st = (d: number, inLoop: boolean): string => {
    switch (rnd(d <= 0 ? 3 : 11)) {
      case 0: case 1: return `${lv()} ${pick(['=', '+=', '-=', '^=', '|='])} ${e(2)};`;
      case 2: return `sum += ${e(2)}; p = &arr[(${e(1)}) & 6];`;
      case 3: return `if (${e(2)}) { ${st(d - 1, inLoop)} } else { ${st(d - 1, inLoop)} }`;
      case 4: { const v = `i${loopVar++}`; return `{ int ${v}; for (${v} = 0; ${v} < ${rnd(5) + 1}; ${v}++) { ${st(d - 1, true)} ${st(d - 1, true)} } }`; }
      case 5: { const v = `w${loopVar++}`; return `{ int ${v} = ${rnd(4) + 1}; while (${v}-- > 0) { ${st(d - 1, true)} } }`; }
      case 6: { const v = `x${loopVar++}`; return `{ int ${v} = 0; do { ${st(d - 1, true)} } while (++${v} < ${rnd(3) + 1}); }`; }
      case 7: return `switch ((${e(2)}) & 3) { case 0: ${st(d - 1, inLoop)} case 1: ${st(d - 1, inLoop)} break; case 3: { ${st(d - 1, inLoop)} } default: ${st(d - 1, inLoop)} }`;
      case 8: return inLoop ? pick(['if (sum & 1) continue;', 'if ((sum & 3) == 2) break;', 'sum++;']) : `sum ^= ${e(1)};`;
      case 9: { const l = `L${lab++}`; return `if (${e(1)}) goto ${l}; ${st(d - 1, inLoop)} ${l}: sum += 3;`; }
      default: return `s = g(s, ${e(1)}); t = s; t.x++; sum += t.x + t.y[2];`;
    }
  };
  let body = '';
  for (let i = 0; i < 8; i++) body += `  ${st(3, false)}\n  printf("%d %d %d %d %d %d %d\\n", a, b, c, d, sum, s.x, arr[${i}]);\n`;
  return `#include <stdio.h>
struct S { int x; int y[3]; };
static int f(int u, int v) { return (u * 3) ^ (v - 1); }
static struct S g(struct S in, int k) { in.x += k; in.y[k & 1] -= in.x; return in; }
int main(void) {
  int a = 1, b = -2, c = 3, d = 40, sum = 0, arr[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  struct S s = {5, {1, 2, 3}}, t, *q = &s;
  int *p = arr;
${body}  return 0;
}
`;
}

for (const [name, gen] of [['integer expressions', fuzzProgram], ['control flow and memory', flowProgram]] as const) {
  test(`random programs (${name}) agree with gcc -fwrapv`, { skip: hasGcc ? false : 'gcc not installed' }, () => {
    differential(gen);
  });
}

function differential(gen: (seed: number) => string): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuttle-fuzz-'));
  try {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const src = gen(seed);
      const c = path.join(dir, 'f.c'), exe = path.join(dir, 'f');
      fs.writeFileSync(c, src);
      execFileSync('gcc', ['-w', '-fwrapv', '-o', exe, c]);
      const want = execFileSync(exe, { encoding: 'latin1' });
      for (const [dm, legal] of [[ILP32_LE, true], [ILP32_LE, false], [ILP32_BE_M68K, true]] as const) {
        assert.equal(runProgram(src, dm, legal).stdout, want, `seed ${seed}, ${dm.name}, legalized ${legal}:\n${src}`);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

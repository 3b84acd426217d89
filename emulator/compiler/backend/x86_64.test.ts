// The x86-64 backend's conventions, checked on its output for small functions: the frame
// (push %rbp; mov %rsp,%rbp; sub), home slots below rbp, 16-byte alignment at calls and the
// call sites' spOffset, register and stack arguments, variadic arguments always on the stack,
// the entry stub, relocations; regressions for constants read in every operand position; and
// every instruction of every test program within the subset the shared contract allows.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lowerSource } from '../lower-testkit';
import { LP64_LE } from '../types';
import { backend } from './x86_64';
import { applyX86Reloc } from './x86_64-asm';
import { runProgram } from '../lower-testkit';
import { getIsa, isIsaId } from '../../isa/index';
import { loadElf, readElf } from '../../machine/loader';
import { listPrograms } from '../../../test/helpers/programs';
import { compile } from '../index';
import { Machine } from '../../machine/machine';

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(' ');

function compileFn(src: string, name: string, system = false): ReturnType<typeof backend.compileFunction> {
  const mod = lowerSource(src, 'f.c', LP64_LE, system, false);
  const fn = mod.functions.find((f) => f.name === name)!;
  return backend.compileFunction(fn, mod);
}

test('prologue and epilogue: push %rbp; mov %rsp,%rbp; sub $N,%rsp … leave; ret', () => {
  const f = compileFn('int f(int a, long b) { int x = a; return x + (int)b; }', 'f');
  assert.equal(hex(f.code.subarray(0, 4)), '55 48 89 e5');
  assert.equal(f.code[4], 0x48);                                 // sub $N,%rsp (REX.W)
  assert.equal(hex(f.code.subarray(f.code.length - 2)), 'c9 c3');
  assert.equal(f.frameSize % 16, 0);
  assert.equal(f.spOffset, -f.frameSize);
  assert.ok(f.slotOffsets.every((o) => o < 0 && o >= -f.frameSize), 'home slots below rbp, inside the frame');
  assert.ok(f.prologueEnd > 8);
});

test('arguments: six in registers, the rest on the stack; spOffset at the call counts the pushes and the pad', () => {
  const src = 'long g(long a, long b, long c, long d, long e, long f, long h);\n' +
    'long f(void) { return g(1, 2, 3, 4, 5, 6, 7); }\nlong k(void) { return g(1, 2, 3, 4, 5, 6, 0) + 1; }';
  const f = compileFn(src, 'f');
  assert.equal(f.calls.length, 1);
  // one stack argument: 8 bytes pushed after an 8-byte pad keeps rsp 16-aligned at the call
  assert.equal(f.calls[0].spOffset, -f.frameSize - 16);
  assert.equal(f.code[f.calls[0].at], 0xe8, 'call rel32');
  assert.equal(f.calls[0].ret, f.calls[0].at + 5);
  assert.deepEqual(f.relocs.filter((r) => r.sym === 'g').map((r) => [r.kind, r.offset]), [['pc32', f.calls[0].at + 1]]);
});

test('variadic arguments go on the stack after the named ones', () => {
  const src = '#include <stdio.h>\nint f(void) { return printf("%d %ld\\n", 1, 2L); }';
  const f = compileFn(src, 'f');
  // two variadic 8-byte slots: 16 bytes, no pad
  assert.equal(f.calls[0].spOffset, -f.frameSize - 16);
});

test('the entry stub reads argc and argv the way Linux x86-64 leaves them and calls __shuttle_start', () => {
  const s = backend.entryStub();
  // xor %ebp,%ebp; mov (%rsp),%rdi; lea 8(%rsp),%rsi; and $-16,%rsp; call …
  assert.equal(hex(s.code.subarray(0, 17)), '31 ed 48 8b 3c 24 48 8d 74 24 08 48 83 e4 f0 e8 00');
  assert.deepEqual(s.relocs.map((r) => r.sym), ['__shuttle_start']);
});

test('applyReloc: pc32 is relative to the end of the field; abs64 writes 8 bytes', () => {
  const code = new Uint8Array(16);
  applyX86Reloc(code, { offset: 1, kind: 'pc32', sym: 's', addend: 0 }, 0x10001, 0x10000);
  assert.equal(hex(code.subarray(1, 5)), 'fb ff ff ff');            // 0x10000 - (0x10001 + 4) = -5
  applyX86Reloc(code, { offset: 8, kind: 'abs64', sym: 's', addend: 4 }, 0, 0x12345678);
  assert.equal(hex(code.subarray(8, 16)), '7c 56 34 12 00 00 00 00');
  assert.throws(() => applyX86Reloc(code, { offset: 0, kind: 'weird', sym: 's', addend: 0 }, 0, 0), /unknown relocation/);
});

/** constants as branch conditions, truncated, widened and called: each once a miscompile */
const CONSTANTS = `#include <stdio.h>
typedef long (*fp)(long);
static long twice(long x) { return 2 * x; }
int main(void) {
  long big = 0x123456789L; int n = 0; unsigned u = 0xfffffff0u; fp call = twice;
  while (1) { if (++n > 3) break; }
  printf("%d %d %ld %ld %lu\\n", n, (int)0x1234567890L, (long)(int)-7, (long)u, (unsigned long)(unsigned)-1);
  printf("%ld %d %ld\\n", call(big), (int)big, (long)(short)0x18000);
  return 0;
}
`;
const CONSTANTS_OUT = '4 878082192 -7 4294967280 4294967295\n9773436690 591751049 -32768\n';

test('constants in every operand position (IR interpreter)', () => {
  assert.equal(runProgram(CONSTANTS, LP64_LE, false).stdout, CONSTANTS_OUT);
});

test('constants in every operand position (x86_64 machine)', (t) => {
  if (!isIsaId('x86_64')) { t.skip('x86_64 is not enabled in ISA_IDS'); return; }
  const r = new Machine(compile({ source: CONSTANTS, file: 'c.c', isa: 'x86_64' }), { argv: ['c'] }).run();
  assert.equal(Buffer.from(r.stdout).toString('latin1'), CONSTANTS_OUT);
});

/** The instructions the shared contract lets the backend emit (objdump spellings, suffixes and cc folded). */
const SUBSET = /^(mov[lqwb]?|movabs|movz[bw][lwq]|movs[bw][lwq]|movslq|lea|add|sub|and|or|xor|cmp|adc|sbb|test|inc|dec|neg|not|imul|mul|div|idiv|cltd|cqto|cltq|shl|shr|sar|rol|ror|set[a-z]+|cmov[a-z]+|j[a-z]+|call|ret|push|pop|leave|syscall|nop[wl]?|ud2|int3|xchg)[lqwb]?$/;

test('every instruction of every test program (and the runtime it links) is in the shared subset', (t) => {
  if (!isIsaId('x86_64')) { t.skip('x86_64 is not enabled in ISA_IDS'); return; }
  const isa = getIsa('x86_64');
  const seen = new Set<string>();
  for (const p of listPrograms()) {
    const image = compile({ source: p.source, file: p.file, isa: 'x86_64' });
    const mem = loadElf(readElf(image.elf)).memory;
    for (const f of image.debug.functions) {
      for (let a = f.lo; a < f.hi;) {
        const d = isa.disassemble(mem, a);
        assert.ok(!d.illegal && SUBSET.test(d.mnemonic), `${p.name}: ${f.name}+0x${(a - f.lo).toString(16)}: '${d.mnemonic} ${d.operands}'`);
        seen.add(d.mnemonic);
        a += d.length;
      }
    }
  }
  assert.ok(seen.has('syscall') && seen.has('idiv') && seen.has('movslq'), [...seen].sort().join(' '));
});

/** many parameters of mixed widths (the 7th on are stack-passed), struct values, function pointers */
const CALLS = `#include <stdio.h>
struct P { long x; char tag; int y; };
static long mix(char a, short b, int c, long d, unsigned char e, struct P p, long *q, int h, long i) {
  return a + b + c + d + e + p.x + p.tag + p.y + *q + h + i;
}
static struct P make(int k) { struct P p; p.x = 1000000000000L * k; p.tag = 'a'; p.y = -k; return p; }
static long apply(long (*f)(char, short, int, long, unsigned char, struct P, long *, int, long), long v) {
  return f(-1, -2, -3, v, 250, make(2), &v, 7, 8);
}
int main(void) {
  long z = 5; struct P p = make(3);
  printf("%ld\\n", mix(1, 2, 3, 4, 5, p, &z, 6, 7));
  printf("%ld %ld\\n", apply(mix, 10), apply(mix, -10));
  printf("%s %d %ld %c %lu\\n", "va", -1, -1L << 33, 'q', 18446744073709551615UL);
  return 0;
}
`;

test('many mixed-width parameters, struct values and function pointers agree with the IR interpreter', (t) => {
  const want = runProgram(CALLS, LP64_LE, false).stdout;
  assert.equal(want.split('\n')[2], 'va -1 -8589934592 q 18446744073709551615');
  if (!isIsaId('x86_64')) { t.skip('x86_64 is not enabled in ISA_IDS'); return; }
  const r = new Machine(compile({ source: CALLS, file: 'calls.c', isa: 'x86_64' }), { argv: ['calls'] }).run();
  assert.equal(Buffer.from(r.stdout).toString('latin1'), want);
});

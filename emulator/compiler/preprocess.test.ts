// Tests of the preprocessor on its own: macros, conditionals, includes, positions, system headers.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompileError } from './diagnostics';
import { preprocess, type PreprocessOptions } from './preprocess';
import type { Token } from './tokenize';

function pp(src: string, files: Record<string, string> = {}, extra: Partial<PreprocessOptions> = {}): Token[] {
  return preprocess(src, '/src/main.c', {
    predefined: { __SHUTTLE__: '1', __SHUTTLE_ISA__: '"rv32"' }, includeDirs: ['/inc'],
    readFile: (p) => files[p], ...extra,
  });
}
const text = (toks: Token[]) => toks.filter((t) => t.kind !== 'eof').map((t) => t.text).join(' ');
const err = (src: string, files: Record<string, string> = {}): string => {
  try { pp(src, files); } catch (e) { assert.ok(e instanceof CompileError); return e.message; }
  assert.fail('expected an error');
};

test('object-like and function-like macros', () => {
  assert.equal(text(pp('#define N 10\n#define SQ(x) ((x) * (x))\nint a = SQ(N + 1);')), 'int a = ( ( 10 + 1 ) * ( 10 + 1 ) ) ;');
  assert.equal(text(pp('#define F() 7\nF() F')), '7 F');
  assert.equal(text(pp('#define E\nx E y')), 'x y');
});

test('stringizing, pasting and __VA_ARGS__', () => {
  assert.equal(text(pp('#define S(x) #x\nS(a + "b\\n")')), '"a + \\"b\\\\n\\""');
  assert.equal(text(pp('#define C(a, b) a ## b\nC(foo, 12) C(, x) C(<, <=)')), 'foo12 x <<=');
  assert.equal(text(pp('#define P(f, ...) printf(f, __VA_ARGS__)\nP("%d %d", 1, (2, 3))')), 'printf ( "%d %d" , 1 , ( 2 , 3 ) )');
  assert.equal(text(pp('#define P(f, ...) g(f, ## __VA_ARGS__)\nP(1) P(1, 2)')), 'g ( 1 ) g ( 1 , 2 )');
  assert.equal(text(pp('#define X(x) S(x)\n#define S(x) #x\n#define V 42\nX(V) S(V)')), '"42" "V"');
});

test('recursive macros stop (hide sets)', () => {
  assert.equal(text(pp('#define foo foo + 1\nfoo')), 'foo + 1');
  assert.equal(text(pp('#define a b\n#define b a\na b')), 'a b');
  assert.equal(text(pp('#define f(a) a*g\n#define g(a) f(a)\nf(2)(9)')), '2 * 9 * g');
});

test('#if with defined, arithmetic, #elif/#else, nesting', () => {
  const src = `#define A 3
#if defined(A) && A * 2 == 6 && !defined B
one
#elif 1
two
#else
three
#endif
#ifdef B
#if 1
no
#endif
#else
four
#endif
#if (1 ? 0 : 1/0) || -1 < 0u
five
#endif
#ifndef A
#error not here
#elif A > 2
six
#endif
#if __SHUTTLE__ && UNDEFINED == 0
seven
#endif`;
  assert.equal(text(pp(src)), 'one four six seven');
});

test('#undef, redefinition, __FILE__ and __LINE__', () => {
  assert.equal(text(pp('#define X 1\n#undef X\nX\n__LINE__ __FILE__')), 'X 4 "/src/main.c"');
  assert.equal(text(pp('__SHUTTLE_ISA__')), '"rv32"');
});

test('includes: quoted relative to the file, angle from include dirs, pragma once, guards', () => {
  const files = {
    '/src/local.h': '#pragma once\nint local;\n',
    '/inc/sys.h': '#ifndef SYS_H\n#define SYS_H\nint sys;\n#endif\n',
  };
  const toks = pp('#include "local.h"\n#include "local.h"\n#include <sys.h>\n#include <sys.h>\nint main;', files);
  assert.equal(text(toks), 'int local ; int sys ; int main ;');
  assert.equal(toks[1].loc.file, '/src/local.h');
  assert.equal(toks[1].sys, false);
  assert.equal(toks[4].sys, true);
  assert.equal(toks[7].sys, false);
  const hdr = '#define HDR <sys.h>\n#include HDR\n';
  assert.equal(text(pp(hdr, files)), 'int sys ;');
});

test('positions: tokens keep file:line:col, macro bodies take the use position', () => {
  const toks = pp('#define ONE 1\n  int x =\n    ONE;');
  const one = toks.find((t) => t.text === '1')!;
  assert.deepEqual(one.loc, { file: '/src/main.c', line: 3, col: 5 });
  const x = toks.find((t) => t.text === 'x')!;
  assert.deepEqual(x.loc, { file: '/src/main.c', line: 2, col: 7 });
});

test('comments and line splicing', () => {
  const toks = pp('int /* c\n */ a; // x\nint b\\\nc;\n#define M 1 \\\n + 2\nM');
  assert.equal(text(toks), 'int a ; int bc ; 1 + 2');
  assert.equal(toks.find((t) => t.text === 'bc')!.loc.line, 3);
});

test('skipped groups may hold unterminated quotes', () => {
  assert.equal(text(pp("#if 0\ndon't care\n#endif\nok")), 'ok');
});

test('preprocessor errors are positioned', () => {
  assert.match(err('#error stop here'), /main\.c:1:1: error: #error stop here/);
  assert.match(err('#include "nope.h"'), /main\.c:1:10: error: 'nope.h' file not found/);
  assert.match(err('#if 1\nx'), /main\.c:1:2: error: unterminated conditional directive/);
  assert.match(err('#endif'), /1:2: error: #endif without #if/);
  assert.match(err('#else'), /#else without #if/);
  assert.match(err('#define F(x) x\nF(1, 2)'), /2:1: error: macro 'F' passed 2 arguments, but takes just 1/);
  assert.match(err('#define F(x, y) x\nF(1)'), /requires 2 arguments/);
  assert.match(err('#define F(x) x\nF(1'), /unterminated argument list invoking macro 'F'/);
  assert.match(err('#define 3 x'), /macro names must be identifiers/);
  assert.match(err('#foo'), /invalid preprocessing directive #foo/);
  assert.match(err('#if 1 +\n#endif'), /expected value in expression|invalid token/);
  assert.match(err('#if 1/0\n#endif'), /division by zero/);
  assert.match(err('/* open'), /1:1: error: unterminated comment/);
  assert.match(err('#define C(a,b) a ## b\nC(+, /)'), /pasting "\+" and "\/" does not give a valid preprocessing token/);
  assert.match(err('#define S(x) #y'), /'#' is not followed by a macro parameter/);
  assert.match(err('#if 1\n#else\n#elif 1\n#endif'), /#elif after #else/);
});

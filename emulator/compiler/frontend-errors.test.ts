// Malformed and unsupported C: each must give one positioned `file:line:col: error: message`
// diagnostic (a CompileError), never another exception.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompileError } from './diagnostics';
import { parseProgram } from './frontend';
import { ILP32_LE } from './types';

/** [source, expected "line:col", message pattern] */
const CASES: [string, string, RegExp][] = [
  ['int main(void) { float f; return 0; }', '1:18', /floating point is not supported yet/],
  ['int main(void) { return 1.5; }', '1:25', /floating point is not supported yet/],
  ['double d;', '1:1', /floating point is not supported yet/],
  ['struct s { int a : 3; };', '1:18', /bit-fields are not supported/],
  ['int main(void) { int n = 3; int a[n]; return 0; }', '1:35', /variable-length arrays are not supported/],
  ['int f(int n, ...) { return n; }', '1:5', /variadic functions are supported only in the runtime/],
  ['_Complex int z;', '1:1', /'_Complex' types are not supported/],
  ['int f(a, b) int a; int b; { return a; }', '1:7', /K&R-style/],
  ['int main(void) { asm("nop"); return 0; }', '1:18', /inline assembly is not supported/],
  ['struct s { int n; int a[]; };', '1:23', /flexible array member 'a' is not supported/],
  ['int main(void) { int *p = 5; return 0; }', '1:27', /incompatible integer to pointer conversion initializing 'int \*' from 'int'/],
  ['int main(void) { int x; int *p = &x; x = p; return 0; }', '1:42', /incompatible pointer to integer conversion assigning to 'int' from 'int \*'/],
  ['struct a { int x; }; struct b { int x; }; int main(void) { struct a s; struct b t; s = t; return 0; }', '1:88', /incompatible types assigning to 'struct a' from 'struct b'/],
  ['int f(int a, int b); int main(void) { return f(1); }', '1:47', /too few arguments to function call 'f', expected 2, have 1/],
  ['int f(int a); int main(void) { return f(1, 2); }', '1:44', /too many arguments to function call 'f', expected 1, have 2/],
  ['int main(void) { return g(1); }', '1:25', /implicit declaration of function 'g'/],
  ['int main(void) { return y; }', '1:25', /use of undeclared identifier 'y'/],
  ['int main(void) { widget w; return 0; }', '1:18', /unknown type name 'widget'/],
  ['static int t[4 / 0];', '1:16', /division by zero in a constant expression/],
  ['int main(void) { 3 = 4; return 0; }', '1:20', /lvalue required/],
  ['int main(void) { break; }', '1:18', /'break' statement not in loop or switch statement/],
  ['int main(void) { continue; }', '1:18', /'continue' statement not in loop statement/],
  ['int main(void) { int x = 1; switch (x) { case 1: case 1: break; } return 0; }', '1:50', /duplicate case value '1'/],
  ['int main(void) { case 3: return 0; }', '1:18', /'case' statement not in switch statement/],
  ['int main(void) { goto nowhere; }', '1:23', /use of undeclared label 'nowhere'/],
  ['int main(void) { int x; int x; return 0; }', '1:29', /redefinition of 'x'/],
  ['int main(void) { return 0 }', '1:27', /expected ';' after 'return' value before '}'/],
  ['int main(void) { return (1 + 2; }', '1:31', /expected '\)'/],
  ['int main(void) { int x = 1 +; }', '1:29', /expected expression before ';'/],
  ['int main(void) {', '1:17', /expected '}' to end the block at end of input/],
  ['struct s; int main(void) { struct s v; return 0; }', '1:37', /incomplete type 'struct s'/],
  ['struct s { int a; }; int main(void) { struct s v; return v.b; }', '1:60', /no member named 'b' in 'struct s'/],
  ['int main(void) { int x; return x->y; }', '1:35', /member reference type 'int' is not a pointer/],
  ['int main(void) { int x; return *x; }', '1:32', /indirection requires pointer operand/],
  ['int main(void) { return &3; }', '1:25', /cannot take the address of an rvalue/],
  ['int g(void); int x = g();', '1:22', /initializer element is not a compile-time constant/],
  ['int main(void) { const int c = 1; c = 2; return 0; }', '1:37', /cannot assign to variable 'c' with const-qualified type/],
  ['void f(void) { return 1; }', '1:16', /void function 'f' should not return a value/],
  ['int f(void) { return; }', '1:15', /non-void function 'f' should return a value/],
  ['int main(void) { char s[2] = "abc"; return 0; }', '1:30', /initializer-string for char array is too long/],
  ['int a[2] = {1, 2, 3};', '1:19', /excess elements in array initializer/],
  ['int main(void) { return 099; }', '1:25', /invalid digit '9' in octal constant/],
  ['int main(void) { return 12qq; }', '1:25', /invalid suffix on integer constant/],
  ['int main(void) { return 99999999999999999999; }', '1:25', /integer literal is too large/],
  ['int main(void) { return "abc; }', '1:25', /missing terminating " character/],
  ['int main(void) { return @; }', '1:25', /stray '@' in program/],
  ['int main(void) { return \'\'; }', '1:25', /empty character constant/],
  ['int main(void) { int x; x(); return 0; }', '1:26', /called object type 'int' is not a function or function pointer/],
  ['int f(int); int f(char *);', '1:17', /conflicting types for 'f'/],
  ['int main(void) { long __syscall_x = __syscall(1); return 0; }', '1:37', /'__syscall' is available only in the runtime/],
  ['int main(void) { int a[2]; int b[2]; a = b; return 0; }', '1:40', /array type 'int \[2\]' is not assignable/],
  ['int main(void) { int *p; char *q; p = q; return 0; }', '1:39', /incompatible pointer types assigning to 'int \*' from 'char \*'/],
  ['int main(void) { struct s { int a; } v; return v + 1; }', '1:50', /invalid operands to binary expression/],
  ['int main(void) { return sizeof(struct nope); }', '1:25', /invalid application of 'sizeof' to an incomplete type 'struct nope'/],
  ['enum e { A, A };', '1:13', /redefinition of 'A'/],
  ['int main(void) { int x = 1; if (x) int y = 2; return 0; }', '1:36', /declaration is not a statement here/],
  ['typedef int T; int main(void) { return T; }', '1:40', /unexpected type name 'T'/],
  ['int main(void) { lbl: ; lbl: ; return 0; }', '1:25', /redefinition of label 'lbl'/],
  ['int main(void) { int x; switch (x) { default: ; default: ; } return 0; }', '1:49', /multiple default labels/],
  ['struct s { int a; }; struct s { int b; };', '1:29', /redefinition of 'struct s'/],
  ['int x = 1; int x = 2;', '1:16', /redefinition of 'x'/],
  ['int f(void) { return 0; } int f(void) { return 1; }', '1:31', /redefinition of 'f'/],
  ['int main(void) { return 1 ? (int *)0 : 3; }', '1:27', /incompatible operand types in conditional expression/],
  ['unsigned signed x;', '1:1', /'signed' and 'unsigned' cannot be combined/],
  ['long long long x;', '1:1', /'long long long' is too long/],
  ['int main(void) { int x = (struct { int a; }) 1; return x; }', '1:26', /used type 'struct <anonymous#0>' where arithmetic or pointer type is required/],
  ['main() { return 0; }', '1:1', /type specifier missing for 'main'/],
];

for (const [src, at, re] of CASES) {
  test(`${at} ${re.source.slice(0, 60)}`, () => {
    let err: unknown;
    try { parseProgram(src, 'bad.c', { dm: ILP32_LE, predefined: {}, includeDirs: [] }); } catch (e) { err = e; }
    assert.ok(err instanceof CompileError, `expected a CompileError for: ${src}\ngot: ${String(err)}`);
    const msg = err.message;
    assert.match(msg, new RegExp(`^bad\\.c:${at}: error: `), msg);
    assert.match(msg, re, msg);
  });
}

test('no input makes the front end throw anything but a CompileError', () => {
  const junk = ['', '}', '(((', 'int', 'int (', 'struct', 'int a[', 'int f(', '#if', '#define', "'", '"', 'int x = {', 'x y z;',
    'int main(void) { switch', 'int *(*(*x)[)', 'enum {', 'typedef', 'int main(void) { for (;;', '+++', 'int a = sizeof;'];
  for (const src of junk) {
    try { parseProgram(src, 'j.c', { dm: ILP32_LE, predefined: {}, includeDirs: [] }); } catch (e) {
      assert.ok(e instanceof CompileError, `${JSON.stringify(src)}: ${String(e)}`);
      assert.doesNotMatch(e.message, /internal error/, `${JSON.stringify(src)}: ${e.message}`);
    }
  }
});

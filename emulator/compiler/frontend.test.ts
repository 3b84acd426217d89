// Tests of the C front end's AST: types, explicit conversions, pointer arithmetic, layouts per
// data model, initializers, declarations and statements.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Expr, Stmt, TranslationUnit, FunctionDef } from './ast';
import { parseProgram, type FrontendOptions } from './frontend';
import { ILP32_BE_M68K, ILP32_LE, typeName, type DataModel } from './types';

export function parse(src: string, dm: DataModel = ILP32_LE, extra: Partial<FrontendOptions> = {}): TranslationUnit {
  return parseProgram(src, 't.c', { dm, predefined: {}, includeDirs: [], ...extra });
}

const fn = (tu: TranslationUnit, name: string): FunctionDef => {
  const f = tu.functions.find((x) => x.sym.name === name);
  assert.ok(f, `function ${name}`);
  return f;
};

/** The expression of the n-th expression statement / return / decl init in main's body. */
function mainExprs(tu: TranslationUnit): Expr[] {
  const out: Expr[] = [];
  const walk = (s: Stmt) => {
    if (s.k === 'expr') out.push(s.e);
    else if (s.k === 'return' && s.e) out.push(s.e);
    else if (s.k === 'decl' && s.init?.k === 'expr') out.push(s.init.e);
    else if (s.k === 'block') s.items.forEach(walk);
  };
  walk(fn(tu, 'main').body);
  return out;
}

const shape = (e: Expr): string => {
  switch (e.k) {
    case 'num': return `${e.value}`;
    case 'var': return e.sym.name;
    case 'cast': return `(${typeName(e.type)})${shape(e.a)}`;
    case 'binary': return `(${shape(e.a)} ${e.op} ${shape(e.b)})`;
    case 'ptradd': return `ptradd(${shape(e.ptr)}, ${e.negate ? '-' : ''}${shape(e.index)})`;
    case 'ptrdiff': return `ptrdiff(${shape(e.a)}, ${shape(e.b)})`;
    case 'decay': return `decay(${shape(e.a)})`;
    case 'deref': return `*${shape(e.a)}`;
    case 'addr': return `&${shape(e.a)}`;
    case 'member': return `${shape(e.a)}.${e.field}`;
    case 'assign': return `${shape(e.target)} = ${shape(e.value)}`;
    case 'call': return `${shape(e.callee)}(${e.args.map(shape).join(', ')})`;
    case 'func': return e.sym.name;
    case 'unary': return `${e.op}${shape(e.a)}`;
    case 'logand': return `(${shape(e.a)} && ${shape(e.b)})`;
    case 'logor': return `(${shape(e.a)} || ${shape(e.b)})`;
    case 'cond': return `(${shape(e.c)} ? ${shape(e.a)} : ${shape(e.b)})`;
    case 'str': return JSON.stringify(Buffer.from(e.data.subarray(0, -1)).toString());
    default: return e.k;
  }
};

const exprsOf = (body: string, decls = '', dm: DataModel = ILP32_LE) => mainExprs(parse(`${decls}\nint main(void) { ${body} }`, dm));
const one = (body: string, decls = '', dm: DataModel = ILP32_LE) => exprsOf(body, decls, dm)[0];

test('char + 1 promotes the char to int', () => {
  const e = one('char c = 1; return c + 1;', '');
  const r = exprsOf('char c = 1; return c + 1;')[1];
  assert.equal(e.k, 'num');
  assert.equal(shape(r), '((int)c + 1)');
  assert.equal(typeName(r.type), 'int');
});

test('usual arithmetic conversions', () => {
  const [, , e] = exprsOf('int i = 1; unsigned u = 2; return i < u;');
  assert.equal(shape(e), '((unsigned int)i < u)');
  const [, , f] = exprsOf('long l = 1; unsigned u = 2; l + u;');
  assert.equal(typeName(f.type), 'unsigned long');               // ILP32: long cannot hold all unsigned
  const [, , g] = exprsOf('long long l = 1; unsigned u = 2; l = l + u;');
  assert.equal(shape(g), 'l = (l + (long long)u)');
});

test('pointer arithmetic is explicit', () => {
  const [, a, b, c] = exprsOf('int *p = 0; p = p + 1; p = 2 + p; p - p;');
  assert.equal(shape(a), 'p = ptradd(p, (long)1)'.replace('(long)1', '1'));
  assert.equal(shape(b), 'p = ptradd(p, 2)');
  assert.equal(shape(c), 'ptrdiff(p, p)');
  assert.equal(typeName(c.type), 'long');
  const [d] = exprsOf('int a[4]; return a[2];');
  assert.equal(shape(d), '*ptradd(decay(a), 2)');
  assert.equal(d.k === 'deref' && d.a.k === 'ptradd' && typeName(d.a.index.type), 'long');
});

test('array decay marks the variable address-taken, & too', () => {
  const tu = parse('int main(void) { int a[3]; int b; int c; int *p = a; p = &b; return c; }');
  const [a, b, c] = fn(tu, 'main').locals;
  assert.equal(a.addressTaken, true);
  assert.equal(b.addressTaken, true);
  assert.equal(c.addressTaken, false);
});

test('sizeof follows the data model', () => {
  const decl = 'struct s { char c; int i; short h; long long ll; };';
  assert.equal((one('return sizeof(struct s);', decl) as { value: bigint }).value, 24n);
  assert.equal((one('return sizeof(struct s);', decl, ILP32_BE_M68K) as { value: bigint }).value, 16n);
  assert.equal((one('return sizeof(long) + sizeof(char *) * 10;') as { value: bigint }).value, 44n);
  const s = one('return sizeof "abc";');
  assert.equal(s.k === 'num' && s.value, 4n);
});

test('constants fold in the target types', () => {
  assert.equal((one('return (unsigned char)300;') as { value: bigint }).value, 44n);
  assert.equal((one('return -1 < 0u;') as { value: bigint }).value, 0n);
  assert.equal((one('return (char)200;') as { value: bigint }).value, 200n);            // unsigned on rv32
  assert.equal((one('return (char)200;', '', ILP32_BE_M68K) as { value: bigint }).value, -56n);
  assert.equal((one("return '\\xff';") as { value: bigint }).value, 255n);
  assert.equal((one("return '\\xff';", '', ILP32_BE_M68K) as { value: bigint }).value, -1n);
  const big = one('0xffffffff;');
  assert.equal(typeName(big.type), 'unsigned int');
  assert.equal(typeName(one('2147483648;').type), 'long long');
  assert.equal(typeName(one('10ul;').type), 'unsigned long');
  assert.equal((one('enum { A, B = 5, C }; return C;') as { value: bigint }).value, 6n);
});

test('integer literal forms', () => {
  assert.equal((one('return 0x1F + 017 + 0b101;') as { value: bigint }).value, 31n + 15n + 5n);
  assert.equal(typeName(one('1LL;').type), 'long long');
  assert.equal(typeName(one('1ull;').type), 'unsigned long long');
});

test('comparisons are int, logical ops give logand/logor', () => {
  const [, e] = exprsOf('char *p = 0; return p && *p == 1;');
  assert.equal(e.k, 'logand');
  assert.equal(shape(e), '(p && ((int)*p == 1))');
  const [, f] = exprsOf('char *p = 0; return p == 0;');
  assert.equal(shape(f), '(p == 0)');
  assert.equal(f.k === 'binary' && typeName(f.b.type), 'char *');
});

test('assignment converts the value and calls convert arguments', () => {
  const [e] = exprsOf('char c; c = 1000;');
  assert.equal(e.k === 'assign' && e.value.k, 'num');
  assert.equal(e.k === 'assign' && typeName(e.value.type), 'char');
  const [g] = exprsOf('f(1, 2);', 'long f(long long a, char b);');
  assert.equal(shape(g), 'f(1, 2)');
  assert.equal(g.k === 'call' && g.args.map((a) => typeName(a.type)).join(','), 'long long,char');
});

test('variadic arguments get default promotions', () => {
  const [, e] = exprsOf('char c = 1; return printf("%d", c);', 'int printf(const char *, ...);');
  assert.equal(shape(e), 'printf(decay("%d"), (int)c)');
});

test('function designators and pointers', () => {
  const decls = 'int f(int x) { return x; } int (*fp)(int) = f; int (*fq)(int) = &f;';
  const tu = parse(decls + 'int main(void) { int (*g)(int) = f; return g(1) + (*g)(2) + fp(3); }');
  const [init, ret] = mainExprs(tu);
  assert.equal(init.k, 'addr');
  assert.equal(shape(ret), '((g(1) + g(2)) + fp(3))');
  const fpInit = tu.globals.find((g) => g.sym.name === 'fp')!.init!;
  assert.equal(fpInit.k === 'expr' && fpInit.e.k, 'addr');
});

test('complex declarators', () => {
  const tu = parse('int (*fps[3])(int, char *); void (*signal(int, void (*)(int)))(int); char *(*pa)[5]; int main(void) { return 0; }');
  assert.equal(typeName(tu.globals[0].sym.type), 'int (*)(int, char *) [3]');
  const sig = tu.funcDecls.find((f) => f.name === 'signal')!;
  assert.equal(typeName(sig.type), 'void (*)(int) (int, void (*)(int))');
  assert.equal(typeName(tu.globals[1].sym.type), 'char * [5] *');
});

test('struct layout offsets in initializers differ per target', () => {
  const src = 'struct s { char c; int x; } v = { 1, 2 }; int main(void) { return 0; }';
  const rv = parse(src).globals[0].init!;
  const mk = parse(src, ILP32_BE_M68K).globals[0].init!;
  assert.ok(rv.k === 'list' && mk.k === 'list');
  assert.deepEqual(rv.parts.map((p) => p.offset), [0, 4]);
  assert.deepEqual(mk.parts.map((p) => p.offset), [0, 2]);
  assert.equal(rv.size, 8);
  assert.equal(mk.size, 6);
});

test('initializers: incomplete arrays, strings, nesting, elision, designators', () => {
  const tu = parse(`
    int a[] = {1, 2, 3};
    char s[] = "hi";
    char t[8] = "abc";
    int m[2][3] = {1, 2, 3, 4};
    struct p { int x, y; } ps[] = { {1, 2}, [2] = { .y = 9 } };
    const char *names[] = { "a", "b" };
    int *ip = &a[1];
    int *ip2 = a + 2;
    int main(void) { return 0; }`);
  const g = (n: string) => tu.globals.find((x) => x.sym.name === n)!;
  assert.equal(typeName(g('a').sym.type), 'int [3]');
  assert.equal(typeName(g('s').sym.type), 'char [3]');
  const s = g('s').init!;
  assert.ok(s.k === 'list');
  assert.deepEqual([...s.bytes[0].data], [104, 105, 0]);
  const m = g('m').init!;
  assert.ok(m.k === 'list');
  assert.deepEqual(m.parts.map((p) => p.offset), [0, 4, 8, 12]);
  assert.equal(typeName(g('ps').sym.type), 'struct p [3]');
  const ps = g('ps').init!;
  assert.ok(ps.k === 'list');
  assert.deepEqual(ps.parts.map((p) => p.offset), [0, 4, 20]);
  assert.equal(ps.size, 24);
  const ip = g('ip').init!;
  assert.ok(ip.k === 'expr' && ip.e.k === 'addr');
});

test('local aggregates and struct copies', () => {
  const tu = parse('struct s { int a; char b[4]; }; struct s mk(void); int main(void) { struct s x = { 1, "ab" }; struct s y = x; struct s z = mk(); y = z; return y.a; }');
  const body = fn(tu, 'main').body.items;
  assert.ok(body[0].k === 'decl' && body[0].init?.k === 'list');
  assert.ok(body[1].k === 'decl' && body[1].init?.k === 'expr');
  const last = mainExprs(tu).pop()!;
  assert.equal(shape(last), 'y.a');
});

test('static locals become globals named fn.name.N', () => {
  const tu = parse('int counter(void) { static int n = 5; return ++n; } int main(void) { return counter(); }');
  const g = tu.globals.find((x) => x.sym.name === 'n')!;
  assert.equal(g.sym.storage, 'static');
  assert.match(g.sym.linkName!, /^counter\.n\.\d+$/);
  assert.equal(fn(tu, 'counter').locals.length, 0);
});

test('switch collects cases, default, and keeps fall-through structure', () => {
  const tu = parse('int main(void) { int x = 2; switch (x) { case 1: x++; case 2: { x--; break; } default: x = 0; } return x; }');
  const sw = fn(tu, 'main').body.items[1];
  assert.ok(sw.k === 'switch');
  assert.deepEqual(sw.cases.map((c) => c.value), [1n, 2n, undefined]);
  assert.equal(sw.hasDefault, true);
  assert.equal(new Set(sw.cases.map((c) => c.id)).size, 3);
});

test('tentative definitions, externs and function declarations', () => {
  const tu = parse('int x; int x; extern int y; int z[]; static int w; int x = 3; int f(int); int f(int a) { return a + y; } int main(void) { return f(x) + w; }');
  assert.deepEqual(tu.globals.map((g) => g.sym.name), ['x', 'z', 'w']);
  assert.equal(typeName(tu.globals[1].sym.type), 'int [1]');
  assert.deepEqual(tu.externs.map((g) => g.name), ['y']);
  assert.equal(tu.globals[2].sym.storage, 'static');
  assert.deepEqual(tu.funcDecls.map((f) => f.name), ['f', 'main']);
});

test('malloc results converted to T * carry the alloc builtin', () => {
  const decls = 'void *malloc(unsigned long); void *calloc(unsigned long, unsigned long); struct n { int v; };';
  const [a, b, c] = exprsOf('struct n *p = malloc(sizeof *p); int *q; q = (int *)calloc(4, 4); void *r = malloc(3);', decls);
  const call = (e: Expr): Expr => (e.k === 'cast' ? e.a : e.k === 'assign' ? call(e.value) : e);
  const ca = call(a), cb = call(b), cc = call(c);
  assert.ok(ca.k === 'call' && ca.builtin && typeName(ca.builtin.elemType) === 'struct n');
  assert.ok(cb.k === 'call' && cb.builtin && typeName(cb.builtin.elemType) === 'int');
  assert.ok(cc.k === 'call' && !cc.builtin);
});

test('compound assignment, ++/-- and conditional', () => {
  const [, a, b, c, d] = exprsOf('char c = 1; c += 300; c <<= 1; int *p = 0; p -= 2; return c ? 1 : 2;');
  assert.ok(a.k === 'opassign' && typeName(a.opType) === 'int' && a.value.k === 'num' && a.value.value === 300n);
  assert.ok(b.k === 'opassign' && b.op === '<<');
  assert.ok(d.k === 'opassign' && typeName(d.opType) === 'int *' && typeName(d.value.type) === 'long');
  void c;
  const [, e] = exprsOf('int i = 0; i ? (char *)0 : 0;');
  assert.ok(e.k === 'cond' && typeName(e.type) === 'char *');
});

test('main gets an implicit return 0', () => {
  const tu = parse('int main(void) { int x = 1; x++; }');
  const items = fn(tu, 'main').body.items;
  assert.equal(items[items.length - 1].k, 'return');
});

test('typedefs, enums and the types table', () => {
  const tu = parse('typedef struct node { int v; struct node *next; } Node; enum color { R, G }; union u { int i; char c; }; Node *head; enum color c; int main(void) { Node n; n.next = &n; return n.next->v + G; }');
  assert.deepEqual(tu.types.map(typeName), ['struct node', 'enum color', 'union u']);
  const st = tu.types[0];
  assert.ok(st.kind === 'struct' && st.fields?.[1].type.kind === 'ptr' && st.fields[1].type.to === st);
});

test('runtime (system) mode: builtins and variadic definitions', () => {
  const src = `
    int vsum(int n, ...) {
      __builtin_va_list ap;
      __builtin_va_start(ap, n);
      int s = 0;
      for (int i = 0; i < n; i++) s += __builtin_va_arg(ap, int);
      __builtin_va_end(ap);
      return s;
    }
    long w(const char *p, int n) { return __syscall(64, 1, p, n); }`;
  const tu = parse(src, ILP32_LE, { system: true });
  const w = fn(tu, 'w').body.items[0];
  assert.ok(w.k === 'return' && w.e?.k === 'syscall' && w.e.args.length === 4);
  assert.ok(w.e.args.every((a) => typeName(a.type) === 'long'));
  assert.equal(fn(tu, 'vsum').sym.type.variadic, true);
});

test('expression ids are unique and increasing in creation order', () => {
  const tu = parse('int g = 1 + 2; int main(void) { int a = g * 3; return a + g; }');
  const ids: number[] = [];
  const walk = (e: Expr) => {
    ids.push(e.id);
    for (const v of Object.values(e)) if (v && typeof v === 'object' && 'k' in v && 'id' in v && 'type' in v) walk(v as Expr);
  };
  mainExprs(tu).forEach(walk);
  assert.equal(new Set(ids).size, ids.length);
});

test('locals carry their lexical scope', () => {
  const tu = parse('int main(void) {\n int a = 1;\n {\n  int b = 2;\n  a += b;\n }\n return a;\n}');
  const [a, b] = fn(tu, 'main').locals;
  assert.equal(a.scope?.start.line, 1);
  assert.equal(a.scope?.end.line, 8);
  assert.equal(b.scope?.start.line, 3);
  assert.equal(b.scope?.end.line, 6);
});

test('unprototyped declarations take the later prototype; calls promote their arguments', () => {
  const tu = parse('int f(); int g(void) { char c = 1; return f(c, 2); } int f(int a, int b) { return a - b; } int (*fp)(int, int) = f; int main() { return g(); }');
  const ret = fn(tu, 'g').body.items[1];
  assert.ok(ret.k === 'return' && ret.e?.k === 'call');
  assert.equal(shape(ret.e), 'f((int)c, 2)');
  assert.equal(typeName(tu.funcDecls[0].type), 'int (int, int)');
});

test('struct values inside initializer lists, and brace elision around them', () => {
  const tu = parse('struct s { int a, b; }; int main(void) { struct s x = {1, 2}; struct s arr[3] = { x, 5, 6, x }; return arr[1].a; }');
  const d = fn(tu, 'main').body.items[1];
  assert.ok(d.k === 'decl' && d.init?.k === 'list');
  assert.deepEqual(d.init.parts.map((p) => `${p.offset}:${typeName(p.type)}`), ['0:struct s', '8:int', '12:int', '16:struct s']);
});

test('offsetof folds to a constant; _Static_assert; attributes are skipped', () => {
  const tu = parse(`
    #define offsetof(t, m) ((unsigned long)&(((t *)0)->m))
    struct s { char c; int x; struct { short a, b; } in; };
    _Static_assert(offsetof(struct s, in.b) == 10, "layout");
    int arr[offsetof(struct s, x)];
    void die(void) __attribute__((noreturn));
    int main(void) { _Static_assert(sizeof(int) == 4, "int"); return 0; }`);
  assert.equal(typeName(tu.globals[0].sym.type), 'int [4]');
  const m = parse('struct s { char c; int x; }; int a[(unsigned long)&((struct s *)0)->x];', ILP32_BE_M68K);
  assert.equal(typeName(m.globals[0].sym.type), 'int [2]');
});

test('sizeof has type size_t (unsigned long); pointer difference is long', () => {
  assert.equal(typeName(one('sizeof(int);').type), 'unsigned long');
  assert.equal(typeName(one('p - p;', 'int *p;').type), 'long');
});

test('string escapes and concatenation', () => {
  const e = one('"a\\n\\t\\0\\x41\\101\\\\\\\'\\"" "z";');
  assert.ok(e.k === 'str');
  assert.deepEqual([...e.data], [97, 10, 9, 0, 65, 65, 92, 39, 34, 122, 0]);
  assert.equal(typeName(e.type), 'char [11]');
});

test('system headers from include dirs may use builtins; user code may call variadic functions', () => {
  const files: Record<string, string> = {
    '/inc/stdarg.h': 'typedef __builtin_va_list va_list;\n#define va_start(a, l) __builtin_va_start(a, l)\n',
    '/inc/stdio.h': 'int printf(const char *, ...);\nint vprintf(const char *, __builtin_va_list);\n',
  };
  const tu = parseProgram('#include <stdio.h>\n#include <stdarg.h>\nint main(void) { va_list ap = 0; printf("%d %s\\n", 1, "x"); return vprintf("", ap); }', '/src/m.c',
    { dm: ILP32_LE, predefined: {}, includeDirs: ['/inc'], readFile: (p) => files[p] });
  assert.equal(tu.funcDecls.map((f) => f.name).join(','), 'printf,vprintf,main');
});

// The language server's features called in-process on sample programs: diagnostics (compile
// errors and migration warnings), hover layouts per ISA, CodeLens addresses, document symbols and
// go to definition. The LSP wiring itself is tested over stdio in lsp-stdio.test.ts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyze } from '../../server/analysis';
import { diagnosticsOf } from '../../server/diagnostics';
import { hoverAt } from '../../server/hover';
import { migrationLenses } from '../../server/codelens';
import { documentSymbols } from '../../server/symbols';
import { definitionAt } from '../../server/definition';
import { migrationWarnings } from '../../server/migration-lint';
import { ISA_IDS } from '../../emulator/isa/index';

const FILE = '/tmp/shuttle-lsp/sample.c';

const LIST = `#include <stdio.h>
#include <stdlib.h>
#include <shuttle.h>

struct node { int value; struct node *next; };
struct mixed { char c; int i; short s; };
int counter;

static struct node *prepend(struct node *head, int value) {
    struct node *n = malloc(sizeof *n);
    n->value = value;
    n->next = head;
    return n;
}

int main(void) {
    struct node *list = NULL;
    struct mixed m;
    int i;
    for (i = 1; i <= 3; i++) list = prepend(list, i);
    migrate("m68k");
    m.i = list->value;
    migration_point();
    printf("%d %d\\n", m.i, counter);
    return 0;
}
`;

/** 1-based position of the `nth` occurrence of `word` on line `line` (1-based), cursor inside it. */
function at(text: string, line: number, word: string, nth = 0): { line: number; col: number } {
  const s = text.split('\n')[line - 1];
  let idx = -1;
  for (let k = 0; k <= nth; k++) idx = s.indexOf(word, idx + 1);
  assert.ok(idx >= 0, `'${word}' not on line ${line}: ${s}`);
  return { line, col: idx + 2 };
}

test('a correct program has no diagnostics', () => {
  const a = analyze(LIST, FILE);
  assert.equal(a.errors.length, 0, JSON.stringify(a.errors));
  assert.deepEqual(diagnosticsOf(a), []);
});

test('a compile error becomes an error diagnostic at its position', () => {
  const text = 'int main(void) {\n    int x = 1\n    return y;\n}\n';
  const ds = diagnosticsOf(analyze(text, FILE));
  assert.equal(ds.length, 1);
  assert.equal(ds[0].severity, 1);
  assert.equal(ds[0].source, 'shuttle');
  assert.ok(ds[0].range.start.line === 1 || ds[0].range.start.line === 2, JSON.stringify(ds[0]));
  assert.match(ds[0].message, /expected|;/);
});

test('an error only one ISA sees says which', () => {
  const text = '#ifdef __shuttle_m68k__\nint x = ;\n#endif\nint main(void) { return 0; }\n';
  const ds = diagnosticsOf(analyze(text, FILE));
  assert.equal(ds.length, 1);
  assert.equal(ds[0].range.start.line, 1);
  assert.match(ds[0].message, /\(m68k only\)/);
});

test('an undeclared name is reported with the range of the name', () => {
  const text = 'int main(void) {\n    return missing_name + 1;\n}\n';
  const [d] = diagnosticsOf(analyze(text, FILE));
  assert.equal(d.range.start.line, 1);
  assert.equal(text.split('\n')[1].slice(d.range.start.character, d.range.end.character), 'missing_name');
});

test('hover on a variable shows its type and the layout per ISA, with the struct it points to', () => {
  const a = analyze(LIST, FILE);
  const md = hoverAt(a, at(LIST, 20, 'list'))!;
  assert.ok(md, 'no hover');
  assert.match(md, /\*\*list\*\* — local variable of `main`/);
  assert.match(md, /struct node \*list/);
  assert.match(md, /\| size \| 4 \| 4 \| 8 \|/);           // pointer: rv32, m68k, x86-64
  assert.match(md, /\| `next` struct node \* \| 4 \| 4 \| 8 \|/);
});

test('hover on a struct tag shows field offsets that differ between ISAs', () => {
  const a = analyze(LIST, FILE);
  const md = hoverAt(a, at(LIST, 6, 'mixed'))!;
  assert.match(md, /\| `c` char \| 0 \| 0 \| 0 \|/);
  assert.match(md, /\| `i` int \| 4 \| 2 \| 4 \|/);        // m68k aligns int to 2
  assert.match(md, /\| _size_ \| 12 \| 8 \| 12 \|/);
  assert.match(md, /\| _align_ \| 4 \| 2 \| 4 \|/);
});

test('hover on a field and on a function', () => {
  const a = analyze(LIST, FILE);
  const field = hoverAt(a, at(LIST, 22, 'i'))!;
  assert.match(field, /\*\*i\*\* — field of `struct mixed`, offset rv32 4 · m68k 2 · x86_64 4/);
  const fn = hoverAt(a, at(LIST, 20, 'prepend'))!;
  assert.match(fn, /static function/);
  assert.match(fn, /struct node \*prepend\(struct node \*head, int value\)/);
  assert.equal(hoverAt(a, { line: 1, col: 1 }), undefined);   // `#`: nothing to say
});

test('CodeLens on migrate() and migration_point() with each ISA address', () => {
  const lenses = migrationLenses(LIST, FILE);
  assert.deepEqual(lenses.map((l) => [l.line, l.call]), [[21, 'migrate'], [23, 'migration_point']]);
  const isaPart = ISA_IDS.map((i) => `${i} 0x[0-9a-f]{8}`).join(' · ');
  for (const l of lenses) {
    assert.match(l.title, new RegExp(`^migration point · ${isaPart}$`));
    assert.equal(l.addresses.length, ISA_IDS.length);
  }
  assert.notEqual(lenses[0].addresses[0].addr, lenses[1].addresses[0].addr);
  assert.deepEqual(migrationLenses('int main(void) { return x; }', FILE), []);
});

test('document symbols: functions with their variables, globals, structs', () => {
  const syms = documentSymbols(analyze(LIST, FILE));
  const names = syms.map((s) => s.name);
  assert.deepEqual(names, ['struct node', 'struct mixed', 'counter', 'prepend', 'main']);
  const main = syms.find((s) => s.name === 'main')!;
  assert.deepEqual(main.children!.map((c) => c.name), ['list', 'm', 'i']);
  assert.equal(main.range.start.line, 15);
  assert.equal(main.range.end.line, 25);
  assert.equal(syms.find((s) => s.name === 'struct node')!.selectionRange.start.character, 7);
});

test('go to definition: locals, functions, struct tags, fields and runtime declarations', () => {
  const a = analyze(LIST, FILE);
  assert.deepEqual(definitionAt(a, at(LIST, 20, 'list', 1)), { file: FILE, line: 17, col: 18, length: 4 });
  assert.deepEqual(definitionAt(a, at(LIST, 20, 'prepend')), { file: FILE, line: 9, col: 21, length: 7 });
  assert.deepEqual(definitionAt(a, at(LIST, 10, 'node')), { file: FILE, line: 5, col: 8, length: 4 });
  assert.deepEqual(definitionAt(a, at(LIST, 11, 'value')), { file: FILE, line: 5, col: 19, length: 5 });
  const printf = definitionAt(a, at(LIST, 24, 'printf'))!;
  assert.equal(path.basename(printf.file), 'stdio.h');
});

test('migration warnings: a pointer kept in an integer, a union holding a pointer', () => {
  const text = [
    'union bad { int *p; long n; };',
    'union fine { int a; char b[4]; };',
    'int main(void) {',
    '    int x = 1;',
    '    int *p = &x;',
    '    long addr = (long)p;',
    '    if (p) x = 2;',
    '    return !p + (int)addr;',
    '}',
  ].join('\n');
  const a = analyze(text, FILE);
  const ws = migrationWarnings(a);
  assert.deepEqual(ws.map((w) => [w.line, w.code]), [[1, 'union-with-pointer'], [6, 'address-in-integer']]);
  assert.match(ws[0].message, /member 'p'/);
  const ds = diagnosticsOf(a);
  assert.equal(ds.filter((d) => d.severity === 2).length, 2);
  assert.equal(ds.filter((d) => d.severity === 1).length, 0);
});

test('migration warnings: untagged unions holding a pointer, behind a typedef and as a struct member', () => {
  const text = [
    'typedef union { int *p; int n; } u;',
    'typedef union { int a; char b[4]; } plain;',
    'struct s { union { int x; char *s; } m; int k; };',
    'struct t { union { int x; short y; } m; };',
    'int main(void) {',
    '    u v; plain w; struct s a; struct t b;',
    '    v.n = 1; w.a = 2; a.m.x = 3; b.m.y = 4;',
    '    return v.n + w.a + a.m.x + b.m.y;',
    '}',
  ].join('\n');
  const ws = migrationWarnings(analyze(text, FILE));
  assert.deepEqual(ws.map((w) => [w.line, w.col, w.length, w.code]), [[1, 9, 5, 'union-with-pointer'], [3, 12, 5, 'union-with-pointer']]);
  assert.match(ws[0].message, /'u' \(an untagged union\) holds a pointer: member 'p' \(int \*\)/);
  assert.match(ws[1].message, /'m' \(an untagged union\) holds a pointer: member 's' \(char \*\)/);
});

test('hover on a typedef name shows what it stands for and the layout of the struct behind it', () => {
  const text = [
    '#include <stddef.h>',
    'typedef struct node { char tag; struct node *next; } Node;',
    'typedef struct { short a; int b; } pair;',
    'Node *head;',
    'int main(void) { pair p; size_t n = sizeof p; p.a = 1; return (int)n + p.a + (head != 0); }',
  ].join('\n');
  const a = analyze(text, FILE);
  assert.equal(a.errors.length, 0, JSON.stringify(a.errors));
  const node = hoverAt(a, at(text, 4, 'Node'))!;
  assert.match(node, /\*\*Node\*\* — typedef/);
  assert.match(node, /typedef struct node Node;/);
  assert.match(node, /\| `next` struct node \* \| 4 \| 2 \| 8 \|/);   // m68k aligns pointers to 2
  assert.match(node, /\| _size_ \| 8 \| 6 \| 16 \|/);
  const pair = hoverAt(a, at(text, 5, 'pair'))!;
  assert.match(pair, /typedef struct \{ … \} pair;/);
  assert.match(pair, /\| `b` int \| 4 \| 2 \| 4 \|/);
  const sizeT = hoverAt(a, at(text, 5, 'size_t'))!;   // from a header; each ISA's own size
  assert.match(sizeT, /typedef unsigned long size_t;\n/);
  assert.match(sizeT, /\| size \| 4 \| 4 \| 8 \|/);
  assert.deepEqual(definitionAt(a, at(text, 4, 'Node')), { file: FILE, line: 2, col: 54, length: 4 });
  assert.deepEqual(definitionAt(a, at(text, 5, 'pair')), { file: FILE, line: 3, col: 36, length: 4 });
});

test('hover on a typedef that differs between ISAs shows each ISA\'s declaration and size', () => {
  const text = '#ifdef __shuttle_x86_64__\ntypedef long long word;\n#else\ntypedef short word;\n#endif\nword w;\nint main(void) { return w; }\n';
  const a = analyze(text, FILE);
  assert.equal(a.errors.length, 0, JSON.stringify(a.errors));
  const md = hoverAt(a, at(text, 6, 'word'))!;
  assert.match(md, /typedef short word;  \/\/ rv32\ntypedef short word;  \/\/ m68k\ntypedef long long word;  \/\/ x86_64/);
  assert.match(md, /\| size \| 2 \| 2 \| 8 \|/);
});

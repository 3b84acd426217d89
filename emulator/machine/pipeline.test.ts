// End-to-end tests of the public surface (emulator/index.ts) on every ISA: compile + run through
// runSource, determinism of images, typed heap blocks, debug-info invariants, ELF round trip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile, runSource, Machine, imageFromElf, ISA_IDS, CompileError, formatFault, getIsa } from '../index';
import { textOf, bytesOf } from './test-support';

const HEAP = `#include <stdlib.h>
#include <stdio.h>
struct node { int v; struct node *next; };
int main(void) {
  struct node *n = malloc(sizeof(struct node));
  int *xs = (int *)calloc(4, sizeof(int));
  char *buf = malloc(10);
  n->v = 1;
  printf("%d\\n", n->v + xs[0] + (buf != 0));
  free(buf);
  return 0;
}
`;

for (const isa of ISA_IDS) {
  test(`${isa}: runSource compiles and runs, with stdin and argv`, () => {
    const src = '#include <stdio.h>\nint main(int argc, char **argv) { int c = getchar(); printf("%s %d %c\\n", argv[1], argc, c); return 4; }\n';
    const r = runSource(src, 'a.c', isa, { stdin: bytesOf('Z'), argv: ['a', 'arg'] });
    assert.equal(r.status, 'exited');
    assert.equal(r.exitCode, 4);
    assert.equal(textOf(r.stdout), 'arg 2 Z\n');
  });

  test(`${isa}: images are deterministic and read back from their ELF bytes`, () => {
    const a = compile({ source: HEAP, file: 'heap.c', isa });
    const b = compile({ source: HEAP, file: 'heap.c', isa });
    assert.deepEqual(a.elf, b.elf);
    const back = imageFromElf(a.elf);
    assert.equal(back.isa, isa);
    assert.deepEqual(back.debug, JSON.parse(JSON.stringify(a.debug)));
    assert.equal(textOf(new Machine(back).run().stdout), '2\n');
  });

  test(`${isa}: heap blocks carry the C type of the allocation`, () => {
    const img = compile({ source: HEAP, file: 'heap.c', isa });
    const m = new Machine(img);
    assert.equal(m.run().exitCode, 0);
    const live = m.heap.live().map((b) => [b.size, img.debug.types[b.typeId].name]);
    const ptr = getIsa(isa).dataModel.ptr; // struct node { int v; struct node *next; }: 8 bytes on ILP32, 16 on LP64
    assert.deepEqual(live.slice(0, 2), [[2 * ptr, 'struct node'], [16, 'int']]);
    assert.ok(!live.some(([s]) => s === 10), 'freed block is gone');
  });

  test(`${isa}: debug info invariants`, () => {
    const d = compile({ source: HEAP, file: 'heap.c', isa }).debug;
    assert.equal(d.format, 'shuttle.debug/1');
    assert.equal(d.files[0], 'heap.c');
    assert.match(d.program.sha256, /^[0-9a-f]{64}$/);
    assert.equal(d.entry, d.functions.find((f) => f.name === '_start')!.lo);
    for (let i = 1; i < d.lines.length; i++) assert.ok(d.lines[i - 1][0] < d.lines[i][0], 'lines strictly sorted');
    const fns = [...d.functions].sort((x, y) => x.lo - y.lo);
    for (let i = 1; i < fns.length; i++) assert.ok(fns[i - 1].hi <= fns[i].lo, 'functions do not overlap');
    for (const p of d.points) {
      const f = d.functions.find((x) => x.name === p.fn && !x.runtime)!;
      assert.ok(p.addr >= f.lo && p.addr < f.hi, `point ${p.id} inside ${p.fn}`);
    }
    for (const c of d.callSites) assert.ok(c.ret > c.at);
    const main = d.functions.find((f) => f.name === 'main')!;
    assert.deepEqual(main.vars.map((v) => [v.name, d.types[v.type].name]), [['n', 'struct node *'], ['xs', 'int *'], ['buf', 'char *']]);
    assert.ok(main.prologueEnd > main.lo && main.prologueEnd < main.hi);
    assert.equal(new Set(d.symbols.map((s) => s.name)).size, d.symbols.length, 'unique symbol names');
    const node = d.types.find((t) => t.name === 'struct node')!;
    assert.deepEqual(node.fields!.map((f) => [f.name, f.offset]), [['v', 0], ['next', getIsa(isa).dataModel.ptr]]);
  });

  test(`${isa}: a null dereference faults at the right line`, () => {
    const r = runSource('int main(void) {\n  int *p = 0;\n  return *p;\n}\n', 'n.c', isa);
    assert.equal(r.status, 'fault');
    assert.deepEqual([r.fault!.kind, r.fault!.function, r.fault!.file, r.fault!.line], ['bad access', 'main', 'n.c', 3]);
    assert.match(formatFault(r.fault!), new RegExp(`^shuttle: bad access at 0x0 \\(pc 0x[0-9a-f]+, ${isa}\\) in main, n\\.c:3:`));
  });

  test(`${isa}: link errors are positioned`, () => {
    assert.throws(() => compile({ source: 'int foo(void);\nint main(void) {\n  return foo();\n}\n', file: 'u.c', isa }),
      (e) => e instanceof CompileError && /^u\.c:3:\d+: error: undefined reference to 'foo'$/.test(e.message));
    assert.throws(() => compile({ source: 'int strlen;\nint main(void) { return 0; }\n', file: 'r.c', isa }),
      (e) => e instanceof CompileError && /^r\.c:1:\d+: error: redefinition of 'strlen'/.test(e.message));
  });
}

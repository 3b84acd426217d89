// Dead variables (issue 3, lifted limitation): a variable the program rewrites before reading it
// again is dead; when its value cannot be translated (a pointer to a block just freed, or into a
// frame that returned) it migrates as null instead of being refused. A live one is still refused
// with the variable named. The liveness comes from the debug info (`points[].dead`, `callSites[].dead`).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capture, restore, MigrationRefused } from './index';
import { images, ISAS, stopAtLine, text } from './testkit';
import { Machine } from '../machine/machine';

/**
 * `guard` keeps a live block before the ones freed, and `q` (8 bytes) sits between it and `p`: a
 * freed address is never one past the end of a live object (that would be a valid pointer there).
 */
const SRC = `#include <stdio.h>
#include <stdlib.h>
struct node { int v; struct node *next; };
static int use(int k) {
  return k + 1;
}
int main(void) {
  char *guard = malloc(4), *p0 = guard; int *q = malloc(8);
  struct node *p = malloc(sizeof(struct node)), *keep;
  int r;
  p->v = 5; p->next = NULL;
  keep = p;
  free(q);
  r = use(3);
  q = &r;
  free(keep);
  printf("freed\\n");
  keep = malloc(sizeof(struct node));
  keep->v = *q;
  printf("%d %d %d\\n", keep->v, r, p0 == guard);
  return 0;
}
`;

const local = (s: ReturnType<typeof capture>, frame: number, name: string) =>
  s.frames[frame].locals.find((l) => l.name === name)!;

test('dead variables: the debug info lists them at points and call sites', () => {
  const imgs = images(SRC, 'dead.c');
  for (const isa of ISAS) {
    const d = imgs[isa].debug;
    const main = d.functions.find((f) => f.name === 'main')!;
    const names = (ix: number[] | undefined): string[] => (ix ?? []).map((k) => main.vars[k].name);
    const at = (line: number) => d.points.find((p) => p.fn === 'main' && p.line === line)!;
    assert.ok(names(at(17).dead).includes('keep'), `${isa}: keep is dead before it is reassigned`);
    assert.ok(!names(at(19).dead).includes('keep'), `${isa}: keep is live where it is read`);
    const call = d.callSites.find((c) => c.fn === 'main' && c.line === 14)!;
    assert.ok(names(call.dead).includes('q'), `${isa}: q is dead across use()`);
  }
});

test('dead variables: a dead dangling pointer migrates as null, in the top frame and in a caller', () => {
  const imgs = images(SRC, 'dead.c');
  for (const from of ISAS) {
    const base = new Machine(imgs[from]).run();
    // top frame: keep freed at line 16, reassigned at line 18
    const m = stopAtLine(imgs[from], 'main', 17);
    const s = capture(m, 'snapshot');
    assert.equal(local(s, 1, 'keep').value, null);
    // caller frame: q freed at line 13, reassigned after use() returns
    const c = stopAtLine(imgs[from], 'use', 5);
    const sc = capture(c, 'snapshot');
    assert.equal(local(sc, 1, 'q').value, null);
    for (const to of ISAS) {
      for (const [src, st] of [[m, s], [c, sc]] as const) {
        const t = restore(st, imgs[to]);
        const r = t.run();
        assert.equal(r.status, 'exited', r.fault?.message);
        assert.equal(text(src.host.stdout.bytes()) + text(r.stdout), text(base.stdout), `${from} -> ${to}`);
      }
    }
  }
});

test('dead variables: a live dangling pointer is still refused, naming the variable and the frame', () => {
  const live = SRC.replace('  keep = malloc(sizeof(struct node));', '  if (keep) keep = malloc(sizeof(struct node));');
  const imgs = images(live, 'live.c');
  for (const isa of ISAS) {
    const m = stopAtLine(imgs[isa], 'main', 17);
    assert.throws(() => capture(m, 'snapshot'), (e: unknown) => {
      assert.ok(e instanceof MigrationRefused);
      assert.equal(e.variable, 'keep');
      assert.equal(e.frame, '#1 main');
      assert.match(e.reason, /points to freed or unmapped memory/);
      return true;
    });
  }
});

test('dead variables: a dead value that translates keeps it (what a debugger shows does not change), marked dead', () => {
  const src = `#include <stdio.h>
int main(void) {
  int i, sum = 0;
  for (i = 1; i <= 10; i++) sum += i;
  printf("%d\\n", sum);
  i = 0;
  return sum == 55 ? i : 1;
}
`;
  const imgs = images(src, 'deadint.c');
  for (const from of ISAS) {
    const m = stopAtLine(imgs[from], 'main', 5);   // i is 11 and dead: rewritten before it is read
    const s = capture(m, 'snapshot');
    assert.deepEqual(local(s, 1, 'i'), { name: 'i', type: 'int', value: 11, dead: true });
    assert.equal(local(s, 1, 'sum').dead, undefined, 'sum is live');
    for (const to of ISAS) {
      const t = restore(s, imgs[to]);
      assert.deepEqual(local(capture(t, 'snapshot'), 1, 'i'), local(s, 1, 'i'), `${from} -> ${to}`);
      const r = t.run();
      assert.equal(r.exitCode, 0);
    }
  }
});

test('dead variables: a dead LP64 value too wide for an ILP32 target is written as zero there, not refused', () => {
  const src = `#include <stdio.h>
int main(void) {
  long big = 5000000000L;
  printf("%ld\\n", big);
  big = 7;
  printf("%ld\\n", big);
  return 0;
}
`;
  const imgs = images(src, 'deadlong.c');
  const m = stopAtLine(imgs.x86_64, 'main', 5);   // after the first printf: big is dead until `big = 7`
  const s = capture(m, 'snapshot');
  assert.deepEqual(local(s, 1, 'big'), { name: 'big', type: 'long', value: 5000000000, dead: true });
  for (const to of ['rv32', 'm68k'] as const) {
    const t = restore(s, imgs[to]);
    assert.equal(local(capture(t, 'snapshot'), 1, 'big').value, 0, `${to}: written as zero`);
    const r = t.run();
    assert.equal(text(m.host.stdout.bytes()) + text(r.stdout), '5000000000\n7\n', to);
  }
  // a live one is still refused
  const live = capture(stopAtLine(imgs.x86_64, 'main', 4), 'snapshot');
  assert.throws(() => restore(live, imgs.rv32), (e: unknown) => e instanceof MigrationRefused && /does not fit/.test(e.message));
});

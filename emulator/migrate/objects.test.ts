// Pointer translation rules: {ref, path} by field names and element indexes (one past the end
// of an array is index = length, of a non-array '@end'), function pointers by name, heap blocks
// as arrays of their allocated type, string literals by symbol — identical on both ISAs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capture } from './index';
import { images, ISAS, stopAtLine } from './testkit';

const SRC = `#include <stdio.h>
#include <stdlib.h>
struct pt { char c; int xs[3]; };
struct pt g;
int main(void) {
  struct pt *a = &g;
  int *b = &g.xs[1];
  int *c = g.xs + 3;
  char *d = &g.c;
  struct pt *e = &g + 1;
  int (*f)(void) = main;
  int *h = malloc(4 * sizeof(int));
  const char *s = "hey";
  struct pt *n = 0;
  void *bytes = malloc(5);
  h += 2;
  s++;
  printf("%d %d %d\\n", *h, *s, a == e || b == c || !d || !f || n || !bytes);
  return 0;
}
`;

test('pointers become {ref, path} the same way on every ISA', () => {
  const imgs = images(SRC, 'paths.c');
  const seen: string[] = [];
  for (const isa of ISAS) {
    const st = capture(stopAtLine(imgs[isa], 'main', 18), 'snapshot');
    const main = st.frames[st.frames.length - 1];
    const v = (name: string): unknown => main.locals.find((l) => l.name === name)?.value;
    assert.deepEqual(v('a'), { ref: 'global:g', path: [] });
    assert.deepEqual(v('b'), { ref: 'global:g', path: ['xs', 1] });
    assert.deepEqual(v('c'), { ref: 'global:g', path: ['xs', 3] });
    assert.deepEqual(v('d'), { ref: 'global:g', path: ['c'] });
    assert.deepEqual(v('e'), { ref: 'global:g', path: ['@end'] });
    assert.deepEqual(v('f'), { function: 'main' });
    assert.deepEqual(v('h'), { ref: 'heap:1', path: [2] });
    assert.equal(v('n'), null);
    assert.deepEqual(v('bytes'), { ref: 'heap:2', path: [0] });
    const s = v('s') as { ref: string; path: number[] };
    assert.match(s.ref, /^string:\.str/);
    assert.deepEqual(s.path, [1]);
    const heap1 = st.objects.find((o) => o.id === 'heap:1')!;
    assert.equal(heap1.type, 'int');
    assert.equal(heap1.count, 4);
    const heap2 = st.objects.find((o) => o.id === 'heap:2')!;
    assert.equal(heap2.type, 'bytes');
    assert.ok(st.objects.some((o) => o.id === 'argv' && o.count === 2));
    seen.push(JSON.stringify({ ...st, from: '' }));
  }
  assert.equal(seen[0], seen[1]);
});

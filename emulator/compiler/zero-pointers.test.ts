// Pointer-holding locals are zeroed at function entry (lower.ts), so at every migration point a
// pointer not yet assigned is null rather than stale stack bytes. The test dirties the stack with
// one call, then stops at the first point of a second function whose frame overlaps it and reads
// the home slots of its not-yet-assigned locals; non-pointer locals are left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile, Machine, ISA_IDS } from '../index';

const SRC = `struct pair { int n; char *name; };
static int dirty(void) {
  int junk[32]; int i;
  for (i = 0; i < 32; i++) junk[i] = 0x5a5a5a5a;
  return junk[3];
}
static int fresh(void) {
  int *p;
  struct pair pr;
  char *names[4];
  int plain[2];
  p = 0;
  pr.n = 1;
  return (p == 0) + pr.n + (names[0] == 0) + plain[0] * 0;
}
int main(void) { dirty(); return fresh(); }
`;

for (const isa of ISA_IDS) {
  test(`${isa}: pointer locals are null at the first point, other locals untouched`, () => {
    const image = compile({ source: SRC, file: 'z.c', isa });
    const fn = image.debug.functions.find((f) => f.name === 'fresh')!;
    const first = image.debug.points.filter((p) => p.fn === 'fresh').sort((a, b) => a.addr - b.addr)[0];
    const m = new Machine(image);
    assert.equal(m.runTo(first.addr).status, 'breakpoint');
    const fp = m.currentFp();
    const bytesOf = (name: string): number[] => {
      const v = fn.vars.find((x) => x.name === name)!;
      const size = image.debug.types[v.type].size;
      return [...m.memory.readBytes(fp + v.fpOffset, size)];
    };
    for (const name of ['p', 'pr', 'names']) assert.ok(bytesOf(name).every((b) => b === 0), `${name} zeroed`);
    assert.ok(bytesOf('plain').some((b) => b === 0x5a), 'a non-pointer local keeps the stale bytes (not zeroed)');
    const r = m.run();
    assert.equal(r.exitCode, 3);
  });
}

// Issue 6, must-show 3: LP64 -> ILP32 refusals end to end. A process running on x86_64 holds a
// value that is exact there and does not fit the 32-bit type of rv32 or m68k (a `long`, an
// `unsigned long`, a `size_t`, a pointer difference; in a local, a caller's local, a global, a
// struct field of a heap block, an array element). Migrating it is refused with the variable and
// the place named; the source machine is bit-for-bit untouched; the program's own migrate()
// answers -1; once the value fits again the same migration goes through, and the output is right.
// Values that fit (the extremes of the 32-bit types) move without complaint.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MigrationRefused } from '../../emulator/migrate/index';
import type { IsaId } from '../../emulator/isa/types';
import { machineDigest, processOf } from './helpers';

const TARGETS: IsaId[] = ['rv32', 'm68k'];

interface Case { name: string; decls: string; setup: string; fix: string; variable: string; place?: RegExp; value: RegExp; extra?: string }

const CASES: Case[] = [
  { name: 'a long local above 2^31', decls: 'long big;', setup: 'big = 5000000000L;', fix: 'big = big / 1000;', variable: 'big', value: /5000000000 in long/ },
  { name: 'a negative long below -2^31', decls: 'long neg;', setup: 'neg = -3000000000L;', fix: 'neg = neg / 1000;', variable: 'neg', value: /-3000000000 in long/ },
  { name: 'an unsigned long above 2^32', decls: 'unsigned long u;', setup: 'u = 1UL << 40;', fix: 'u = u >> 20;', variable: 'u', value: /1099511627776 in unsigned long/ },
  { name: 'a size_t above 2^32', decls: 'size_t n;', setup: 'n = (size_t)1 << 33;', fix: 'n = n >> 10;', variable: 'n', value: /8589934592/ },
  { name: 'a long global', decls: '', setup: 'gl = 1L << 35;', fix: 'gl = 7;', variable: 'gl', value: /34359738368 in long/, extra: 'static long gl;\n' },
  { name: 'a long field of a heap struct', decls: 'struct acct *a = malloc(sizeof(struct acct));', setup: 'a->id = 1; a->cents = 9000000000L;', fix: 'a->cents = 90;',
    variable: '', place: /\.cents/, value: /9000000000 in long/, extra: 'struct acct { int id; long cents; };\n' },
  { name: 'a long array element', decls: 'long xs[3];', setup: 'xs[0] = 1; xs[1] = 4294967296L; xs[2] = 3;', fix: 'xs[1] = 2;', variable: 'xs', place: /\[1\]/, value: /4294967296 in long/ },
  { name: 'a pointer difference above 2^31 (as long)', decls: 'long d; char *p = malloc(16);', setup: 'd = (p + 8) - p; d = d << 32;', fix: 'd = d >> 32;', variable: 'd', value: /34359738368 in long/ },
];

function source(c: Case, target: IsaId): string {
  return `#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>
#include <shuttle.h>
${c.extra ?? ''}
int main(void) {
    ${c.decls}
    ${c.setup}
    printf("setup\\n"); /* HERE */
    if (migrate("${target}") != 0) printf("refused on %s\\n", current_isa());
    ${c.fix}
    if (migrate("${target}") == 0) printf("moved to %s\\n", current_isa());
    return 0;
}
`;
}

/** Run to the marked statement's point on x86_64. */
function atHere(src: string, file: string) {
  const proc = processOf(src, file, 'x86_64');
  const line = src.split('\n').findIndex((l) => l.includes('/* HERE */')) + 1;
  const lineOf = new Map(proc.image('x86_64').debug.points.map((p) => [p.addr >>> 0, p.line]));
  for (;;) {
    assert.equal(proc.runToPoint(proc.pointsReached + 1), 'point', 'the marked point was never reached');
    if (lineOf.get(proc.machine.cpu.pc >>> 0) === line) return proc;
  }
}

for (const c of CASES) {
  for (const target of TARGETS) {
    test(`x86_64 -> ${target} refused: ${c.name}; the source is untouched and continues`, () => {
      const file = `lp64-${c.name.replace(/\W+/g, '-')}.c`;
      const src = source(c, target);
      const proc = atHere(src, file);
      const before = machineDigest(proc.machine);
      const rec = proc.migrateTo(target, 'debugger');
      assert.ok(rec.refused, 'the migration was not refused');
      assert.match(rec.refused, /a value that does not fit the target's type/);
      assert.match(rec.refused, c.value);
      assert.match(rec.refused, /4 bytes/);
      if (c.variable) assert.match(rec.refused, new RegExp(`variable '[^']*\\b${c.variable}\\b'`));
      if (c.place) assert.match(rec.refused, c.place);
      assert.equal(proc.isa, 'x86_64');
      assert.equal(machineDigest(proc.machine), before, 'the refused attempt changed the source machine');
      const r = proc.run();
      assert.equal(new TextDecoder().decode(r.stdout), `setup\nrefused on x86_64\nmoved to ${target}\n`);
      assert.equal(r.exitCode, 0);
    });
  }
}

test('x86_64 -> ILP32: values at the limits of the 32-bit types move, and arrive exact', () => {
  const src = `#include <stdio.h>
#include <limits.h>
#include <shuttle.h>
static long gmin = -2147483647L - 1;
int main(void) {
    long lmax = 2147483647L;
    unsigned long umax = 4294967295UL;
    long small = -5;
    if (migrate("m68k") != 0) return 1;
    printf("%s %ld %ld %lu %ld\\n", current_isa(), gmin, lmax, umax, small);
    if (migrate("rv32") != 0) return 2;
    printf("%s %ld %ld %lu %ld\\n", current_isa(), gmin, lmax, umax, small);
    if (migrate("x86_64") != 0) return 3;
    lmax = lmax + 1;
    printf("%s %ld\\n", current_isa(), lmax);
    return 0;
}
`;
  const proc = processOf(src, 'lp64-limits.c', 'x86_64');
  const r = proc.run();
  assert.equal(new TextDecoder().decode(r.stdout),
    'm68k -2147483648 2147483647 4294967295 -5\nrv32 -2147483648 2147483647 4294967295 -5\nx86_64 2147483648\n');
  assert.equal(r.exitCode, 0);
  assert.deepEqual(proc.trace.map((t) => [t.from, t.to, t.refused]), [['x86_64', 'm68k', undefined], ['m68k', 'rv32', undefined], ['rv32', 'x86_64', undefined]]);
});

test('the refusal is a MigrationRefused naming frame and variable when captured and restored by hand', () => {
  const c = CASES[0];
  const proc = atHere(source(c, 'rv32'), 'lp64-by-hand.c');
  const state = proc.capture('snapshot');   // capture on x86_64 is exact: the value is in the state
  const main = state.frames.find((f) => f.function === 'main')!;
  assert.equal(String(main.locals.find((l) => l.name === 'big')!.value), '5000000000');
  const before = machineDigest(proc.machine);
  for (const target of TARGETS) {
    assert.throws(() => proc.resumeFrom(state, target), (e: unknown) => {
      assert.ok(e instanceof MigrationRefused, String(e));
      assert.match(e.message, /variable 'big' in frame #\d+ main: a value that does not fit the target's type/);
      return true;
    });
  }
  assert.equal(machineDigest(proc.machine), before);
});

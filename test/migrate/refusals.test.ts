// Issue 3, must-show 4: refusals, one test per reason (and per place the bad value can live: a
// local, a caller's local, a global, a heap block), from both ISAs. Each checks the message (the
// reason, the variable and the frame), that the source machine is bit-for-bit untouched by the
// refused attempt (registers, memory, heap, I/O; for refusals at restore, its canonical capture
// before and after is identical), and that the program then continues on its source ISA to the
// right output — including its own migrate() call, which answers -1 while the value is there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MigrationRefused, restore, validateState, type CanonicalState } from '../../emulator/migrate/index';
import { ISA_IDS, machineDigest, otherIsa, processOf } from './helpers';

const HEAD = `#include <stdio.h>
#include <stdlib.h>
#include <shuttle.h>
static const char *other(void) { return current_isa()[0] == 'r' ? "m68k" : "rv32"; }
static int g = 7;
`;

/**
 * A program: declarations, setup (the bad value), the marked point, the fix, the check. The fix
 * reads the bad variable first (`if (p) p = NULL;`): a variable rewritten before it is read is dead
 * at the marked point, and a dead variable migrates as null instead of being refused.
 */
function program(decls: string, setup: string, fix: string, check: string, extra = ''): string {
  return `${HEAD}${extra}
int main(void) {
    ${decls}
    ${setup}
    printf("setup\\n"); /* HERE */
    if (migrate(other()) != 0) printf("refused\\n");
    ${fix}
    if (migrate(other()) == 0) printf("moved\\n");
    printf("done %d\\n", ${check});
    return 0;
}
`;
}
const OUT = (check: number): string => `setup\nrefused\nmoved\ndone ${check}\n`;

interface Case { name: string; source: string; reason: RegExp; variable: string; frame: RegExp; check: number }

const CASES: Case[] = [
  { name: 'dangling heap pointer in a local', reason: /points to freed or unmapped memory/, variable: 'p', frame: /main/, check: 1,
    source: program('int *p; int ok = 1;', 'p = malloc(4 * sizeof(int)); free(p);', 'if (p) p = NULL;', 'ok') },
  { name: 'dangling heap pointer in a global', reason: /points to freed or unmapped memory/, variable: 'gp', frame: /.*/, check: 2,
    source: program('int ok = 2;', 'gp = malloc(8); free(gp);', 'gp = &g;', 'ok', 'static int *gp;\n') },
  { name: 'dangling pointer inside a heap block', reason: /points to freed or unmapped memory/, variable: '', frame: /.*/, check: 3,
    source: program('struct box *b = malloc(sizeof(struct box));', 'b->p = malloc(4); free(b->p);', 'b->p = &g;', '3', 'struct box { int n; int *p; };\n') },
  { name: 'dangling pointer in a caller frame', reason: /points to freed or unmapped memory/, variable: 'q', frame: /main/, check: 4,
    source: `${HEAD}
static int use(void) {
    int four = 4;
    printf("setup\\n"); /* HERE */
    if (migrate(other()) != 0) printf("refused\\n");
    return four;
}
int main(void) {
    int *q = malloc(16);
    int r;
    free(q);
    r = use();
    if (q) q = NULL;
    if (migrate(other()) == 0) printf("moved\\n");
    printf("done %d\\n", r);
    return 0;
}
` },
  { name: 'pointer to unmapped memory', reason: /points to freed or unmapped memory/, variable: 'p', frame: /main/, check: 5,
    source: program('int *p;', 'p = (int *)0x20000000;', 'if (p) p = &g;', '5') },
  { name: 'pointer into a returned (dead) stack frame', reason: /points to freed or unmapped memory/, variable: 'p', frame: /main/, check: 6,
    source: program('int *p;', 'p = dead();', 'if (p) p = NULL;', '6', 'static int *dead(void) { int x = 1; int *r = &x; return r; }\n') },
  { name: 'union holding a pointer in a local', reason: /a union whose bytes hold a pointer/, variable: 'u', frame: /main/, check: 7,
    source: program('union pi u;', 'u.p = &g;', 'if (u.i) u.i = 0;', '7', 'union pi { int *p; int i; };\n') },
  { name: 'union holding a pointer in a global', reason: /a union whose bytes hold a pointer/, variable: 'gu', frame: /.*/, check: 8,
    source: program('int ok = 8;', 'gu.p = &g;', 'gu.i = 0;', 'ok', 'union pi { int *p; int i; };\nstatic union pi gu;\n') },
  { name: 'union holding a pointer in a heap block', reason: /a union whose bytes hold a pointer/, variable: '', frame: /.*/, check: 9,
    source: program('union pi *h = malloc(sizeof(union pi));', 'h->p = &g;', 'h->p = NULL;', '9 + h->i', 'union pi { int *p; int i; };\n') },
  { name: 'address of a heap block held in a long', reason: /an address held in an integer/, variable: 'a', frame: /main/, check: 10,
    source: program('long a; int *p;', 'p = malloc(8); a = (long)p;', 'if (a) a = 0;', '10') },
  { name: 'address of an address-taken local held in a long', reason: /an address held in an integer/, variable: 'a', frame: /main/, check: 11,
    source: program('long a; int x = 11; int *px = &x;', 'a = (long)&x;', 'if (a) a = 1;', '*px') },
];

const hereLine = (src: string): number => src.split('\n').findIndex((l) => l.includes('/* HERE */')) + 1;

/** 1-based count of points reached when the marked line's point is first reached. */
function pointIndexAtHere(src: string, file: string, isa: (typeof ISA_IDS)[number]): number {
  const proc = processOf(src, file, isa);
  const line = hereLine(src);
  const lineOf = new Map(proc.image(isa).debug.points.map((p) => [p.addr >>> 0, p.line]));
  for (;;) {
    assert.equal(proc.runToPoint(proc.pointsReached + 1), 'point', 'the marked point was never reached');
    if (lineOf.get(proc.machine.cpu.pc >>> 0) === line) return proc.pointsReached;
  }
}

const refusedWith = (c: Case) => (e: unknown): boolean => {
  assert.ok(e instanceof MigrationRefused, String(e));
  assert.match(e.message, c.reason);
  if (c.variable) assert.match(e.message, new RegExp(`variable '[^']*\\b${c.variable}\\b`));
  assert.match(e.message, /variable '[^']+'/);
  if (c.frame.source !== '.*') assert.match(e.message, new RegExp(`frame [^:]*${c.frame.source}`));
  return true;
};

for (const c of CASES) {
  for (const isa of ISA_IDS) {
    test(`refused from ${isa}: ${c.name}`, () => {
      const file = `refusal-${c.name.replace(/\W+/g, '-')}.c`;
      const proc = processOf(c.source, file, isa);
      assert.equal(proc.runToPoint(pointIndexAtHere(c.source, file, isa)), 'point');
      const before = machineDigest(proc.machine);
      assert.throws(() => proc.capture('debugger'), refusedWith(c));
      const rec = proc.migrateTo(otherIsa(isa), 'debugger');
      assert.ok(rec.refused, 'the migration was not refused');
      assert.equal(proc.isa, isa);
      assert.equal(machineDigest(proc.machine), before, 'the refused attempt changed the source machine');
      const r = proc.run();
      assert.equal(new TextDecoder().decode(r.stdout), OUT(c.check));
      assert.equal(r.exitCode, 0);
      const own = proc.trace.filter((t) => t.reason === 'migrate() call');
      assert.ok(own[0].refused, 'the program\'s own migrate() should have been refused');
      assert.equal(own[own.length - 1].refused, undefined);
    });
  }
}

/** A program stopped at its marked point, with its capture, for the restore-side refusals. */
function stoppedAt(isa: (typeof ISA_IDS)[number]) {
  const src = program('int n = 12; int arr[3];', 'arr[0] = 1; arr[1] = 2; arr[2] = 3;', '', 'n + arr[2]');
  const file = 'refusal-restore.c';
  const proc = processOf(src, file, isa);
  assert.equal(proc.runToPoint(pointIndexAtHere(src, file, isa)), 'point');
  return { proc, state: proc.capture('snapshot') };
}

const clone = (s: CanonicalState): CanonicalState => JSON.parse(JSON.stringify(s)) as CanonicalState;

for (const isa of ISA_IDS) {
  test(`refused at restore from ${isa}: a value that does not fit the target's type; the source continues`, () => {
    const { proc, state } = stoppedAt(isa);
    const bad = clone(state);
    const main = bad.frames.find((f) => f.function === 'main')!;
    main.locals.find((l) => l.name === 'n')!.value = 2 ** 40;
    assert.throws(() => restore(bad, proc.image(otherIsa(isa))), (e: unknown) => {
      assert.ok(e instanceof MigrationRefused);
      assert.match(e.message, /a value that does not fit the target's type/);
      assert.match(e.message, /variable 'n'/);
      assert.match(e.message, /frame [^:]*main/);
      return true;
    });
    assert.deepEqual(proc.capture('snapshot'), state);
    const r = proc.run();
    assert.equal(new TextDecoder().decode(r.stdout), 'setup\nmoved\ndone 15\n');
  });

  test(`refused at restore from ${isa}: a state from another program`, () => {
    const { proc, state } = stoppedAt(isa);
    const otherProc = processOf('int main(void) { return 0; }\n', 'refusal-restore.c', otherIsa(isa));
    assert.throws(() => restore(state, otherProc.image(otherIsa(isa))), (e: unknown) => {
      assert.ok(e instanceof MigrationRefused);
      assert.match(e.message, /another program|different program|hash/);
      return true;
    });
    assert.deepEqual(proc.capture('snapshot'), state);
    assert.equal(new TextDecoder().decode(proc.run().stdout), 'setup\nmoved\ndone 15\n');
  });
}

test('refused: malformed states (missing field, wrong version, wrong types, truncated text)', () => {
  const { state } = stoppedAt('rv32');
  const cases: [unknown, RegExp][] = [
    [{ ...clone(state), frames: undefined }, /malformed state: .*frames/],
    [{ ...clone(state), format: 'shuttle.canonical/9' }, /malformed state: \/format: unsupported format/],
    [{ ...clone(state), io: { stdoutBytes: 'x', stderrBytes: 0, stdinOffset: 0 } }, /malformed state: \/io/],
    [JSON.stringify(state).slice(0, 200), /malformed state: .*not JSON/],
    [42, /malformed state/],
  ];
  for (const [json, re] of cases) {
    assert.throws(() => validateState(json), (e: unknown) => e instanceof MigrationRefused && re.test(e.message));
  }
  assert.deepEqual(validateState(clone(state)), state);
});

// Issue 3, must-show 1: every program of test/programs, migrated at every K-th migration point to
// the next ISA in turn (from every starting ISA, cycling through the ISAs forwards and backwards),
// gives byte-identical stdout and exit code to the unmigrated run (its expected output). K is 1
// unless the program reaches more than MAX_MIGRATIONS points; then K grows so that about
// MAX_MIGRATIONS migrations happen. SHUTTLE_MIGRATE_ALL=1 forces K = 1 everywhere;
// `npm run test:migrate-all` does that in one process per core sharing the runs through
// SHUTTLE_MIGRATE_QUEUE. Programs whose
// expected output differs by ISA (sizeof, char signedness, union byte order) have no single right
// output once mixed (a value computed on one ISA may be printed on another): there the run must
// print as many lines as expected, every line that all ISAs print alike must be that line (see
// mixedDifference), and the exit code must be the same. Refusals a correct
// program can rightly meet (see ALLOWED) are allowed; any other fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setImmediate as yieldToReporter } from 'node:timers/promises';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeDifference, listPrograms, type TestProgram } from '../helpers/programs';
import { formatRecord } from '../../emulator/migrate/process';
import type { IsaId } from '../../emulator/isa/types';
import { ISA_IDS, pointSequence, runProgram } from './helpers';

/**
 * Refusals a correct program can rightly meet at some points: a live variable still holding a
 * freed block's address (after free(p), until p is reassigned or its frame returns; a dead one
 * migrates as null), and an address kept in a pointer-sized integer (uintptr_t arithmetic, also
 * in the runtime's qsort). The program continues on its ISA there, so its output must still be
 * identical.
 */
const ALLOWED = /points to freed or unmapped memory|an address held in an integer/;
/**
 * Also allowed where the output differs by ISA, because those programs do what makes them
 * rightly unmigratable at some points: a `long` above 32 bits on x86_64 cannot move to an ILP32
 * ISA, and a union can hold a pointer.
 */
const ALLOWED_PER_ISA = /a value that does not fit the target's type|a union whose bytes hold a pointer/;
/**
 * Lines allowed to differ from the unmigrated run, by program: type punning through a union
 * across byte orders. The canonical state carries a union as its first member's value (see
 * docs/canonical-state.md), so bytes written through another member between two points reach a
 * target of the other byte order as that value, not as the same bytes.
 */
const PUNNING: Record<string, RegExp> = { '76-struct-misc': /^nums / };
const ALL = process.env.SHUTTLE_MIGRATE_ALL === '1';
/** migrations per program, start ISA and order in the default run (SHUTTLE_MIGRATE_MAX overrides) */
const MAX_MIGRATIONS = Number(process.env.SHUTTLE_MIGRATE_MAX ?? 30);
/**
 * `SHUTTLE_MIGRATE_QUEUE=<dir>` (set by scripts/migrate-all.js for the K = 1 run): several
 * processes share the runs (program × start ISA × order), largest first; each takes a run by
 * creating `<dir>/<run>` (atomic), so no run is done twice and the cores stay busy to the end.
 */
const QUEUE = process.env.SHUTTLE_MIGRATE_QUEUE;
interface Order { name: string; order: IsaId[] }
/** both turns of the ISA cycle; with only two ISAs they are the same cycle, so it runs once */
const ORDERS: Order[] = [
  { name: 'forward', order: [...ISA_IDS] },
  { name: 'reverse', order: [...ISA_IDS].reverse() },
].slice(0, ISA_IDS.length > 2 ? 2 : 1);

const differsByIsa = (p: TestProgram): boolean =>
  ISA_IDS.some((isa) => Buffer.compare(Buffer.from(p.expected(isa)), Buffer.from(p.expected(ISA_IDS[0]))) !== 0);

/** One migrated run of `p` from `isa` along `order`, migrating at every k-th point, checked. */
function checkRun(p: TestProgram, isa: IsaId, order: Order, k: number, perIsa: boolean): void {
  const what = `${isa}, ${order.name}, every ${k}`;
  const r = runProgram(p, isa, { every: k, order: order.order }, { sizes: false });
  const refused = r.trace.filter((m) => m.refused && !ALLOWED.test(m.refused) && !(perIsa && ALLOWED_PER_ISA.test(m.refused)));
  assert.deepEqual(refused.map(formatRecord), [], `${what}: refused migrations`);
  const diff = perIsa ? mixedDifference(r.stdout, ISA_IDS.map((x) => p.expected(x)), PUNNING[p.name]) : describeDifference(new TextEncoder().encode(r.stdout), p.expected(isa));
  assert.equal(diff, undefined, `${what}: ${diff} (${r.fault ?? ''})`);
  assert.equal(r.exitCode, p.expectExit, `${what}: exit code (${r.fault ?? r.status})`);
  if (r.points >= k && !r.trace.some((m) => m.refused)) assert.ok(r.trace.some((m) => !m.refused), `${what}: no migration happened`);
  const moves = r.trace.filter((m) => !m.refused).slice(0, order.order.length);
  moves.forEach((m) => assert.equal(order.order[(order.order.indexOf(m.from) + 1) % order.order.length], m.to, `${what}: ${m.from} -> ${m.to} out of turn`));
}

if (QUEUE) {
  test(`every program at every point, from every ISA, both orders (runs shared through ${QUEUE})`, async (t) => {
    const runs = listPrograms().flatMap((p) => {
      const points = pointSequence(p.source, p.file, 'rv32', Infinity).length;
      return ORDERS.flatMap((order) => ISA_IDS.map((isa) => ({ p, isa, order, points })));
    }).sort((a, b) => b.points - a.points);
    for (const { p, isa, order, points } of runs) {
      try { fs.mkdirSync(path.join(QUEUE, `${p.name}.${isa}.${order.name}`)); } catch { continue; } // another process has it
      await t.test(`${p.name}: from ${isa}, ${order.name}, at each of ${points} points`, async () => {
        await yieldToReporter(); // lets the reporter print finished runs: the runs are synchronous
        checkRun(p, isa, order, 1, differsByIsa(p));
      });
    }
  });
} else {
  for (const p of listPrograms()) {
    const perIsa = differsByIsa(p);
    test(`${p.name}: migrated at every point (or every K-th), from every ISA, both orders${perIsa ? ' (output differs by ISA: line by line)' : ''}`, () => {
      let k = 1;
      if (!ALL) {
        const points = pointSequence(p.source, p.file, 'rv32', Infinity).length;
        k = Math.max(1, Math.ceil(points / MAX_MIGRATIONS));
      }
      for (const order of ORDERS) for (const isa of ISA_IDS) checkRun(p, isa, order, k, perIsa);
    });
  }
}

/**
 * For a program whose output differs by ISA: undefined when the migrated run's output has as many
 * lines as the expected outputs and each line that is the same in all of them is that line; else
 * what differs. (A line that differs by ISA may rightly mix ISAs, e.g. `char` computed unsigned
 * on rv32 and printed signed on m68k, so it is not checked.)
 */
function mixedDifference(stdout: string, expected: Uint8Array[], mayDiffer?: RegExp): string | undefined {
  const dec = new TextDecoder();
  const per = expected.map((e) => dec.decode(e).split('\n'));
  const got = stdout.split('\n');
  if (per.some((lines) => lines.length !== got.length)) return `${got.length} lines, expected ${per.map((l) => l.length).join(' or ')}`;
  const bad = got.findIndex((line, i) => per.every((lines) => lines[i] === per[0][i]) && line !== per[0][i] && !mayDiffer?.test(per[0][i]));
  return bad < 0 ? undefined : `line ${bad + 1} is ${JSON.stringify(got[bad])}, expected ${JSON.stringify(per[0][bad])}`;
}

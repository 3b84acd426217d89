// Issue 3, must-show 1: every program of test/programs, migrated at every K-th migration point to
// the next ISA in turn (from every starting ISA, cycling through the ISAs forwards and backwards),
// gives byte-identical stdout and exit code to the unmigrated run (its expected output). K is 1
// unless the program reaches more than MAX_MIGRATIONS points; then K grows so that about
// MAX_MIGRATIONS migrations happen. SHUTTLE_MIGRATE_ALL=1 (`npm run test:migrate-all`) forces
// K = 1 everywhere (SHUTTLE_MIGRATE_SHARD splits that run between processes). Programs whose
// expected output differs by ISA (sizeof, char signedness, union byte order) have no single right
// output once mixed (a value computed on one ISA may be printed on another): there the run must
// print as many lines as expected, every line that all ISAs print alike must be that line (see
// mixedDifference), and the exit code must be the same. Refusals a correct
// program can rightly meet (see ALLOWED) are allowed; any other fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setImmediate as yieldToReporter } from 'node:timers/promises';
import { describeDifference, listPrograms } from '../helpers/programs';
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
 * `SHUTTLE_MIGRATE_SHARD=i/n` runs the i-th of n interleaved slices of the programs, so that a
 * long run (test:migrate-all) can use every core: one process per slice.
 */
const SHARD = /^(\d+)\/(\d+)$/.exec(process.env.SHUTTLE_MIGRATE_SHARD ?? '1/1');
const inShard = (i: number): boolean => !SHARD || i % Number(SHARD[2]) === Number(SHARD[1]) - 1;
/** both turns of the ISA cycle; with only two ISAs they are the same cycle, so it runs once */
const ORDERS: { name: string; order: IsaId[] }[] = [
  { name: 'forward', order: [...ISA_IDS] },
  { name: 'reverse', order: [...ISA_IDS].reverse() },
];

for (const [i, p] of listPrograms().entries()) {
  if (!inShard(i)) continue;
  const perIsa = ISA_IDS.some((isa) => Buffer.compare(Buffer.from(p.expected(isa)), Buffer.from(p.expected(ISA_IDS[0]))) !== 0);
  test(`${p.name}: migrated at every point (or every K-th), from every ISA, both orders${perIsa ? ' (output differs by ISA: line by line)' : ''}`, async () => {
    let k = 1;
    if (!ALL) {
      const points = pointSequence(p.source, p.file, 'rv32', Infinity).length;
      k = Math.max(1, Math.ceil(points / MAX_MIGRATIONS));
    }
    for (const { name, order } of ORDERS.slice(0, ISA_IDS.length > 2 ? 2 : 1)) {
      for (const isa of ISA_IDS) {
        const what = `${isa}, ${name}, every ${k}`;
        await yieldToReporter(); // lets the reporter print finished programs: the runs are synchronous
        const r = runProgram(p, isa, { every: k, order });
        const refused = r.trace.filter((m) => m.refused && !ALLOWED.test(m.refused) && !(perIsa && ALLOWED_PER_ISA.test(m.refused)));
        assert.deepEqual(refused.map(formatRecord), [], `${what}: refused migrations`);
        const diff = perIsa ? mixedDifference(r.stdout, ISA_IDS.map((x) => p.expected(x)), PUNNING[p.name]) : describeDifference(new TextEncoder().encode(r.stdout), p.expected(isa));
        assert.equal(diff, undefined, `${what}: ${diff} (${r.fault ?? ''})`);
        assert.equal(r.exitCode, p.expectExit, `${what}: exit code (${r.fault ?? r.status})`);
        if (r.points >= k && !r.trace.some((m) => m.refused)) assert.ok(r.trace.some((m) => !m.refused), `${what}: no migration happened`);
        const order2 = r.trace.filter((m) => !m.refused).slice(0, order.length);
        order2.forEach((m) => assert.equal(order[(order.indexOf(m.from) + 1) % order.length], m.to, `${what}: ${m.from} -> ${m.to} out of turn`));
      }
    }
  });
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

// Structs returned by value, in flight (issue 3, lifted limitation): a process captured while a
// call that returns a struct is under way — the caller's result buffer and the callee's hidden
// `.result` pointer are scratch objects of the canonical state — migrates and continues to the
// same output, by its own migrate() calls (nested struct returns) and at every point reached;
// capture -> restore -> capture is identical on the same ISA and across ISAs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { capture, restore, validateState } from '../../emulator/migrate/index';
import { formatRecord } from '../../emulator/migrate/process';
import { images, norm, stopAtPoint, text } from '../../emulator/migrate/testkit';
import { ISA_IDS, runSource } from './helpers';

const FILE = 'struct-returns.c';
const SOURCE = readFileSync(join(__dirname, 'programs', FILE), 'utf8');
const EXPECTED = readFileSync(join(__dirname, 'programs', 'struct-returns.out'), 'utf8');

for (const isa of ISA_IDS) {
  test(`struct returns from ${isa}: the program's own migrate() calls inside struct-returning calls`, () => {
    const r = runSource(SOURCE, FILE, isa);
    assert.equal(r.stdout, EXPECTED, r.fault);
    const moves = r.trace.filter((m) => !m.refused);
    assert.equal(moves.length, 12, r.trace.filter((m) => m.refused).map(formatRecord).join('\n'));
    assert.ok(moves.some((m) => m.frames >= 5), 'a migration with wrap -> twice -> mk in flight');
  });

  test(`struct returns from ${isa}: migrated at every point, nothing refused`, () => {
    const r = runSource(SOURCE, FILE, isa, { every: 1 });
    assert.equal(r.stdout, EXPECTED, r.fault);
    assert.deepEqual(r.trace.filter((m) => m.refused).map(formatRecord), []);
    assert.equal(r.trace.length, r.points + 12);
  });
}

test('struct returns: capture -> restore -> capture is identical, same ISA and across ISAs, at every point', () => {
  const imgs = images(SOURCE, FILE);
  const hooks = { onMigrate: (): number => 0 };   // the program's migrate() calls succeed in place
  let inFlight = 0;
  for (const from of ISA_IDS) {
    for (let n = 1; ; n += 3) {
      const m = stopAtPoint(imgs[from], n, hooks);
      if (!m) break;
      const s1 = capture(m, 'snapshot');
      // a `migrate` point sits after migrate()'s argument is computed into an unrecorded temp
      const top = s1.frames[s1.frames.length - 1].point;
      if (imgs[from].debug.points.find((pt) => pt.id === top)?.kind === 'migrate') continue;
      const objects = s1.objects.filter((o) => o.kind === 'scratch');
      if (objects.some((o) => o.value === null)) inFlight++;
      for (const to of ISA_IDS) {
        const t = restore(validateState(JSON.parse(JSON.stringify(s1))), imgs[to], hooks);
        assert.equal(norm(capture(t, 'snapshot')), norm(s1), `${from} -> ${to} at point ${n}`);
        const r = t.run();
        assert.equal(text(m.host.stdout.bytes()) + text(r.stdout), EXPECTED, `${from} -> ${to} at point ${n}`);
      }
    }
  }
  assert.ok(inFlight > 10, `states with a result buffer in flight: ${inFlight}`);
});

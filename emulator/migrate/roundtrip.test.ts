// Round trips through the canonical state for programs of test/programs on both ISAs: stop at
// several points, capture, validate, restore on the same and on the other ISA, capture again
// (identical JSON but for `from`; struct results in flight included), and run to the end: the output before and after the
// migration, concatenated, and the exit code equal the unmigrated run's.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Machine } from '../machine/machine';
import { capture, restore, validateState } from './index';
import { images, ISAS, norm, stopAtPoint, text } from './testkit';

const DIR = join(__dirname, '../../test/programs');
const PROGRAMS = [
  '03-recursion', '04-linked-list', '05-bst', '06-struct-array', '07-pointer-middle', '08-pointer-locals',
  '09-funcptr-table', '13-long-long', '21-malloc', '26-static-locals', '28-struct-copy', '34-qsort',
  '36-getchar', '37-argv', '44-nested-struct', '45-stack-queue', '46-hash-table',
];
const POINTS = [1, 4, 17, 60];
for (const name of PROGRAMS) {
  test(`round trips: ${name}`, () => {
    const file = `${name}.c`;
    const imgs = images(readFileSync(join(DIR, file), 'utf8'), file);
    const stdinFile = join(DIR, `${name}.stdin`);
    const stdin = existsSync(stdinFile) ? readFileSync(stdinFile) : new Uint8Array();
    const argv = [file, 'alpha', 'b'];
    for (const from of ISAS) {
      const base = new Machine(imgs[from], { argv, stdin }).run();
      for (const n of POINTS) {
        const m = stopAtPoint(imgs[from], n, { argv, stdin });
        if (!m) continue;
        const s1 = capture(m, 'snapshot');
        const json = JSON.stringify(s1);
        assert.equal(JSON.stringify(capture(m, 'snapshot')), json, 'capture is repeatable (read-only)');
        for (const to of ISAS) {
          const t = restore(validateState(JSON.parse(json)), imgs[to], { stdin });
          assert.equal(norm(capture(t, 'snapshot')), norm(s1), `${from} -> ${to} at point ${n}: capture after restore`);
          const r = t.run();
          assert.equal(r.status, 'exited', `${from} -> ${to} at point ${n}: ${r.fault?.message ?? ''}`);
          assert.equal(text(m.host.stdout.bytes()) + text(r.stdout), text(base.stdout), `${from} -> ${to} at point ${n}: output`);
          assert.equal(r.exitCode, base.exitCode);
        }
        // the source machine still runs to the same end
        const rest = m.run();
        assert.equal(text(rest.stdout), text(base.stdout));
      }
    }
  });
}

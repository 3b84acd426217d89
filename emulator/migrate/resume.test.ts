// Process-originated migration at the core level: programs of test/programs/migrate call
// migrate() back and forth; each stop inside migrate() is captured (a `resume` top frame),
// restored on the ISA asked for, captured again (identical JSON but for `from`), and the
// program's whole output equals its expected output.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Machine, type MachineOptions } from '../machine/machine';
import { capture, restore, validateState } from './index';
import { images, norm, text } from './testkit';

const DIR = join(__dirname, '../../test/programs/migrate');

for (const name of ['01-list-pingpong', '02-deep-stack']) {
  test(`migrate() calls move the process: ${name}`, () => {
    const imgs = images(readFileSync(join(DIR, `${name}.c`), 'utf8'), `${name}.c`);
    let asked = '';
    const opts: MachineOptions = { onMigrate: (isa) => { asked = isa; return 'stop'; } };
    let m = new Machine(imgs.rv32, opts);
    let out = '', moves = 0;
    for (;;) {
      const r = m.run();
      if (r.status !== 'migrate') { out += text(r.stdout); assert.equal(r.status, 'exited'); break; }
      const s = capture(m, 'migrate() call');
      const top = s.frames[s.frames.length - 1];
      assert.equal(top.resume?.result, 0);
      out += text(m.host.stdout.bytes());
      assert.ok(asked === 'rv32' || asked === 'm68k');
      m = restore(validateState(JSON.parse(JSON.stringify(s))), imgs[asked as 'rv32' | 'm68k'], opts);
      assert.equal(m.isa.id, asked);
      assert.equal(norm(capture(m, 'migrate() call')), norm(s));
      moves++;
    }
    assert.ok(moves >= 2, `moved ${moves} times`);
    assert.equal(out, readFileSync(join(DIR, `${name}.out`), 'latin1'));
  });
}

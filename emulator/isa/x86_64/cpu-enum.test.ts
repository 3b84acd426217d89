// Guards the CPU's literal `case N /* Op.NAME */:` labels (used for speed) against the Op enum.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'fs';
import { join } from 'path';
import { Op } from './decode';

test('cpu.ts case literals and op checks match the Op enum', () => {
  let n = 0;
  for (const file of ['cpu.ts', 'cpu-ops.ts']) {
    const src = readFileSync(join(__dirname, file), 'utf8');
    for (const m of src.matchAll(/(?:case|===) (\d+) \/\* Op\.(\w+) \*\//g)) {
      assert.equal((Op as unknown as Record<string, number>)[m[2]], Number(m[1]), `${file}: Op.${m[2]}`);
      n++;
    }
  }
  assert.ok(n > 40, `only ${n} checked labels`);
  const cpu = readFileSync(join(__dirname, 'cpu.ts'), 'utf8');
  assert.ok(!/case (dec\.)?Op\./.test(cpu), 'every case label in cpu.ts is a checked literal');
});

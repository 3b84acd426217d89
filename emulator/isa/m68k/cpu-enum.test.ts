// Guards the CPU's literal `case N /* Op.NAME */:` labels (used for speed) against the enums.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'fs';
import { join } from 'path';
import { Op } from './decode';
import { Mode } from './regs';

test('cpu.ts case literals match the Op and Mode enums', () => {
  const src = readFileSync(join(__dirname, 'cpu.ts'), 'utf8');
  const enums: Record<string, Record<string, unknown>> = { Op, Mode };
  let n = 0;
  for (const m of src.matchAll(/case (\d+) \/\* (Op|Mode)\.(\w+) \*\//g)) {
    assert.equal(enums[m[2]][m[3]], Number(m[1]), `${m[2]}.${m[3]}`);
    n++;
  }
  assert.ok(n > 50);
  assert.ok(!/case (Op|Mode)\./.test(src), 'every case label is a checked literal');
});

// Runtime faults end to end: C programs that dereference NULL, divide by zero, recurse without end or loop
// forever stop with the right status and fault kind on every ISA, attributed to the C function and line,
// and `shuttle run` reports them as one `shuttle: ...` line on stderr with exit status 3 (no stack trace).

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compile, formatFault, ISA_IDS, Machine, type FaultKind } from '../emulator/index';
import { makeTempDir, removeTempDir } from './helpers/external';
import { ROOT } from './helpers/programs';

interface FaultCase { name: string; source: string; kind: FaultKind; fn: string; line: number; output: string }

const CASES: FaultCase[] = [
  {
    name: 'null-write', kind: 'bad access', fn: 'poke', line: 4, output: 'before\n',
    source: `#include <stdio.h>
static int *target;
static void poke(int v) {
    *target = v;
}
int main(void) { printf("before\\n"); poke(5); printf("after\\n"); return 0; }
`,
  },
  {
    name: 'null-read-through-struct', kind: 'bad access', fn: 'main', line: 6, output: '',
    source: `struct node { int value; struct node *next; };
static struct node last = { 1, 0 };
int main(void) {
    struct node *n = &last;
    int v = n->value;
    v += n->next->value;
    return v;
}
`,
  },
  {
    name: 'division-by-zero', kind: 'division by zero', fn: 'divide', line: 3, output: '',
    source: `static int zero;
static int divide(int a, int b) {
    return a / b;
}
int main(void) { return divide(10, zero); }
`,
  },
  {
    name: 'runaway-recursion', kind: 'stack overflow', fn: 'down', line: 0, output: '',
    source: `static int down(int n) {
    int pad[32];
    pad[n & 31] = n;
    return down(n + 1) + pad[(n + 1) & 31];
}
int main(void) { return down(0); }
`,
  },
];

for (const isa of ISA_IDS) {
  describe(`runtime faults on ${isa}`, () => {
    for (const c of CASES) {
      test(c.name, () => {
        const m = new Machine(compile({ source: c.source, file: `${c.name}.c`, isa }));
        const r = m.run({ maxInstructions: 50_000_000 });
        assert.equal(r.status, 'fault', `${c.name}: status ${r.status} (exit ${r.exitCode})`);
        const f = r.fault!;
        const shown = formatFault(f);
        assert.equal(f.kind, c.kind, shown);
        assert.equal(f.isa, isa, shown);
        assert.equal(f.function, c.fn, shown);
        if (c.line) assert.equal(f.line, c.line, shown);
        assert.equal(Buffer.from(r.stdout).toString(), c.output);
        assert.match(shown, /^shuttle: /);
        assert.ok(!shown.includes('\n'), 'one line');
      });
    }
    test('an endless loop stops at the instruction budget', () => {
      const m = new Machine(compile({ source: 'int main(void) { volatile int x = 0; for (;;) x++; return x; }', file: 'loop.c', isa }));
      const r = m.run({ maxInstructions: 100_000 });
      assert.equal(r.status, 'limit');
      assert.ok(r.instructions >= 100_000 && r.instructions < 200_000, `instructions ${r.instructions}`);
    });
  });
}

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'bin', 'shuttle'), ...args], { cwd: ROOT, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout: String(stdout), stderr: String(stderr) }));
  });
}

describe('shuttle run reports runtime faults', { concurrency: 2 }, () => {
  for (const isa of ISA_IDS) {
    test(`null write on ${isa}`, async () => {
      const dir = makeTempDir('shuttle-fault-');
      try {
        const file = path.join(dir, 'null-write.c');
        fs.writeFileSync(file, CASES[0].source);
        const r = await runCli(['run', file, '--isa', isa]);
        assert.equal(r.code, 3, `exit status; stderr: ${r.stderr}`);
        assert.equal(r.stdout, 'before\n');
        const lines = r.stderr.trim().split('\n');
        assert.equal(lines.length, 1, r.stderr);
        assert.match(lines[0], new RegExp(`^shuttle: bad access .*${isa}.* in poke, .*null-write\\.c:4:`));
        assert.ok(!/^ {4}at /m.test(r.stderr));
      } finally { removeTempDir(dir); }
    });
  }
});

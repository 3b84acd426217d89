// The examples/ programs work as the README promises: each runs on every ISA (library and `shuttle run`),
// hello names the ISA it runs on, and an ELF from `shuttle compile` runs under qemu-user too.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ISA_IDS, runSource } from '../emulator/index';
import { makeTempDir, QEMU, removeTempDir, runQemu } from './helpers/external';
import { requireTool, ROOT } from './helpers/programs';

const EXAMPLES = path.join(ROOT, 'examples');

/** What each example must print (a line that pins the result down), by ISA. */
const EXPECT: Record<string, (isa: string) => string[]> = {
  'hello.c': (isa) => [`Hello from Shuttle on ${isa}!`],
  'fib.c': () => ['fib(20) = 6765', 'fib(90) = 2880067194370816120'],
  'list.c': () => ['built: 100 81 64 49 36 25 16 9 4 1', 'reversed: 1 4 9 16 25 36 49 64 81 100', 'sum 385'],
  'migrate.c': (isa) => [`start on ${isa}`, 'ada 41 best linus', 'grace 51 best grace', 'linus 61 best ada', 'steps 7 5 7 9'],
};

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'bin', 'shuttle'), ...args], { cwd: ROOT, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout: String(stdout), stderr: String(stderr) }));
  });
}

test('every example has an expectation', () => {
  const files = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.c')).sort();
  assert.deepEqual(files, Object.keys(EXPECT).sort());
});

for (const isa of ISA_IDS) {
  describe(`examples on ${isa}`, { concurrency: 3 }, () => {
    for (const [file, lines] of Object.entries(EXPECT)) {
      const src = path.join(EXAMPLES, file);
      test(`${file} (library)`, () => {
        const r = runSource(fs.readFileSync(src, 'utf8'), src, isa);
        assert.equal(r.status, 'exited');
        assert.equal(r.exitCode, 0);
        const out = Buffer.from(r.stdout).toString().split('\n');
        for (const l of lines(isa)) assert.ok(out.includes(l), `missing line ${JSON.stringify(l)} in:\n${out.join('\n')}`);
      });
      test(`${file} (shuttle run)`, async () => {
        const r = await runCli(['run', path.relative(ROOT, src), '--isa', isa]);
        assert.equal(r.code, 0, r.stderr);
        for (const l of lines(isa)) assert.ok(r.stdout.split('\n').includes(l), `missing ${JSON.stringify(l)}`);
      });
    }
    test('shuttle compile output runs under qemu-user', async (t) => {
      if (!requireTool(t, QEMU[isa].tool)) return;
      const dir = makeTempDir('shuttle-example-');
      try {
        const out = path.join(dir, `list.${isa}`);
        const c = await runCli(['compile', 'examples/list.c', '--isa', isa, '-o', out]);
        assert.equal(c.code, 0, c.stderr);
        fs.chmodSync(out, 0o755);
        const r = runQemu(isa, out, [], new Uint8Array(0));
        assert.equal(r.status, 0, r.stderr);
        assert.ok(r.stdout.toString().includes('sum 385'), r.stdout.toString());
      } finally { removeTempDir(dir); }
    });
  });
}

#!/usr/bin/env node
// `npm run test:migrate-all`: every program of test/programs migrated at EVERY migration point
// (K = 1), from every ISA, both turns of the ISA cycle — about 880,000 points per start ISA and
// order, 5.3 million migrations. Runs test/migrate/every-point.test.ts in one process per core;
// the processes share the 486 runs (program × start ISA × order), largest first, through a
// directory of claims (SHUTTLE_MIGRATE_QUEUE), so the cores stay busy until the end. Fails when
// any run fails. Environment: SHUTTLE_MIGRATE_JOBS (default: the number of cores).
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..');
const jobs = Math.max(1, Number(process.env.SHUTTLE_MIGRATE_JOBS) || os.availableParallelism());
const queue = fs.mkdtempSync(path.join(os.tmpdir(), 'shuttle-migrate-all-'));
const started = Date.now();
let failed = 0, done = 0;
process.stdout.write(`migrate-all: ${jobs} processes sharing the runs through ${queue}\n`);
for (let i = 1; i <= jobs; i++) {
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', 'test/migrate/every-point.test.ts'], {
    cwd: root, stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, SHUTTLE_MIGRATE_ALL: '1', SHUTTLE_MIGRATE_QUEUE: queue },
  });
  child.stdout.on('data', (b) => process.stdout.write(b.toString().replace(/^(?=.)/gm, `[${i}/${jobs}] `)));
  child.on('exit', (code) => {
    if (code !== 0) failed++;
    if (++done === jobs) {
      fs.rmSync(queue, { recursive: true, force: true });
      process.stdout.write(`migrate-all: ${jobs} processes, ${failed} failed, ${((Date.now() - started) / 60000).toFixed(1)} min\n`);
      process.exit(failed ? 1 : 0);
    }
  });
}

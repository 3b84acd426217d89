#!/usr/bin/env node
// `npm run test:migrate-all`: every program of test/programs migrated at EVERY migration point
// (K = 1), from every ISA, both turns of the ISA cycle — about 880,000 points per start ISA and
// order. Runs test/migrate/every-point.test.ts in one process per core (SHUTTLE_MIGRATE_SHARD=i/n),
// each with its own slice of the programs, and fails when any slice fails.
// Environment: SHUTTLE_MIGRATE_JOBS (default: the number of cores).
'use strict';
const { spawn } = require('node:child_process');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..');
const jobs = Math.max(1, Number(process.env.SHUTTLE_MIGRATE_JOBS) || os.availableParallelism());
const started = Date.now();
let failed = 0, done = 0;
for (let i = 1; i <= jobs; i++) {
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', 'test/migrate/every-point.test.ts'], {
    cwd: root, stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, SHUTTLE_MIGRATE_ALL: '1', SHUTTLE_MIGRATE_SHARD: `${i}/${jobs}` },
  });
  child.stdout.on('data', (b) => process.stdout.write(b.toString().replace(/^(?=.)/gm, `[${i}/${jobs}] `)));
  child.on('exit', (code) => {
    if (code !== 0) failed++;
    if (++done === jobs) {
      process.stdout.write(`migrate-all: ${jobs} slices, ${failed} failed, ${((Date.now() - started) / 60000).toFixed(1)} min\n`);
      process.exit(failed ? 1 : 0);
    }
  });
}

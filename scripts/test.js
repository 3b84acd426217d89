#!/usr/bin/env node
// Runs every *.test.ts under test/ and emulator/ with node's test runner (TypeScript through tsx).
// Node 20's --test does not expand globs, so the files are listed here. Extra arguments
// (e.g. a path filter) narrow the set: `node scripts/test.js test/programs`.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const filters = process.argv.slice(2);
function walk(dir, out) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'node_modules') walk(p, out); }
    else if (e.name.endsWith('.test.ts')) out.push(path.relative(root, p));
  }
  return out;
}
let files = ['test', 'emulator', 'adapter', 'server', 'bin'].flatMap((d) => walk(path.join(root, d), []));
if (filters.length) files = files.filter((f) => filters.some((x) => f.includes(x)));
files.sort();
if (!files.length) { console.error('no test files found'); process.exit(1); }
// Test files run in parallel, one per core (node's default leaves one core idle); SHUTTLE_TEST_JOBS overrides.
const jobs = Math.max(1, Number(process.env.SHUTTLE_TEST_JOBS) || require('node:os').availableParallelism());
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${jobs}`, '--test-reporter=spec', ...files], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);

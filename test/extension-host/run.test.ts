// Runs the extension-host suite (test/extension-host/suite, through @vscode/test-cli) when a
// desktop VS Code build is at hand: VSCODE_EXECUTABLE names one, or SHUTTLE_VSCODE_DOWNLOAD=1 lets
// @vscode/test-electron download one (from update.code.visualstudio.com, outside the package
// registries, so it is opt-in). With neither set it skips and says how to run it; the same
// scenarios run in a real VS Code as code-server in test/e2e either way.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const CONFIG = path.join(__dirname, '.vscode-test.mjs');

/** Why the suite cannot run here, or undefined when it can. */
export function unavailable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const exe = env.VSCODE_EXECUTABLE;
  if (exe) return fs.existsSync(exe) ? undefined : `VSCODE_EXECUTABLE=${exe} does not exist`;
  if (env.SHUTTLE_VSCODE_DOWNLOAD === '1') return undefined;
  return 'no desktop VS Code to run it in: set VSCODE_EXECUTABLE=/path/to/code, or SHUTTLE_VSCODE_DOWNLOAD=1 to let @vscode/test-electron ' +
    'download one from update.code.visualstudio.com (test/e2e runs the same scenarios in code-server)';
}

test('extension-host suite (@vscode/test-cli)', { timeout: 600_000 }, (t) => {
  const why = unavailable();
  if (why) { t.skip(why); return; }
  assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'extension.js')), 'dist/extension.js is missing: run npm run build first');
  const cli = path.join(ROOT, 'node_modules', '@vscode', 'test-cli', 'out', 'bin.mjs');
  const r = spawnSync(process.execPath, [cli, '--config', CONFIG], { cwd: ROOT, stdio: 'inherit', timeout: 540_000 });
  assert.equal(r.status, 0, 'the extension-host suite failed (its output is above)');
});

test('the suite\'s configuration and files exist', () => {
  assert.ok(fs.existsSync(CONFIG));
  const suite = fs.readdirSync(path.join(__dirname, 'suite')).filter((f) => f.endsWith('.test.js'));
  assert.ok(suite.length > 0, 'no suite files');
  assert.equal(unavailable({ VSCODE_EXECUTABLE: '/nonexistent/code' }), 'VSCODE_EXECUTABLE=/nonexistent/code does not exist');
  assert.equal(unavailable({ SHUTTLE_VSCODE_DOWNLOAD: '1' }), undefined);
  assert.equal(unavailable({ VSCODE_EXECUTABLE: process.execPath }), undefined);
  assert.match(unavailable({}) ?? '', /VSCODE_EXECUTABLE=.*SHUTTLE_VSCODE_DOWNLOAD=1/);
});

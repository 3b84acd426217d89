// The main job: `node scripts/start.js --check` (with the .vsix of the current build) installs the extension into
// code-server, starts the workbench on 127.0.0.1:$SHUTTLE_PORT with examples/ open, waits for HTTP
// 200, prints the address and exits 0 — having stopped code-server again.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { ROOT, codeServer, e2eRequirements, packageVsix } from '../helpers/code-server';

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.js'), ...args], { cwd: ROOT, env });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

test('npm start --check serves VS Code with examples/ open and exits 0', { timeout: 20 * 60_000 }, async (t) => {
  const req = await e2eRequirements();
  if ('skip' in req) { t.skip(req.skip); return; }
  const port = await codeServer.freePort();
  packageVsix();   // packaged here only when stale, so that start.js need not rebuild dist/ under other tests
  const r = await run(['--check', '--no-package'], { ...process.env, SHUTTLE_PORT: String(port) });
  assert.equal(r.code, 0, r.stderr);
  const url = `http://127.0.0.1:${port}/?folder=${path.join(ROOT, 'examples')}`;
  assert.equal(r.stdout.trim(), `Shuttle is running in VS Code at ${url}`);
  assert.match(r.stderr, /installing shuttle-[\d.]+\.vsix/);
  await assert.rejects(fetch(url), 'code-server is still answering after --check exited');
});

test('npm start refuses a bad SHUTTLE_PORT with a clear message', async () => {
  const r = await run(['--check', '--no-package'], { ...process.env, SHUTTLE_PORT: 'eighty' });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /SHUTTLE_PORT must be a port number, not 'eighty'/);
});

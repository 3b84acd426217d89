#!/usr/bin/env node
// `npm start`: opens Shuttle in a real VS Code in the browser. Builds and packages the extension
// (`npm run package` → dist/shuttle-<version>.vsix), installs code-server into the cache when
// missing (scripts/code-server.js), installs the .vsix into a local profile, and serves VS Code on
// 127.0.0.1 with examples/ open, printing the address. Runs until Ctrl-C.
//   --check        start, wait until the workbench answers HTTP 200, print the address, stop, exit 0
//   --no-package   reuse the existing dist/*.vsix (faster restarts)
// Environment: SHUTTLE_PORT (default: a free port), SHUTTLE_CACHE (default ~/.cache/shuttle).
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const cs = require('./code-server.js');

const root = path.join(__dirname, '..');
const say = (msg) => process.stderr.write(`start: ${msg}\n`);

/** `npm run package`, then the path of the .vsix it wrote. */
function packageExtension(skip) {
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const vsix = path.join(root, 'dist', `shuttle-${version}.vsix`);
  if (!skip || !fs.existsSync(vsix)) {
    say('building and packaging the extension (npm run package)');
    const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'package.js')], { cwd: root, stdio: ['ignore', 2, 2] });
    if (r.status !== 0) throw new Error(`npm run package failed (exit ${r.status})`);
  }
  if (!fs.existsSync(vsix)) throw new Error(`npm run package did not write ${vsix}`);
  return vsix;
}

function parsePort(text) {
  if (text === undefined || text === '') return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`SHUTTLE_PORT must be a port number, not '${text}'`);
  return n;
}

async function main(argv) {
  const check = argv.includes('--check');
  const unknown = argv.filter((a) => !['--check', '--no-package'].includes(a));
  if (unknown.length) throw new Error(`unknown argument ${unknown[0]} (usage: node scripts/start.js [--check] [--no-package])`);
  const port = parsePort(process.env.SHUTTLE_PORT);
  const vsix = packageExtension(argv.includes('--no-package'));
  const server = await cs.install();
  const dirs = cs.profileDirs(path.join(cs.cacheDir(), 'profile'));
  cs.writeSettings(dirs);
  say(`installing ${path.basename(vsix)} into ${dirs.extensions}`);
  cs.installExtension(server, dirs, vsix);
  const folder = path.join(root, 'examples');
  const logFile = path.join(dirs.base, 'code-server.log');
  fs.mkdirSync(dirs.base, { recursive: true });
  say(`starting code-server ${cs.CODE_SERVER_VERSION} (log: ${logFile})`);
  const running = await cs.launch(server, dirs, { folder, port, logFile });
  process.stdout.write(`Shuttle is running in VS Code at ${running.url}\n`);
  if (check) {
    await running.stop();
    return 0;
  }
  say('press Ctrl-C to stop');
  let stopping = false;
  await new Promise((resolve) => {
    const quit = () => { stopping = true; say('stopping code-server'); running.stop().then(resolve); };
    process.once('SIGINT', quit);
    process.once('SIGTERM', quit);
    running.child.once('exit', (code, signal) => {
      if (!stopping) say(`code-server exited by itself (${code ?? signal}); see ${logFile}`);
      resolve();
    });
  });
  return 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (e) => {
  say(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});

#!/usr/bin/env node
// Locates or installs code-server (the real VS Code workbench served to a browser) into Shuttle's
// cache ($SHUTTLE_CACHE or ~/.cache/shuttle), outside the repository: first Node 24 from npm
// (`npm install node@24`, code-server requires it), then code-server itself, built against that
// Node's headers. Idempotent: a working install is reused. Used by scripts/start.js and the e2e
// tests (require-able), and by CI: `node scripts/code-server.js install` / `... where`.
'use strict';
const { spawnSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const CODE_SERVER_VERSION = '4.139.1';
const NODE_MAJOR = 24;
// npm 11 runs dependency install scripts only when allowed: code-server's postinstall installs
// VS Code's own dependencies (which carry their own allowScripts list); argon2 may build natively.
const ALLOW_SCRIPTS = { 'code-server': true, argon2: true };

function cacheDir() {
  return process.env.SHUTTLE_CACHE || path.join(os.homedir(), '.cache', 'shuttle');
}

/** Every path the install uses, derived from the cache directory. */
function paths(cache = cacheDir()) {
  const nodeDir = path.join(cache, `node${NODE_MAJOR}`);
  const csDir = path.join(cache, `code-server-${CODE_SERVER_VERSION}`);
  return {
    cache,
    nodeDir,
    nodeBinDir: path.join(nodeDir, 'node_modules', '.bin'),
    node: path.join(nodeDir, 'node_modules', '.bin', 'node'),
    nodeHeaders: path.join(nodeDir, 'node_modules', 'node', 'node_modules', `node-${process.platform}-${process.arch}`),
    codeServerDir: csDir,
    entry: path.join(csDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    vscodeModules: path.join(csDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules'),
  };
}

const log = (msg) => process.stderr.write(`code-server: ${msg}\n`);

class InstallError extends Error {}

/** The environment code-server (and its install) runs in: Node 24 first on PATH. */
function nodeEnv(p = paths(), extra = {}) {
  return {
    ...process.env,
    PATH: `${p.nodeBinDir}${path.delimiter}${process.env.PATH || ''}`,
    npm_config_nodedir: p.nodeHeaders,
    ...extra,
  };
}

/** `node --version` of the cached Node, or undefined when it is missing or broken. */
function nodeVersion(p = paths()) {
  if (!fs.existsSync(p.node)) return undefined;
  const r = spawnSync(p.node, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** code-server's `--version` line when the cached install runs, else undefined. */
function codeServerVersion(p = paths()) {
  if (!fs.existsSync(p.entry) || !fs.existsSync(p.vscodeModules) || !nodeVersion(p)) return undefined;
  const r = spawnSync(p.node, [p.entry, '--version'], {
    encoding: 'utf8', timeout: 120_000, env: nodeEnv(p, { XDG_CONFIG_HOME: path.join(p.cache, 'xdg-config') }),
  });
  if (r.status !== 0) return undefined;
  const line = r.stdout.split('\n').find((l) => l.startsWith(CODE_SERVER_VERSION));
  return line ? line.trim() : undefined;
}

/** Where a working code-server is, or undefined (nothing is installed by this call). */
function locate(p = paths()) {
  const version = codeServerVersion(p);
  return version ? { node: p.node, entry: p.entry, version, env: nodeEnv(p) } : undefined;
}

function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}

/** Run npm in `cwd`, streaming its output to stderr; throws InstallError on failure. */
function npm(cwd, args, env) {
  return new Promise((resolve, reject) => {
    log(`npm ${args.join(' ')}  (in ${cwd})`);
    const child = spawn('npm', args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (e) => reject(new InstallError(`cannot run npm: ${e.message}`)));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new InstallError(`npm ${args[0]} failed with exit code ${code} in ${cwd}`))));
  });
}

async function ensureNode(p) {
  const v = nodeVersion(p);
  if (v && v.startsWith(`v${NODE_MAJOR}.`)) { log(`Node ${v} found in ${p.nodeDir}`); return; }
  log(`installing Node ${NODE_MAJOR} from npm into ${p.nodeDir}`);
  writeJson(path.join(p.nodeDir, 'package.json'), { name: 'shuttle-node', private: true });
  await npm(p.nodeDir, ['install', '--no-audit', '--no-fund', `node@${NODE_MAJOR}`], process.env);
  const got = nodeVersion(p);
  if (!got || !got.startsWith(`v${NODE_MAJOR}.`)) throw new InstallError(`Node ${NODE_MAJOR} did not install (got ${got ?? 'nothing'} at ${p.node})`);
  if (!fs.existsSync(path.join(p.nodeHeaders, 'include'))) throw new InstallError(`Node headers missing at ${p.nodeHeaders}`);
  log(`Node ${got} ready`);
}

/**
 * The system packages code-server's native modules build with (VS Code's `kerberos` module needs
 * the GSSAPI headers of libkrb5-dev; node-gyp needs make, g++ and python3). On Linux as root with
 * apt-get (a fresh Debian machine or CI) the missing ones are installed; otherwise the error says
 * what to install.
 */
function ensureBuildTools() {
  if (process.platform !== 'linux') return;
  const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
  const missing = [];
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (!has('make')) missing.push('make');
  if (!has('g++')) missing.push('g++');
  if (!has('python3')) missing.push('python3');
  if (!missing.length) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !has('apt-get')) {
    throw new InstallError(`code-server's native modules need ${missing.join(', ')}: install them first (Debian: sudo apt-get install ${missing.join(' ')})`);
  }
  log(`installing ${missing.join(', ')} with apt-get (code-server's native modules build with them)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', ...missing]]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 2, 2], env });
    if (r.status !== 0) throw new InstallError(`apt-get ${args.join(' ')} failed (exit ${r.status}); install ${missing.join(' ')} by hand`);
  }
}

async function ensureCodeServer(p) {
  ensureBuildTools();
  log(`installing code-server ${CODE_SERVER_VERSION} into ${p.codeServerDir} (about 5 minutes and 600 MB)`);
  writeJson(path.join(p.codeServerDir, 'package.json'), {
    name: 'shuttle-code-server', private: true, allowScripts: ALLOW_SCRIPTS,
  });
  await npm(p.codeServerDir, ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], nodeEnv(p));
}

/** Install Node 24 and code-server when missing; resolves to what `locate` returns. */
async function install(p = paths()) {
  const found = locate(p);
  if (found) { log(`${found.version.split(' ')[0]} already installed in ${p.codeServerDir}`); return found; }
  if (process.platform !== 'linux') log(`warning: only Linux is tested (this is ${process.platform})`);
  await ensureNode(p);
  await ensureCodeServer(p);
  const done = locate(p);
  if (!done) {
    throw new InstallError(`code-server was installed into ${p.codeServerDir} but \`code-server --version\` does not run with Node ${NODE_MAJOR}. `
      + 'Its native modules need a C++ toolchain and libkrb5-dev (apt-get install build-essential libkrb5-dev); see the npm output above.');
  }
  log(`ready: ${done.version}`);
  return done;
}

/** The directories of one code-server profile under `base`. */
function profileDirs(base) {
  return {
    base,
    userData: path.join(base, 'user-data'),
    extensions: path.join(base, 'extensions'),
    xdgConfig: path.join(base, 'xdg-config'),
    xdgData: path.join(base, 'xdg-data'),
  };
}

/** User settings for a quiet, trusted workbench (no welcome page, no telemetry, no update checks). */
const DEFAULT_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'window.restoreWindows': 'none',
};

/** Merge `extra` and the defaults into the profile's settings.json (settings the user set are kept). */
function writeSettings(dirs, extra = {}) {
  const file = path.join(dirs.userData, 'User', 'settings.json');
  let current = {};
  try { current = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { /* missing or not plain JSON: start over */ }
  writeJson(file, { ...DEFAULT_SETTINGS, ...current, ...extra });
  return file;
}

/** Arguments every code-server invocation of a profile gets. */
function baseArgs(dirs) {
  return ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--disable-telemetry', '--disable-update-check'];
}

function profileEnv(cs, dirs) {
  return { ...cs.env, XDG_CONFIG_HOME: dirs.xdgConfig, XDG_DATA_HOME: dirs.xdgData };
}

/** `code-server --install-extension VSIX --force` into the profile; returns the installed folder. */
function installExtension(cs, dirs, vsix, extensionId = 'shuttle-dev.shuttle') {
  if (!fs.existsSync(vsix)) throw new InstallError(`no extension package at ${vsix} (run: npm run package)`);
  fs.mkdirSync(dirs.extensions, { recursive: true });
  const r = spawnSync(cs.node, [cs.entry, ...baseArgs(dirs), '--install-extension', vsix, '--force'], {
    encoding: 'utf8', timeout: 300_000, env: profileEnv(cs, dirs),
  });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) throw new InstallError(`installing ${path.basename(vsix)} failed (exit ${r.status}):\n${out}`);
  const folder = fs.readdirSync(dirs.extensions).find((d) => d.toLowerCase().startsWith(`${extensionId.toLowerCase()}-`));
  if (!folder) throw new InstallError(`installing ${path.basename(vsix)} reported success but ${extensionId} is not in ${dirs.extensions}:\n${out}`);
  return path.join(dirs.extensions, folder);
}

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = require('node:net').createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

/** Resolves when `url` answers HTTP 200; rejects when `deadline` passes or `exited()` says the server died. */
async function waitForHttp(url, timeoutMs, exited = () => undefined) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    const why = exited();
    if (why) throw new Error(`code-server stopped before answering: ${why}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      if (res.status === 200) { await res.text(); return; }
      last = `HTTP ${res.status}`;
    } catch (e) { last = e.cause?.code ?? e.message; }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`code-server did not answer ${url} within ${Math.round(timeoutMs / 1000)} s (last: ${last})`);
}

/**
 * Start code-server for `folder` on 127.0.0.1:`port` (a free port when omitted) with the profile
 * `dirs`, and wait until the workbench page answers. Output goes to `logFile` (append) or is kept
 * in memory (`output()`). `stop()` ends the server's whole process group.
 */
async function launch(cs, dirs, { folder, port, logFile, timeoutMs = 180_000 } = {}) {
  port = port || await freePort();
  const args = [cs.entry, ...baseArgs(dirs), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-workspace-trust',
    '--disable-getting-started-override', ...(folder ? [folder] : [])];
  const out = logFile ? fs.openSync(logFile, 'a') : 'pipe';
  const child = spawn(cs.node, args, { env: profileEnv(cs, dirs), stdio: ['ignore', out, out], detached: true });
  let output = '';
  if (!logFile) for (const s of [child.stdout, child.stderr]) s.on('data', (d) => { output = (output + d).slice(-200_000); });
  let exit;
  child.on('exit', (code, signal) => { exit = `exit ${code ?? signal}`; });
  const url = `http://127.0.0.1:${port}/${folder ? `?folder=${encodeURIComponent(folder).replace(/%2F/g, '/')}` : ''}`;
  const stop = () => new Promise((resolve) => {
    if (exit) return resolve();
    child.once('exit', () => resolve());
    try { process.kill(-child.pid, 'SIGTERM'); } catch { resolve(); }
    setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000).unref();
  });
  try {
    await waitForHttp(url, timeoutMs, () => exit && `${exit}\n${logFile ? fs.readFileSync(logFile, 'utf8').slice(-4000) : output.slice(-4000)}`);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, port, child, stop, output: () => output, logFile };
}

async function main(argv) {
  const cmd = argv[0] || 'install';
  if (cmd === 'install') {
    const r = await install();
    process.stdout.write(`${r.entry}\n`);
  } else if (cmd === 'where') {
    const r = locate();
    if (!r) { log(`not installed in ${paths().codeServerDir} (run: node scripts/code-server.js install)`); return 1; }
    process.stdout.write(`${r.node} ${r.entry}\n`);
  } else {
    log(`unknown command '${cmd}' (usage: node scripts/code-server.js [install|where])`);
    return 2;
  }
  return 0;
}

module.exports = {
  CODE_SERVER_VERSION, cacheDir, paths, locate, install, ensureBuildTools, nodeEnv, InstallError,
  profileDirs, writeSettings, installExtension, freePort, waitForHttp, launch, DEFAULT_SETTINGS,
};

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code), (e) => {
    log(`error: ${e instanceof InstallError ? e.message : (e && e.stack) || e}`);
    process.exit(1);
  });
}

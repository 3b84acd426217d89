#!/usr/bin/env node
// `npm run package`: builds the bundles, then packs the VS Code extension with @vscode/vsce into
// dist/shuttle-<version>.vsix. The extension is packed from a staging folder holding exactly what
// it needs at run time — the esbuild bundles (dist/*.js, which contain every dependency, so no
// node_modules), the grammars, the webview's script and styles, the runtime's C sources and
// headers (compile() finds them by walking up from dist/ to package.json), README and the
// manifest — so nothing from the development tree (sources, tests, dev dependencies) leaks in.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..');

/** Files and folders copied into the package, relative to the root (folders recursively). */
const CONTENT = [
  'dist/extension.js', 'dist/server.js', 'dist/cli.js',
  'syntaxes', 'extension/webview', 'emulator/runtime/include',
  'README.md', 'CHANGELOG.md', 'LICENSE',
];
/** What the package cannot work without. */
const REQUIRED = ['dist/extension.js', 'dist/cli.js', 'syntaxes'];
/** The runtime's C sources sit beside TypeScript and tests in emulator/runtime: take the .c files only. */
const RUNTIME_C = 'emulator/runtime';

/** Manifest fields that only matter to the development tree. */
const DEV_FIELDS = ['scripts', 'devDependencies', 'dependencies', 'files', 'bin', 'private'];

function copy(rel, stage) {
  const from = path.join(root, rel);
  if (!fs.existsSync(from)) return false;
  fs.cpSync(from, path.join(stage, rel), { recursive: true });
  return true;
}

/** Fill the staging folder; returns the manifest written there. */
function stage(dir) {
  for (const rel of CONTENT) {
    if (!copy(rel, dir) && REQUIRED.includes(rel)) throw new Error(`package: ${rel} is missing (did the build fail?)`);
  }
  for (const f of fs.readdirSync(path.join(root, RUNTIME_C))) if (f.endsWith('.c')) copy(path.join(RUNTIME_C, f), dir);
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  for (const f of DEV_FIELDS) delete manifest[f];
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  // everything in the stage belongs in the package; keep vsce from warning about a missing ignore file
  fs.writeFileSync(path.join(dir, '.vscodeignore'), '**/*.map\n');
  return manifest;
}

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${path.basename(args[0] ?? cmd)} ${args.slice(1).join(' ')} failed (exit ${r.status})`);
}

/**
 * Build (unless `skipBuild`), stage and pack; returns the .vsix path. `out` defaults to
 * dist/<name>-<version>.vsix; the file appears there complete (packed beside it, then renamed).
 */
function main({ out, skipBuild = false } = {}) {
  if (!skipBuild) run(process.execPath, [path.join(root, 'scripts', 'build.js')], root);
  if (!fs.existsSync(path.join(root, 'dist', 'server.js'))) console.warn('package: warning: dist/server.js is missing; the package has no language server');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuttle-vsix-'));
  try {
    const manifest = stage(dir);
    const target = path.resolve(out ?? path.join(root, 'dist', `${manifest.name}-${manifest.version}.vsix`));
    const packed = path.join(dir, 'out.vsix');
    const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    const flags = ['--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository'];
    if (!fs.existsSync(path.join(dir, 'LICENSE'))) flags.push('--skip-license');
    run(process.execPath, [vsce, 'package', ...flags, '--out', packed], dir);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    fs.copyFileSync(packed, tmp);
    fs.renameSync(tmp, target);
    console.log(`package: wrote ${path.relative(process.cwd(), target)}`);
    return target;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `node scripts/package.js [--out FILE] [--skip-build]` */
function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out' && argv[i + 1]) opts.out = argv[++i];
    else if (argv[i] === '--skip-build') opts.skipBuild = true;
    else throw new Error(`unknown argument '${argv[i]}' (usage: node scripts/package.js [--out FILE] [--skip-build])`);
  }
  return opts;
}

if (require.main === module) {
  try { main(parseArgs(process.argv.slice(2))); } catch (e) { console.error(`package failed: ${e.message}`); process.exit(1); }
}
module.exports = { main, CONTENT };

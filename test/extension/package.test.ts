// `npm run package` (scripts/package.js): the .vsix holds what the installed extension needs —
// the esbuild bundles, grammars, webview files, the runtime's C sources and headers, manifest and
// README — and nothing from the development tree: no node_modules, no TypeScript sources, no
// tests, no source maps, no dev dependencies (the bundles require only Node built-ins and vscode).

import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { builtinModules } from 'node:module';
import { inflateRawSync } from 'node:zlib';

const ROOT = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
// packed to a file of its own, from the bundles `npm test` built: the end-to-end tests may be
// packaging dist/<name>-<version>.vsix at the same time
const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'shuttle-package-test-'));
const VSIX = path.join(DIR, `${manifest.name}-${manifest.version}.vsix`);

interface Entry { name: string; method: number; compressed: number; offset: number }

/** The entries of a zip file, from its central directory. */
function zipEntries(buf: Buffer): Entry[] {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: Entry[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'bad central directory');
    const nameLen = buf.readUInt16LE(p + 28), extra = buf.readUInt16LE(p + 30), comment = buf.readUInt16LE(p + 32);
    out.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLen), method: buf.readUInt16LE(p + 10), compressed: buf.readUInt32LE(p + 20), offset: buf.readUInt32LE(p + 42) });
    p += 46 + nameLen + extra + comment;
  }
  return out;
}

function read(buf: Buffer, e: Entry): string {
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  const data = buf.subarray(start, start + e.compressed);
  return (e.method === 8 ? inflateRawSync(data) : data).toString('utf8');
}

let buf: Buffer;
let names: string[];
before(() => {
  const built = fs.existsSync(path.join(ROOT, 'dist', 'extension.js')) && fs.existsSync(path.join(ROOT, 'dist', 'cli.js'));
  const args = [path.join(ROOT, 'scripts', 'package.js'), '--out', VSIX, ...(built ? ['--skip-build'] : [])];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  assert.equal(r.status, 0, `scripts/package.js failed:\n${r.stdout}\n${r.stderr}`);
  buf = fs.readFileSync(VSIX);
  names = zipEntries(buf).map((e) => e.name);
});
after(() => fs.rmSync(DIR, { recursive: true, force: true }));

test('the package holds the bundles, grammars, webview, runtime and manifest', () => {
  for (const f of ['extension/package.json', 'extension/readme.md', 'extension/dist/extension.js', 'extension/dist/cli.js',
    'extension/syntaxes/shuttle-c.tmLanguage.json', 'extension/syntaxes/shuttle-asm-m68k.tmLanguage.json',
    'extension/extension/webview/view.js', 'extension/extension/webview/view.css',
    'extension/emulator/runtime/start.c', 'extension/emulator/runtime/include/stdio.h', 'extension/emulator/runtime/include/shuttle.h']) {
    assert.ok(names.includes(f), `missing ${f}`);
  }
  if (fs.existsSync(path.join(ROOT, 'server', 'main.ts'))) assert.ok(names.includes('extension/dist/server.js'), 'missing the language server');
});

test('nothing from the development tree', () => {
  const bad = names.filter((n) => /node_modules\/|\.ts$|\.map$|\/test\/|\.test\./.test(n));
  assert.deepEqual(bad, []);
  const pkg = JSON.parse(read(buf, zipEntries(buf).find((e) => e.name === 'extension/package.json')!));
  assert.equal(pkg.devDependencies, undefined);
  assert.equal(pkg.dependencies, undefined);
  assert.equal(pkg.main, './dist/extension.js');
  assert.equal(`${pkg.publisher}.${pkg.name}`, 'shuttle-dev.shuttle');
});

test('the bundles require only Node built-ins (and vscode)', () => {
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'vscode']);
  for (const e of zipEntries(buf).filter((x) => /^extension\/dist\/.*\.js$/.test(x.name))) {
    const text = read(buf, e);
    // (a require inside a string is code ajv generates for standalone validators, never run here)
    const required = new Set([...text.matchAll(/(?<!['"`])\brequire\(["']([^"'./][^"']*)["']\)/g)].map((m) => m[1]));
    const outside = [...required].filter((m) => !builtins.has(m));
    assert.deepEqual(outside, [], `${e.name} requires modules that are not bundled`);
  }
});

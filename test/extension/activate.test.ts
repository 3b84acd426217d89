// The extension activates against a stand-in `vscode` module and registers what package.json
// promises: every contributed command, the `shuttle` debugger's adapter factory and configuration
// provider, the Migration view, the read-only document schemes and the `shuttle.isa` status item.
// Also checks the manifest against the names fixed with the end-to-end tests.

import { describe, test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { installVscode, vscodeMock } from './vscode-mock';

const ROOT = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('activate()', () => {
  const { mock, calls, commands } = vscodeMock();
  let restore: () => void;
  let ext: { activate(c: unknown): Promise<void>; deactivate(): Promise<void> };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuttle-ext-'));
  const subscriptions: unknown[] = [];

  before(async () => {
    restore = installVscode(mock);
    ext = require('../../extension/extension');
    // an extension folder without dist/server.js: the language client logs that and stays off
    await ext.activate({ extensionPath: dir, subscriptions, extension: { packageJSON: { version: manifest.version } } });
  });
  after(async () => { await ext.deactivate(); restore(); fs.rmSync(dir, { recursive: true, force: true }); });

  const registered = (api: string): unknown[][] => calls.filter((c) => c.api === api).map((c) => c.args);

  test('registers exactly the contributed commands', () => {
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual([...commands.keys()].sort(), contributed);
  });

  test('registers the shuttle debugger: adapter factory, configuration providers, tracker', () => {
    assert.deepEqual(registered('vscode.debug.registerDebugAdapterDescriptorFactory').map((a) => a[0]), ['shuttle']);
    assert.deepEqual(registered('vscode.debug.registerDebugConfigurationProvider').map((a) => a[0]), ['shuttle', 'shuttle']);
    assert.deepEqual(registered('vscode.debug.registerDebugAdapterTrackerFactory').map((a) => a[0]), ['shuttle']);
  });

  test('registers the Migration view, the document schemes and the status bar item', () => {
    assert.deepEqual(registered('vscode.window.registerWebviewViewProvider').map((a) => a[0]), ['shuttle.migrationView']);
    assert.deepEqual(registered('vscode.workspace.registerTextDocumentContentProvider').map((a) => a[0]).sort(), ['shuttle-asm', 'shuttle-canonical']);
    assert.equal(registered('vscode.window.createStatusBarItem')[0]?.[0], 'shuttle.isa');
    assert.ok(subscriptions.length >= 10, `only ${subscriptions.length} subscriptions`);
  });
});

describe('package.json (the names fixed in the shared contract)', () => {
  const c = manifest.contributes;
  test('identity, entry point and engine', () => {
    assert.equal(`${manifest.publisher}.${manifest.name}`, 'shuttle-dev.shuttle');
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.engines.vscode, '^1.99.0');
    assert.equal(manifest.scripts.test, 'npm run typecheck && npm run build && node scripts/test.js');
    assert.equal(manifest.scripts.package, 'node scripts/package.js');
  });

  test('the description promises what the extension does: every ISA of the launch attribute, live migration', () => {
    const isas = c.debuggers[0].configurationAttributes.launch.properties.isa.enum as string[];
    const names: Record<string, RegExp> = { rv32: /RV32/, m68k: /68020|m68k/, x86_64: /x86-64|x86_64/ };
    for (const isa of isas) assert.match(manifest.description, names[isa] ?? new RegExp(isa), `the description does not name ${isa}`);
    assert.match(manifest.description, /migrate a running program live/);
    assert.doesNotMatch(manifest.description, /soon|later|planned/i);
  });

  test('command ids and titles', () => {
    const titles = Object.fromEntries(c.commands.map((x: { command: string; category: string; title: string }) => [x.command, `${x.category}: ${x.title}`]));
    assert.deepEqual(titles, {
      'shuttle.migrateTo': 'Shuttle: Migrate to…', 'shuttle.showCanonicalState': 'Shuttle: Show Canonical State',
      'shuttle.showAssembly': 'Shuttle: Show Assembly for…', 'shuttle.saveSnapshot': 'Shuttle: Save Snapshot',
      'shuttle.resumeSnapshot': 'Shuttle: Resume Snapshot',
    });
    assert.equal(c.commands.find((x: { command: string }) => x.command === 'shuttle.migrateTo').enablement, 'shuttle.stopped');
  });

  test('debugger, launch attributes and breakpoints in C files', () => {
    const d = c.debuggers.find((x: { type: string }) => x.type === 'shuttle');
    assert.ok(d);
    const props = Object.keys(d.configurationAttributes.launch.properties).sort();
    for (const p of ['args', 'cwd', 'isa', 'program', 'stdin', 'stopOnEntry']) assert.ok(props.includes(p), `missing launch attribute ${p}`);
    assert.ok(d.configurationAttributes.launch.properties.isa.enum.includes('m68k'));
    assert.deepEqual(c.breakpoints.map((b: { language: string }) => b.language).sort(), ['c', 'shuttle-c']);
  });

  test('settings, view and languages', () => {
    assert.deepEqual(Object.keys(c.configuration.properties).sort(),
      ['shuttle.debugAdapter.mode', 'shuttle.defaultIsa', 'shuttle.languageServer.cFiles', 'shuttle.languageServer.enabled']);
    assert.deepEqual(c.configuration.properties['shuttle.debugAdapter.mode'].enum, ['inline', 'process']);
    assert.deepEqual(c.views.debug.map((v: { id: string; name: string; type: string }) => [v.id, v.name, v.type]), [['shuttle.migrationView', 'Migration', 'webview']]);
    const langs = c.languages.map((l: { id: string }) => l.id);
    for (const l of ['shuttle-c', 'shuttle-asm-rv32', 'shuttle-asm-m68k', 'shuttle-asm-x86_64']) assert.ok(langs.includes(l), `missing language ${l}`);
    for (const g of c.grammars) assert.ok(fs.existsSync(path.join(ROOT, g.path)), `missing grammar ${g.path}`);
    for (const a of ['onDebugResolve:shuttle', 'onLanguage:c', 'onLanguage:shuttle-c', 'onView:shuttle.migrationView']) {
      assert.ok(manifest.activationEvents.includes(a), `missing activation event ${a}`);
    }
  });

  test('examples/.vscode/launch.json has rv32 and m68k configurations for list.c', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples', '.vscode', 'launch.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '');
    const configs = JSON.parse(text).configurations as { type: string; program: string; isa: string }[];
    for (const isa of ['rv32', 'm68k']) assert.ok(configs.some((x) => x.type === 'shuttle' && x.program.endsWith('list.c') && x.isa === isa), `no list.c ${isa} configuration`);
  });
});

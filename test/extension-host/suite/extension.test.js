// The extension-host suite (mocha "tdd" UI, runs inside VS Code through @vscode/test-cli): the
// extension activates and registers its commands; the configuration provider, given the empty
// configuration of F5 without a launch.json, asks for the ISA in a real quick pick; a launch
// without isa/cwd gets them filled in; a debug session started through vscode.debug stops,
// migrates to m68k and finishes with the right output.
// Plain JavaScript so the test runner needs no compile step.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'shuttle-dev.shuttle';
const COMMANDS = ['shuttle.migrateTo', 'shuttle.showCanonicalState', 'shuttle.showAssembly', 'shuttle.saveSnapshot', 'shuttle.resumeSnapshot'];
const examples = () => vscode.workspace.workspaceFolders[0].uri.fsPath;

/** Resolves with the first event of `event` that satisfies `pred`. */
function next(event, pred = () => true, ms = 30_000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { d.dispose(); reject(new Error('timed out waiting for an event')); }, ms);
    const d = event((e) => { if (pred(e)) { clearTimeout(timer); d.dispose(); resolve(e); } });
  });
}

/** Collects the adapter's messages of every Shuttle session. */
const messages = [];
vscode.debug.registerDebugAdapterTrackerFactory('shuttle', { createDebugAdapterTracker: () => ({ onDidSendMessage: (m) => messages.push(m) }) });
const waitFor = async (pred, what, ms = 30_000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const m = messages.find(pred);
    if (m) return m;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
};

/** Run `command` on the open quick pick until `pending` settles (the pick opens asynchronously). */
async function answerQuickPick(pending, command) {
  let settled = false;
  pending.then(() => { settled = true; }, () => { settled = true; });
  for (let i = 0; i < 100 && !settled; i++) {
    await new Promise((r) => setTimeout(r, 100));
    if (!settled) await vscode.commands.executeCommand(command);
  }
  return pending;
}

suite('Shuttle extension', () => {
  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    await ext.activate();
  });

  test('registers every command', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const c of COMMANDS) assert.ok(all.includes(c), `missing command ${c}`);
  });

  test('F5 without a launch.json: the provider asks for the ISA and launches the C file in the editor', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    // the module the extension host loaded (require's cache), which exports the provider class
    const { ShuttleConfigurationProvider } = require(path.join(ext.extensionPath, 'dist', 'extension.js'));
    const doc = await vscode.workspace.openTextDocument(path.join(examples(), 'hello.c'));
    await vscode.window.showTextDocument(doc);
    const folder = vscode.workspace.workspaceFolders[0];
    const provider = new ShuttleConfigurationProvider();
    // the first item is shuttle.defaultIsa (rv32 in examples/.vscode/settings.json)
    const config = await answerQuickPick(provider.resolveDebugConfiguration(folder, {}), 'workbench.action.acceptSelectedQuickOpenItem');
    assert.deepEqual(config, {
      type: 'shuttle', request: 'launch', name: 'Shuttle: hello.c on rv32', program: doc.fileName, isa: 'rv32', cwd: folder.uri.fsPath,
    });
    const cancelled = await answerQuickPick(provider.resolveDebugConfiguration(folder, {}), 'workbench.action.closeQuickOpen');
    assert.equal(cancelled, undefined);
  });

  test('the configuration provider fills in defaults', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const dbg = ext.packageJSON.contributes.debuggers.find((d) => d.type === 'shuttle');
    assert.ok(dbg.initialConfigurations.some((c) => c.isa === 'm68k'));
    // starting a configuration without isa/cwd works: the provider adds them
    const program = path.join(examples(), 'hello.c');
    const ended = next(vscode.debug.onDidTerminateDebugSession);
    assert.ok(await vscode.debug.startDebugging(vscode.workspace.workspaceFolders[0], { type: 'shuttle', request: 'launch', name: 'hello', program }));
    await ended;
    await waitFor((m) => m.type === 'event' && m.event === 'output' && /Hello from Shuttle on rv32!/.test(m.body.output), 'hello output');
  });

  test('a debug session stops, migrates to m68k and finishes', async () => {
    messages.length = 0;
    const program = path.join(examples(), 'list.c');
    const started = next(vscode.debug.onDidStartDebugSession);
    assert.ok(await vscode.debug.startDebugging(undefined, { type: 'shuttle', request: 'launch', name: 'list', program, isa: 'rv32', stopOnEntry: true }));
    const session = await started;
    await waitFor((m) => m.type === 'event' && m.event === 'stopped', 'the entry stop');
    const isas = await session.customRequest('isas');
    assert.equal(isas.current, 'rv32');
    const r = await session.customRequest('migrate', { targetIsa: 'm68k' });
    assert.equal(r.to, 'm68k');
    await waitFor((m) => m.type === 'event' && m.event === 'migrated', 'the migrated event');
    const ended = next(vscode.debug.onDidTerminateDebugSession);
    await session.customRequest('continue', { threadId: 1 });
    await ended;
    const out = messages.filter((m) => m.type === 'event' && m.event === 'output' && m.body.category === 'stdout').map((m) => m.body.output).join('');
    assert.match(out, /sum 385/);
  });

  test('Show Assembly opens a listing with the ISA language', async () => {
    const doc = await vscode.workspace.openTextDocument(path.join(examples(), 'list.c'));
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('shuttle.showAssembly', 'm68k');
    const listing = vscode.window.visibleTextEditors.map((e) => e.document).find((d) => d.uri.scheme === 'shuttle-asm');
    assert.ok(listing, 'no listing opened');
    assert.equal(listing.languageId, 'shuttle-asm-m68k');
    assert.match(listing.getText(), /<main>:/);
  });
});

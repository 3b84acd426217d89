// The commands against a stand-in `vscode` module (vscode-mock.ts) and a fake debug session:
// F5 without a launch.json (the configuration provider asks for the ISA), "Show Canonical State",
// "Save Snapshot" and "Resume Snapshot" — with a real canonical state that `shuttle snapshot`
// wrote for examples/list.c, resumed for real through the command line the terminal would run —
// and "Migrate to…" refusing politely while the program runs.

import { describe, test, before, after, beforeEach } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli, type CliIo } from '../../bin/cli';
import { installVscode, mockDocument, MockDebugStackFrame, MockUri, vscodeMock } from './vscode-mock';

const ROOT = path.join(__dirname, '..', '..');
const LIST = path.join(ROOT, 'examples', 'list.c');
const { mock, ui, calls } = vscodeMock({ 'shuttle.defaultIsa': 'm68k' });
const restore = installVscode(mock);
/* eslint-disable @typescript-eslint/no-require-imports */
const cp = require('../../extension/config-provider') as typeof import('../../extension/config-provider');
const docsModule = require('../../extension/commands/documents') as typeof import('../../extension/commands/documents');
const snapshots = require('../../extension/commands/snapshot') as typeof import('../../extension/commands/snapshot');
const { migrateTo } = require('../../extension/commands/migrate') as typeof import('../../extension/commands/migrate');
const { ShuttleSessions } = require('../../extension/sessions') as typeof import('../../extension/sessions');
/* eslint-enable @typescript-eslint/no-require-imports */
after(() => restore());

/** Forget what the previous test showed and answered. */
function resetUi(): void {
  Object.assign(ui, { quickPick: () => undefined, saveDialog: () => undefined, openDialog: () => undefined, activeStackItem: undefined });
  for (const list of [ui.quickPicks, ui.dialogs, ui.messages, ui.shown, ui.terminals]) list.length = 0;
}

type Answer = (args: Record<string, unknown>) => unknown;

/** A debug session of type shuttle whose custom requests `answers` serves (others fail); requests are recorded. */
function fakeSession(id: string, answers: Record<string, Answer>, configuration: Record<string, unknown> = {}) {
  const requests: { command: string; args: Record<string, unknown> }[] = [];
  const session = {
    id, type: 'shuttle', name: 'list.c on rv32', configuration: { type: 'shuttle', request: 'launch', isa: 'rv32', ...configuration },
    customRequest: async (command: string, args: Record<string, unknown> = {}) => {
      requests.push({ command, args });
      const f = answers[command];
      if (!f) throw new Error(`the fake adapter has no '${command}'`);
      return f(args);
    },
  };
  return { session, requests };
}

/** The Shuttle sessions tracker, with `session` active and stopped (its adapter sent `stopped`). */
function stoppedSessions(session: { id: string }) {
  const sessions = new ShuttleSessions();
  const factory = calls.filter((c) => c.api === 'vscode.debug.registerDebugAdapterTrackerFactory').pop()!.args[1] as
    { createDebugAdapterTracker(s: unknown): { onDidSendMessage(m: unknown): void; onWillReceiveMessage(m: unknown): void } };
  const tracker = factory.createDebugAdapterTracker(session);
  ui.activeDebugSession = session;
  tracker.onDidSendMessage({ type: 'event', event: 'stopped', body: { reason: 'breakpoint', threadId: 1 } });
  return { sessions, tracker };
}

/** A real canonical state of examples/list.c (at its `at`-th migration point), saved beside a copy of the program. */
function realSnapshot(dir: string, at: number): { state: string; program: string; before: string } {
  const program = path.join(dir, 'list.c');
  fs.copyFileSync(LIST, program);
  const state = path.join(dir, 'list.state.json');
  let before = '', err = '';
  const io: CliIo = { stdout: (t) => { before += Buffer.from(t).toString(); }, stderr: (t) => { err += t; }, stdin: () => new Uint8Array(0) };
  assert.equal(runCli(['snapshot', program, '--at', String(at), '-o', state], io), 0, err);
  return { state, program, before };
}

describe('F5 without a launch.json (the configuration provider gets an empty configuration)', () => {
  const folder = { uri: MockUri.file(path.dirname(LIST)), name: 'examples', index: 0 };
  beforeEach(resetUi);

  test('asks for the ISA, default first, and launches the C file in the editor on the one picked', async () => {
    ui.activeTextEditor = { document: mockDocument(ui, MockUri.file(LIST)) };
    ui.quickPick = (items) => items.find((i) => i.label === 'x86_64');
    const c = await new cp.ShuttleConfigurationProvider().resolveDebugConfiguration(folder as never, {} as never);
    assert.equal(ui.quickPicks.length, 1);
    assert.equal(ui.quickPicks[0].items[0].label, 'm68k', 'shuttle.defaultIsa comes first');
    assert.deepEqual(ui.quickPicks[0].items.map((i) => i.label).sort(), ['m68k', 'rv32', 'x86_64']);
    assert.match(ui.quickPicks[0].options.placeHolder ?? '', /list\.c/);
    assert.deepEqual(c, {
      type: 'shuttle', request: 'launch', name: 'Shuttle: list.c on x86_64', program: LIST, isa: 'x86_64', cwd: path.dirname(LIST),
    });
    assert.equal(new cp.ShuttleConfigurationProvider().resolveDebugConfigurationWithSubstitutedVariables(undefined, c!), c, 'the result passes the checks');
    assert.deepEqual(ui.messages, []);
  });

  test('dismissing the ISA pick cancels the launch', async () => {
    ui.activeTextEditor = { document: mockDocument(ui, MockUri.file(LIST)) };
    const c = await new cp.ShuttleConfigurationProvider().resolveDebugConfiguration(folder as never, {} as never);
    assert.equal(c, undefined);
    assert.equal(ui.quickPicks.length, 1);
    assert.deepEqual(ui.messages, []);
  });

  test('without a C file in the editor it says so and does not ask', async () => {
    ui.activeTextEditor = { document: mockDocument(ui, MockUri.file(path.join(ROOT, 'package.json'))) };
    const c = await new cp.ShuttleConfigurationProvider().resolveDebugConfiguration(folder as never, {} as never);
    assert.equal(c, undefined);
    assert.equal(ui.quickPicks.length, 0);
    assert.match(ui.messages[0]?.text ?? '', /open a C file/);
  });
});

describe('Show Canonical State, Save Snapshot, Resume Snapshot', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuttle-commands-'));
  let snap: ReturnType<typeof realSnapshot>;
  before(() => { snap = realSnapshot(dir, 100); }); // after "built: …" is printed
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  beforeEach(resetUi);

  const canonicalAdapter = () => fakeSession('canon', { canonicalState: () => ({ json: fs.readFileSync(snap.state, 'utf8') }) }, { program: 'list.c', cwd: dir });
  const refusingAdapter = () => fakeSession('refuse', { canonicalState: () => { throw new Error('not at a migration point: the next one is at list.c:34'); } });

  test('Show Canonical State opens the selected frame\'s state as a read-only JSON document', async () => {
    const { session, requests } = canonicalAdapter();
    const { sessions } = stoppedSessions(session);
    ui.activeStackItem = new MockDebugStackFrame(session, 1, 1007);
    const docs = new docsModule.ReadonlyDocuments();
    (mock as typeof import('vscode')).workspace.registerTextDocumentContentProvider(docsModule.CANONICAL_SCHEME, docs as never);
    await docsModule.showCanonicalState(sessions, docs);
    assert.deepEqual(requests, [{ command: 'canonicalState', args: { frameId: 1007 } }]);
    assert.equal(ui.shown.length, 1);
    const shown = ui.shown[0];
    assert.ok(shown.uri.startsWith(`${docsModule.CANONICAL_SCHEME}://`), `${shown.uri} is not served by the read-only provider`);
    assert.equal(shown.languageId, 'json');
    assert.equal(JSON.parse(shown.text).format, 'shuttle.canonical/1');
    assert.equal(shown.text, fs.readFileSync(snap.state, 'utf8'));
    sessions.dispose();
  });

  test('Show Canonical State where the adapter refuses shows the reason and opens nothing', async () => {
    const { session } = refusingAdapter();
    const { sessions } = stoppedSessions(session);
    await docsModule.showCanonicalState(sessions, new docsModule.ReadonlyDocuments());
    assert.equal(ui.shown.length, 0);
    assert.equal(ui.messages.length, 1);
    assert.equal(ui.messages[0].level, 'error');
    assert.match(ui.messages[0].text, /not at a migration point: the next one is at list\.c:34/);
    sessions.dispose();
  });

  test('Save Snapshot writes the canonical JSON to the file chosen in the dialog (<program>.state.json offered)', async () => {
    const { session } = canonicalAdapter();
    const { sessions } = stoppedSessions(session);
    const target = path.join(dir, 'saved.json');
    ui.saveDialog = () => MockUri.file(target);
    const uri = await snapshots.saveSnapshot(sessions);
    assert.equal(uri?.fsPath, target);
    assert.equal(ui.dialogs[0].options.defaultUri?.fsPath, path.join(dir, 'list.state.json'));
    const written = fs.readFileSync(target, 'utf8');
    assert.equal(written, fs.readFileSync(snap.state, 'utf8').replace(/\n?$/, '\n'));
    assert.equal(JSON.parse(written).format, 'shuttle.canonical/1');
    sessions.dispose();
  });

  test('Save Snapshot: a dismissed dialog writes nothing; a refusal shows the reason before any dialog', async () => {
    const { session } = canonicalAdapter();
    const first = stoppedSessions(session);
    const before = fs.readdirSync(dir).sort();
    assert.equal(await snapshots.saveSnapshot(first.sessions), undefined);
    assert.deepEqual(fs.readdirSync(dir).sort(), before);
    first.sessions.dispose();
    resetUi();
    const second = stoppedSessions(refusingAdapter().session);
    assert.equal(await snapshots.saveSnapshot(second.sessions, path.join(dir, 'never.json')), undefined);
    assert.equal(fs.existsSync(path.join(dir, 'never.json')), false);
    assert.equal(ui.dialogs.length, 0);
    assert.match(ui.messages[0]?.text ?? '', /cannot save a snapshot here: not at a migration point/);
    second.sessions.dispose();
  });

  test('Resume Snapshot picks a state and an ISA and runs `shuttle resume` in a terminal, which continues the output', async () => {
    ui.openDialog = () => [MockUri.file(snap.state)];
    ui.quickPick = (items) => items.find((i) => i.label === 'm68k');
    await snapshots.resumeSnapshot(ROOT);
    assert.match(ui.quickPicks[0].options.placeHolder ?? '', /saved on rv32/);
    assert.equal(ui.terminals.length, 1);
    const t = ui.terminals[0] as { name: string; shellPath: string; shellArgs: string[]; env: Record<string, string>; cwd: string };
    assert.equal(t.name, 'Shuttle resume · m68k');
    assert.equal(t.cwd, dir);
    assert.deepEqual(t.shellArgs.slice(-4), ['resume', snap.state, '--isa', 'm68k']);
    if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) return; // the command itself needs the bundle (npm run build)
    const r = spawnSync(t.shellPath, t.shellArgs, { cwd: t.cwd, env: { ...process.env, ...t.env }, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    let all = '';
    const io: CliIo = { stdout: (x) => { all += Buffer.from(x).toString(); }, stderr: () => {}, stdin: () => new Uint8Array(0) };
    assert.equal(runCli(['run', snap.program, '--isa', 'rv32'], io), 0);
    assert.ok(snap.before.length > 0 && all.startsWith(snap.before));
    assert.equal(r.stdout, all.slice(snap.before.length), 'the resumed program prints the rest of the output');
  });

  test('Resume Snapshot refuses a file that is not a Shuttle state; a dismissed ISA pick starts nothing', async () => {
    const bogus = path.join(dir, 'not-a-state.json');
    fs.writeFileSync(bogus, '{"hello": 1}\n');
    assert.equal(await snapshots.resumeSnapshot(ROOT, bogus, 'rv32'), undefined);
    assert.match(ui.messages[0]?.text ?? '', /not-a-state\.json is not a Shuttle state/);
    assert.equal(await snapshots.resumeSnapshot(ROOT, snap.state), undefined);
    assert.equal(ui.quickPicks.length, 1);
    assert.equal(ui.terminals.length, 0);
  });
});

describe('Migrate to… while the program runs', () => {
  beforeEach(resetUi);

  test('says so in a plain message and neither asks for an ISA nor asks the adapter', async () => {
    const { session, requests } = fakeSession('running', { migrate: () => ({ from: 'rv32', to: 'm68k' }) });
    const { sessions, tracker } = stoppedSessions(session);
    tracker.onWillReceiveMessage({ type: 'request', command: 'continue', arguments: { threadId: 1 } });
    assert.equal(ui.context.get('shuttle.stopped'), false);
    assert.equal(await migrateTo(sessions), undefined);
    assert.equal(await migrateTo(sessions, 'm68k'), undefined);
    assert.deepEqual(requests, []);
    assert.equal(ui.quickPicks.length, 0);
    assert.deepEqual(ui.messages.map((m) => m.level), ['info', 'info']);
    assert.match(ui.messages[0].text, /the program is running on rv32\. Migrate when it stops/);
    sessions.dispose();
  });

  test('stopped, it migrates (the same command, the same session)', async () => {
    const record = { from: 'rv32', to: 'm68k', point: { id: 'main:33:5' }, durationMs: 2 };
    const { session, requests } = fakeSession('stopped', { isas: () => { throw new Error('old adapter'); }, migrate: () => record });
    const { sessions } = stoppedSessions(session);
    ui.quickPick = (items) => items.find((i) => i.label === 'm68k');
    assert.deepEqual(await migrateTo(sessions), record);
    assert.deepEqual(ui.quickPicks[0].items.map((i) => i.label).sort(), ['m68k', 'x86_64']);
    assert.deepEqual(requests.filter((r) => r.command === 'migrate'), [{ command: 'migrate', args: { targetIsa: 'm68k' } }]);
    assert.equal(sessions.active()?.isa, 'm68k');
    assert.deepEqual(ui.messages, []);
    sessions.dispose();
  });
});

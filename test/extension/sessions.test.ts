// Session tracking (extension/sessions.ts) and the Migration view (migration-view.ts) against a
// stand-in `vscode` module and a fake adapter: a `continued` event — which the adapter sends when
// a `migrate` request first runs to the next migration point — means running (context key
// `shuttle.stopped` false, the view says the program is running and where it is going), and the
// stop after the migration fills the view again with the timeline grown.

import { describe, test, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { installVscode, MockUri, vscodeMock } from './vscode-mock';
import type { ViewModel } from '../../extension/view-model';

const { mock, ui, calls } = vscodeMock();
const restore = installVscode(mock);
/* eslint-disable @typescript-eslint/no-require-imports */
const { ShuttleSessions } = require('../../extension/sessions') as typeof import('../../extension/sessions');
const { MigrationView } = require('../../extension/migration-view') as typeof import('../../extension/migration-view');
const { migrateTo } = require('../../extension/commands/migrate') as typeof import('../../extension/commands/migrate');
const { localIsas } = require('../../extension/isa-info') as typeof import('../../extension/isa-info');
/* eslint-enable @typescript-eslint/no-require-imports */
after(() => restore());

interface Tracker { onDidSendMessage(m: unknown): void; onWillReceiveMessage(m: unknown): void }

/** A promise with its resolve function, for an adapter response the test releases. */
function deferred<T>(): { promise: Promise<T>; resolve(v: T): void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => { resolve = r; });
  return { promise, resolve };
}

/** An adapter stopped in main on `isa()`: registers, canonical state, target preview, isas; `migrate` answers when released. */
function fakeAdapter(isa: () => string) {
  const requests: string[] = [];
  let migrate = deferred<unknown>();
  const answers: Record<string, (a: Record<string, unknown>) => unknown> = {
    isas: () => ({ current: isa(), isas: localIsas() }),
    threads: () => ({ threads: [{ id: 1, name: 'main' }] }),
    stackTrace: () => ({ stackFrames: [{ id: 1000, name: 'main' }] }),
    scopes: () => ({ scopes: [{ name: `Registers (${isa()})`, variablesReference: 7 }] }),
    variables: () => ({ variables: [{ name: 'pc', value: isa() === 'rv32' ? '0x00010100' : '0x00010200', variablesReference: 0 }] }),
    canonicalState: () => ({ state: { frames: [{ function: 'main', point: 'main:34:5', locals: [] }] }, bytes: 100, point: { id: 'main:34:5' } }),
    targetPreview: (a) => ({ targetIsa: a.targetIsa, pc: '0x00000042', registers: [{ name: 'd0', value: '0x00000001' }] }),
    migrate: () => migrate.promise,
  };
  const session = {
    id: 'session-1', type: 'shuttle', name: 'list.c', configuration: { isa: 'rv32' },
    customRequest: async (command: string, args: Record<string, unknown> = {}) => { requests.push(command); return answers[command](args); },
  };
  return { session, requests, release: (v: unknown) => { migrate.resolve(v); migrate = deferred(); } };
}

/** A resolved webview view whose posted models the test reads; `next(pred)` waits for a model that satisfies `pred`. */
function fakeWebview() {
  const models: ViewModel[] = [];
  const waiting: { pred: (m: ViewModel) => boolean; resolve(m: ViewModel): void }[] = [];
  const view = {
    visible: true,
    webview: {
      options: {}, html: '', cspSource: 'vscode-resource:',
      asWebviewUri: (u: MockUri) => u,
      postMessage: async (m: { type: string; model: ViewModel }) => {
        models.push(m.model);
        for (const w of [...waiting]) if (w.pred(m.model)) { waiting.splice(waiting.indexOf(w), 1); w.resolve(m.model); }
        return true;
      },
      onDidReceiveMessage: () => ({ dispose() {} }),
    },
    onDidChangeVisibility: () => ({ dispose() {} }),
    onDidDispose: () => ({ dispose() {} }),
  };
  /** the first model posted from now on that satisfies `pred` (the view coalesces bursts of events) */
  const next = (pred: (m: ViewModel) => boolean): Promise<ViewModel> => new Promise((resolve) => waiting.push({ pred, resolve }));
  return { view, models, next };
}

describe('a `continued` event from the adapter', () => {
  test('means running: context key false, the view says running and where to, then the migration stop fills it again', { timeout: 20_000 }, async () => {
    let isa = 'rv32';
    const adapter = fakeAdapter(() => isa);
    const sessions = new ShuttleSessions();
    const factory = calls.filter((c) => c.api === 'vscode.debug.registerDebugAdapterTrackerFactory').pop()!.args[1] as { createDebugAdapterTracker(s: unknown): Tracker };
    const tracker = factory.createDebugAdapterTracker(adapter.session);
    ui.activeDebugSession = adapter.session;
    const view = new MigrationView(MockUri.file('/ext/extension/webview') as never, sessions, (target) => migrateTo(sessions, target));
    const web = fakeWebview();
    view.resolveWebviewView(web.view as never);

    const atStop = web.next((m) => m.state === 'stopped');
    tracker.onDidSendMessage({ type: 'event', event: 'stopped', body: { reason: 'breakpoint', threadId: 1 } });
    const first = await atStop;
    assert.equal(ui.context.get('shuttle.stopped'), true);
    assert.equal(first.source?.items[0]?.name, 'pc');
    assert.deepEqual(first.timeline, []);

    // Migrate: the adapter is not at a migration point, so it runs there first and says so with `continued`
    const migrating = migrateTo(sessions, 'm68k');
    const running = web.next((m) => m.state === 'running');
    tracker.onDidSendMessage({ type: 'event', event: 'continued', body: { threadId: 1, allThreadsContinued: true } });
    const run = await running;
    assert.equal(ui.context.get('shuttle.stopped'), false);
    assert.equal(sessions.active()?.stopped, false);
    assert.equal(run.canMigrate, false);
    assert.match(run.message ?? '', /running to the next migration point, to migrate to m68k/);
    assert.equal(run.source, undefined, 'no stale registers while running');

    // arrived: migrated, stopped, and the request answers
    const record = { from: 'rv32', to: 'm68k', point: { id: 'main:34:5' }, durationMs: 1.5 };
    isa = 'm68k';
    const again = web.next((m) => m.state === 'stopped' && m.timeline.length === 1);
    tracker.onDidSendMessage({ type: 'event', event: 'migrated', body: record });
    tracker.onDidSendMessage({ type: 'event', event: 'stopped', body: { reason: 'migration', threadId: 1 } });
    adapter.release(record);
    assert.deepEqual(await migrating, record);
    const after = await again;
    assert.equal(ui.context.get('shuttle.stopped'), true);
    assert.deepEqual(after.timeline, ['rv32 → m68k · main:34:5 · 1.5 ms']);
    assert.equal(after.isa, 'm68k');
    assert.equal(sessions.active()?.migrating, undefined);
    view.dispose();
    sessions.dispose();
  });

  test('a resuming request and `continued` both clear `shuttle.stopped`; `stopped` sets it', () => {
    const adapter = fakeAdapter(() => 'rv32');
    const sessions = new ShuttleSessions();
    const factory = calls.filter((c) => c.api === 'vscode.debug.registerDebugAdapterTrackerFactory').pop()!.args[1] as { createDebugAdapterTracker(s: unknown): Tracker };
    const tracker = factory.createDebugAdapterTracker(adapter.session);
    ui.activeDebugSession = adapter.session;
    const kinds: string[] = [];
    sessions.onDidChange((c) => kinds.push(c.kind));
    tracker.onDidSendMessage({ type: 'event', event: 'stopped', body: { reason: 'entry', threadId: 1 } });
    assert.equal(ui.context.get('shuttle.stopped'), true);
    tracker.onWillReceiveMessage({ type: 'request', command: 'next', arguments: { threadId: 1 } });
    assert.equal(ui.context.get('shuttle.stopped'), false);
    tracker.onDidSendMessage({ type: 'event', event: 'stopped', body: { reason: 'step', threadId: 1 } });
    tracker.onDidSendMessage({ type: 'event', event: 'continued', body: { threadId: 1 } });
    assert.equal(ui.context.get('shuttle.stopped'), false);
    assert.deepEqual(kinds, ['started', 'stopped', 'running', 'stopped', 'running']);
    sessions.dispose();
  });
});

// The Migration view (webview view `shuttle.migrationView` in Run and Debug). At every stop and
// whenever the selected stack frame changes it asks the active Shuttle session for the Registers
// scope of the frame (scopes/variables), `canonicalState`, `targetPreview` for the picked target
// and `isas`, builds the model (view-model.ts: changes since the previous stop marked) and posts it
// to the webview's script (extension/webview/view.js), which renders three columns, the target
// picker, the Migrate button and the timeline of `migrated` events.

import * as vscode from 'vscode';
import type { ShuttleSessions, SessionState } from './sessions';
import { selectedFrameId } from './commands/documents';
import {
  ChangeTracker, idleModel, stopModel,
  type Answer, type CanonicalAnswer, type MigrationRecord, type PreviewAnswer, type RegisterValue, type StopInput, type ViewModel,
} from './view-model';

type Message = { type: 'ready' } | { type: 'target'; isa: string } | { type: 'migrate'; isa: string };

export class MigrationView implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly id = 'shuttle.migrationView';
  private view: vscode.WebviewView | undefined;
  private target: string | undefined;
  private readonly changes = new ChangeTracker();
  private sessionId: string | undefined;
  private stops = 0;
  private generation = 0;
  private timer: NodeJS.Timeout | undefined;
  private model: ViewModel = idleModel('none', []);
  private lastTimeline: MigrationRecord[] = [];
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly webviewRoot: vscode.Uri,
    private readonly sessions: ShuttleSessions,
    private readonly migrate: (isa: string) => Promise<unknown>,
  ) {
    this.subscriptions = [
      sessions.onDidChange(() => this.refresh()),
      vscode.debug.onDidChangeActiveStackItem(() => this.refresh()),
      vscode.debug.onDidChangeActiveDebugSession(() => this.refresh()),
    ];
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: true, localResourceRoots: [this.webviewRoot] };
    view.webview.html = this.html(view.webview);
    view.webview.onDidReceiveMessage((m: Message) => this.receive(m));
    view.onDidChangeVisibility(() => { if (view.visible) this.refresh(); });
    view.onDidDispose(() => { if (this.view === view) this.view = undefined; });
    this.refresh();
  }

  /** Recompute soon (events come in bursts: stopped, then the active stack item). */
  refresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; void this.update(); }, 60);
  }

  private async receive(m: Message): Promise<void> {
    if (m.type === 'ready') { void this.post(); this.refresh(); return; }
    if (m.type === 'target') { this.target = m.isa; this.refresh(); return; }
    if (m.type === 'migrate') {
      try { await this.migrate(m.isa); } finally { this.refresh(); } // a refused migration re-enables the button
    }
  }

  private async update(): Promise<void> {
    if (!this.view?.visible) return; // nothing to ask the adapter for; refreshed when shown
    const gen = ++this.generation;
    const st = this.sessions.active();
    const model = await this.compute(st);
    if (gen !== this.generation) return; // a newer update superseded this one
    this.model = model;
    await this.post();
  }

  private async post(): Promise<void> {
    await this.view?.webview.postMessage({ type: 'model', model: this.model });
  }

  private async compute(st: SessionState | undefined): Promise<ViewModel> {
    if (!st) return idleModel('none', this.lastTimeline); // the timeline of the session that ended stays
    this.lastTimeline = st.migrations;
    if (st.session.id !== this.sessionId) { this.sessionId = st.session.id; this.changes.reset(); this.stops = st.stops; }
    if (!st.stopped) return idleModel('running', st.migrations, st.isa, st.migrating);
    if (st.stops !== this.stops) { this.stops = st.stops; this.changes.nextStop(); }
    try {
      return stopModel(await this.gather(st), st.migrations, this.changes);
    } catch (e) {
      return { ...idleModel('running', st.migrations, st.isa), message: `Cannot read the session: ${e instanceof Error ? e.message : String(e)}` };
    }
  }

  /** Ask the adapter for everything the three columns show. */
  private async gather(st: SessionState): Promise<StopInput> {
    const s = st.session;
    const isas = await this.sessions.isas(st);
    const frame = await selectedFrame(s);
    const choices = isas.filter((i) => i.id !== st.isa).map((i) => i.id);
    if (!this.target || !choices.includes(this.target)) this.target = choices[0] ?? st.isa;
    const target = this.target;
    const [registers, canonical, preview] = await Promise.all([
      answer(() => registerValues(s, frame.id)),
      answer(async () => await s.customRequest('canonicalState', { frameId: frame.id }) as CanonicalAnswer),
      answer(async () => await s.customRequest('targetPreview', { targetIsa: target, frameId: frame.id }) as PreviewAnswer),
    ]);
    return { isa: st.isa, isas, target, frame: { name: frame.name, depth: frame.depth }, registers, canonical, preview };
  }

  private html(webview: vscode.Webview): string {
    const nonce = Math.random().toString(36).slice(2) + Date.now().toString(36);
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.webviewRoot, 'view.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.webviewRoot, 'view.css'));
    const csp = `default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce}';`;
    return `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}"><title>Migration</title></head>
<body>
<div id="message" class="message"></div>
<div class="controls">
  <label for="target-isa">Target</label> <select id="target-isa" disabled></select>
  <button id="migrate-button" disabled>Migrate</button>
</div>
<details class="timeline" open><summary>Migrations</summary><ol id="timeline"></ol></details>
<div class="columns">
  <section class="column" id="source-column"><h3>Source</h3><div class="body"></div></section>
  <section class="column" id="canonical-column"><h3>Canonical state</h3><div class="body"></div></section>
  <section class="column" id="target-column"><h3>Target</h3><div class="body"></div></section>
</div>
<script nonce="${nonce}" src="${script}"></script>
</body></html>`;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }
}

/** Run a request; its error message becomes the answer (shown in the column). */
async function answer<T>(f: () => Promise<T>): Promise<Answer<T>> {
  try { return { ok: await f() }; } catch (e) { return { error: e instanceof Error ? e.message : String(e) }; }
}

interface FrameRef { id: number; name: string; depth: number }

/** The selected frame of the session (the top frame when none is selected). */
async function selectedFrame(s: vscode.DebugSession): Promise<FrameRef> {
  const wanted = selectedFrameId(s);
  const item = vscode.debug.activeStackItem;
  const threadId = item && item.session.id === s.id ? item.threadId : (await s.customRequest('threads') as { threads: { id: number }[] }).threads[0]?.id ?? 1;
  const trace = await s.customRequest('stackTrace', { threadId, startFrame: 0, levels: 100 }) as { stackFrames: { id: number; name: string }[] };
  const frames = trace.stackFrames ?? [];
  const depth = Math.max(0, frames.findIndex((f) => f.id === wanted));
  const f = frames[depth];
  if (!f) throw new Error('the program has no stack frames');
  return { id: f.id, name: f.name, depth };
}

/** The Registers scope of a frame, with flag fields of registers that expand (sr, ccr, rflags). */
async function registerValues(s: vscode.DebugSession, frameId: number): Promise<RegisterValue[]> {
  const { scopes } = await s.customRequest('scopes', { frameId }) as { scopes: { name: string; variablesReference: number }[] };
  const scope = scopes.find((x) => x.name.startsWith('Registers'));
  if (!scope) throw new Error('the adapter shows no Registers scope for this frame');
  const vars = await children(s, scope.variablesReference);
  return Promise.all(vars.map(async (v) => ({
    name: v.name, value: v.value,
    fields: v.variablesReference > 0 ? (await children(s, v.variablesReference)).map((f) => ({ name: f.name, value: f.value })) : undefined,
  })));
}

async function children(s: vscode.DebugSession, ref: number): Promise<{ name: string; value: string; variablesReference: number }[]> {
  const { variables } = await s.customRequest('variables', { variablesReference: ref }) as { variables: { name: string; value: string; variablesReference: number }[] };
  return variables;
}

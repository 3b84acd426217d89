// Follows every Shuttle debug session through a DebugAdapterTracker: which ISA it runs on, whether
// it is stopped (the `shuttle.stopped` context key that enables "Migrate to…"), and the migrations
// it made (`migrated` events, for the Migration view's timeline). The program runs after a
// resuming request and after a `continued` event — the adapter sends one when a `migrate` request
// first runs to the next migration point, which no request of VS Code's announced. The status bar,
// the commands and the Migration view listen to `onDidChange`.

import * as vscode from 'vscode';
import type { MigrationRecord } from './view-model';
import { isaTitle, localIsas, parseIsas, type IsaInfo } from './isa-info';

export const DEBUG_TYPE = 'shuttle';

export interface SessionState {
  session: vscode.DebugSession;
  isa: string;
  stopped: boolean;
  /** bumped at every stop: the Migration view's change highlighting counts stops */
  stops: number;
  migrations: MigrationRecord[];
  isas?: IsaInfo[];
  /** the target of a `migrate` request not yet answered (the program may be running to a migration point) */
  migrating?: string;
}

/** Requests after which the program runs (VS Code does not wait for a `continued` event). */
const RESUMING = new Set(['continue', 'next', 'stepIn', 'stepOut', 'stepBack', 'reverseContinue', 'restart', 'restartFrame', 'goto']);

export type SessionChange = { kind: 'started' | 'stopped' | 'running' | 'migrated' | 'ended'; state: SessionState };

export class ShuttleSessions implements vscode.Disposable {
  private readonly states = new Map<string, SessionState>();
  private readonly emitter = new vscode.EventEmitter<SessionChange>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  constructor() {
    this.disposables.push(
      vscode.debug.registerDebugAdapterTrackerFactory(DEBUG_TYPE, { createDebugAdapterTracker: (s) => this.tracker(s) }),
      vscode.debug.onDidStartDebugSession((s) => { if (s.type === DEBUG_TYPE) this.start(s); }),
      vscode.debug.onDidTerminateDebugSession((s) => this.end(s)),
      vscode.debug.onDidChangeActiveDebugSession(() => this.updateContext()),
    );
  }

  /** The state of the active debug session when it is a Shuttle one, else of any Shuttle session. */
  active(): SessionState | undefined {
    const a = vscode.debug.activeDebugSession;
    if (a && this.states.has(a.id)) return this.states.get(a.id);
    return [...this.states.values()].pop();
  }

  get(session: vscode.DebugSession): SessionState | undefined { return this.states.get(session.id); }

  /** The ISAs the session's adapter knows (its `isas` request), falling back to this build's. */
  async isas(state: SessionState): Promise<IsaInfo[]> {
    if (state.isas) return state.isas;
    try {
      const body = parseIsas(await state.session.customRequest('isas'));
      if (body) {
        state.isas = body.isas;
        if (state.stops > 0) state.isa = body.current; // before the launch completes, `current` is only a default
        return body.isas;
      }
    } catch { /* an adapter without `isas` */ }
    return localIsas();
  }

  title(state: SessionState): string { return isaTitle(state.isa, state.isas ?? localIsas()); }

  private start(s: vscode.DebugSession): SessionState {
    let st = this.states.get(s.id);
    if (!st) {
      const isa = String(s.configuration.isa ?? vscode.workspace.getConfiguration('shuttle').get('defaultIsa') ?? 'rv32');
      st = { session: s, isa, stopped: false, stops: 0, migrations: [] };
      this.states.set(s.id, st);
      this.fire('started', st);
    }
    return st;
  }

  private end(s: vscode.DebugSession): void {
    const st = this.states.get(s.id);
    if (!st) return;
    this.states.delete(s.id);
    st.stopped = false;
    this.fire('ended', st);
  }

  private tracker(s: vscode.DebugSession): vscode.DebugAdapterTracker {
    return {
      onWillReceiveMessage: (m: { type?: string; command?: string }) => {
        if (m.type !== 'request' || !m.command) return;
        if (m.command === 'restart') this.restarting(s);
        if (RESUMING.has(m.command)) this.running(s);
      },
      onDidSendMessage: (m: { type?: string; event?: string; body?: unknown }) => {
        if (m.type === 'event') this.event(s, m.event ?? '', m.body);
      },
      onExit: () => this.end(s),
    };
  }

  private event(s: vscode.DebugSession, event: string, body: unknown): void {
    const st = this.start(s);
    switch (event) {
      case 'stopped': st.stopped = true; st.stops++; this.fire('stopped', st); break;
      case 'continued': this.running(s); break;
      case 'migrated': {
        const m = body as MigrationRecord;
        st.migrations.push(m);
        if (typeof m?.to === 'string') st.isa = m.to;
        this.fire('migrated', st);
        break;
      }
      case 'terminated': case 'exited': st.stopped = false; this.fire('running', st); break;
    }
  }

  /** A restart loads the program again on the ISA of the launch configuration. */
  private restarting(s: vscode.DebugSession): void {
    const st = this.states.get(s.id);
    if (!st) return;
    st.isa = String(s.configuration.isa ?? st.isa);
    st.isas = undefined;
    st.migrations = [];
    this.fire('started', st);
  }

  private running(s: vscode.DebugSession): void {
    const st = this.states.get(s.id);
    if (!st || !st.stopped) return;
    st.stopped = false;
    this.fire('running', st);
  }

  private fire(kind: SessionChange['kind'], state: SessionState): void {
    this.updateContext();
    this.emitter.fire({ kind, state });
  }

  private updateContext(): void {
    const st = this.active();
    void vscode.commands.executeCommand('setContext', 'shuttle.stopped', !!st?.stopped);
    void vscode.commands.executeCommand('setContext', 'shuttle.sessionActive', !!st);
  }

  dispose(): void { for (const d of this.disposables) d.dispose(); }
}

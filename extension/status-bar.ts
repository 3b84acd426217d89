// The status bar item `shuttle.isa`: the ISA the active Shuttle session runs on (`$(chip) m68k`),
// shown while a Shuttle session exists; a click runs "Shuttle: Migrate to…".

import * as vscode from 'vscode';
import type { ShuttleSessions } from './sessions';

export class IsaStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('shuttle.isa', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly sessions: ShuttleSessions) {
    this.item.name = 'Shuttle ISA';
    this.item.command = 'shuttle.migrateTo';
    this.subscriptions = [
      sessions.onDidChange(() => this.update()),
      vscode.debug.onDidChangeActiveDebugSession(() => this.update()),
    ];
    this.update();
  }

  private update(): void {
    const st = this.sessions.active();
    if (!st) { this.item.hide(); return; }
    this.item.text = `$(chip) ${st.isa}`;
    this.item.tooltip = `Shuttle: running on ${this.sessions.title(st)} — click to migrate`;
    this.item.show();
    if (!st.isas && st.stopped) void this.sessions.isas(st).then(() => { if (this.sessions.active() === st) this.item.tooltip = `Shuttle: running on ${this.sessions.title(st)} — click to migrate`; });
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}

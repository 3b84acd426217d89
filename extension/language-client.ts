// The language client: starts Shuttle's language server (dist/server.js, bundled from
// server/main.ts) over IPC for `shuttle-c` documents, and for `c` documents too while
// `shuttle.languageServer.cFiles` is on. Restarts when those settings change; does nothing (with a
// line in the output channel) when the setting `shuttle.languageServer.enabled` is off or the
// bundle has no server.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type DocumentSelector, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export class ShuttleLanguageClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly watcher: vscode.Disposable;

  constructor(private readonly extensionPath: string, private readonly output: vscode.LogOutputChannel) {
    this.watcher = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('shuttle.languageServer')) void this.restart();
    });
  }

  /** The documents the server serves. */
  static selector(cFiles: boolean): DocumentSelector {
    const sel: DocumentSelector = [{ language: 'shuttle-c' }];
    if (cFiles) sel.push({ language: 'c' });
    return sel;
  }

  async start(): Promise<void> {
    const cfg = vscode.workspace.getConfiguration('shuttle.languageServer');
    if (!cfg.get<boolean>('enabled', true)) { this.output.appendLine('language server: disabled by shuttle.languageServer.enabled'); return; }
    const module = path.join(this.extensionPath, 'dist', 'server.js');
    if (!fs.existsSync(module)) { this.output.appendLine(`language server: ${module} is missing; editor features are off`); return; }
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: ShuttleLanguageClient.selector(cfg.get<boolean>('cFiles', true)),
      outputChannel: this.output,
    };
    this.client = new LanguageClient('shuttle', 'Shuttle Language Server', serverOptions, clientOptions);
    try {
      await this.client.start();
      this.output.appendLine('language server: started');
    } catch (e) {
      this.output.appendLine(`language server: failed to start: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async stop(): Promise<void> {
    const c = this.client;
    this.client = undefined;
    if (c) { try { await c.stop(); } catch { /* already gone */ } }
  }

  private async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  dispose(): void {
    this.watcher.dispose();
    void this.stop();
  }
}

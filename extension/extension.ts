// The Shuttle VS Code extension's entry point: registers the `shuttle` debugger (adapter factory,
// configuration provider, session tracking), the commands, the status bar item, the Migration
// view, the read-only documents (canonical state, assembly listings) and starts the language
// client. Everything else lives in one file per part beside this one.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { ShuttleAdapterFactory } from './adapter-factory';
import { ShuttleConfigurationProvider } from './config-provider';
import { ShuttleLanguageClient } from './language-client';
import { MigrationView } from './migration-view';
import { DEBUG_TYPE, ShuttleSessions } from './sessions';
import { IsaStatusBar } from './status-bar';
import { migrateTo } from './commands/migrate';
import { ASM_SCHEME, CANONICAL_SCHEME, ReadonlyDocuments, showAssembly, showCanonicalState } from './commands/documents';
import { resumeSnapshot, saveSnapshot } from './commands/snapshot';

/** For the extension-host tests, which drive the provider as F5 does (test/extension-host/suite). */
export { ShuttleConfigurationProvider };

let languageClient: ShuttleLanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Shuttle', { log: true });
  const sessions = new ShuttleSessions();
  const docs = new ReadonlyDocuments();
  const listings = new ReadonlyDocuments();
  const migrate = (isa?: unknown): Promise<unknown> => migrateTo(sessions, isa);
  const view = new MigrationView(vscode.Uri.file(path.join(context.extensionPath, 'extension', 'webview')), sessions, migrate);
  languageClient = new ShuttleLanguageClient(context.extensionPath, output);

  context.subscriptions.push(
    output, sessions, docs, listings, view, languageClient, new IsaStatusBar(sessions),
    vscode.debug.registerDebugAdapterDescriptorFactory(DEBUG_TYPE, new ShuttleAdapterFactory(context.extensionPath)),
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, new ShuttleConfigurationProvider()),
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, new ShuttleConfigurationProvider(), vscode.DebugConfigurationProviderTriggerKind.Dynamic),
    vscode.workspace.registerTextDocumentContentProvider(CANONICAL_SCHEME, docs),
    vscode.workspace.registerTextDocumentContentProvider(ASM_SCHEME, listings),
    vscode.window.registerWebviewViewProvider(MigrationView.id, view, { webviewOptions: { retainContextWhenHidden: true } }),
    vscode.commands.registerCommand('shuttle.migrateTo', migrate),
    vscode.commands.registerCommand('shuttle.showCanonicalState', () => showCanonicalState(sessions, docs)),
    vscode.commands.registerCommand('shuttle.showAssembly', (a?: unknown, b?: unknown) =>
      (a instanceof vscode.Uri ? showAssembly(listings, undefined, a) : showAssembly(listings, a, b))),
    vscode.commands.registerCommand('shuttle.saveSnapshot', (target?: unknown) => saveSnapshot(sessions, target)),
    vscode.commands.registerCommand('shuttle.resumeSnapshot', (file?: unknown, isa?: unknown) => resumeSnapshot(context.extensionPath, file, isa)),
  );
  output.appendLine(`Shuttle ${String(context.extension.packageJSON.version)} activated (extension host ${process.version})`);
  await languageClient.start();
}

export async function deactivate(): Promise<void> {
  await languageClient?.stop();
}

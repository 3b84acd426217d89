// Where the debug adapter runs: inline in the extension host (the adapter's ShuttleSession,
// bundled into dist/extension.js) by default, or as a separate process — `shuttle dap` from the
// bundled command line dist/cli.js, run by the extension host's own Node — when the setting
// `shuttle.debugAdapter.mode` is "process".

import * as path from 'node:path';
import * as vscode from 'vscode';
import { ShuttleSession } from '../adapter/session';

export type AdapterMode = 'inline' | 'process';

export function adapterMode(): AdapterMode {
  return vscode.workspace.getConfiguration('shuttle').get<string>('debugAdapter.mode') === 'process' ? 'process' : 'inline';
}

export class ShuttleAdapterFactory implements vscode.DebugAdapterDescriptorFactory {
  constructor(private readonly extensionPath: string) {}

  createDebugAdapterDescriptor(): vscode.DebugAdapterDescriptor {
    if (adapterMode() === 'process') return cliExecutable(this.extensionPath, ['dap']);
    // the session implements vscode.DebugAdapter (onDidSendMessage, handleMessage, dispose)
    return new vscode.DebugAdapterInlineImplementation(new ShuttleSession() as unknown as vscode.DebugAdapter);
  }
}

/** The bundled command line run by the extension host's Node (Electron runs as plain Node with ELECTRON_RUN_AS_NODE). */
export function cliExecutable(extensionPath: string, args: string[]): vscode.DebugAdapterExecutable {
  const c = cliCommand(extensionPath, args);
  return new vscode.DebugAdapterExecutable(c.shellPath, c.shellArgs, { env: c.env });
}

/**
 * Node and its arguments that run the bundled `shuttle` CLI with `args`. The bundle is loaded
 * with `-e` and its exported main() called, as bin/shuttle does: run as the main module, the
 * bundle would also start the adapter's own `require.main` entry.
 */
export function cliCommand(extensionPath: string, args: string[]): { shellPath: string; shellArgs: string[]; env: Record<string, string> } {
  const cli = path.join(extensionPath, 'dist', 'cli.js');
  const script = `require(${JSON.stringify(cli)}).main(process.argv.slice(1))`;
  return { shellPath: process.execPath, shellArgs: ['-e', script, ...args], env: { ELECTRON_RUN_AS_NODE: '1' } };
}

// "Shuttle: Save Snapshot" writes the stopped session's canonical state (the adapter's
// `canonicalState` JSON, format shuttle.canonical/1) to a file the user picks. "Shuttle: Resume
// Snapshot" picks a state file and an ISA and continues the program there. The debug adapter has
// no launch attribute to resume a state yet, so the resume runs `shuttle resume STATE --isa ISA`
// (the bundled command line) in a terminal.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { validateState } from '../../emulator/migrate/canonical';
import { cliCommand } from '../adapter-factory';
import { pickIsa } from '../config-provider';
import type { ShuttleSessions } from '../sessions';
import { selectedFrameId } from './documents';

export async function saveSnapshot(sessions: ShuttleSessions, target?: unknown): Promise<vscode.Uri | undefined> {
  const st = sessions.active();
  if (!st) { void vscode.window.showErrorMessage('Shuttle: no Shuttle debug session.'); return undefined; }
  let body: { json: string };
  try {
    body = await st.session.customRequest('canonicalState', { frameId: selectedFrameId(st.session) }) as { json: string };
  } catch (e) {
    void vscode.window.showErrorMessage(`Shuttle: cannot save a snapshot here: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
  const program = String(st.session.configuration.program ?? 'program.c');
  const cwd = String(st.session.configuration.cwd ?? '');
  const base = path.resolve(cwd, program).replace(/\.[^./\\]*$/, '');
  const uri = target instanceof vscode.Uri ? target : typeof target === 'string' ? vscode.Uri.file(target)
    : await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.file(`${base}.state.json`), filters: { 'Shuttle state': ['json'] }, title: 'Save the canonical state' });
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, Buffer.from(body.json.endsWith('\n') ? body.json : body.json + '\n', 'utf8'));
  vscode.window.setStatusBarMessage(`Shuttle: snapshot saved to ${uri.fsPath}`, 8000);
  return uri;
}

export async function resumeSnapshot(extensionPath: string, fileArg?: unknown, isaArg?: unknown): Promise<vscode.Terminal | undefined> {
  const uri = fileArg instanceof vscode.Uri ? fileArg : typeof fileArg === 'string' ? vscode.Uri.file(fileArg)
    : (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Shuttle state': ['json'] }, title: 'Resume a saved canonical state' }))?.[0];
  if (!uri) return undefined;
  let from: string;
  try {
    const state = validateState(Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8'));
    from = state.from;
  } catch (e) {
    void vscode.window.showErrorMessage(`Shuttle: ${path.basename(uri.fsPath)} is not a Shuttle state: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
  const isa = typeof isaArg === 'string' ? isaArg : await pickIsa(`Resume the state saved on ${from} on which ISA?`);
  if (!isa) return undefined;
  const cmd = cliCommand(extensionPath, ['resume', uri.fsPath, '--isa', isa]);
  const terminal = vscode.window.createTerminal({ name: `Shuttle resume · ${isa}`, ...cmd, cwd: path.dirname(uri.fsPath) });
  terminal.show();
  return terminal;
}

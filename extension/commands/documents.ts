// The read-only documents the extension opens: "Shuttle: Show Canonical State" (scheme
// `shuttle-canonical`, language json: the adapter's `canonicalState` for the selected frame) and
// "Shuttle: Show Assembly for…" (scheme `shuttle-asm`, language `shuttle-asm-<isa>`: the listing of
// the C file in the editor, compiled for an ISA the user picks). Both are served by content
// providers, so VS Code shows them read-only.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { CompileError } from '../../emulator/compiler/diagnostics';
import { asmLanguageId, assemblyListing } from '../assembly';
import { pickIsa } from '../config-provider';
import type { ShuttleSessions } from '../sessions';

export const CANONICAL_SCHEME = 'shuttle-canonical';
export const ASM_SCHEME = 'shuttle-asm';

/** Text documents kept in memory by URI; read-only because they come from a content provider. */
export class ReadonlyDocuments implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  /** Store `text` at `uri` and show it beside the editor with `languageId`. */
  async show(uri: vscode.Uri, text: string, languageId: string): Promise<vscode.TextEditor> {
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
    let doc = await vscode.workspace.openTextDocument(uri);
    if (doc.languageId !== languageId) doc = await vscode.languages.setTextDocumentLanguage(doc, languageId);
    return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  }

  dispose(): void { this.changed.dispose(); }
}

/** The selected stack frame's id when it belongs to `session`. */
export function selectedFrameId(session: vscode.DebugSession): number | undefined {
  const item = vscode.debug.activeStackItem;
  return item instanceof vscode.DebugStackFrame && item.session.id === session.id ? item.frameId : undefined;
}

export async function showCanonicalState(sessions: ShuttleSessions, docs: ReadonlyDocuments): Promise<void> {
  const st = sessions.active();
  if (!st) { void vscode.window.showErrorMessage('Shuttle: no Shuttle debug session.'); return; }
  try {
    const body = await st.session.customRequest('canonicalState', { frameId: selectedFrameId(st.session) }) as { json: string };
    const name = `${st.session.name.replace(/[\\/:]/g, '_')} · canonical state.json`;
    await docs.show(vscode.Uri.from({ scheme: CANONICAL_SCHEME, path: `/${name}` }), body.json, 'json');
  } catch (e) {
    void vscode.window.showErrorMessage(`Shuttle: no canonical state here: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** "Show Assembly for…": `isa` and the C file's `uri` may be given (tests, the editor title button passes the uri). */
export async function showAssembly(docs: ReadonlyDocuments, isaArg?: unknown, uriArg?: unknown): Promise<void> {
  const doc = await sourceDocument(uriArg);
  if (!doc) { void vscode.window.showErrorMessage('Shuttle: open a C file to see its assembly.'); return; }
  const isa = typeof isaArg === 'string' ? isaArg : await pickIsa(`Show the assembly of ${path.basename(doc.fileName)} for which ISA?`);
  if (!isa) return;
  let text: string;
  try {
    text = assemblyListing(doc.getText(), doc.fileName, isa);
  } catch (e) {
    const msg = e instanceof CompileError ? `compile errors:\n${e.message}` : e instanceof Error ? e.message : String(e);
    void vscode.window.showErrorMessage(`Shuttle: cannot compile ${path.basename(doc.fileName)} for ${isa}: ${msg}`);
    return;
  }
  const uri = vscode.Uri.from({ scheme: ASM_SCHEME, path: `/${path.basename(doc.fileName)} · ${isa}.lst`, query: doc.uri.toString() });
  await docs.show(uri, text, asmLanguageId(isa));
}

async function sourceDocument(uriArg: unknown): Promise<vscode.TextDocument | undefined> {
  if (uriArg instanceof vscode.Uri) return vscode.workspace.openTextDocument(uriArg);
  if (typeof uriArg === 'string') return vscode.workspace.openTextDocument(vscode.Uri.file(uriArg));
  const doc = vscode.window.activeTextEditor?.document;
  return doc && (doc.languageId === 'c' || doc.languageId === 'shuttle-c') ? doc : undefined;
}

// Shuttle's language server (bundled as dist/server.js; the extension starts it over IPC, tests
// over stdio): wires the feature modules (diagnostics, hover, codelens, symbols, definition,
// migration-lint) to an LSP connection. Documents are analysed once per version; diagnostics
// are published as you type, debounced.

import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from './analysis';
import { migrationLenses, type MigrationLens } from './codelens';
import { definitionAt } from './definition';
import { diagnosticsOf } from './diagnostics';
import { hoverAt } from './hover';
import { documentSymbols } from './symbols';

const DEBOUNCE_MS = 250;

/** The file path the compiler sees for a document URI (non-file URIs keep their text). */
export function uriToFile(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

class Cache<T> {
  private m = new Map<string, { version: number; value: T }>();
  get(doc: TextDocument, make: () => T): T {
    const hit = this.m.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.value;
    const value = make();
    this.m.set(doc.uri, { version: doc.version, value });
    return value;
  }
  delete(uri: string): void { this.m.delete(uri); }
}

/** Attach every feature to `connection` and start listening. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new Cache<Analysis>();
  const lenses = new Cache<MigrationLens[]>();
  const timers = new Map<string, NodeJS.Timeout>();
  const analysisOf = (doc: TextDocument) => analyses.get(doc, () => analyze(doc.getText(), uriToFile(doc.uri)));
  const pos = (p: { line: number; character: number }) => ({ line: p.line + 1, col: p.character + 1 });

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      codeLensProvider: { resolveProvider: false },
      documentSymbolProvider: true,
      definitionProvider: true,
    },
    serverInfo: { name: 'shuttle-language-server' },
  }));

  const publish = (doc: TextDocument) => {
    timers.delete(doc.uri);
    const current = documents.get(doc.uri);
    if (!current) return;
    connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics: guard(connection, () => diagnosticsOf(analysisOf(current)), []) });
  };
  const schedule = (doc: TextDocument, delay: number) => {
    clearTimeout(timers.get(doc.uri));
    timers.set(doc.uri, setTimeout(() => publish(doc), delay));
  };
  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document, DEBOUNCE_MS));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    analyses.delete(e.document.uri);
    lenses.delete(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover((p) => {
    const doc = documents.get(p.textDocument.uri);
    const md = doc && guard(connection, () => hoverAt(analysisOf(doc), pos(p.position)), undefined);
    return md ? { contents: { kind: 'markdown', value: md } } : null;
  });
  connection.onCodeLens((p) => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return [];
    const ls = guard(connection, () => lenses.get(doc, () => migrationLenses(doc.getText(), uriToFile(doc.uri))), []);
    return ls.map((l) => ({
      range: { start: { line: l.line - 1, character: l.col - 1 }, end: { line: l.line - 1, character: l.col - 1 + l.call.length } },
      command: { title: l.title, command: '' },
      data: { id: l.id },
    }));
  });
  connection.onDocumentSymbol((p) => {
    const doc = documents.get(p.textDocument.uri);
    return doc ? guard(connection, () => documentSymbols(analysisOf(doc)), []) : [];
  });
  connection.onDefinition((p) => {
    const doc = documents.get(p.textDocument.uri);
    const t = doc && guard(connection, () => definitionAt(analysisOf(doc), pos(p.position)), undefined);
    if (!doc || !t) return null;
    const uri = t.file === uriToFile(doc.uri) ? doc.uri : pathToFileURL(t.file).href;
    const start = { line: t.line - 1, character: t.col - 1 };
    return { uri, range: { start, end: { line: start.line, character: start.character + t.length } } };
  });

  documents.listen(connection);
  connection.listen();
}

/** Run a feature; an internal failure is logged to the client's output and answered with `fallback`. */
function guard<T>(connection: Connection, f: () => T, fallback: T): T {
  try {
    return f();
  } catch (e) {
    connection.console.error(`shuttle language server: ${(e as Error)?.stack ?? String(e)}`);
    return fallback;
  }
}

if (require.main === module) {
  // The transport comes from the command line: --stdio, --node-ipc or --socket=N (vscode-languageclient passes it).
  startServer(createConnection(ProposedFeatures.all));
}

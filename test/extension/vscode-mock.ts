// A stand-in for the `vscode` module so the extension's code can be loaded and activated under
// node:test: every property is a callable, constructible stub (returning more stubs), except the
// parts a test pins down in `overrides`; calls to the registries are recorded. The user's side —
// the active editor and debug session, answers to quick picks and dialogs, the messages, documents
// and terminals the extension shows, context keys — goes through a `MockUi` the test holds.

import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';

export interface Recorded { api: string; args: unknown[] }

type Overrides = { [k: string]: unknown };

/** A stub: callable, constructible, any property is another stub; never a thenable. */
export function stub(name: string, calls: Recorded[], overrides: Overrides = {}): unknown {
  const target = function () { /* stub */ } as unknown as object;
  return new Proxy(target, {
    get(_t, prop) {
      if (prop === 'then') return undefined;
      if (prop === Symbol.toPrimitive) return () => `<${name}>`;
      if (typeof prop === 'symbol') return undefined;
      if (prop in overrides) return overrides[prop];
      return stub(`${name}.${prop}`, calls);
    },
    set() { return true; },
    apply(_t, _this, args) { calls.push({ api: name, args }); return stub(`${name}()`, calls); },
    construct(_t, args) { calls.push({ api: `new ${name}`, args }); return stub(`new ${name}`, calls) as object; },
  });
}

/** Make `require('vscode')` return `mock` until the returned function is called. */
export function installVscode(mock: unknown): () => void {
  const M = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
  const original = M._load;
  M._load = function (request: string, parent: unknown, isMain: boolean) {
    if (request === 'vscode') return mock;
    return original.call(this, request, parent, isMain);
  };
  return () => { M._load = original; };
}

/** The parts of the API the extension uses (each a stub unless set below). */
const NAMESPACES = [
  'window', 'workspace', 'debug', 'commands', 'languages', 'env', 'extensions', 'Uri', 'Disposable', 'StatusBarAlignment', 'ViewColumn',
  'DebugAdapterInlineImplementation', 'DebugAdapterExecutable', 'DebugStackFrame', 'DebugConfigurationProviderTriggerKind',
];

/** A minimal vscode.Uri: `file:` and the extension's own schemes. */
export class MockUri {
  constructor(readonly scheme: string, readonly path: string, readonly query = '') {}
  get fsPath(): string { return this.path; }
  static file(p: string): MockUri { return new MockUri('file', p); }
  static from(c: { scheme: string; path?: string; query?: string }): MockUri { return new MockUri(c.scheme, c.path ?? '', c.query ?? ''); }
  static joinPath(u: MockUri, ...parts: string[]): MockUri { return new MockUri(u.scheme, path.posix.join(u.path, ...parts), u.query); }
  toString(): string { return `${this.scheme}://${this.path}${this.query ? `?${this.query}` : ''}`; }
}

export class MockDebugStackFrame {
  constructor(readonly session: { id: string }, readonly threadId: number, readonly frameId: number) {}
}

export interface MockDocument { uri: MockUri; fileName: string; languageId: string; getText(): string }
type Item = { label: string; description?: string; detail?: string };

/** The user's side of the API: set the answers before a command runs, read what it showed after. */
export interface MockUi {
  activeTextEditor?: { document: MockDocument };
  activeDebugSession?: unknown;
  activeStackItem?: unknown;
  /** answers a quick pick; the default dismisses it */
  quickPick: (items: Item[], options: { placeHolder?: string }) => Item | undefined;
  saveDialog: (options: { defaultUri?: MockUri }) => MockUri | undefined;
  openDialog: (options: unknown) => MockUri[] | undefined;
  quickPicks: { items: Item[]; options: { placeHolder?: string } }[];
  dialogs: { kind: 'save' | 'open'; options: { defaultUri?: MockUri } }[];
  messages: { level: 'error' | 'warning' | 'info' | 'status'; text: string }[];
  /** documents shown in an editor, with the text and language they had then */
  shown: { uri: string; text: string; languageId: string }[];
  terminals: Record<string, unknown>[];
  context: Map<string, unknown>;
  providers: Map<string, { provideTextDocumentContent(uri: MockUri): string }>;
}

export function mockUi(): MockUi {
  return {
    quickPick: () => undefined, saveDialog: () => undefined, openDialog: () => undefined,
    quickPicks: [], dialogs: [], messages: [], shown: [], terminals: [], context: new Map(), providers: new Map(),
  };
}

const LANGUAGES: Record<string, string> = { '.c': 'c', '.mc': 'shuttle-c', '.json': 'json' };

/** A text document: a file's text, or what the content provider of its scheme gives. */
export function mockDocument(ui: MockUi, uri: MockUri, text?: string): MockDocument {
  const read = () => text ?? (uri.scheme === 'file' ? fs.readFileSync(uri.fsPath, 'utf8') : ui.providers.get(uri.scheme)?.provideTextDocumentContent(uri) ?? '');
  return { uri, fileName: uri.fsPath, languageId: LANGUAGES[path.extname(uri.path)] ?? 'plaintext', getText: read };
}

function windowApi(ui: MockUi, calls: Recorded[]): Overrides {
  const say = (level: MockUi['messages'][number]['level']) => async (text: string) => { ui.messages.push({ level, text }); return undefined; };
  return {
    get activeTextEditor() { return ui.activeTextEditor; },
    showErrorMessage: say('error'), showWarningMessage: say('warning'), showInformationMessage: say('info'),
    setStatusBarMessage: (text: string) => { ui.messages.push({ level: 'status', text }); return { dispose() {} }; },
    showQuickPick: async (items: Item[] | Promise<Item[]>, options: { placeHolder?: string } = {}) => {
      const list = await items;
      ui.quickPicks.push({ items: list, options });
      return ui.quickPick(list, options);
    },
    showSaveDialog: async (options: { defaultUri?: MockUri }) => { ui.dialogs.push({ kind: 'save', options }); return ui.saveDialog(options); },
    showOpenDialog: async (options: { defaultUri?: MockUri }) => { ui.dialogs.push({ kind: 'open', options }); return ui.openDialog(options); },
    showTextDocument: async (doc: MockDocument) => { ui.shown.push({ uri: doc.uri.toString(), text: doc.getText(), languageId: doc.languageId }); return { document: doc }; },
    createTerminal: (options: Record<string, unknown>) => { ui.terminals.push(options); return { show() {}, dispose() {} }; },
    createStatusBarItem: (...args: unknown[]) => { calls.push({ api: 'vscode.window.createStatusBarItem', args }); return stub('statusBarItem', calls); },
  };
}

function workspaceApi(ui: MockUi, calls: Recorded[], settings: Record<string, unknown>): Overrides {
  return {
    getConfiguration: (section: string) => ({ get: (k: string, d?: unknown) => settings[`${section}.${k}`] ?? d }),
    openTextDocument: async (u: MockUri | string) => mockDocument(ui, typeof u === 'string' ? MockUri.file(u) : u),
    registerTextDocumentContentProvider: (scheme: string, provider: { provideTextDocumentContent(uri: MockUri): string }) => {
      calls.push({ api: 'vscode.workspace.registerTextDocumentContentProvider', args: [scheme, provider] });
      ui.providers.set(scheme, provider);
      return { dispose() { ui.providers.delete(scheme); } };
    },
    fs: {
      writeFile: async (u: MockUri, bytes: Uint8Array) => fs.writeFileSync(u.fsPath, bytes),
      readFile: async (u: MockUri) => new Uint8Array(fs.readFileSync(u.fsPath)),
    },
  };
}

/** A `vscode` mock with settings, a recording command registry, a working EventEmitter and the user's side in `ui`. */
export function vscodeMock(settings: Record<string, unknown> = {}): { mock: unknown; calls: Recorded[]; commands: Map<string, (...a: unknown[]) => unknown>; ui: MockUi } {
  const calls: Recorded[] = [];
  const commands = new Map<string, (...a: unknown[]) => unknown>();
  const ui = mockUi();
  class EventEmitter<T> {
    private listeners: ((e: T) => void)[] = [];
    event = (l: (e: T) => void) => { this.listeners.push(l); return { dispose: () => { this.listeners = this.listeners.filter((x) => x !== l); } }; };
    fire(e: T): void { for (const l of this.listeners) l(e); }
    dispose(): void { this.listeners = []; }
  }
  // a plain object at the top: `import * as vscode` copies the module's own keys
  const mock: Record<string, unknown> = { EventEmitter, Uri: MockUri, DebugStackFrame: MockDebugStackFrame };
  for (const ns of NAMESPACES) mock[ns] ??= stub(`vscode.${ns}`, calls);
  mock.window = stub('vscode.window', calls, windowApi(ui, calls));
  mock.workspace = stub('vscode.workspace', calls, workspaceApi(ui, calls, settings));
  mock.languages = stub('vscode.languages', calls, { setTextDocumentLanguage: async (doc: MockDocument, languageId: string) => ({ ...doc, languageId }) });
  mock.debug = stub('vscode.debug', calls, {
    get activeDebugSession() { return ui.activeDebugSession; },
    get activeStackItem() { return ui.activeStackItem; },
  });
  mock.commands = stub('vscode.commands', calls, {
    registerCommand: (id: string, f: (...a: unknown[]) => unknown) => { commands.set(id, f); return { dispose() { commands.delete(id); } }; },
    executeCommand: async (id: string, ...args: unknown[]) => { if (id === 'setContext') ui.context.set(String(args[0]), args[1]); return undefined; },
  });
  // anything else (classes vscode-languageclient extends at load time, …) is a stub made on first use
  const lazy = new Proxy(mock, {
    get(t, p) {
      if (typeof p === 'symbol' || p === 'then') return undefined;
      if (!(p in t)) t[p] = stub(`vscode.${p}`, calls);
      return t[p];
    },
  });
  return { mock: lazy, calls, commands, ui };
}

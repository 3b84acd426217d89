// A stand-in for the `vscode` module so the extension's code can be loaded and activated under
// node:test: every property is a callable, constructible stub (returning more stubs), except the
// parts a test pins down in `overrides`; calls to the registries are recorded.

import Module from 'node:module';

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

/** A `vscode` mock with settings, a recording command registry and a working EventEmitter. */
export function vscodeMock(settings: Record<string, unknown> = {}): { mock: unknown; calls: Recorded[]; commands: Map<string, (...a: unknown[]) => unknown> } {
  const calls: Recorded[] = [];
  const commands = new Map<string, (...a: unknown[]) => unknown>();
  class EventEmitter<T> {
    private listeners: ((e: T) => void)[] = [];
    event = (l: (e: T) => void) => { this.listeners.push(l); return { dispose: () => { this.listeners = this.listeners.filter((x) => x !== l); } }; };
    fire(e: T): void { for (const l of this.listeners) l(e); }
    dispose(): void { this.listeners = []; }
  }
  const configuration = (section: string) => ({ get: (k: string, d?: unknown) => settings[`${section}.${k}`] ?? d });
  // a plain object at the top: `import * as vscode` copies the module's own keys
  const mock: Record<string, unknown> = { EventEmitter };
  for (const ns of NAMESPACES) mock[ns] = stub(`vscode.${ns}`, calls);
  mock.workspace = stub('vscode.workspace', calls, { getConfiguration: configuration });
  mock.commands = stub('vscode.commands', calls, {
    registerCommand: (id: string, f: (...a: unknown[]) => unknown) => { commands.set(id, f); return { dispose() { commands.delete(id); } }; },
    executeCommand: async () => undefined,
  });
  // anything else (classes vscode-languageclient extends at load time, …) is a stub made on first use
  const lazy = new Proxy(mock, {
    get(t, p) {
      if (typeof p === 'symbol' || p === 'then') return undefined;
      if (!(p in t)) t[p] = stub(`vscode.${p}`, calls);
      return t[p];
    },
  });
  return { mock: lazy, calls, commands };
}

// Test support for the adapter's protocol tests: starts `adapter/main.ts` over stdio through
// @vscode/debugadapter-testsupport's DebugClient (TypeScript through tsx), and small helpers to
// launch a test program, wait for a stop, and record the order of the messages the adapter sends.

import * as path from 'node:path';
import { after } from 'node:test';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';

export const ROOT = path.join(__dirname, '..', '..');
export const PROGRAMS = path.join(__dirname, 'programs');
export const ENTRY = path.join(ROOT, 'adapter', 'main.ts');

export function program(name: string): string {
  return path.join(PROGRAMS, name);
}

/** Clients not stopped yet: a test that fails before its dc.stop() must not leave an adapter running (the file would never end). */
const live = new Set<DebugClient>();
after(async () => { await Promise.all([...live].map((dc) => dc.stop().catch(() => undefined))); });

/** An adapter process and its client, not initialized yet (`runtime`/`executable`: how to start the adapter). */
export async function spawnClient(runtime = 'node', executable = ENTRY): Promise<DebugClient> {
  const dc = new DebugClient(runtime, executable, 'shuttle', { env: { ...process.env, NODE_OPTIONS: '--import tsx' }, cwd: ROOT }, true);
  dc.defaultTimeout = 20000;
  await dc.start();
  live.add(dc);
  const stop = dc.stop.bind(dc);
  dc.stop = async () => { live.delete(dc); await stop(); };
  return dc;
}

export async function startClient(extra: Partial<DebugProtocol.InitializeRequestArguments> = {}): Promise<DebugClient> {
  const dc = await spawnClient();
  await dc.initializeRequest({ adapterID: 'shuttle', pathFormat: 'path', linesStartAt1: true, columnsStartAt1: true, supportsMemoryReferences: true, ...extra });
  return dc;
}

/**
 * Every message the adapter sends from now on, in the order it sent them: `response:<command>`
 * or the event's name (recorded as each message is parsed, before any promise settles).
 */
export function recordMessages(dc: DebugClient): string[] {
  const log: string[] = [];
  const client = dc as unknown as { dispatch(body: string): void };
  const dispatch = client.dispatch.bind(dc);
  client.dispatch = (body: string) => {
    const m = JSON.parse(body) as DebugProtocol.ProtocolMessage & { event?: string; command?: string };
    log.push(m.type === 'event' ? m.event! : `${m.type}:${m.command}`);
    dispatch(body);
  };
  return log;
}

/** Every event named `name` from now on (the array fills as they arrive). */
export function collect<T extends DebugProtocol.Event>(dc: DebugClient, name: string): T[] {
  const out: T[] = [];
  dc.on(name, (e: T) => out.push(e));
  return out;
}

/** A custom request's response body (the DebugClient types only know the standard ones). */
export async function custom<T = Record<string, unknown>>(dc: DebugClient, command: string, args?: object): Promise<T> {
  return ((await dc.customRequest(command, args)) as DebugProtocol.Response).body as T;
}

/** Launch `name` with `extra` launch attributes, set `bps` (lines) as VS Code does (after launch, before configurationDone), wait for the first stop. */
export async function launchAndStop(dc: DebugClient, name: string, isa: string, bps: number[], extra: Record<string, unknown> = {}): Promise<DebugProtocol.StoppedEvent> {
  const file = program(name);
  const stopped = dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>;
  const launched = dc.launchRequest({ program: file, isa, ...extra } as DebugProtocol.LaunchRequestArguments);
  await dc.setBreakpointsRequest({ source: { path: file }, breakpoints: bps.map((line) => ({ line })) });
  await dc.configurationDoneRequest();
  await launched;
  return stopped;
}

/** Do `act` and wait for the stop it causes. */
export async function stopAfter(dc: DebugClient, act: () => Promise<unknown>): Promise<DebugProtocol.StoppedEvent> {
  const stopped = dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>;
  await act();
  return stopped;
}

export async function topFrame(dc: DebugClient): Promise<DebugProtocol.StackFrame> {
  return (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0];
}

export async function scopeVars(dc: DebugClient, frameId: number, scope: string): Promise<DebugProtocol.Variable[]> {
  const scopes = (await dc.scopesRequest({ frameId })).body.scopes;
  const s = scopes.find((x) => x.name.startsWith(scope));
  if (!s) throw new Error(`no scope ${scope}`);
  return (await dc.variablesRequest({ variablesReference: s.variablesReference })).body.variables;
}

/** A request expected to fail: its error message. */
export async function failure(p: Promise<unknown>): Promise<string> {
  try { await p; } catch (e) { return (e as Error).message; }
  throw new Error('the request succeeded but should have failed');
}

/**
 * Known migration bugs outside the adapter, by source ISA: tests migrating from that ISA run as
 * `todo` (reported, not failing) until the entry is removed. Empty: none known.
 */
export const KNOWN_MIGRATION_BUGS: Record<string, string> = {};

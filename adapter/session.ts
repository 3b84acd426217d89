// The DAP session: a thin routing layer from Debug Adapter Protocol requests to the DebugRuntime
// (each handler is one delegation through reply(), which turns any thrown error into a
// `success: false` response with a plain message), and runtime events to DAP events.

import { LoggingDebugSession, InitializedEvent, StoppedEvent, OutputEvent, TerminatedEvent, ExitedEvent, BreakpointEvent, InvalidatedEvent, ThreadEvent, Event } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { assigned, CAPABILITIES, THREAD_ID, dapBreakpoints, dapStack, functionSpecs, instructionSpecs, int, isHex, obj, optFrame, sourceSpecs, str } from './protocol';
import type { Breakpoint } from './breakpoints';
import { DebugRuntime, type LaunchOptions, type MigrationResult, type StopEvent } from './runtime';

type Args = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- validated by protocol.ts and the runtime

export class ShuttleSession extends LoggingDebugSession {
  readonly rt = new DebugRuntime();
  /** the client said it handles `invalidated` events */
  private invalidatedOk = false;

  constructor() {
    super();
    this.setDebuggerLinesStartAt1(true);
    this.setDebuggerColumnsStartAt1(true);
    this.rt.on('stopped', (e: StopEvent) => this.sendEvent(Object.assign(new StoppedEvent(e.reason, THREAD_ID, e.text), { body: { threadId: THREAD_ID, allThreadsStopped: true, ...e } })));
    this.rt.on('output', (category: string, text: string) => this.sendEvent(new OutputEvent(text, category)));
    this.rt.on('exited', (code: number) => this.sendEvent(new ExitedEvent(code)));
    this.rt.on('breakpoints', (bps: Breakpoint[]) => dapBreakpoints(bps).breakpoints.forEach((b) => this.sendEvent(new BreakpointEvent('changed', b))));
    this.removeAllListeners('error'); // the base class shuts down on a malformed message; report it instead
    this.on('error', (e: { body?: unknown }) => process.stderr.write(`shuttle dap: ${String(e?.body ?? e)}\n`));
    this.rt.on('terminated', () => this.sendEvent(new TerminatedEvent()));
    // after a migration: VS Code refetches threads on a `thread` event 'started' (the name changed) and on every stop
    this.rt.on('invalidated', () => { if (this.invalidatedOk) this.sendEvent(new InvalidatedEvent(['all'], THREAD_ID)); });
    this.rt.on('thread', () => this.sendEvent(new ThreadEvent('started', THREAD_ID)));
    this.rt.on('migrated', (m: MigrationResult) => this.sendEvent(new Event('migrated', m)));
  }

  /** Refuse requests this adapter does not implement (the base class would answer them with success) and non-object arguments. */
  protected override dispatchRequest(request: DebugProtocol.Request): void {
    const refusal = refuse(request);
    if (!refusal) return super.dispatchRequest(request);
    const r: DebugProtocol.Response = { seq: 0, type: 'response', request_seq: request.seq, command: String(request.command), success: false, message: refusal };
    this.sendResponse(r);
  }

  /** Run `f`, answer with its result as the body, or with success false and the error's message. */
  private async reply(r: DebugProtocol.Response, f: () => unknown): Promise<void> {
    try {
      const body = await f();
      if (body !== undefined) r.body = body;
    } catch (e) {
      r.success = false;
      r.message = e instanceof Error ? e.message : String(e);
    }
    this.sendResponse(r);
  }

  protected override initializeRequest(r: DebugProtocol.InitializeResponse, a: Args): void {
    this.invalidatedOk = a?.supportsInvalidatedEvent === true;
    void this.reply(r, () => CAPABILITIES).then(() => this.sendEvent(new InitializedEvent()));
  }
  protected override configurationDoneRequest(r: DebugProtocol.ConfigurationDoneResponse): void { void this.reply(r, () => this.rt.configurationDone()); }
  protected override launchRequest(r: DebugProtocol.LaunchResponse, a: Args): void { void this.reply(r, () => this.rt.launch(obj(a, 'launch') as unknown as LaunchOptions)); }
  protected override restartRequest(r: DebugProtocol.RestartResponse): void { void this.reply(r, () => this.rt.restart()); }
  protected override terminateRequest(r: DebugProtocol.TerminateResponse): void { void this.reply(r, () => this.rt.terminate()); }
  protected override disconnectRequest(r: DebugProtocol.DisconnectResponse): void { void this.reply(r, () => this.rt.terminate()).then(() => this.shutdown()); }
  protected override threadsRequest(r: DebugProtocol.ThreadsResponse): void { void this.reply(r, () => ({ threads: [{ id: THREAD_ID, name: `main · ${this.rt.isa}` }] })); }

  protected override setBreakPointsRequest(r: DebugProtocol.SetBreakpointsResponse, a: Args): void { void this.reply(r, () => { const s = sourceSpecs(a); return dapBreakpoints(this.rt.setBreakpoints(s.file, s.specs)); }); }
  protected override setFunctionBreakPointsRequest(r: DebugProtocol.SetFunctionBreakpointsResponse, a: Args): void { void this.reply(r, () => dapBreakpoints(this.rt.setFunctionBreakpoints(functionSpecs(a)))); }
  protected override setInstructionBreakpointsRequest(r: DebugProtocol.SetInstructionBreakpointsResponse, a: Args): void { void this.reply(r, () => dapBreakpoints(this.rt.setInstructionBreakpoints(instructionSpecs(a)))); }
  protected override setExceptionBreakPointsRequest(r: DebugProtocol.SetExceptionBreakpointsResponse, a: Args): void { void this.reply(r, () => this.rt.setExceptionFilters((obj(a, 'setExceptionBreakpoints').filters as string[] ?? []).map((f) => str(f, 'filter')))); }
  protected override breakpointLocationsRequest(r: DebugProtocol.BreakpointLocationsResponse, a: Args): void { void this.reply(r, () => ({ breakpoints: this.rt.breakpointLines(str(obj(obj(a, 'breakpointLocations').source, 'source').path, 'source.path'), int(a.line, 'line'), a.endLine ?? a.line).map((line) => ({ line })) })); }
  protected override exceptionInfoRequest(r: DebugProtocol.ExceptionInfoResponse): void { void this.reply(r, () => this.rt.exceptionInfo()); }

  protected override continueRequest(r: DebugProtocol.ContinueResponse): void { void this.reply(r, () => { this.rt.continue(); return { allThreadsContinued: true }; }); }
  protected override nextRequest(r: DebugProtocol.NextResponse, a: Args): void { void this.reply(r, () => this.rt.step('over', a?.granularity === 'instruction' ? 'instruction' : 'line')); }
  protected override stepInRequest(r: DebugProtocol.StepInResponse, a: Args): void { void this.reply(r, () => this.rt.step('in', a?.granularity === 'instruction' ? 'instruction' : 'line')); }
  protected override stepOutRequest(r: DebugProtocol.StepOutResponse, a: Args): void { void this.reply(r, () => this.rt.step('out', a?.granularity === 'instruction' ? 'instruction' : 'line')); }
  protected override pauseRequest(r: DebugProtocol.PauseResponse): void { void this.reply(r, () => this.rt.pause()); }

  protected override stackTraceRequest(r: DebugProtocol.StackTraceResponse, a: Args): void { void this.reply(r, () => dapStack(this.rt.frames(), a)); }
  protected override scopesRequest(r: DebugProtocol.ScopesResponse, a: Args): void { void this.reply(r, () => ({ scopes: this.rt.scopes(int(obj(a, 'scopes').frameId, 'frameId')) })); }
  protected override variablesRequest(r: DebugProtocol.VariablesResponse, a: Args): void { void this.reply(r, () => ({ variables: this.rt.variables(int(obj(a, 'variables').variablesReference, 'variablesReference'), isHex(a)) })); }
  protected override evaluateRequest(r: DebugProtocol.EvaluateResponse, a: Args): void { void this.reply(r, () => this.rt.evaluate(str(obj(a, 'evaluate').expression, 'expression'), a.frameId, isHex(a))); }
  protected override setVariableRequest(r: DebugProtocol.SetVariableResponse, a: Args): void { void this.reply(r, () => assigned(this.rt.setVariable(int(obj(a, 'setVariable').variablesReference, 'variablesReference'), str(a.name, 'name'), str(a.value, 'value')))); }
  protected override setExpressionRequest(r: DebugProtocol.SetExpressionResponse, a: Args): void { void this.reply(r, () => assigned(this.rt.setExpression(str(obj(a, 'setExpression').expression, 'expression'), str(a.value, 'value'), a.frameId))); }

  protected override completionsRequest(r: DebugProtocol.CompletionsResponse, a: Args): void { void this.reply(r, () => ({ targets: this.rt.completions(str(obj(a, 'completions').text, 'text'), int(a.column, 'column'), a.frameId) })); }
  protected override gotoTargetsRequest(r: DebugProtocol.GotoTargetsResponse, a: Args): void { void this.reply(r, () => ({ targets: this.rt.gotoTargets(int(obj(a, 'gotoTargets').line, 'line')) })); }
  protected override gotoRequest(r: DebugProtocol.GotoResponse, a: Args): void { void this.reply(r, () => this.rt.goto(int(obj(a, 'goto').targetId, 'targetId'))); }
  protected override disassembleRequest(r: DebugProtocol.DisassembleResponse, a: Args): void { void this.reply(r, () => ({ instructions: this.rt.disassemble(str(obj(a, 'disassemble').memoryReference, 'memoryReference'), a.offset, a.instructionOffset, int(a.instructionCount, 'instructionCount')) })); }
  protected override readMemoryRequest(r: DebugProtocol.ReadMemoryResponse, a: Args): void { void this.reply(r, () => this.rt.readMemory(str(obj(a, 'readMemory').memoryReference, 'memoryReference'), a.offset, a.count)); }
  protected override writeMemoryRequest(r: DebugProtocol.WriteMemoryResponse, a: Args): void { void this.reply(r, () => this.rt.writeMemory(str(obj(a, 'writeMemory').memoryReference, 'memoryReference'), a.offset, a.data, a.allowPartial === true)); }

  /** Shuttle's own requests: isas, canonicalState, targetPreview, migrate (docs/debug-adapter.md). */
  protected override customRequest(command: string, r: DebugProtocol.Response, a: Args): void {
    switch (command) {
      case 'isas': return void this.reply(r, () => this.rt.isas());
      case 'canonicalState': return void this.reply(r, () => this.rt.canonicalState(optFrame(obj(a ?? {}, command))));
      case 'targetPreview': return void this.reply(r, () => this.rt.targetPreview(obj(a ?? {}, command).targetIsa, optFrame(a ?? {})));
      case 'migrate': return void this.reply(r, () => this.rt.migrate(obj(a ?? {}, command).targetIsa));
      default: return void this.reply(r, () => { throw new Error(`unknown request '${command}'`); });
    }
  }
}

function refuse(request: DebugProtocol.Request): string | undefined {
  if (typeof request.command !== 'string') return 'the request has no command';
  if (!IMPLEMENTED.has(request.command)) return `unsupported request '${request.command}'`;
  const a: unknown = request.arguments;
  if (a !== undefined && (a === null || typeof a !== 'object' || Array.isArray(a))) return `${request.command}: arguments must be an object`;
  if (request.command === 'initialize' && a === undefined) return 'initialize: arguments are required';
  return undefined;
}

const IMPLEMENTED = new Set([
  'initialize', 'configurationDone', 'launch', 'restart', 'terminate', 'disconnect', 'threads', 'setBreakpoints',
  'setFunctionBreakpoints', 'setInstructionBreakpoints', 'setExceptionBreakpoints', 'breakpointLocations', 'exceptionInfo',
  'continue', 'next', 'stepIn', 'stepOut', 'pause', 'stackTrace', 'scopes', 'variables', 'evaluate', 'setVariable',
  'setExpression', 'disassemble', 'readMemory', 'writeMemory', 'completions', 'gotoTargets', 'goto',
  'isas', 'canonicalState', 'targetPreview', 'migrate',
]);

// The DAP session: a thin routing layer from Debug Adapter Protocol requests to the DebugRuntime
// (each handler is one delegation through reply(), which turns any thrown error into a
// `success: false` response with a plain message), and runtime events to DAP events. Lines and
// columns are converted here for clients that count from 0 (protocol.ts `Lines`).

import { LoggingDebugSession, InitializedEvent, StoppedEvent, ContinuedEvent, OutputEvent, TerminatedEvent, ExitedEvent, BreakpointEvent, InvalidatedEvent, ThreadEvent, Event } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { assigned, CAPABILITIES, THREAD_ID, dapBreakpoints, dapGotoTargets, dapInstructions, dapStack, functionSpecs, instructionSpecs, int, isHex, locationArgs, obj, optFrame, pageOf, sourceSpecs, str, strings, withClientLines, type Lines } from './protocol';
import type { Breakpoint } from './breakpoints';
import { DebugRuntime, type LaunchOptions, type MemoryChange, type MigrationResult, type StopEvent } from './runtime';

type Args = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- validated by protocol.ts and the runtime

export class ShuttleSession extends LoggingDebugSession {
  readonly rt = new DebugRuntime();
  /** what the client said it handles in `initialize` */
  private client = { invalidated: false, memory: false };
  private readonly lines: Lines = {
    toClient: (l) => this.convertDebuggerLineToClient(l), fromClient: (l) => this.convertClientLineToDebugger(l),
    colToClient: (c) => this.convertDebuggerColumnToClient(c), colFromClient: (c) => this.convertClientColumnToDebugger(c),
  };

  constructor() {
    super();
    this.setDebuggerLinesStartAt1(true);
    this.setDebuggerColumnsStartAt1(true);
    this.rt.on('stopped', (e: StopEvent) => this.sendEvent(Object.assign(new StoppedEvent(e.reason, THREAD_ID, e.text), { body: { threadId: THREAD_ID, allThreadsStopped: true, ...e } })));
    this.rt.on('continued', () => this.sendEvent(new ContinuedEvent(THREAD_ID, true)));
    this.rt.on('output', (category: string, text: string) => this.sendEvent(new OutputEvent(text, category)));
    this.rt.on('exited', (code: number) => this.sendEvent(new ExitedEvent(code)));
    this.rt.on('breakpoints', (bps: Breakpoint[]) => dapBreakpoints(bps, this.lines).breakpoints.forEach((b) => this.sendEvent(new BreakpointEvent('changed', b))));
    this.removeAllListeners('error'); // the base class shuts down on a malformed message; report it instead
    this.on('error', (e: { body?: unknown }) => process.stderr.write(`shuttle dap: ignored a malformed message: ${String(e?.body ?? e).replace(/^Error handling data: /, '')}\n`));
    this.rt.on('terminated', () => this.sendEvent(new TerminatedEvent()));
    // after a migration: VS Code refetches threads on a `thread` event 'started' (the name changed) and on every stop
    this.rt.on('invalidated', (areas: DebugProtocol.InvalidatedAreas[]) => { if (this.client.invalidated) this.sendEvent(new InvalidatedEvent(areas, THREAD_ID)); });
    this.rt.on('memory', (m: MemoryChange) => { if (this.client.memory) this.sendEvent(new Event('memory', m)); });
    this.rt.on('thread', () => this.sendEvent(new ThreadEvent('started', THREAD_ID)));
    this.rt.on('migrated', (m: MigrationResult) => this.sendEvent(new Event('migrated', withClientLines(m, this.lines))));
  }

  /** Messages that are not objects are reported (the base class would fail on them); a handler's exception is an internal error. */
  override handleMessage(msg: DebugProtocol.ProtocolMessage): void {
    if (!msg || typeof msg !== 'object' || Array.isArray(msg)) {
      process.stderr.write(`shuttle dap: ignored a message that is not a JSON object: ${JSON.stringify(msg)}\n`);
      return;
    }
    try { super.handleMessage(msg); } catch (e) { process.stderr.write(`shuttle dap: internal error: ${(e as Error).stack ?? String(e)}\n`); }
  }

  /** Refuse requests this adapter does not implement (the base class would answer them with success) and non-object arguments. */
  protected override dispatchRequest(request: DebugProtocol.Request): void {
    const refusal = refuse(request);
    if (!refusal) {
      if (request.command === 'initialize' && request.arguments.pathFormat === undefined) request.arguments.pathFormat = 'path'; // optional in the spec; the base class would refuse
      return super.dispatchRequest(request);
    }
    const r: DebugProtocol.Response = { seq: 0, type: 'response', request_seq: request.seq, command: String(request.command), success: false, message: refusal };
    this.sendResponse(r);
  }

  /** The base class answers a handler's exception with its stack as the message: log it, answer plainly. */
  protected override sendErrorResponse(r: DebugProtocol.Response, codeOrMessage: number | DebugProtocol.Message, format?: string, variables?: Record<string, string>): void {
    const v = variables as { _exception?: string; _stack?: string } | undefined;
    if (v?._stack) process.stderr.write(`shuttle dap: internal error: ${v._stack}\n`);
    r.success = false;
    r.message = v?._exception ? `internal error: ${v._exception}` : typeof codeOrMessage === 'object' ? codeOrMessage.format : format ?? 'request failed';
    this.sendResponse(r);
  }

  /** Run `f`, answer with its result as the body, or with success false and the error's message. */
  private async reply(r: DebugProtocol.Response, f: () => unknown): Promise<void> {
    try {
      const body = await f();
      if (body !== undefined) r.body = body;
    } catch (e) {
      r.success = false;
      r.message = refusalOf(e);
    }
    this.sendResponse(r);
  }

  protected override initializeRequest(r: DebugProtocol.InitializeResponse, a: Args): void {
    this.client = { invalidated: a?.supportsInvalidatedEvent === true, memory: a?.supportsMemoryEvent === true };
    void this.reply(r, () => CAPABILITIES).then(() => this.sendEvent(new InitializedEvent()));
  }
  protected override configurationDoneRequest(r: DebugProtocol.ConfigurationDoneResponse): void { void this.reply(r, () => this.rt.configurationDone()); }
  protected override launchRequest(r: DebugProtocol.LaunchResponse, a: Args): void { void this.reply(r, () => this.rt.launch(obj(a, 'launch') as unknown as LaunchOptions)); }
  protected override restartRequest(r: DebugProtocol.RestartResponse): void { void this.reply(r, () => this.rt.restart()); }
  protected override terminateRequest(r: DebugProtocol.TerminateResponse): void { void this.reply(r, () => this.rt.terminate()); }
  protected override disconnectRequest(r: DebugProtocol.DisconnectResponse): void { void this.reply(r, () => this.rt.terminate()).then(() => this.shutdown()); }
  protected override threadsRequest(r: DebugProtocol.ThreadsResponse): void { void this.reply(r, () => ({ threads: [{ id: THREAD_ID, name: `main · ${this.rt.isa}` }] })); }

  protected override setBreakPointsRequest(r: DebugProtocol.SetBreakpointsResponse, a: Args): void { void this.reply(r, () => { const s = sourceSpecs(a, this.lines); return dapBreakpoints(this.rt.setBreakpoints(s.file, s.specs), this.lines); }); }
  protected override setFunctionBreakPointsRequest(r: DebugProtocol.SetFunctionBreakpointsResponse, a: Args): void { void this.reply(r, () => dapBreakpoints(this.rt.setFunctionBreakpoints(functionSpecs(a)), this.lines)); }
  protected override setInstructionBreakpointsRequest(r: DebugProtocol.SetInstructionBreakpointsResponse, a: Args): void { void this.reply(r, () => dapBreakpoints(this.rt.setInstructionBreakpoints(instructionSpecs(a)), this.lines)); }
  protected override setExceptionBreakPointsRequest(r: DebugProtocol.SetExceptionBreakpointsResponse, a: Args): void { void this.reply(r, () => this.rt.setExceptionFilters(strings(obj(a, 'setExceptionBreakpoints').filters, 'filters'))); }
  protected override breakpointLocationsRequest(r: DebugProtocol.BreakpointLocationsResponse, a: Args): void { void this.reply(r, () => { const l = locationArgs(a, this.lines); return { breakpoints: this.rt.breakpointLines(l.file, l.line, l.endLine).map((line) => ({ line: this.lines.toClient(line) })) }; }); }
  protected override exceptionInfoRequest(r: DebugProtocol.ExceptionInfoResponse): void { void this.reply(r, () => this.rt.exceptionInfo()); }

  protected override continueRequest(r: DebugProtocol.ContinueResponse): void { void this.reply(r, () => { this.rt.continue(); return { allThreadsContinued: true }; }); }
  protected override nextRequest(r: DebugProtocol.NextResponse, a: Args): void { void this.reply(r, () => this.rt.step('over', a?.granularity === 'instruction' ? 'instruction' : 'line')); }
  protected override stepInRequest(r: DebugProtocol.StepInResponse, a: Args): void { void this.reply(r, () => this.rt.step('in', a?.granularity === 'instruction' ? 'instruction' : 'line')); }
  protected override stepOutRequest(r: DebugProtocol.StepOutResponse, a: Args): void { void this.reply(r, () => this.rt.step('out', a?.granularity === 'instruction' ? 'instruction' : 'line')); }
  protected override pauseRequest(r: DebugProtocol.PauseResponse): void { void this.reply(r, () => this.rt.pause()); }

  protected override stackTraceRequest(r: DebugProtocol.StackTraceResponse, a: Args): void { void this.reply(r, () => dapStack(this.rt.frames(), a, this.lines)); }
  protected override scopesRequest(r: DebugProtocol.ScopesResponse, a: Args): void { void this.reply(r, () => ({ scopes: this.rt.scopes(int(obj(a, 'scopes').frameId, 'frameId')) })); }
  protected override variablesRequest(r: DebugProtocol.VariablesResponse, a: Args): void { void this.reply(r, () => ({ variables: this.rt.variables(int(obj(a, 'variables').variablesReference, 'variablesReference'), isHex(a), pageOf(a)) })); }
  protected override evaluateRequest(r: DebugProtocol.EvaluateResponse, a: Args): void { void this.reply(r, () => this.rt.evaluate(str(obj(a, 'evaluate').expression, 'expression'), optFrame(a), isHex(a))); }
  protected override setVariableRequest(r: DebugProtocol.SetVariableResponse, a: Args): void { void this.reply(r, () => assigned(this.rt.setVariable(int(obj(a, 'setVariable').variablesReference, 'variablesReference'), str(a.name, 'name'), str(a.value, 'value')))); }
  protected override setExpressionRequest(r: DebugProtocol.SetExpressionResponse, a: Args): void { void this.reply(r, () => assigned(this.rt.setExpression(str(obj(a, 'setExpression').expression, 'expression'), str(a.value, 'value'), optFrame(a)))); }

  protected override completionsRequest(r: DebugProtocol.CompletionsResponse, a: Args): void { void this.reply(r, () => ({ targets: this.rt.completions(str(obj(a, 'completions').text, 'text'), this.lines.colFromClient(int(a.column, 'column')), optFrame(a)) })); }
  protected override gotoTargetsRequest(r: DebugProtocol.GotoTargetsResponse, a: Args): void { void this.reply(r, () => ({ targets: dapGotoTargets(this.rt.gotoTargets(this.lines.fromClient(int(obj(a, 'gotoTargets').line, 'line'))), this.lines) })); }
  protected override gotoRequest(r: DebugProtocol.GotoResponse, a: Args): void { void this.reply(r, () => this.rt.goto(int(obj(a, 'goto').targetId, 'targetId'))); }
  protected override disassembleRequest(r: DebugProtocol.DisassembleResponse, a: Args): void { void this.reply(r, () => ({ instructions: dapInstructions(this.rt.disassemble(str(obj(a, 'disassemble').memoryReference, 'memoryReference'), a.offset, a.instructionOffset, int(a.instructionCount, 'instructionCount')), this.lines) })); }
  protected override readMemoryRequest(r: DebugProtocol.ReadMemoryResponse, a: Args): void { void this.reply(r, () => this.rt.readMemory(str(obj(a, 'readMemory').memoryReference, 'memoryReference'), a.offset, a.count)); }
  protected override writeMemoryRequest(r: DebugProtocol.WriteMemoryResponse, a: Args): void { void this.reply(r, () => this.rt.writeMemory(str(obj(a, 'writeMemory').memoryReference, 'memoryReference'), a.offset, a.data, a.allowPartial === true)); }

  /** Shuttle's own requests: isas, canonicalState, targetPreview, migrate (docs/debug-adapter.md). */
  protected override customRequest(command: string, r: DebugProtocol.Response, a: Args): void {
    switch (command) {
      case 'isas': return void this.reply(r, () => this.rt.isas());
      case 'canonicalState': return void this.reply(r, () => withClientLines(this.rt.canonicalState(optFrame(obj(a ?? {}, command))), this.lines));
      case 'targetPreview': return void this.reply(r, () => withClientLines(this.rt.targetPreview(obj(a ?? {}, command).targetIsa, optFrame(a ?? {})), this.lines));
      case 'migrate': return void this.reply(r, async () => withClientLines(await this.rt.migrate(obj(a ?? {}, command).targetIsa), this.lines));
      default: return void this.reply(r, () => { throw new Error(`unknown request '${command}'`); });
    }
  }
}

/** A refusal's message; a JavaScript error (a bug, not a refusal) is logged with its stack and answered as an internal error. */
function refusalOf(e: unknown): string {
  if (e instanceof TypeError || e instanceof ReferenceError || e instanceof RangeError || e instanceof SyntaxError) {
    process.stderr.write(`shuttle dap: internal error: ${e.stack ?? e.message}\n`);
    return `internal error: ${e.message}`;
  }
  return e instanceof Error ? e.message : String(e);
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

// Conversions between the runtime's results and DAP message bodies (the only place besides the
// session that knows DAP shapes): capabilities, breakpoints, stack frames, threads, and the
// breakpoint specs read from requests (validated, so malformed arguments become clear errors).

import type { DebugProtocol } from '@vscode/debugprotocol';
import type { Breakpoint, BreakpointSpec } from './breakpoints';
import type { Frame } from './frames';
import { parseAddress } from './memory';
import { hexOf } from './values';

export const THREAD_ID = 1;

export const CAPABILITIES: DebugProtocol.Capabilities = {
  supportsConfigurationDoneRequest: true,
  supportsConditionalBreakpoints: true,
  supportsHitConditionalBreakpoints: true,
  supportsLogPoints: true,
  supportsFunctionBreakpoints: true,
  supportsInstructionBreakpoints: true,
  supportsBreakpointLocationsRequest: true,
  supportsSteppingGranularity: true,
  supportsEvaluateForHovers: true,
  supportsClipboardContext: true,
  supportsSetVariable: true,
  supportsSetExpression: true,
  supportsValueFormattingOptions: true,
  supportsDisassembleRequest: true,
  supportsReadMemoryRequest: true,
  supportsWriteMemoryRequest: true,
  supportsExceptionInfoRequest: true,
  supportsTerminateRequest: true,
  supportsRestartRequest: true,
  supportsCompletionsRequest: true,
  supportsGotoTargetsRequest: true,
  exceptionBreakpointFilters: [
    { filter: 'fault', label: 'Runtime faults', description: 'illegal instruction, bad access, division by zero, stack overflow', default: true },
    { filter: 'migration', label: 'Migration points', description: "every migrate() / migration_point() call of the program", default: false },
  ],
};

export function obj(x: unknown, what: string): Record<string, unknown> {
  if (!x || typeof x !== 'object' || Array.isArray(x)) throw new Error(`${what}: arguments must be an object`);
  return x as Record<string, unknown>;
}

export function list(x: unknown, what: string): Record<string, unknown>[] {
  if (x === undefined) return [];
  if (!Array.isArray(x)) throw new Error(`${what} must be an array`);
  return x.map((e, i) => obj(e, `${what}[${i}]`));
}

export function str(x: unknown, what: string): string {
  if (typeof x !== 'string') throw new Error(`${what} must be a string`);
  return x;
}

export function int(x: unknown, what: string): number {
  if (typeof x !== 'number' || !Number.isInteger(x)) throw new Error(`${what} must be an integer`);
  return x;
}

function optStr(x: unknown, what: string): string | undefined {
  return x === undefined || x === null ? undefined : str(x, what);
}

export function specOf(b: Record<string, unknown>): BreakpointSpec {
  const s: BreakpointSpec = {};
  const c = optStr(b.condition, 'condition'), h = optStr(b.hitCondition, 'hitCondition'), l = optStr(b.logMessage, 'logMessage');
  if (c) s.condition = c;
  if (h) s.hitCondition = h;
  if (l !== undefined) s.logMessage = l;
  return s;
}

export function sourceSpecs(args: unknown): { file: string; specs: BreakpointSpec[] } {
  const a = obj(args, 'setBreakpoints');
  const file = str(obj(a.source, 'source').path, 'source.path');
  const specs = list(a.breakpoints, 'breakpoints').map((b) => ({ ...specOf(b), line: int(b.line, 'line') }));
  return { file, specs };
}

export function functionSpecs(args: unknown): BreakpointSpec[] {
  return list(obj(args, 'setFunctionBreakpoints').breakpoints, 'breakpoints').map((b) => ({ ...specOf(b), name: str(b.name, 'name') }));
}

export function instructionSpecs(args: unknown): BreakpointSpec[] {
  return list(obj(args, 'setInstructionBreakpoints').breakpoints, 'breakpoints')
    .map((b) => ({ ...specOf(b), address: parseAddress(str(b.instructionReference, 'instructionReference'), b.offset ?? 0) }));
}

export function dapBreakpoints(bps: Breakpoint[]): { breakpoints: DebugProtocol.Breakpoint[] } {
  return {
    breakpoints: bps.map((b) => ({
      id: b.id, verified: b.verified,
      ...(b.message ? { message: b.message } : {}),
      ...(b.line !== undefined ? { line: b.line } : {}),
      ...(b.file ? { source: { path: b.file } } : {}),
      ...(b.addrs.length ? { instructionReference: hexOf(b.addrs[0]) } : {}),
    })),
  };
}

export function dapStack(frames: Frame[], args: unknown): { stackFrames: DebugProtocol.StackFrame[]; totalFrames: number } {
  const a = args === undefined ? {} : obj(args, 'stackTrace');
  const start = a.startFrame === undefined ? 0 : int(a.startFrame, 'startFrame');
  const levels = a.levels === undefined || a.levels === 0 ? frames.length : int(a.levels, 'levels');
  return {
    totalFrames: frames.length,
    stackFrames: frames.slice(start, start + levels).map((f) => ({
      id: f.index,
      name: f.fn?.name ?? `?? ${hexOf(f.pc)}`,
      line: f.line ?? 0, column: f.col ?? 0,
      ...(f.file ? { source: { path: f.file, name: f.file.split('/').pop() } } : {}),
      instructionPointerReference: hexOf(f.pc),
      ...(f.fn?.runtime ? { presentationHint: 'subtle' as const } : {}),
    })),
  };
}

/** A setVariable / setExpression body from an evaluation result. */
export function assigned(r: { result: string; type?: string; variablesReference: number; memoryReference?: string }): DebugProtocol.SetVariableResponse['body'] {
  return { value: r.result, ...(r.type ? { type: r.type } : {}), variablesReference: r.variablesReference, ...(r.memoryReference ? { memoryReference: r.memoryReference } : {}) };
}

/** The optional frameId of a custom request. */
export function optFrame(a: Record<string, unknown>): number | undefined {
  return a.frameId === undefined || a.frameId === null ? undefined : int(a.frameId, 'frameId');
}

export function isHex(args: unknown): boolean {
  const f = (args as { format?: { hex?: unknown } } | undefined)?.format;
  return !!f && typeof f === 'object' && f.hex === true;
}

// Conversions between the runtime's results and DAP message bodies (the only place besides the
// session that knows DAP shapes): capabilities, breakpoints, stack frames, variables paging, the
// breakpoint specs read from requests (validated, so malformed arguments become clear errors), and
// source lines and columns between the client's numbering (0- or 1-based, as it said in
// `initialize`) and the runtime's (1-based), through `Lines`.

import type { DebugProtocol } from '@vscode/debugprotocol';
import type { Breakpoint, BreakpointSpec } from './breakpoints';
import type { Instruction } from './disassemble';
import type { Frame } from './frames';
import type { Page } from './inspect';
import { parseAddress } from './memory';
import type { PointRef } from './migration';
import { hexOf } from './values';

/** Line and column numbers: runtime (1-based) to client and back. */
export interface Lines {
  toClient(line: number): number; fromClient(line: number): number;
  colToClient(col: number): number; colFromClient(col: number): number;
}
/** A client numbering lines and columns from 1, like the runtime. */
export const ONE_BASED: Lines = { toClient: (l) => l, fromClient: (l) => l, colToClient: (c) => c, colFromClient: (c) => c };

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

/** A list of strings (absent: empty). */
export function strings(x: unknown, what: string): string[] {
  if (x === undefined || x === null) return [];
  if (!Array.isArray(x)) throw new Error(`${what} must be an array of strings`);
  return x.map((e) => str(e, `each of ${what}`));
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

export function sourceSpecs(args: unknown, lines: Lines = ONE_BASED): { file: string; specs: BreakpointSpec[] } {
  const a = obj(args, 'setBreakpoints');
  const file = str(obj(a.source, 'source').path, 'source.path');
  const specs = list(a.breakpoints, 'breakpoints').map((b) => ({ ...specOf(b), line: lines.fromClient(int(b.line, 'line')) }));
  return { file, specs };
}

/** The file and line range of a breakpointLocations request (in runtime lines). */
export function locationArgs(args: unknown, lines: Lines = ONE_BASED): { file: string; line: number; endLine: number } {
  const a = obj(args, 'breakpointLocations');
  const file = str(obj(a.source, 'source').path, 'source.path');
  const line = int(a.line, 'line');
  const end = a.endLine === undefined || a.endLine === null ? line : int(a.endLine, 'endLine');
  return { file, line: lines.fromClient(line), endLine: lines.fromClient(end) };
}

export function functionSpecs(args: unknown): BreakpointSpec[] {
  return list(obj(args, 'setFunctionBreakpoints').breakpoints, 'breakpoints').map((b) => ({ ...specOf(b), name: str(b.name, 'name') }));
}

export function instructionSpecs(args: unknown): BreakpointSpec[] {
  return list(obj(args, 'setInstructionBreakpoints').breakpoints, 'breakpoints')
    .map((b) => ({ ...specOf(b), address: parseAddress(str(b.instructionReference, 'instructionReference'), b.offset ?? 0) }));
}

export function dapBreakpoints(bps: Breakpoint[], lines: Lines = ONE_BASED): { breakpoints: DebugProtocol.Breakpoint[] } {
  return {
    breakpoints: bps.map((b) => ({
      id: b.id, verified: b.verified,
      ...(b.message ? { message: b.message } : {}),
      ...(b.line !== undefined ? { line: lines.toClient(b.line) } : {}),
      ...(b.file ? { source: { path: b.file } } : {}),
      ...(b.addrs.length ? { instructionReference: hexOf(b.addrs[0]) } : {}),
    })),
  };
}

export function dapStack(frames: Frame[], args: unknown, lines: Lines = ONE_BASED): { stackFrames: DebugProtocol.StackFrame[]; totalFrames: number } {
  const a = args === undefined ? {} : obj(args, 'stackTrace');
  const start = a.startFrame === undefined ? 0 : int(a.startFrame, 'startFrame');
  const levels = a.levels === undefined || a.levels === 0 ? frames.length : int(a.levels, 'levels');
  return {
    totalFrames: frames.length,
    stackFrames: frames.slice(start, start + levels).map((f) => ({
      id: f.index,
      name: f.fn?.name ?? `?? ${hexOf(f.pc)}`,
      line: f.line === undefined ? 0 : lines.toClient(f.line), column: f.col === undefined ? 0 : lines.colToClient(f.col),
      ...(f.file ? { source: { path: f.file, name: f.file.split('/').pop() } } : {}),
      instructionPointerReference: hexOf(f.pc),
      ...(f.fn?.runtime ? { presentationHint: 'subtle' as const } : {}),
    })),
  };
}

/** A setVariable / setExpression body from an evaluation result. */
export function assigned(r: { result: string; type?: string; variablesReference: number; indexedVariables?: number; memoryReference?: string }): DebugProtocol.SetVariableResponse['body'] {
  return {
    value: r.result, ...(r.type ? { type: r.type } : {}), variablesReference: r.variablesReference,
    ...(r.indexedVariables !== undefined ? { indexedVariables: r.indexedVariables } : {}), ...(r.memoryReference ? { memoryReference: r.memoryReference } : {}),
  };
}

/** The paging of a variables request: `start`, `count` (0: all) and `filter`. */
export function pageOf(args: Record<string, unknown>): Page {
  const p: Page = {};
  if (args.start !== undefined && args.start !== null) p.start = nonNegative(args.start, 'start');
  if (args.count !== undefined && args.count !== null) p.count = nonNegative(args.count, 'count');
  if (args.filter !== undefined && args.filter !== null) {
    if (args.filter !== 'indexed' && args.filter !== 'named') throw new Error("filter must be 'indexed' or 'named'");
    p.filter = args.filter;
  }
  return p;
}

function nonNegative(x: unknown, what: string): number {
  const n = int(x, what);
  if (n < 0) throw new Error(`${what} must not be negative`);
  return n;
}

/** Goto targets with their line in the client's numbering. */
export function dapGotoTargets(targets: { id: number; label: string; line: number; instructionPointerReference: string }[], lines: Lines): DebugProtocol.GotoTarget[] {
  return targets.map((t) => ({ ...t, line: lines.toClient(t.line) }));
}

/** Disassembled instructions with their source line in the client's numbering. */
export function dapInstructions(insns: Instruction[], lines: Lines): DebugProtocol.DisassembledInstruction[] {
  return insns.map((i) => (i.line === undefined ? i : { ...i, line: lines.toClient(i.line) }));
}

/** A body carrying a migration point (`point.line`) or source frames (`frames[].line`): lines in the client's numbering. */
export function withClientLines<T extends { point?: PointRef; frames?: { line?: number }[] }>(body: T, lines: Lines): T {
  const out = { ...body };
  if (body.point?.line !== undefined) out.point = { ...body.point, line: lines.toClient(body.point.line) };
  if (Array.isArray(body.frames)) out.frames = body.frames.map((f) => (f.line === undefined ? f : { ...f, line: lines.toClient(f.line) }));
  return out;
}

/** The optional frameId of a custom request. */
export function optFrame(a: Record<string, unknown>): number | undefined {
  return a.frameId === undefined || a.frameId === null ? undefined : int(a.frameId, 'frameId');
}

export function isHex(args: unknown): boolean {
  const f = (args as { format?: { hex?: unknown } } | undefined)?.format;
  return !!f && typeof f === 'object' && f.hex === true;
}

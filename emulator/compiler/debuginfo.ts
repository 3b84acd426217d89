// The `.shuttle` section: Shuttle's debug info, stored in every image as UTF-8 JSON
// (format `shuttle.debug/1`, documented in docs/debug-info.md). It is what the debugger,
// the disassembler and migration know about an image beyond its bytes.

import type { IsaId } from '../isa/types';

export const DEBUG_FORMAT = 'shuttle.debug/1';

/** A type of the image's type table; the index in `types` is its id. Id 0 is `bytes` (unknown type). */
export interface DebugType {
  name: string;                       // C spelling: 'int', 'struct node *', 'char [6]'
  kind: 'bytes' | 'void' | 'int' | 'ptr' | 'array' | 'struct' | 'union' | 'func';
  size: number;
  align: number;
  signed?: boolean;                   // int
  bool?: boolean;                     // _Bool
  to?: number;                        // ptr: pointee type id
  of?: number; length?: number;       // array: element type id and length
  fields?: { name: string; type: number; offset: number }[];  // struct/union, offsets on this ISA
}

export interface DebugVar {
  name: string;
  type: number;
  /** home slot, relative to the frame pointer */
  fpOffset: number;
  kind: 'param' | 'local';
  addressTaken: boolean;
  /** source range where the name is in scope: [line, col] pairs */
  scope?: { start: [number, number]; end: [number, number] };
}

export interface DebugFunction {
  name: string;
  lo: number; hi: number;             // [lo, hi) code addresses
  prologueEnd: number;
  line: number; col: number; endLine: number;
  file: number;                       // index into `files`
  frameSize: number;
  /** (sp - fp) at every statement/migration point of the function */
  spOffset: number;
  /** declared with `...` (rv32: its frame pointer sits 32 bytes below the incoming sp) */
  variadic: boolean;
  vars: DebugVar[];
  /** static locals: their global symbol names */
  statics: { name: string; symbol: string; type: number }[];
  runtime: boolean;
  isStatic: boolean;
  /**
   * the compiler's buffers for calls made by this function (struct results, struct-argument
   * copies), named from the call site: `main@call3.result`, `main@call3.copy1` (absent: none)
   */
  scratch?: DebugScratch[];
  /** hidden parameters: `.result`, a struct-returning function's pointer to its caller's result buffer */
  hidden?: { name: string; type: number; fpOffset: number }[];
}

/** A compiler-made buffer in the frame of the function making a call (see DebugFunction.scratch). */
export interface DebugScratch {
  name: string;
  /** the C type of the buffer (the struct returned or passed) */
  type: number;
  fpOffset: number;
  role: 'result' | 'arg';
  /** the id of the call it serves */
  callSite: string;
  /** the source expression it holds the value of (the call, or the argument) */
  origin: number;
}

export interface DebugPoint {
  id: string; fn: string; addr: number; kind: 'stmt' | 'migrate'; line: number; col: number; file: number;
  /** indices into the function's `vars` of the variables dead here (never read before being rewritten); absent: none */
  dead?: number[];
}

export interface DebugCallSite {
  id: string; fn: string;
  at: number;                         // address of the call instruction
  ret: number;                        // return address
  /** (sp - fp) when the call instruction executes: after argument pushes, before the return address */
  spOffset: number;
  line: number; col: number; file: number;
  synthetic: boolean;
  /** IR values live across the call: which source expression (origin), C type, where (fp-relative) */
  live: { origin: number; type: number; fpOffset: number; part?: 'lo' | 'hi' }[];
  /** names of the caller's scratch buffers that are objects while it is suspended here (its result buffer, buffers live temps point into) */
  scratch?: string[];
  /** indices into the caller's `vars` of the variables dead after the call; absent: none */
  dead?: number[];
  /** indices into the caller's `vars` of variables (not address-taken) whose address a live temp or an argument holds here (a struct passed by value being copied); absent: none */
  held?: number[];
}

export interface DebugGlobal { name: string; symbol: string; type: number; addr: number; size: number; isStatic: boolean; fn?: string }

export interface DebugInfo {
  format: typeof DEBUG_FORMAT;
  isa: IsaId;
  program: { file: string; sha256: string };
  files: string[];
  types: DebugType[];
  functions: DebugFunction[];
  /** [address, file index, line, column], sorted by address; an entry covers up to the next one */
  lines: [number, number, number, number][];
  points: DebugPoint[];
  callSites: DebugCallSite[];
  globals: DebugGlobal[];
  symbols: { name: string; addr: number; size: number; kind: 'func' | 'object' }[];
  sections: { name: string; addr: number; size: number }[];
  entry: number;
}

/** The line-table entry covering `addr`, or undefined (binary search). */
export function lineAt(info: DebugInfo, addr: number): { file: string; line: number; col: number } | undefined {
  const t = info.lines;
  let lo = 0, hi = t.length - 1, best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid][0] <= addr) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (best < 0) return undefined;
  const fn = functionAt(info, addr);
  if (!fn || t[best][0] < fn.lo) return undefined;
  return { file: info.files[t[best][1]], line: t[best][2], col: t[best][3] };
}

/** Every address where `file:line` starts (statement starts first), for breakpoints. */
export function addressesOfLine(info: DebugInfo, file: string, line: number): number[] {
  const fi = info.files.indexOf(file);
  return info.lines.filter((e) => e[1] === fi && e[2] === line).map((e) => e[0]);
}

export function functionAt(info: DebugInfo, addr: number): DebugFunction | undefined {
  return info.functions.find((f) => addr >= f.lo && addr < f.hi);
}

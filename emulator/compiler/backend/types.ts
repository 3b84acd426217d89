// What a backend (compiler/backend/<isa>.ts) produces from one IR function: position-independent
// machine code with relocations, plus the records the debug info needs. The linker
// (compiler/link.ts) places the code, patches relocations through the ISA's `applyReloc` and turns
// offsets into addresses.

import type { IRFunction, IRModule } from '../ir';
import type { IsaId } from '../../isa/types';

export interface Reloc {
  /** byte offset in the function's code of the instruction (or word) to patch */
  offset: number;
  /** ISA-defined kind, e.g. 'hi20'/'lo12i'/'lo12s'/'jal'/'branch' for rv32, 'abs32'/'pc32' for m68k */
  kind: string;
  sym: string;
  addend: number;
}

export interface AsmFunction {
  name: string;
  isStatic: boolean;
  code: Uint8Array;
  relocs: Reloc[];
  /** code offset of each IR migration point (same order as IRFunction.points) */
  points: number[];
  /**
   * per call site (same order as IRFunction.callSites): offset of the call instruction, of the return
   * address, and (sp - fp) when the call instruction executes (after argument pushes, before the
   * return address is pushed)
   */
  calls: { at: number; ret: number; spOffset: number }[];
  /** line table: code offset -> source position, in increasing offset order */
  lines: LineEntry[];
  /** frame-pointer-relative offset of each IR slot (same order as IRFunction.slots) */
  slotOffsets: number[];
  /** where each temp lives when it lives in a frame slot: fp-relative offset (undefined: never spilled) */
  tempOffsets: (number | undefined)[];
  /** bytes between the frame pointer and the lowest slot (the frame size below fp) */
  frameSize: number;
  /** (sp - fp) at every statement/migration point of the function (the same at all of them) */
  spOffset: number;
  /** code offset where the prologue ends (breakpoints on the function's first line go here) */
  prologueEnd: number;
}

export interface Backend {
  isa: IsaId;
  /** instruction selection for one function */
  compileFunction(fn: IRFunction, mod: IRModule): AsmFunction;
  /** `_start`: take argc/argv from the initial stack as Linux leaves it and call `__shuttle_start(argc, argv)` */
  entryStub(): AsmFunction;
  /** patch relocation `r` in `code` (at its final address `place`), given the symbol's address */
  applyReloc(code: Uint8Array, r: Reloc, place: number, symAddr: number): void;
}

/** One entry of a function's line table: code offset -> source position. */
export interface LineEntry { offset: number; line: number; col: number; file: string }

/**
 * Add the source position `loc` at code offset `offset` to a line table (every backend's one
 * rule): a position equal to the last one adds nothing, and a new position at the same offset
 * replaces the last one (no code was emitted for it).
 */
export function addLine(lines: LineEntry[], offset: number, loc: { file: string; line: number; col: number }): void {
  const last = lines[lines.length - 1];
  if (last && last.line === loc.line && last.col === loc.col && last.file === loc.file) return;
  if (last && last.offset === offset) lines.pop();
  lines.push({ offset, line: loc.line, col: loc.col, file: loc.file });
}

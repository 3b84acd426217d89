// Call stacks: walks the frame-pointer chain of a stopped machine using the ISA's frame
// convention (saved fp and return address at fixed offsets from fp), attributing each frame to a
// function and a source position through the debug info. A frame stopped inside its prologue has
// no frame pointer of its own until the instruction setting it ran, and at its return
// instruction the caller's is back: then its caller is found from the return address where the
// ISA's frame convention says it is (`entryReturnAddress`: rv32 `ra`, m68k `(sp)`, x86-64 `(rsp)`
// or, after `push %rbp`, `8(rsp)`).

import { functionAt, lineAt, type DebugFunction } from '../emulator/compiler/debuginfo';
import type { Machine } from '../emulator/machine/machine';

export interface Frame {
  index: number;
  /** the frame's pc: for callers, the return address */
  pc: number;
  /** the frame pointer, undefined while the frame is still being built */
  fp: number | undefined;
  fn?: DebugFunction;
  file?: string; line?: number; col?: number;
}

const MAX_DEPTH = 256;

export function walkStack(m: Machine): Frame[] {
  const frames: Frame[] = [];
  const pc = m.cpu.pc >>> 0;
  const fn = m.debug ? functionAt(m.debug, pc) : undefined;
  const inPrologue = !!fn && ((pc < fn.prologueEnd && !fpEstablished(m, fn, pc)) || atReturn(m, pc));
  frames.push(makeFrame(m, 0, pc, inPrologue ? undefined : m.currentFp(), pc));
  if (!fn || fn.name === '_start') return frames;
  let next: { ret: number; fp: number } | undefined;
  try {
    next = inPrologue ? { ret: m.isa.frame.entryReturnAddress(m.cpu, m.memory, fn.lo) >>> 0, fp: m.currentFp() } : m.callerOf(m.currentFp());
    while (next && frames.length < MAX_DEPTH) {
      const f = makeFrame(m, frames.length, next.ret, next.fp, next.ret - 1);
      if (!f.fn) break;
      frames.push(f);
      if (f.fn.name === '_start' || !next.fp) break;
      next = m.callerOf(next.fp);
    }
  } catch {
    // an unreadable or corrupt stack: show what was found
  }
  return frames;
}

function makeFrame(m: Machine, index: number, pc: number, fp: number | undefined, lookup: number): Frame {
  const f: Frame = { index, pc, fp };
  if (!m.debug) return f;
  f.fn = functionAt(m.debug, lookup);
  const pos = lineAt(m.debug, lookup);
  if (pos) { f.file = pos.file; f.line = pos.line; f.col = pos.col; }
  else if (f.fn && f.fn.line > 0) { f.file = m.debug.files[f.fn.file]; f.line = f.fn.line; f.col = f.fn.col; }
  return f;
}

/** True once the prologue instruction that sets the frame pointer (m68k `link`, rv32 `addi s0,…`) ran. */
function fpEstablished(m: Machine, fn: DebugFunction, pc: number): boolean {
  try {
    for (let a = fn.lo; a < pc;) {
      const d = m.isa.disassemble(m.memory, a);
      if (m.isa.frame.setsFramePointer(d)) return true;
      a += Math.max(d.length, m.isa.insnAlign);
    }
  } catch {
    // unreadable text: assume the frame is not built yet
  }
  return false;
}

/** True at the return instruction, after the epilogue restored the caller's frame pointer. */
function atReturn(m: Machine, pc: number): boolean {
  try {
    return m.isa.frame.isReturn(m.isa.disassemble(m.memory, pc));
  } catch {
    return false;
  }
}

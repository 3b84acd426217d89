// Call stacks: walks the frame-pointer chain of a stopped machine using the ISA's frame
// convention (saved fp and return address at fixed offsets from fp), attributing each frame to a
// function and a source position through the debug info. A frame stopped inside its prologue has
// no frame pointer of its own until the instruction setting it ran, and at its return
// instruction the caller's is back: then its caller is found from the return address register
// (rv32 `ra`) or the top of the stack (m68k).

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
    next = inPrologue ? prologueCaller(m) : callerOf(m, m.currentFp());
    while (next && frames.length < MAX_DEPTH) {
      const f = makeFrame(m, frames.length, next.ret, next.fp, next.ret - 1);
      if (!f.fn) break;
      frames.push(f);
      if (f.fn.name === '_start' || !next.fp) break;
      next = callerOf(m, next.fp);
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

function callerOf(m: Machine, fp: number): { ret: number; fp: number } {
  const fr = m.isa.frame;
  return { ret: m.memory.read32(fp + fr.returnAddressOffset) >>> 0, fp: m.memory.read32(fp + fr.savedFpOffset) >>> 0 };
}

function prologueCaller(m: Machine): { ret: number; fp: number } {
  const ret = m.isa.id === 'm68k' ? m.memory.read32(m.cpu.getReg('sp') >>> 0) : m.cpu.getReg('ra');
  return { ret: ret >>> 0, fp: m.currentFp() };
}

/** True once the prologue instruction that sets the frame pointer (m68k `link`, rv32 `addi s0,…`) ran. */
function fpEstablished(m: Machine, fn: DebugFunction, pc: number): boolean {
  const fp = m.isa.frame.fpRegister;
  try {
    for (let a = fn.lo; a < pc;) {
      const d = m.isa.disassemble(m.memory, a);
      if (d.mnemonic.startsWith('link') || (d.operands.startsWith(`${fp},`) && !/^s[bhw]$/.test(d.mnemonic))) return true;
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
    const d = m.isa.disassemble(m.memory, pc);
    return d.mnemonic === 'rts' || d.mnemonic === 'ret' || (d.mnemonic === 'jalr' && d.operands.replace(/\s/g, '') === 'zero,0(ra)');
  } catch {
    return false;
  }
}

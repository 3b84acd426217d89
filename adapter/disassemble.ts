// Disassembly for the debugger: decodes the whole .text once into a sorted list of instruction
// boundaries (from each function's start, so variable-length m68k code decodes from known
// boundaries), then answers "N instructions starting K instructions before/after address A",
// padding with invalid entries outside the text so the answer has exactly the count asked for.

import { functionAt, lineAt, type DebugInfo } from '../emulator/compiler/debuginfo';
import type { Machine } from '../emulator/machine/machine';
import { hexOf } from './values';

export interface Instruction {
  address: string; instructionBytes?: string; instruction: string; symbol?: string;
  location?: { path: string; name: string }; line?: number; presentationHint?: 'invalid';
}

export class Disassembler {
  private starts: number[] | undefined;

  constructor(private m: Machine) {}

  /** Forget the decoded boundaries (after a write to text). */
  reset(): void { this.starts = undefined; }

  disassemble(address: number, instructionOffset: number, count: number): Instruction[] {
    if (!Number.isInteger(count) || count < 0 || count > 100000) throw new Error('instructionCount must be an integer from 0 to 100000');
    if (!Number.isInteger(instructionOffset) || Math.abs(instructionOffset) > 1e7) throw new Error('instructionOffset must be an integer');
    const starts = this.boundaries();
    const from = this.indexOf(starts, address) + instructionOffset;
    const out: Instruction[] = [];
    for (let i = from; i < from + count; i++) {
      if (i >= 0 && i < starts.length) out.push(this.one(starts[i]));
      else out.push(this.invalid(i < 0 ? (starts[0] ?? 0) + i * this.m.isa.insnAlign : (starts[starts.length - 1] ?? 0) + (i - starts.length + 1) * this.m.isa.insnAlign));
    }
    return out;
  }

  /** The index of the instruction at `address` in `starts`, extended past both ends in minimum-size steps. */
  private indexOf(starts: number[], address: number): number {
    const align = this.m.isa.insnAlign;
    if (!starts.length || address < starts[0]) return -Math.ceil(((starts[0] ?? address) - address) / align);
    const last = starts[starts.length - 1];
    if (address > last) return starts.length - 1 + Math.ceil((address - last) / align);
    return lowerIndex(starts, address);
  }

  private one(a: number): Instruction {
    const d = this.m.isa.disassemble(this.m.memory, a);
    const bytes: string[] = [];
    for (let i = 0; i < Math.max(d.length, 1); i++) bytes.push(this.m.memory.read8(a + i).toString(16).padStart(2, '0'));
    const ins: Instruction = { address: hexOf(a), instructionBytes: bytes.join(' '), instruction: `${d.mnemonic}${d.operands ? ' ' + d.operands : ''}`.replace(/\t/g, ' ') };
    const dbg: DebugInfo | undefined = this.m.debug;
    if (dbg) {
      const fn = functionAt(dbg, a);
      if (fn) ins.symbol = a === fn.lo ? fn.name : `${fn.name}+0x${(a - fn.lo).toString(16)}`;
      const pos = lineAt(dbg, a);
      if (pos) { ins.location = { path: pos.file, name: pos.file.split('/').pop() ?? pos.file }; ins.line = pos.line; }
    }
    if (d.illegal) ins.presentationHint = 'invalid';
    return ins;
  }

  private invalid(a: number): Instruction {
    return { address: hexOf(Math.max(0, a)), instruction: '??', presentationHint: 'invalid' };
  }

  private boundaries(): number[] {
    if (this.starts) return this.starts;
    const dbg = this.m.debug;
    const text = dbg?.sections.find((s) => s.name === '.text');
    const out: number[] = [];
    if (!text) return (this.starts = out);
    const fns = dbg.functions.slice().sort((a, b) => a.lo - b.lo);
    const end = text.addr + text.size;
    let a = text.addr;
    let fi = 0;
    while (a < end) {
      while (fi < fns.length && fns[fi].hi <= a) fi++;
      out.push(a);
      let len = this.m.isa.insnAlign;
      try { len = Math.max(this.m.isa.disassemble(this.m.memory, a).length, this.m.isa.insnAlign); } catch { /* unreadable */ }
      let next = a + len;
      if (fi < fns.length && a < fns[fi].lo && next > fns[fi].lo) next = fns[fi].lo; // resynchronise at a function start
      a = next;
    }
    return (this.starts = out);
  }
}

/** Index of the last element <= x, or -1. */
function lowerIndex(xs: number[], x: number): number {
  let lo = 0, hi = xs.length - 1, best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
}

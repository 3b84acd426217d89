// The x86-64 backend's code buffer: collects encoded bytes, labels with rel32 branch fixups,
// symbol relocations ('pc32': a 32-bit pc-relative field, relative to the end of the field, as
// used by call rel32 and rip-relative lea; 'abs32'/'abs64': absolute addresses), the line table,
// and `applyReloc` for those kinds.

import type { Loc } from '../ast';
import { addLine, type LineEntry, type Reloc } from './types';
import * as E from '../../isa/x86_64/encode';

export class X86Asm {
  readonly bytes: number[] = [];
  readonly relocs: Reloc[] = [];
  readonly lines: LineEntry[] = [];
  private labels: number[] = [];
  /** rel32 fields to patch: position of the field and the label it reaches */
  private fixups: { at: number; label: number }[] = [];

  get pc(): number { return this.bytes.length; }

  emit(bs: E.Bytes): void { for (const b of bs) this.bytes.push(b & 0xff); }

  /** call rel32 to a symbol */
  callSym(sym: string): void {
    this.emit(E.callRel32(0));
    this.relocs.push({ offset: this.pc - 4, kind: 'pc32', sym, addend: 0 });
  }

  /** lea sym+addend(%rip), %dst */
  leaSym(sym: string, addend: number, dst: number): void {
    const insn = E.lea(E.mem('rip', 0), dst);
    const at = this.pc + E.ripDispAt(insn);
    this.emit(insn);
    this.relocs.push({ offset: at, kind: 'pc32', sym, addend });
  }

  /** jcc rel32 (cc undefined: jmp) to a label of this function */
  jump(label: number, cc?: E.Cc): void {
    this.emit(cc === undefined ? E.jmpRel32(0) : E.jccRel32(cc, 0));
    this.fixups.push({ at: this.pc - 4, label });
  }

  label(l: number): void { this.labels[l] = this.pc; }

  line(loc: Loc | undefined): void {
    if (loc) addLine(this.lines, this.pc, loc);
  }

  /** Resolve label fixups and return the bytes. */
  finish(): Uint8Array {
    const out = Uint8Array.from(this.bytes);
    const v = new DataView(out.buffer);
    for (const f of this.fixups) {
      const target = this.labels[f.label];
      if (target === undefined) throw new Error(`x86_64 backend: undefined label L${f.label}`);
      v.setInt32(f.at, target - (f.at + 4), true);
    }
    return out;
  }
}

/** Patch relocation `r` in `code`; `place` is the final address of code[r.offset]. */
export function applyX86Reloc(code: Uint8Array, r: Reloc, place: number, symAddr: number): void {
  const v = new DataView(code.buffer, code.byteOffset, code.byteLength);
  switch (r.kind) {
    case 'pc32': v.setInt32(r.offset, (symAddr + r.addend - (place + 4)) | 0, true); return;
    case 'abs32': v.setUint32(r.offset, (symAddr + r.addend) >>> 0, true); return;
    case 'abs64':
      v.setUint32(r.offset, (symAddr + r.addend) >>> 0, true);
      v.setUint32(r.offset + 4, 0, true);
      return;
    default: throw new Error(`x86_64 backend: unknown relocation kind '${r.kind}'`);
  }
}

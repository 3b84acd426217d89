// The 68020 backend's code buffer: collects encoded words, labels with 32-bit branch fixups,
// symbol relocations ('abs32': a 32-bit absolute address at `offset`; 'pc32': a bsr.l/bra.l/bcc.l
// instruction at `offset` whose displacement field at offset+2 is PC-relative), the line table,
// and call/point records. Also `applyReloc` for those kinds.

import type { Loc } from '../ast';
import { addLine, type LineEntry, type Reloc } from './types';
import { bccL, type Words } from '../../isa/m68k/encode';

export class M68kAsm {
  readonly words: number[] = [];
  readonly relocs: Reloc[] = [];
  readonly lines: LineEntry[] = [];
  private labels: number[] = [];
  private fixups: { word: number; label: number }[] = [];

  /** current byte offset */
  get pc(): number { return this.words.length * 2; }

  emit(ws: Words): void { for (const w of ws) this.words.push(w & 0xffff); }

  /** Emit an instruction whose 32-bit immediate (at word `immWord` of it) is the address of `sym`. */
  emitAbs(ws: Words, immWord: number, sym: string, addend: number): void {
    this.relocs.push({ offset: this.pc + immWord * 2, kind: 'abs32', sym, addend });
    this.emit(ws);
  }

  /** bsr.l/bra.l/bcc.l to a symbol (cond 1 = bsr). */
  branchSym(cond: number, sym: string): void {
    this.relocs.push({ offset: this.pc, kind: 'pc32', sym, addend: 0 });
    this.emit(bccL(cond, 0));
  }

  /** bra.l/bcc.l to a label of this function. */
  branchLabel(cond: number, label: number): void {
    this.fixups.push({ word: this.words.length, label });
    this.emit(bccL(cond, 0));
  }

  label(l: number): void { this.labels[l] = this.pc; }

  line(loc: Loc | undefined): void {
    if (loc) addLine(this.lines, this.pc, loc);
  }

  /** Resolve label fixups and return the bytes. */
  finish(): Uint8Array {
    for (const f of this.fixups) {
      const target = this.labels[f.label];
      if (target === undefined) throw new Error(`m68k backend: undefined label L${f.label}`);
      const disp = target - (f.word * 2 + 2);
      this.words[f.word + 1] = (disp >>> 16) & 0xffff;
      this.words[f.word + 2] = disp & 0xffff;
    }
    const out = new Uint8Array(this.words.length * 2);
    this.words.forEach((w, i) => { out[2 * i] = w >>> 8; out[2 * i + 1] = w & 0xff; });
    return out;
  }
}

const put32 = (code: Uint8Array, at: number, v: number): void => {
  code[at] = (v >>> 24) & 0xff; code[at + 1] = (v >>> 16) & 0xff; code[at + 2] = (v >>> 8) & 0xff; code[at + 3] = v & 0xff;
};

/** Patch relocation `r` in `code`; `place` is the final address of code[r.offset]. */
export function applyM68kReloc(code: Uint8Array, r: Reloc, place: number, symAddr: number): void {
  switch (r.kind) {
    case 'abs32': put32(code, r.offset, (symAddr + r.addend) >>> 0); return;
    case 'pc32': put32(code, r.offset + 2, (symAddr + r.addend - (place + 2)) | 0); return;
    default: throw new Error(`m68k backend: unknown relocation kind '${r.kind}'`);
  }
}

// A small RV32 code buffer for the backend: emits 32-bit words, binds labels, resolves
// intra-function jumps (always `jal`, ±1 MiB), records relocations against symbols, and wraps
// frame-pointer- or register-relative loads/stores whose offsets do not fit 12 bits (lui+add
// through the reserved scratch register t6).

import * as E from '../../isa/rv32/encode';
import type { Reloc } from './types';
import { T6 } from '../../isa/rv32/regs';

export const ADDR_SCRATCH = T6;

export class Rv32Asm {
  private words: number[] = [];
  private labelAt = new Map<number, number>();
  private fixups: { at: number; label: number; rd: number }[] = [];
  readonly relocs: Reloc[] = [];

  get offset(): number { return this.words.length * 4; }

  emit(...ws: number[]): void { for (const w of ws) this.words.push(w >>> 0); }

  bind(label: number): void { this.labelAt.set(label, this.offset); }

  /** `jal rd, label` patched when the function is finished */
  jumpTo(label: number, rd = 0): void {
    this.fixups.push({ at: this.offset, label, rd });
    this.emit(0);
  }

  /** emit `word` with a relocation of `kind` against `sym+addend` */
  reloc(word: number, kind: string, sym: string, addend: number): void {
    this.relocs.push({ offset: this.offset, kind, sym, addend });
    this.emit(word);
  }

  /** load/store `reg` at `off(base)`, any 32-bit offset */
  load(kind: E.LoadKind, reg: number, base: number, off: number): void {
    if (E.fitsImm12(off)) { this.emit(E.load(kind, reg, base, off)); return; }
    const { hi, lo } = E.hiLo(off);
    this.emit(E.lui(ADDR_SCRATCH, hi), E.op('add', ADDR_SCRATCH, ADDR_SCRATCH, base), E.load(kind, reg, ADDR_SCRATCH, lo));
  }

  store(kind: E.StoreKind, reg: number, base: number, off: number): void {
    if (reg === ADDR_SCRATCH) throw new Error('rv32 asm: t6 is the address scratch register');
    if (E.fitsImm12(off)) { this.emit(E.store(kind, reg, base, off)); return; }
    const { hi, lo } = E.hiLo(off);
    this.emit(E.lui(ADDR_SCRATCH, hi), E.op('add', ADDR_SCRATCH, ADDR_SCRATCH, base), E.store(kind, reg, ADDR_SCRATCH, lo));
  }

  /** rd = base + off, any 32-bit offset (rd may equal base) */
  addImm(rd: number, base: number, off: number): void {
    if (E.fitsImm12(off)) { this.emit(E.addi(rd, base, off)); return; }
    this.emit(...E.li(ADDR_SCRATCH, off), E.op('add', rd, base, ADDR_SCRATCH));
  }

  li(rd: number, value: number): void { this.emit(...E.li(rd, value)); }

  /** resolve label fixups and return the code bytes (little-endian) */
  finish(): Uint8Array {
    for (const f of this.fixups) {
      const target = this.labelAt.get(f.label);
      if (target === undefined) throw new Error(`rv32 asm: label L${f.label} never bound`);
      this.words[f.at / 4] = E.jal(f.rd, target - f.at);
    }
    const out = new Uint8Array(this.words.length * 4);
    const dv = new DataView(out.buffer);
    this.words.forEach((w, i) => dv.setUint32(i * 4, w, true));
    return out;
  }
}

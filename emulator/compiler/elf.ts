// ELF32 writer: turns the linker's sections and symbols into a static executable (ET_EXEC) that
// qemu-user runs and binutils' objdump reads. Two PT_LOAD segments: R+X for .text+.rodata and
// R+W for .data+.bss (memsz > filesz); section headers for .text .rodata .data .bss .symtab
// .strtab .shstrtab and .shuttle (the JSON debug info, not loaded). Class, byte order, e_machine
// and e_flags come from the ISA module.

import { roundUp } from './types';

export const ELF_PAGE = 0x1000;

export type SectionName = '.text' | '.rodata' | '.data' | '.bss';

export interface ElfSymbol {
  name: string;
  value: number;
  size: number;
  kind: 'func' | 'object';
  local: boolean;
  section: SectionName;
}

/** The loadable contents of an image, as the linker lays them out. */
export interface ImageSections {
  entry: number;
  text: { addr: number; bytes: Uint8Array; align: number };
  rodata: { addr: number; bytes: Uint8Array; align: number };
  data: { addr: number; bytes: Uint8Array; align: number };
  bss: { addr: number; size: number; align: number };
  symbols: ElfSymbol[];
}

export interface ElfInput extends ImageSections {
  machine: number;
  flags: number;
  bigEndian: boolean;
  /** the `.shuttle` section's contents */
  debug: Uint8Array;
}

const EHDR = 52, PHDR = 32, SHDR = 40, SYM = 16;
const SHT = { PROGBITS: 1, SYMTAB: 2, STRTAB: 3, NOBITS: 8 };
const SHF = { WRITE: 1, ALLOC: 2, EXEC: 4 };
const PF = { X: 1, W: 2, R: 4 };


/** A string table being built: offset of each name (deduplicated). */
class StrTab {
  private parts: Uint8Array[] = [new Uint8Array(1)];
  private size = 1;
  private seen = new Map<string, number>();
  add(s: string): number {
    if (s === '') return 0;
    const hit = this.seen.get(s);
    if (hit !== undefined) return hit;
    const b = new TextEncoder().encode(s + '\0');
    const off = this.size;
    this.parts.push(b);
    this.size += b.length;
    this.seen.set(s, off);
    return off;
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(this.size);
    let o = 0;
    for (const p of this.parts) { out.set(p, o); o += p.length; }
    return out;
  }
}

interface Sec { name: string; type: number; flags: number; addr: number; offset: number; size: number; link: number; info: number; align: number; entsize: number }

export function writeElf(inp: ElfInput): Uint8Array {
  const le = !inp.bigEndian;
  const hasData = inp.data.bytes.length + inp.bss.size > 0;
  const phnum = hasData ? 2 : 1;

  // file layout: headers | .text .rodata (page-aligned start) | .data | .symtab .strtab .shstrtab .shuttle | shdrs
  const textOff = roundUp(EHDR + PHDR * phnum, ELF_PAGE) + (inp.text.addr % ELF_PAGE);
  const rodataOff = textOff + (inp.rodata.addr - inp.text.addr);
  const roEnd = rodataOff + inp.rodata.bytes.length;
  const dataOff = roundUp(roEnd, ELF_PAGE) + (inp.data.addr % ELF_PAGE);

  const strtab = new StrTab();
  const syms = orderSymbols(inp.symbols);
  const symtab = new Uint8Array(SYM * (syms.length + 1));
  const sv = new DataView(symtab.buffer);
  const secIndex: Record<SectionName, number> = { '.text': 1, '.rodata': 2, '.data': 3, '.bss': 4 };
  syms.forEach((s, i) => {
    const o = SYM * (i + 1);
    sv.setUint32(o, strtab.add(s.name), le);
    sv.setUint32(o + 4, s.value >>> 0, le);
    sv.setUint32(o + 8, s.size >>> 0, le);
    sv.setUint8(o + 12, ((s.local ? 0 : 1) << 4) | (s.kind === 'func' ? 2 : 1));
    sv.setUint8(o + 13, 0);
    sv.setUint16(o + 14, secIndex[s.section], le);
  });
  const firstGlobal = 1 + syms.filter((s) => s.local).length;
  const strBytes = strtab.bytes();
  const shstr = new StrTab();

  let off = hasData ? dataOff + inp.data.bytes.length : roEnd;
  const place = (size: number, align: number): number => { off = roundUp(off, align); const at = off; off += size; return at; };
  const symOff = place(symtab.length, 4);
  const strOff = place(strBytes.length, 1);
  const names = ['.text', '.rodata', '.data', '.bss', '.symtab', '.strtab', '.shstrtab', '.shuttle'];
  names.forEach((n) => shstr.add(n));
  const shstrBytes = shstr.bytes();
  const shstrOff = place(shstrBytes.length, 1);
  const dbgOff = place(inp.debug.length, 1);
  const shOff = place(SHDR * 9, 4);

  const secs: Sec[] = [
    { name: '', type: 0, flags: 0, addr: 0, offset: 0, size: 0, link: 0, info: 0, align: 0, entsize: 0 },
    { name: '.text', type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.EXEC, addr: inp.text.addr, offset: textOff, size: inp.text.bytes.length, link: 0, info: 0, align: inp.text.align, entsize: 0 },
    { name: '.rodata', type: SHT.PROGBITS, flags: SHF.ALLOC, addr: inp.rodata.addr, offset: rodataOff, size: inp.rodata.bytes.length, link: 0, info: 0, align: inp.rodata.align, entsize: 0 },
    { name: '.data', type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.WRITE, addr: inp.data.addr, offset: hasData ? dataOff : roEnd, size: inp.data.bytes.length, link: 0, info: 0, align: inp.data.align, entsize: 0 },
    { name: '.bss', type: SHT.NOBITS, flags: SHF.ALLOC | SHF.WRITE, addr: inp.bss.addr, offset: hasData ? dataOff + inp.data.bytes.length : roEnd, size: inp.bss.size, link: 0, info: 0, align: inp.bss.align, entsize: 0 },
    { name: '.symtab', type: SHT.SYMTAB, flags: 0, addr: 0, offset: symOff, size: symtab.length, link: 6, info: firstGlobal, align: 4, entsize: SYM },
    { name: '.strtab', type: SHT.STRTAB, flags: 0, addr: 0, offset: strOff, size: strBytes.length, link: 0, info: 0, align: 1, entsize: 0 },
    { name: '.shstrtab', type: SHT.STRTAB, flags: 0, addr: 0, offset: shstrOff, size: shstrBytes.length, link: 0, info: 0, align: 1, entsize: 0 },
    { name: '.shuttle', type: SHT.PROGBITS, flags: 0, addr: 0, offset: dbgOff, size: inp.debug.length, link: 0, info: 0, align: 1, entsize: 0 },
  ];

  const out = new Uint8Array(shOff + SHDR * secs.length);
  const v = new DataView(out.buffer);
  writeHeader(v, inp, le, phnum, shOff, secs.length);
  const textSeg = { off: textOff, addr: inp.text.addr, size: roEnd - textOff, flags: PF.R | PF.X };
  writePhdr(v, EHDR, le, textSeg.off, textSeg.addr, textSeg.size, textSeg.size, textSeg.flags);
  if (hasData) {
    writePhdr(v, EHDR + PHDR, le, dataOff, inp.data.addr, inp.data.bytes.length, inp.bss.addr + inp.bss.size - inp.data.addr, PF.R | PF.W);
  }
  out.set(inp.text.bytes, textOff);
  out.set(inp.rodata.bytes, rodataOff);
  if (hasData) out.set(inp.data.bytes, dataOff);
  out.set(symtab, symOff);
  out.set(strBytes, strOff);
  out.set(shstrBytes, shstrOff);
  out.set(inp.debug, dbgOff);
  secs.forEach((s, i) => writeShdr(v, shOff + SHDR * i, le, s, shstr.add(s.name)));
  return out;
}

/** Local symbols first (ELF requires it), each group in address order. */
function orderSymbols(syms: ElfSymbol[]): ElfSymbol[] {
  const byAddr = (a: ElfSymbol, b: ElfSymbol): number => a.value - b.value;
  return [...syms.filter((s) => s.local).sort(byAddr), ...syms.filter((s) => !s.local).sort(byAddr)];
}

function writeHeader(v: DataView, inp: ElfInput, le: boolean, phnum: number, shOff: number, shnum: number): void {
  [0x7f, 0x45, 0x4c, 0x46].forEach((b, i) => v.setUint8(i, b));
  v.setUint8(4, 1);                       // ELFCLASS32
  v.setUint8(5, le ? 1 : 2);              // ELFDATA2LSB / MSB
  v.setUint8(6, 1);                       // EV_CURRENT
  v.setUint8(7, 0);                       // ELFOSABI_SYSV
  v.setUint16(16, 2, le);                 // ET_EXEC
  v.setUint16(18, inp.machine, le);
  v.setUint32(20, 1, le);
  v.setUint32(24, inp.entry >>> 0, le);
  v.setUint32(28, EHDR, le);              // e_phoff
  v.setUint32(32, shOff, le);
  v.setUint32(36, inp.flags >>> 0, le);
  v.setUint16(40, EHDR, le);
  v.setUint16(42, PHDR, le);
  v.setUint16(44, phnum, le);
  v.setUint16(46, SHDR, le);
  v.setUint16(48, shnum, le);
  v.setUint16(50, 7, le);                 // e_shstrndx
}

function writePhdr(v: DataView, o: number, le: boolean, off: number, addr: number, filesz: number, memsz: number, flags: number): void {
  v.setUint32(o, 1, le);                  // PT_LOAD
  v.setUint32(o + 4, off, le);
  v.setUint32(o + 8, addr, le);
  v.setUint32(o + 12, addr, le);
  v.setUint32(o + 16, filesz, le);
  v.setUint32(o + 20, memsz, le);
  v.setUint32(o + 24, flags, le);
  v.setUint32(o + 28, ELF_PAGE, le);
}

function writeShdr(v: DataView, o: number, le: boolean, s: Sec, name: number): void {
  const f = [s.name === '' ? 0 : name, s.type, s.flags, s.addr, s.offset, s.size, s.link, s.info, s.align, s.entsize];
  f.forEach((x, i) => v.setUint32(o + 4 * i, x >>> 0, le));
}

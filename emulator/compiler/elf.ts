// ELF32/ELF64 writer: turns the linker's sections and symbols into a static executable (ET_EXEC)
// that qemu-user runs and binutils' objdump reads. Two PT_LOAD segments: R+X for .text+.rodata and
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
  /** ELF class: 32 (rv32, m68k) or 64 (x86_64); default 32 */
  class?: 32 | 64;
  /** the `.shuttle` section's contents */
  debug: Uint8Array;
}

/** Header and entry sizes of each ELF class. */
const SIZES = { 32: { EHDR: 52, PHDR: 32, SHDR: 40, SYM: 16 }, 64: { EHDR: 64, PHDR: 56, SHDR: 64, SYM: 24 } };

/** Writes the class-dependent structures; `w` writes an address/offset-sized field. */
class Out {
  constructor(readonly v: DataView, readonly le: boolean, readonly is64: boolean) {}
  u8(o: number, x: number): void { this.v.setUint8(o, x); }
  u16(o: number, x: number): void { this.v.setUint16(o, x, this.le); }
  u32(o: number, x: number): void { this.v.setUint32(o, x >>> 0, this.le); }
  /** a word of the class's width (Elf32_Addr/Off/Word or Elf64_Addr/Off/Xword) */
  w(o: number, x: number): void {
    if (this.is64) this.v.setBigUint64(o, BigInt(x >>> 0), this.le); else this.u32(o, x);
  }
}
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
  const is64 = inp.class === 64;
  const { EHDR, PHDR, SHDR, SYM } = SIZES[is64 ? 64 : 32];
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
  const so = new Out(new DataView(symtab.buffer), le, is64);
  const secIndex: Record<SectionName, number> = { '.text': 1, '.rodata': 2, '.data': 3, '.bss': 4 };
  syms.forEach((s, i) => writeSym(so, SYM * (i + 1), strtab.add(s.name), s, secIndex[s.section]));
  const firstGlobal = 1 + syms.filter((s) => s.local).length;
  const strBytes = strtab.bytes();
  const shstr = new StrTab();

  let off = hasData ? dataOff + inp.data.bytes.length : roEnd;
  const place = (size: number, align: number): number => { off = roundUp(off, align); const at = off; off += size; return at; };
  const wordAlign = is64 ? 8 : 4;
  const symOff = place(symtab.length, wordAlign);
  const strOff = place(strBytes.length, 1);
  const names = ['.text', '.rodata', '.data', '.bss', '.symtab', '.strtab', '.shstrtab', '.shuttle'];
  names.forEach((n) => shstr.add(n));
  const shstrBytes = shstr.bytes();
  const shstrOff = place(shstrBytes.length, 1);
  const dbgOff = place(inp.debug.length, 1);
  const shOff = place(SHDR * 9, wordAlign);

  const secs: Sec[] = [
    { name: '', type: 0, flags: 0, addr: 0, offset: 0, size: 0, link: 0, info: 0, align: 0, entsize: 0 },
    { name: '.text', type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.EXEC, addr: inp.text.addr, offset: textOff, size: inp.text.bytes.length, link: 0, info: 0, align: inp.text.align, entsize: 0 },
    { name: '.rodata', type: SHT.PROGBITS, flags: SHF.ALLOC, addr: inp.rodata.addr, offset: rodataOff, size: inp.rodata.bytes.length, link: 0, info: 0, align: inp.rodata.align, entsize: 0 },
    { name: '.data', type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.WRITE, addr: inp.data.addr, offset: hasData ? dataOff : roEnd, size: inp.data.bytes.length, link: 0, info: 0, align: inp.data.align, entsize: 0 },
    { name: '.bss', type: SHT.NOBITS, flags: SHF.ALLOC | SHF.WRITE, addr: inp.bss.addr, offset: hasData ? dataOff + inp.data.bytes.length : roEnd, size: inp.bss.size, link: 0, info: 0, align: inp.bss.align, entsize: 0 },
    { name: '.symtab', type: SHT.SYMTAB, flags: 0, addr: 0, offset: symOff, size: symtab.length, link: 6, info: firstGlobal, align: wordAlign, entsize: SYM },
    { name: '.strtab', type: SHT.STRTAB, flags: 0, addr: 0, offset: strOff, size: strBytes.length, link: 0, info: 0, align: 1, entsize: 0 },
    { name: '.shstrtab', type: SHT.STRTAB, flags: 0, addr: 0, offset: shstrOff, size: shstrBytes.length, link: 0, info: 0, align: 1, entsize: 0 },
    { name: '.shuttle', type: SHT.PROGBITS, flags: 0, addr: 0, offset: dbgOff, size: inp.debug.length, link: 0, info: 0, align: 1, entsize: 0 },
  ];

  const bytes = new Uint8Array(shOff + SHDR * secs.length);
  const o = new Out(new DataView(bytes.buffer), le, is64);
  writeHeader(o, inp, phnum, shOff, secs.length);
  writePhdr(o, EHDR, { off: textOff, addr: inp.text.addr, filesz: roEnd - textOff, memsz: roEnd - textOff, flags: PF.R | PF.X });
  if (hasData) {
    writePhdr(o, EHDR + PHDR, { off: dataOff, addr: inp.data.addr, filesz: inp.data.bytes.length, memsz: inp.bss.addr + inp.bss.size - inp.data.addr, flags: PF.R | PF.W });
  }
  bytes.set(inp.text.bytes, textOff);
  bytes.set(inp.rodata.bytes, rodataOff);
  if (hasData) bytes.set(inp.data.bytes, dataOff);
  bytes.set(symtab, symOff);
  bytes.set(strBytes, strOff);
  bytes.set(shstrBytes, shstrOff);
  bytes.set(inp.debug, dbgOff);
  secs.forEach((s, i) => writeShdr(o, shOff + SHDR * i, s, shstr.add(s.name)));
  return bytes;
}

/** Local symbols first (ELF requires it), each group in address order. */
function orderSymbols(syms: ElfSymbol[]): ElfSymbol[] {
  const byAddr = (a: ElfSymbol, b: ElfSymbol): number => a.value - b.value;
  return [...syms.filter((s) => s.local).sort(byAddr), ...syms.filter((s) => !s.local).sort(byAddr)];
}

function writeSym(o: Out, at: number, name: number, s: ElfSymbol, shndx: number): void {
  const info = ((s.local ? 0 : 1) << 4) | (s.kind === 'func' ? 2 : 1);
  o.u32(at, name);
  if (o.is64) {                           // Elf64_Sym: name info other shndx value size
    o.u8(at + 4, info); o.u8(at + 5, 0); o.u16(at + 6, shndx); o.w(at + 8, s.value); o.w(at + 16, s.size);
  } else {                                // Elf32_Sym: name value size info other shndx
    o.u32(at + 4, s.value); o.u32(at + 8, s.size); o.u8(at + 12, info); o.u8(at + 13, 0); o.u16(at + 14, shndx);
  }
}

function writeHeader(o: Out, inp: ElfInput, phnum: number, shOff: number, shnum: number): void {
  const { EHDR, PHDR, SHDR } = SIZES[o.is64 ? 64 : 32];
  [0x7f, 0x45, 0x4c, 0x46].forEach((b, i) => o.u8(i, b));
  o.u8(4, o.is64 ? 2 : 1);                // ELFCLASS32 / ELFCLASS64
  o.u8(5, o.le ? 1 : 2);                  // ELFDATA2LSB / MSB
  o.u8(6, 1);                             // EV_CURRENT
  o.u8(7, 0);                             // ELFOSABI_SYSV
  o.u16(16, 2);                           // ET_EXEC
  o.u16(18, inp.machine);
  o.u32(20, 1);
  const a = o.is64 ? 8 : 4;               // entry, phoff, shoff are words of the class's width
  o.w(24, inp.entry);
  o.w(24 + a, EHDR);                      // e_phoff
  o.w(24 + 2 * a, shOff);
  const rest = 24 + 3 * a;
  o.u32(rest, inp.flags);
  o.u16(rest + 4, EHDR);
  o.u16(rest + 6, PHDR);
  o.u16(rest + 8, phnum);
  o.u16(rest + 10, SHDR);
  o.u16(rest + 12, shnum);
  o.u16(rest + 14, 7);                    // e_shstrndx
}

interface Seg { off: number; addr: number; filesz: number; memsz: number; flags: number }

function writePhdr(o: Out, at: number, s: Seg): void {
  o.u32(at, 1);                           // PT_LOAD
  if (o.is64) {                           // Elf64_Phdr: type flags offset vaddr paddr filesz memsz align
    o.u32(at + 4, s.flags); o.w(at + 8, s.off); o.w(at + 16, s.addr); o.w(at + 24, s.addr);
    o.w(at + 32, s.filesz); o.w(at + 40, s.memsz); o.w(at + 48, ELF_PAGE);
  } else {                                // Elf32_Phdr: type offset vaddr paddr filesz memsz flags align
    o.u32(at + 4, s.off); o.u32(at + 8, s.addr); o.u32(at + 12, s.addr);
    o.u32(at + 16, s.filesz); o.u32(at + 20, s.memsz); o.u32(at + 24, s.flags); o.u32(at + 28, ELF_PAGE);
  }
}

function writeShdr(o: Out, at: number, s: Sec, name: number): void {
  o.u32(at, s.name === '' ? 0 : name);
  o.u32(at + 4, s.type);
  if (o.is64) {                           // flags addr offset size are 64-bit; link info 32; align entsize 64
    o.w(at + 8, s.flags); o.w(at + 16, s.addr); o.w(at + 24, s.offset); o.w(at + 32, s.size);
    o.u32(at + 40, s.link); o.u32(at + 44, s.info); o.w(at + 48, s.align); o.w(at + 56, s.entsize);
  } else {
    [s.flags, s.addr, s.offset, s.size, s.link, s.info, s.align, s.entsize].forEach((x, i) => o.u32(at + 8 + 4 * i, x));
  }
}

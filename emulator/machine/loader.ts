// ELF32/ELF64 reader and program loader: parses the header, program headers, sections, symbols and
// the `.shuttle` debug info of an image; maps its PT_LOAD segments into a Memory (text+rodata
// read-only, data+bss writable and followed by the brk heap); builds the Linux-like initial stack
// (argc, argv pointers, NULL, envp NULL, auxv ending in AT_NULL, strings above; sp 16-aligned).

import type { DebugInfo } from '../compiler/debuginfo';
import { Memory, PAGE, STACK_TOP, STACK_SIZE, BRK_LIMIT, PRIVATE_HEAP_BASE, PRIVATE_HEAP_MAX } from './memory';

export class ElfError extends Error {}

export interface ElfSegment { type: number; offset: number; vaddr: number; filesz: number; memsz: number; flags: number }
export interface ElfSection { name: string; type: number; flags: number; addr: number; offset: number; size: number; link: number; info: number; entsize: number }
export interface ElfSym { name: string; value: number; size: number; type: number; bind: number; shndx: number }

export interface ElfFile {
  bigEndian: boolean;
  class: 32 | 64;
  machine: number;
  flags: number;
  entry: number;
  segments: ElfSegment[];
  sections: ElfSection[];
  symbols: ElfSym[];
  bytes: Uint8Array;
}

/** Parse an ELF32 or ELF64 executable; throws ElfError with a plain message when it is not one. */
export function readElf(bytes: Uint8Array): ElfFile {
  if (bytes.length < 52 || bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) {
    throw new ElfError('not an ELF file');
  }
  if (bytes[4] !== 1 && bytes[4] !== 2) throw new ElfError('unknown ELF class (neither 32- nor 64-bit)');
  if (bytes[5] !== 1 && bytes[5] !== 2) throw new ElfError('unknown ELF byte order');
  const is64 = bytes[4] === 2, le = bytes[5] === 1;
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const check = (o: number, n: number): true => {
    if (o < 0 || o + n > bytes.length) throw new ElfError('truncated ELF file');
    return true;
  };
  const u16 = (o: number): number => check(o, 2) && v.getUint16(o, le);
  const u32 = (o: number): number => check(o, 4) && v.getUint32(o, le);
  /** an address/offset/size field of the class's width (64-bit values must stay below 2^32) */
  const w = (o: number): number => {
    if (!is64) return u32(o);
    check(o, 8);
    const x = v.getBigUint64(o, le);
    if (x > 0xffffffffn) throw new ElfError('a 64-bit ELF field does not fit Shuttle\'s 32-bit address space');
    return Number(x);
  };
  const A = is64 ? 8 : 4;
  const rest = 24 + 3 * A;
  const phoff = w(24 + A), shoff = w(24 + 2 * A), phnum = u16(rest + 8), shnum = u16(rest + 12), shstrndx = u16(rest + 14);
  const segments: ElfSegment[] = [];
  for (let i = 0; i < phnum; i++) {
    const o = phoff + (is64 ? 56 : 32) * i;
    segments.push(is64
      ? { type: u32(o), flags: u32(o + 4), offset: w(o + 8), vaddr: w(o + 16), filesz: w(o + 32), memsz: w(o + 40) }
      : { type: u32(o), offset: u32(o + 4), vaddr: u32(o + 8), filesz: u32(o + 16), memsz: u32(o + 20), flags: u32(o + 24) });
  }
  const raw: ElfSection[] = [];
  for (let i = 0; i < shnum; i++) {
    const o = shoff + (is64 ? 64 : 40) * i;
    raw.push(is64
      ? { name: String(u32(o)), type: u32(o + 4), flags: w(o + 8), addr: w(o + 16), offset: w(o + 24), size: w(o + 32), link: u32(o + 40), info: u32(o + 44), entsize: w(o + 56) }
      : { name: String(u32(o)), type: u32(o + 4), flags: u32(o + 8), addr: u32(o + 12), offset: u32(o + 16), size: u32(o + 20), link: u32(o + 24), info: u32(o + 28), entsize: u32(o + 36) });
  }
  const cstr = (off: number): string => {
    let e = off;
    while (e < bytes.length && bytes[e] !== 0) e++;
    return new TextDecoder().decode(bytes.subarray(off, e));
  };
  const shstr = raw[shstrndx];
  for (const s of raw) s.name = shstr ? cstr(shstr.offset + Number(s.name)) : '';
  const symbols: ElfSym[] = [];
  const symtab = raw.find((s) => s.type === 2);
  if (symtab) {
    const str = raw[symtab.link];
    const size = is64 ? 24 : 16;
    for (let o = symtab.offset + size; o + size <= symtab.offset + symtab.size; o += size) {
      const info = bytes[is64 ? o + 4 : o + 12];
      const name = str ? cstr(str.offset + u32(o)) : '';
      symbols.push(is64
        ? { name, value: w(o + 8), size: w(o + 16), type: info & 15, bind: info >> 4, shndx: u16(o + 6) }
        : { name, value: u32(o + 4), size: u32(o + 8), type: info & 15, bind: info >> 4, shndx: u16(o + 14) });
    }
  }
  return { bigEndian: !le, class: is64 ? 64 : 32, machine: u16(18), flags: u32(rest), entry: w(24), segments, sections: raw, symbols, bytes };
}

/** The bytes of a section, or undefined. */
export function sectionBytes(elf: ElfFile, name: string): Uint8Array | undefined {
  const s = elf.sections.find((x) => x.name === name);
  if (!s || s.type === 8) return undefined;
  if (s.offset + s.size > elf.bytes.length) throw new ElfError(`section ${name} is truncated`);
  return elf.bytes.subarray(s.offset, s.offset + s.size);
}

/** The `.shuttle` debug info of an image, or undefined when absent. */
export function readDebugInfo(elf: ElfFile): DebugInfo | undefined {
  const b = sectionBytes(elf, '.shuttle');
  if (!b) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(b)) as DebugInfo;
  } catch {
    throw new ElfError('the .shuttle debug info is not valid JSON');
  }
}

export interface Loaded { memory: Memory; entry: number; brk: number }

/**
 * Map the PT_LOAD segments, an empty brk heap after the writable one, Shuttle's private heap and
 * the stack. The executable segment becomes the read-only 'text' region.
 */
export function loadElf(elf: ElfFile): Loaded {
  const mem = new Memory(elf.bigEndian);
  const loads = elf.segments.filter((s) => s.type === 1);
  if (!loads.length) throw new ElfError('the ELF file has no loadable segment');
  let dataEnd = 0;
  for (const s of loads) {
    const writable = (s.flags & 2) !== 0;
    const base = Math.floor(s.vaddr / PAGE) * PAGE;
    const end = Math.ceil((s.vaddr + s.memsz) / PAGE) * PAGE;
    if (s.offset + s.filesz > elf.bytes.length) throw new ElfError('a segment lies beyond the end of the file');
    if (end <= base) continue;
    const r = mem.map(writable ? 'data' : 'text', base, end - base, writable, writable ? BRK_LIMIT - base : end - base);
    r.bytes.set(elf.bytes.subarray(s.offset, s.offset + s.filesz), s.vaddr - base);
    dataEnd = Math.max(dataEnd, end);
  }
  if (!mem.region('data')) mem.map('data', dataEnd, 0, true, BRK_LIMIT - dataEnd);
  mem.map('heap', PRIVATE_HEAP_BASE, 0, true, PRIVATE_HEAP_MAX);
  mem.map('stack', STACK_TOP - STACK_SIZE, STACK_SIZE, true);
  return { memory: mem, entry: elf.entry, brk: mem.region('data')!.end };
}

/**
 * Lay out argc/argv/envp/auxv at the top of the stack as Linux does and return the initial sp
 * (16-byte aligned, pointing at argc).
 */
export function setupStack(mem: Memory, argv: string[], ptrSize = 4): number {
  const enc = new TextEncoder();
  let top = STACK_TOP - 16;
  const addrs: number[] = [];
  for (const a of argv) {
    const b = enc.encode(a + '\0');
    top -= b.length;
    mem.writeBytes(top, b);
    addrs.push(top);
  }
  // argc, argv[], NULL, envp NULL, auxv: AT_PAGESZ, AT_NULL
  const words = [argv.length, ...addrs, 0, 0, 6, PAGE, 0, 0];
  let sp = Math.floor((top - words.length * ptrSize) / 16) * 16;
  words.forEach((w, i) => {
    const at = sp + i * ptrSize;
    if (ptrSize === 4) { mem.write32(at, w); return; }
    mem.write32(at + (mem.bigEndian ? 4 : 0), w);      // LP64: 8-byte words, high half 0
    mem.write32(at + (mem.bigEndian ? 0 : 4), 0);
  });
  return sp;
}

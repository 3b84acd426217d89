// Disassembly listings of an image: for each function a header, then its instructions
// (`address: bytes  mnemonic operands`) with the source lines they come from interleaved, using
// the ISA's disassembler and the image's line table. Used by `shuttle disasm` (and the editor's
// "Show Assembly for…").

import type { DebugFunction, DebugInfo } from '../compiler/debuginfo';
import type { IsaModule } from '../isa/types';
import type { Image } from './image';
import { loadElf, readElf } from './loader';
import type { Memory } from './memory';

export interface ListingOptions {
  /** include the runtime's functions too (default: only the user's, and _start) */
  runtime?: boolean;
  /** source text of each file, to show lines (files not given are shown by position only) */
  sources?: Map<string, string>;
}

const hex = (n: number): string => (n >>> 0).toString(16);

/** The whole listing as text (lines joined by '\n', trailing newline). */
export function listing(image: Image, isa: IsaModule, opts: ListingOptions = {}): string {
  const mem = loadElf(readElf(image.elf)).memory;
  const dbg = image.debug;
  const out: string[] = [`${dbg.program.file}: ${isa.title} (${isa.id}), entry 0x${hex(dbg.entry)}`, ''];
  const fns = dbg.functions.filter((f) => opts.runtime || !f.runtime || f.name === '_start');
  for (const f of fns) out.push(...functionListing(f, dbg, isa, mem, opts.sources), '');
  return out.join('\n');
}

function functionListing(f: DebugFunction, dbg: DebugInfo, isa: IsaModule, mem: Memory, sources?: Map<string, string>): string[] {
  // source lines as strings, instructions as [address, bytes, text] until the bytes column's width is known
  const out: (string | [number, string, string])[] = [`${hex(f.lo).padStart(8, '0')} <${f.name}>:${f.runtime ? '  (runtime)' : ''}`];
  const lineStarts = new Map<number, [number, number, number, number]>();
  for (const e of dbg.lines) if (e[0] >= f.lo && e[0] < f.hi) lineStarts.set(e[0], e);
  let shownLine = '';
  for (let a = f.lo; a < f.hi;) {
    const e = lineStarts.get(a);
    if (e) {
      const key = `${e[1]}:${e[2]}`;
      if (key !== shownLine) { out.push(sourceLine(dbg.files[e[1]], e[2], sources)); shownLine = key; }
    }
    let d;
    try { d = isa.disassemble(mem, a); } catch { d = { length: isa.insnAlign, mnemonic: '(unreadable)', operands: '' }; }
    const len = Math.max(d.length, 1);
    const bytes: string[] = [];
    for (let i = 0; i < len && a + i < f.hi; i++) bytes.push(mem.read8(a + i).toString(16).padStart(2, '0'));
    const target = d.target !== undefined ? symbolFor(dbg, d.target) : '';
    const text = `${d.mnemonic}${d.operands ? ' ' + d.operands : ''}`.replace(/\t/g, ' ');
    out.push([a, bytes.join(' '), text + target]);
    a += len;
  }
  const width = Math.max(0, ...out.map((r) => (typeof r === 'string' ? 0 : r[1].length)));
  return out.map((r) => (typeof r === 'string' ? r : `  ${hex(r[0]).padStart(8)}:  ${r[1].padEnd(width)}  ${r[2]}`));
}

function sourceLine(file: string, line: number, sources?: Map<string, string>): string {
  const text = sources?.get(file)?.split('\n')[line - 1];
  return text !== undefined ? `${file}:${line}:  ${text.trimEnd()}` : `${file}:${line}:`;
}

function symbolFor(dbg: DebugInfo, addr: number): string {
  const f = dbg.functions.find((x) => addr >= x.lo && addr < x.hi);
  if (!f) return '';
  return addr === f.lo ? ` <${f.name}>` : ` <${f.name}+0x${hex(addr - f.lo)}>`;
}

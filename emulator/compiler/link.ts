// The linker: places the entry stub, every function of the user module, and the runtime's
// functions and data that the program reaches, into .text/.rodata/.data/.bss at the image's
// memory map; resolves symbols (statics are module-local and renamed when they collide; a global
// defined twice or never defined is a CompileError at a source position); patches code relocations
// through the backend and data relocations itself; and hands the placement to link-debug.ts,
// which builds the `.shuttle` debug info.

import type { Loc } from './ast';
import type { AsmFunction, Backend } from './backend/types';
import type { DebugInfo } from './debuginfo';
import { fail } from './diagnostics';
import type { IRData, IRFunction, IRModule } from './ir';
import type { IsaModule } from '../isa/types';
import type { ElfSymbol, ImageSections, SectionName } from './elf';
import { buildDebugInfo } from './link-debug';

export const TEXT_BASE = 0x10000;
const PAGE = 0x1000;
const roundUp = (n: number, a: number): number => Math.ceil(n / a) * a;

export interface LinkUnit { mod: IRModule; asm: AsmFunction[]; runtime: boolean }

export interface LinkInput {
  isa: IsaModule;
  backend: Backend;
  /** the user's module first, then the runtime's */
  units: LinkUnit[];
  entry: AsmFunction;
  program: { file: string; sha256: string };
}

export interface PlacedFunction { unit: number; fn: IRFunction | undefined; asm: AsmFunction; symbol: string; addr: number }
export interface PlacedData { unit: number; d: IRData; symbol: string; addr: number }

export interface LinkOutput extends ImageSections {
  debug: DebugInfo;
}

type FnItem = { kind: 'fn'; unit: number; fn: IRFunction | undefined; asm: AsmFunction; symbol: string; refs: string[] };
type DataItem = { kind: 'data'; unit: number; d: IRData; symbol: string; refs: string[] };
type Item = FnItem | DataItem;

/** Symbol tables: globals by name, and each unit's module-local names. */
class Symbols {
  readonly globals = new Map<string, Item>();
  readonly locals: Map<string, Item>[] = [];
  private taken = new Set<string>();

  unique(name: string, unit: number): string {
    if (!this.taken.has(name)) { this.taken.add(name); return name; }
    for (let i = unit; ; i++) {
      const n = `${name}.${i}`;
      if (!this.taken.has(n)) { this.taken.add(n); return n; }
    }
  }

  resolve(unit: number, name: string): Item | undefined {
    return this.locals[unit]?.get(name) ?? this.globals.get(name);
  }
}

export function link(inp: LinkInput): LinkOutput {
  const syms = new Symbols();
  const reached = reachable(inp, syms, defineAll(inp, syms));
  const fns = reached.filter((i): i is FnItem => i.kind === 'fn');
  const datas = reached.filter((i): i is DataItem => i.kind === 'data');
  const addrOf = new Map<Item, number>();

  const placedFns = placeText(fns, inp.isa.insnAlign, addrOf);
  const last = placedFns[placedFns.length - 1];
  const textEnd = last.addr + last.asm.code.length;
  const rodataStart = roundUp(textEnd, 16);
  const ro = placeData(datas, 'rodata', rodataStart, addrOf);
  const dataStart = roundUp(Math.max(ro.end, rodataStart), PAGE);
  const dat = placeData(datas, 'data', dataStart, addrOf);
  const bssStart = roundUp(dat.end, 16);
  const bss = placeData(datas, 'bss', bssStart, addrOf);

  const addrFor = (unit: number, name: string): number => {
    const it = syms.resolve(unit, name);
    const a = it && addrOf.get(it);
    if (a === undefined) throw new Error(`internal: symbol '${name}' was not placed`);
    return a;
  };
  const text = patchText(placedFns, textEnd, inp.backend, addrFor);
  const rodata = fillData(ro.list, rodataStart, ro.end, addrFor, inp.isa.elf.bigEndian);
  const data = fillData(dat.list, dataStart, dat.end, addrFor, inp.isa.elf.bigEndian);
  const placedData = [...ro.list, ...dat.list, ...bss.list];
  const symbols = elfSymbols(placedFns, placedData);
  const entry = placedFns[0].addr;
  const sections = [
    { name: '.text', addr: TEXT_BASE, size: text.length },
    { name: '.rodata', addr: rodataStart, size: rodata.length },
    { name: '.data', addr: dataStart, size: data.length },
    { name: '.bss', addr: bssStart, size: bss.end - bssStart },
  ];
  const debug = buildDebugInfo({
    isa: inp.isa, program: inp.program, units: inp.units.map((u) => u.mod), functions: placedFns,
    data: placedData, symbols, entry, sections,
  });
  return {
    entry,
    text: { addr: TEXT_BASE, bytes: text, align: inp.isa.insnAlign },
    rodata: { addr: rodataStart, bytes: rodata, align: ro.align },
    data: { addr: dataStart, bytes: data, align: dat.align },
    bss: { addr: bssStart, size: bss.end - bssStart, align: bss.align },
    symbols, debug,
  };
}

/** Functions one after the other from TEXT_BASE (the entry stub first, then the user's). */
function placeText(fns: FnItem[], align: number, addrOf: Map<Item, number>): PlacedFunction[] {
  let pc = TEXT_BASE;
  return fns.map((f) => {
    pc = roundUp(pc, align);
    addrOf.set(f, pc);
    const p = { unit: f.unit, fn: f.fn, asm: f.asm, symbol: f.symbol, addr: pc };
    pc += f.asm.code.length;
    return p;
  });
}

/** The data objects of one section, each at its alignment, from `start`. */
function placeData(datas: DataItem[], sec: IRData['section'], start: number, addrOf: Map<Item, number>): { list: PlacedData[]; end: number; align: number } {
  let at = start, maxAlign = 4;
  const list: PlacedData[] = [];
  for (const it of datas) {
    if (it.d.section !== sec) continue;
    at = roundUp(at, Math.max(it.d.align, 1));
    maxAlign = Math.max(maxAlign, it.d.align);
    list.push({ unit: it.unit, d: it.d, symbol: it.symbol, addr: at });
    addrOf.set(it, at);
    at += it.d.size;
  }
  return { list, end: at, align: maxAlign };
}

/** The .text bytes with every code relocation patched by the backend. */
function patchText(fns: PlacedFunction[], textEnd: number, backend: Backend, addrFor: (u: number, n: string) => number): Uint8Array {
  const text = new Uint8Array(textEnd - TEXT_BASE);
  for (const p of fns) {
    const off = p.addr - TEXT_BASE;
    text.set(p.asm.code, off);
    const code = text.subarray(off, off + p.asm.code.length);
    for (const r of p.asm.relocs) backend.applyReloc(code, r, p.addr + r.offset, addrFor(p.unit, r.sym));
  }
  return text;
}

/** Define every function and data object of every unit (plus the entry stub) in the symbol tables. */
function defineAll(inp: LinkInput, syms: Symbols): Item[] {
  const items: Item[] = [];
  const entry: Item = { kind: 'fn', unit: -1, fn: undefined, asm: inp.entry, symbol: syms.unique(inp.entry.name, 0), refs: inp.entry.relocs.map((r) => r.sym) };
  syms.globals.set(inp.entry.name, entry);
  items.push(entry);
  inp.units.forEach((u, m) => {
    syms.locals[m] = new Map();
    if (u.asm.length !== u.mod.functions.length) throw new Error(`internal: ${u.mod.file}: ${u.mod.functions.length} functions but ${u.asm.length} compiled`);
    u.mod.functions.forEach((fn, i) => {
      const asm = u.asm[i];
      const it: Item = { kind: 'fn', unit: m, fn, asm, symbol: '', refs: asm.relocs.map((r) => r.sym) };
      define(syms, it, fn.name, fn.isStatic, m, fn.loc, inp);
      items.push(it);
    });
    for (const d of u.mod.data) {
      const it: Item = { kind: 'data', unit: m, d, symbol: '', refs: d.relocs.map((r) => r.sym) };
      define(syms, it, d.name, d.isStatic || d.cname === undefined, m, d.loc, inp);
      items.push(it);
    }
  });
  return items;
}

function define(syms: Symbols, it: Item, name: string, local: boolean, unit: number, loc: Loc | undefined, inp: LinkInput): void {
  const table = local ? syms.locals[unit] : syms.globals;
  const prev = table.get(name);
  if (prev) {
    const userLoc = !inp.units[unit].runtime ? loc : prev.unit >= 0 && !inp.units[prev.unit].runtime ? locOf(prev) : undefined;
    const where = userLoc ?? loc ?? { file: inp.units[unit].mod.file, line: 1, col: 1 };
    const by = prev.unit >= 0 && inp.units[prev.unit].runtime !== inp.units[unit].runtime ? ' (the runtime library defines it)' : '';
    fail(where, `redefinition of '${name}'${by}`);
  }
  table.set(name, it);
  it.symbol = syms.unique(name, unit);
}

function locOf(it: Item): Loc | undefined {
  return it.kind === 'fn' ? it.fn?.loc : it.d.loc;
}

/** Everything of the user's module, and whatever the entry stub and those reach (transitively). */
function reachable(inp: LinkInput, syms: Symbols, items: Item[]): Item[] {
  const seen = new Set<Item>();
  const work: Item[] = [];
  const add = (it: Item): void => { if (!seen.has(it)) { seen.add(it); work.push(it); } };
  for (const it of items) if (it.unit === -1 || (it.unit >= 0 && !inp.units[it.unit].runtime)) add(it);
  while (work.length) {
    const it = work.pop()!;
    for (const ref of it.refs) {
      const target = it.unit === -1 ? syms.globals.get(ref) : syms.resolve(it.unit, ref);
      if (!target) undefinedRef(inp, it, ref);
      add(target);
    }
  }
  return items.filter((it) => seen.has(it));
}

function undefinedRef(inp: LinkInput, from: Item, name: string): never {
  const userFile = inp.units.find((u) => !u.runtime)?.mod.file ?? 'program.c';
  let loc: Loc | undefined;
  if (from.unit < 0 || inp.units[from.unit].runtime) {
    // the runtime needs something only the program can define (main)
    fail({ file: userFile, line: 1, col: 1 }, name === 'main' ? "undefined reference to 'main': the program defines no main function" : `undefined reference to '${name}' (needed by the runtime library)`);
  }
  if (from.kind === 'fn' && from.fn) {
    const ins = from.fn.body.find((i) => ((i.op === 'call' && 'sym' in i.callee && i.callee.sym === name) || (i.op === 'symaddr' && i.sym === name)) && i.loc);
    loc = ins?.loc ?? from.fn.loc;
  } else if (from.kind === 'data') loc = from.d.loc;
  fail(loc ?? { file: userFile, line: 1, col: 1 }, `undefined reference to '${name}'`);
}

function fillData(list: PlacedData[], start: number, end: number, addrFor: (u: number, n: string) => number, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(end - start);
  const v = new DataView(out.buffer);
  for (const p of list) {
    const off = p.addr - start;
    if (p.d.bytes) out.set(p.d.bytes.subarray(0, p.d.size), off);
    for (const r of p.d.relocs) {
      const value = (addrFor(p.unit, r.sym) + r.addend) >>> 0;
      if (r.size === 4) v.setUint32(off + r.offset, value, !bigEndian);
      else if (r.size === 8) {
        v.setUint32(off + r.offset + (bigEndian ? 4 : 0), value, !bigEndian);
        v.setUint32(off + r.offset + (bigEndian ? 0 : 4), 0, !bigEndian);
      } else throw new Error(`internal: data relocation of size ${r.size}`);
    }
  }
  return out;
}

function elfSymbols(fns: PlacedFunction[], datas: PlacedData[]): ElfSymbol[] {
  const sec = (d: IRData): SectionName => (d.section === 'rodata' ? '.rodata' : d.section === 'data' ? '.data' : '.bss');
  return [
    ...fns.map((f) => ({ name: f.symbol, value: f.addr, size: f.asm.code.length, kind: 'func' as const, local: f.asm.isStatic, section: '.text' as const })),
    ...datas.map((d) => ({ name: d.symbol, value: d.addr, size: d.d.size, kind: 'object' as const, local: d.d.isStatic || d.d.cname === undefined, section: sec(d.d) })),
  ];
}

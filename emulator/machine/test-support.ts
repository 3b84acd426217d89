// Helpers for the machine and linker tests: hand-built IR modules and AsmFunctions (so the
// linker, ELF writer, loader and machine can be tested without the front end), and rv32 code
// assembled with the rv32 ISA's own encoder.

import type { AsmFunction, Reloc } from '../compiler/backend/types';
import type { IRData, IRFunction, IRModule } from '../compiler/ir';
import type { CType } from '../compiler/types';
import type { LinkUnit } from '../compiler/link';
import type { Image } from './image';

export const loc = (line: number, col = 1, file = 'prog.c') => ({ file, line, col });

export function irFunction(name: string, over: Partial<IRFunction> = {}): IRFunction {
  return {
    name, isStatic: false, runtime: false, params: [], ret: 'void', variadic: false, slots: [], temps: [], body: [],
    points: [], callSites: [], labels: 0, loc: loc(1), endLoc: loc(2), ...over,
  };
}

export function asmFunction(name: string, code: Uint8Array, relocs: Reloc[] = [], over: Partial<AsmFunction> = {}): AsmFunction {
  return {
    name, isStatic: false, code, relocs, points: [], calls: [], lines: [], slotOffsets: [], tempOffsets: [],
    frameSize: 0, spOffset: 0, prologueEnd: 0, ...over,
  };
}

export function irData(name: string, over: Partial<IRData> = {}): IRData {
  return { name, isStatic: false, section: 'data', size: 4, align: 4, bytes: new Uint8Array(4), relocs: [], cname: name, ...over };
}

export function irModule(file: string, functions: IRFunction[], data: IRData[] = [], types: CType[] = [{ kind: 'void' }]): IRModule {
  return { file, dataModel: 'ilp32-le', functions, data, externs: [], types };
}

export function unit(mod: IRModule, asm: AsmFunction[], runtime = false): LinkUnit {
  return { mod, asm, runtime };
}

/** 32-bit words in little-endian byte order (rv32 code). */
export function leWords(words: number[]): Uint8Array {
  const b = new Uint8Array(words.length * 4);
  const v = new DataView(b.buffer);
  words.forEach((w, i) => v.setUint32(i * 4, w >>> 0, true));
  return b;
}

export const bytesOf = (s: string): Uint8Array => new TextEncoder().encode(s);
export const textOf = (b: Uint8Array): string => new TextDecoder().decode(b);

/**
 * A linked rv32 image whose `main` is `mainCode` (with relocs and a line table), plus a
 * minimal runtime `__shuttle_start` (call main, exit with its result) and the backend's _start.
 */
export function rvImage(mainCode: number[], opts: { relocs?: Reloc[]; data?: IRData[]; lines?: AsmFunction['lines'] } = {}): Image {
  const { link } = require('../compiler/link') as typeof import('../compiler/link');
  const { writeElf } = require('../compiler/elf') as typeof import('../compiler/elf');
  const { getIsa } = require('../isa/index') as typeof import('../isa/index');
  const { getBackend } = require('../compiler/backend/index') as typeof import('../compiler/backend/index');
  const isa = getIsa('rv32'), be = getBackend('rv32');
  const main = asmFunction('main', leWords(mainCode), opts.relocs ?? [], { lines: opts.lines ?? [{ offset: 0, line: 2, col: 3, file: 'prog.c' }] });
  const start = asmFunction('__shuttle_start', leWords([0x000000ef /* jal ra,main */, 0x05d00893 /* li a7,93 */, 0x00000073]),
    [{ offset: 0, kind: 'jal', sym: 'main', addend: 0 }], { lines: [{ offset: 0, line: 10, col: 1, file: '/rt/start.c' }] });
  const out = link({
    isa, backend: be, entry: be.entryStub(), program: { file: 'prog.c', sha256: '0' },
    units: [
      unit(irModule('prog.c', [irFunction('main', { loc: loc(1), endLoc: loc(9) })], opts.data ?? []), [main]),
      unit(irModule('/rt/start.c', [irFunction('__shuttle_start', { runtime: true, loc: loc(10, 1, '/rt/start.c') })]), [start], true),
    ],
  });
  const elf = writeElf({ machine: isa.elf.machine, flags: 0, bigEndian: false, entry: out.entry, text: out.text, rodata: out.rodata, data: out.data, bss: out.bss, symbols: out.symbols, debug: bytesOf(JSON.stringify(out.debug)) });
  return { isa: 'rv32', elf, debug: out.debug };
}

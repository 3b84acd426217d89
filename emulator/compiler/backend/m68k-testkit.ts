// Test kit for the 68020 backend: a tiny IR function builder, a linker that places backend
// output at 0x10000 (data symbols at 0x20000), and `callFn` which runs one function on the
// 68020 CPU with SysV stack arguments and returns d0/d1. Used by m68k.test.ts only.

import type { Instr, IRFunction, IRModule, Ty } from '../ir';
import type { AsmFunction } from './types';
import { backend } from './m68k';
import { M68kCpu } from '../../isa/m68k/cpu';
import { FlatMem, TestHost } from '../../isa/m68k/testing';

const LOC = { file: 't.c', line: 1, col: 1 };

export class FB {
  fn: IRFunction;
  constructor(name: string, ret: IRFunction['ret'] = 'i32', variadic = false) {
    this.fn = { name, isStatic: false, runtime: false, params: [], ret, variadic, slots: [], temps: [], body: [],
      points: [], callSites: [], labels: 0, loc: LOC, endLoc: LOC };
  }
  temp(ty: Ty = 'i32'): number { this.fn.temps.push({ ty }); return this.fn.temps.length - 1; }
  slot(size: number, align = 2): number { this.fn.slots.push({ size, align, role: 'var' }); return this.fn.slots.length - 1; }
  label(): number { return this.fn.labels++; }
  emit(i: Instr): void { this.fn.body.push({ ...i, loc: i.loc ?? { ...LOC, line: this.fn.body.length + 1 } } as Instr); }
  /** a parameter: its home slot and a temp loaded from it */
  param(size: 1 | 2 | 4 = 4, signed = true): number {
    const s = this.slot(size);
    this.fn.params.push({ slot: s, ty: 'i32', size });
    const a = this.temp(), t = this.temp();
    this.emit({ op: 'slotaddr', dst: a, slot: s });
    this.emit({ op: 'load', dst: t, addr: a, offset: 0, size, signed });
    return t;
  }
  /** a 64-bit parameter as (lo, hi) temps */
  param64(): [number, number] {
    const s = this.slot(8);
    this.fn.params.push({ slot: s, ty: 'i32', size: 4, part: 'lo' }, { slot: s, ty: 'i32', size: 4, part: 'hi' });
    const a = this.temp(), hi = this.temp(), lo = this.temp();
    this.emit({ op: 'slotaddr', dst: a, slot: s });
    this.emit({ op: 'load', dst: hi, addr: a, offset: 0, size: 4, signed: false });
    this.emit({ op: 'load', dst: lo, addr: a, offset: 4, size: 4, signed: false });
    return [lo, hi];
  }
  k(v: number | bigint): number { const t = this.temp(); this.emit({ op: 'const', dst: t, value: BigInt.asIntN(32, BigInt(v)) }); return t; }
  bin(kind: Extract<Instr, { op: 'bin' }>['kind'], a: number, b: number): number { const t = this.temp(); this.emit({ op: 'bin', kind, dst: t, a, b }); return t; }
  cmp(kind: Extract<Instr, { op: 'cmp' }>['kind'], a: number, b: number): number { const t = this.temp(); this.emit({ op: 'cmp', kind, dst: t, a, b }); return t; }
  call(sym: string, args: number[]): number {
    const t = this.temp(), site = this.fn.callSites.length;
    this.fn.callSites.push({ id: `${this.fn.name}@call${site}`, loc: LOC, synthetic: false, live: [] });
    this.emit({ op: 'call', dst: t, callee: { sym }, args: args.map((a) => ({ t: a, ty: 'i32' })), fixedArgs: args.length, site });
    return t;
  }
  ret(v?: number, hi?: number): void { this.emit({ op: 'ret', value: v, valueHi: hi }); }
}

export const module = (fns: IRFunction[]): IRModule => ({ file: 't.c', dataModel: 'ilp32-be-m68k', functions: fns, data: [], externs: [], types: [] });

export interface Linked { mem: FlatMem; syms: Map<string, number>; asm: Map<string, AsmFunction> }

/** Compile and place every function from 0x10000; `data` symbols get 256 zeroed bytes each from 0x20000. */
export function link(fns: IRFunction[], data: string[] = []): Linked {
  const mod = module(fns);
  const mem = new FlatMem();
  const syms = new Map<string, number>(), asm = new Map<string, AsmFunction>();
  let at = 0x10000;
  const placed: [AsmFunction, number][] = [];
  for (const f of fns) {
    const a = backend.compileFunction(f, mod);
    asm.set(f.name, a); syms.set(f.name, at); placed.push([a, at]);
    at += a.code.length + 2;
  }
  data.forEach((d, k) => { syms.set(d, 0x20000 + 256 * k); mem.map(0x20000 + 256 * k, 256); });
  mem.map(0x10000, at - 0x10000 + 2);
  for (const [a, base] of placed) {
    const code = a.code.slice();
    for (const r of a.relocs) {
      const s = syms.get(r.sym);
      if (s === undefined) throw new Error(`undefined symbol ${r.sym}`);
      backend.applyReloc(code, r, base + r.offset, s);
    }
    mem.load(base, code);
  }
  return { mem, syms, asm };
}

const HALT = 0x0fff0;

/** Call `name(args...)` (each argument one stack word); returns d0, d1 and the CPU. */
export function callFn(l: Linked, name: string, args: number[], host?: TestHost): { d0: number; d1: number; cpu: M68kCpu } {
  const h = host ?? new TestHost(l.mem);
  const cpu = new M68kCpu(l.mem, h);
  l.mem.map(0x7ff00000, 0x10000);
  l.mem.map(HALT, 2);
  l.mem.write16(HALT, 0x4afc);                 // illegal: never executed, a breakpoint stops before it
  let sp = 0x7ff0f000;
  for (let k = args.length - 1; k >= 0; k--) { sp -= 4; l.mem.write32(sp, args[k] >>> 0); }
  sp -= 4; l.mem.write32(sp, HALT);
  cpu.setReg('sp', sp);
  cpu.setReg('a6', 0x7ff0fff0);
  cpu.pc = l.syms.get(name)!;
  cpu.breakpoints.add(HALT);
  const why = cpu.run(10_000_000);
  if (why !== 'breakpoint' && !h.stopped) throw new Error(`did not return: ${why}`);
  if (!h.stopped && cpu.getReg('sp') !== sp + 4) throw new Error('stack not balanced');
  if (!h.stopped && cpu.getReg('a6') !== 0x7ff0fff0) throw new Error('a6 not restored');
  return { d0: cpu.getReg('d0') | 0, d1: cpu.getReg('d1') | 0, cpu };
}

// Test harness for the rv32 backend and CPU without the rest of Shuttle: a tiny IR builder,
// a flat little-endian memory implementing `Mem`, a linker that places AsmFunctions at 0x10000
// and applies the backend's relocations, and a host with write/exit syscalls.

import type { Instr, IRFunction, IRModule, Slot, TempInfo, BinKind, CmpKind, ArgIR, Callee } from '../../emulator/compiler/ir';
import { MachineFault, type CpuHost, type Mem } from '../../emulator/isa/types';
import { backend } from '../../emulator/compiler/backend/rv32';
import { isa } from '../../emulator/isa/rv32/index';
import type { AsmFunction } from '../../emulator/compiler/backend/types';

export class FlatMem implements Mem {
  readonly bytes: Uint8Array;
  private dv: DataView;
  constructor(size = 0x200000) { this.bytes = new Uint8Array(size); this.dv = new DataView(this.bytes.buffer); }
  private chk(a: number, n: number): number {
    if (a < 0x1000 || a + n > this.bytes.length) throw new MachineFault('bad access', 0, a, `bad access at 0x${a.toString(16)}`);
    return a;
  }
  read8(a: number): number { return this.dv.getUint8(this.chk(a, 1)); }
  read16(a: number): number { return this.dv.getUint16(this.chk(a, 2), true); }
  read32(a: number): number { return this.dv.getUint32(this.chk(a, 4), true); }
  write8(a: number, v: number): void { this.dv.setUint8(this.chk(a, 1), v & 0xff); }
  write16(a: number, v: number): void { this.dv.setUint16(this.chk(a, 2), v & 0xffff, true); }
  write32(a: number, v: number): void { this.dv.setUint32(this.chk(a, 4), v >>> 0, true); }
  fetch16(a: number): number { return this.read16(a); }
  fetch32(a: number): number { return this.read32(a); }
}

export class TestHost implements CpuHost {
  stopped = false;
  exitCode: number | undefined;
  out = '';
  constructor(private mem: FlatMem) {}
  syscall(num: number, args: number[]): number {
    if (num === 93 || num === 94) { this.exitCode = args[0]; this.stopped = true; return 0; }
    if (num === 64) {
      for (let i = 0; i < args[2]; i++) this.out += String.fromCharCode(this.mem.read8(args[1] + i));
      return args[2];
    }
    return -38;
  }
}

/** Builds one IR function by hand. */
export class FnBuilder {
  temps: TempInfo[] = []; body: Instr[] = []; slots: Slot[] = [];
  params: IRFunction['params'] = []; labels = 0; callSites: IRFunction['callSites'] = [];
  points: IRFunction['points'] = [];
  constructor(public name: string, public variadic = false) {}
  t(): number { this.temps.push({ ty: 'i32' }); return this.temps.length - 1; }
  slot(size: number, align = 4): number { this.slots.push({ size, align, role: 'var' }); return this.slots.length - 1; }
  label(): number { return this.labels++; }
  emit(i: Instr): void { this.body.push(i); }
  param(size: 1 | 2 | 4 = 4, part?: 'lo' | 'hi', slot?: number): number {
    const s = slot ?? this.slot(part ? 8 : 4);
    this.params.push({ slot: s, ty: 'i32', size, part });
    const a = this.t(); const v = this.t();
    this.emit({ op: 'slotaddr', dst: a, slot: s });
    this.emit({ op: 'load', dst: v, addr: a, offset: part === 'hi' ? 4 : 0, size: part ? 4 : size, signed: true });
    return v;
  }
  c(v: number | bigint): number { const d = this.t(); this.emit({ op: 'const', dst: d, value: BigInt(v) }); return d; }
  bin(kind: BinKind, a: number, b: number): number { const d = this.t(); this.emit({ op: 'bin', kind, dst: d, a, b }); return d; }
  cmp(kind: CmpKind, a: number, b: number): number { const d = this.t(); this.emit({ op: 'cmp', kind, dst: d, a, b }); return d; }
  call(callee: string | number, args: (number | ArgIR)[], fixedArgs = args.length, hi = false): { lo: number; hi?: number } {
    const site = this.callSites.length;
    this.callSites.push({ id: `${this.name}@call${site}`, loc: LOC, synthetic: false, live: [] });
    const dst = this.t(); const dstHi = hi ? this.t() : undefined;
    const c: Callee = typeof callee === 'string' ? { sym: callee } : { temp: callee };
    const as: ArgIR[] = args.map((x) => (typeof x === 'number' ? { t: x, ty: 'i32' } : x));
    this.emit({ op: 'call', dst, dstHi, callee: c, args: as, fixedArgs, site });
    return { lo: dst, hi: dstHi };
  }
  ret(v?: number, hi?: number): void { this.emit({ op: 'ret', value: v, valueHi: hi }); }
  build(ret: IRFunction['ret'] = 'i32'): IRFunction {
    return {
      name: this.name, isStatic: false, runtime: false, params: this.params, ret, variadic: this.variadic,
      slots: this.slots, temps: this.temps, body: this.body, points: this.points, callSites: this.callSites,
      labels: this.labels, loc: LOC, endLoc: LOC,
    };
  }
}

export const LOC = { file: 't.c', line: 1, col: 1 };

export const TEXT = 0x10000, STACK_TOP = 0x1ff000, HALT = 0x8000;

export interface Linked { mem: FlatMem; syms: Map<string, number>; fns: AsmFunction[] }

/** Compile and place `fns` (plus _start) at 0x10000; HALT holds `li a7,93; ecall` (exit(a0)). */
export function link(fns: IRFunction[]): Linked {
  const mod: IRModule = { file: 't.c', dataModel: 'ilp32-le', functions: fns, data: [], externs: [], types: [] };
  const asm = [backend.entryStub(), ...fns.map((f) => backend.compileFunction(f, mod))];
  const mem = new FlatMem();
  const syms = new Map<string, number>();
  let at = TEXT;
  for (const a of asm) { syms.set(a.name, at); at += (a.code.length + 15) & ~15; }
  if (!syms.has('__shuttle_start')) syms.set('__shuttle_start', HALT);
  for (const a of asm) {
    const place = syms.get(a.name)!;
    for (const r of a.relocs) {
      const s = syms.get(r.sym);
      if (s === undefined) throw new Error(`undefined symbol ${r.sym}`);
      backend.applyReloc(a.code, r, place + r.offset, s);
    }
    mem.bytes.set(a.code, place);
  }
  mem.write32(HALT, 0x05d00893); mem.write32(HALT + 4, 0x00000073);   // addi a7,zero,93; ecall
  return { mem, syms, fns: asm };
}

/** Call `name(args...)` (all i32 in a0..) and return a0 (and a1) when it returns. */
export function callFn(l: Linked, name: string, args: number[] = [], budget = 10_000_000): { a0: number; a1: number; host: TestHost; cpu: ReturnType<typeof isa.createCpu> } {
  const host = new TestHost(l.mem);
  const cpu = isa.createCpu(l.mem, host);
  cpu.setReg('sp', STACK_TOP);
  cpu.setReg('ra', HALT);
  args.forEach((v, i) => cpu.setReg(`a${i}`, v));
  cpu.pc = l.syms.get(name)!;
  const why = cpu.run(budget);
  if (why !== 'host') throw new Error(`stopped: ${why} at pc 0x${cpu.pc.toString(16)}`);
  return { a0: host.exitCode! | 0, a1: cpu.getReg('a1') | 0, host, cpu };
}

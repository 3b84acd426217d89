// A straightforward interpreter of IR modules (legalized or not) over a byte-array memory in the
// data model's byte order. It exists to test lowering and legalization before (and independently
// of) the backends: the same program must print the same bytes either way. Implements the Linux
// syscalls write/read/exit/exit_group/brk and answers Shuttle's private syscalls with -ENOSYS.

import { ENOSYS, type Instr, type IRData, type IRFunction, type IRModule, type Ty } from './ir';
import { type DataModel, roundUp } from './types';

export interface InterpSyscalls { read: number; write: number; exit: number; exit_group: number; brk: number }
export const RV32_SYSCALLS: InterpSyscalls = { read: 63, write: 64, exit: 93, exit_group: 94, brk: 214 };
export const M68K_SYSCALLS: InterpSyscalls = { read: 3, write: 4, exit: 1, exit_group: 252, brk: 45 };
export const X86_64_SYSCALLS: InterpSyscalls = { read: 0, write: 1, exit: 60, exit_group: 231, brk: 12 };

export interface InterpOptions {
  /** arguments passed to the entry function (one per IR parameter) */
  args?: bigint[];
  /** when given, the entry function is called as (argc, argv) with these strings (argv[0] first) */
  argv?: string[];
  stdin?: Uint8Array;
  maxSteps?: number;
  syscalls?: InterpSyscalls;
  memSize?: number;
}

export interface InterpResult {
  /** exit status (from exit() or the entry function's return value, low 8 bits not applied) */
  exitCode: number;
  /** the entry function's raw return value (unsigned, its IR width), when it returned */
  ret?: bigint;
  stdout: string;
  stderr: string;
  steps: number;
  /** every syscall made, for tests of the typed-allocation hints */
  syscallLog: { num: number; args: bigint[] }[];
}

export class InterpError extends Error {}
class Exit { constructor(readonly code: number) {} }

const DATA_BASE = 0x10000, FUNC_BASE = 0x1000;
const mask = (v: bigint, ty: Ty): bigint => BigInt.asUintN(ty === 'i64' ? 64 : 32, v);
/** Store helper argument order: type first, so the value expression reads last. */
const maskTo = (ty: Ty, v: bigint): bigint => BigInt.asUintN(ty === 'i64' ? 64 : 32, v);

interface FnRef { fn: IRFunction; mod: number; addr: number; labels: Map<number, number> }

interface ArgMeta { ty: Ty; part?: 'lo' | 'hi' }

type CallInstr = Extract<Instr, { op: 'call' }>;

interface Frame {
  temps: bigint[]; slots: number[]; varArgs: number; ref: FnRef; pc: number; savedSp: number;
  /** the caller's call instruction, which receives the result */
  call?: CallInstr;
}

export function interpretIR(mods: IRModule[], dm: DataModel, entry: string, opts: InterpOptions = {}): InterpResult {
  return new Interp(mods, dm, opts).run(entry);
}

class Interp {
  readonly mem: Uint8Array;
  readonly view: DataView;
  readonly syms: Map<string, number>[];
  readonly globals = new Map<string, number>();
  readonly byAddr = new Map<number, FnRef>();
  readonly out: number[][] = [[], [], []];
  readonly log: { num: number; args: bigint[] }[] = [];
  readonly stack: Frame[] = [];
  sp: number; brk = 0; steps = 0; stdinPos = 0;
  readonly sys: InterpSyscalls;

  constructor(readonly mods: IRModule[], readonly dm: DataModel, readonly opts: InterpOptions) {
    this.mem = new Uint8Array(opts.memSize ?? 0x800000);
    this.view = new DataView(this.mem.buffer);
    this.sp = this.mem.length - 16;
    this.sys = opts.syscalls ?? RV32_SYSCALLS;
    this.syms = mods.map(() => new Map());
    this.layout();
  }

  private define(mod: number, name: string, addr: number, isStatic: boolean): void {
    this.syms[mod].set(name, addr);
    if (!isStatic) {
      if (this.globals.has(name)) throw new InterpError(`symbol '${name}' defined twice`);
      this.globals.set(name, addr);
    }
  }

  private layout(): void {
    let fa = FUNC_BASE, da = DATA_BASE;
    const placed: [number, IRData, number][] = [];
    this.mods.forEach((m, mi) => {
      for (const fn of m.functions) {
        const ref: FnRef = { fn, mod: mi, addr: fa, labels: labelIndex(fn) };
        this.byAddr.set(fa, ref);
        this.define(mi, fn.name, fa, fn.isStatic);
        fa += 16;
      }
      for (const d of m.data) {
        da = roundUp(da, Math.max(d.align, 1));
        this.define(mi, d.name, da, d.isStatic);
        placed.push([mi, d, da]);
        da += Math.max(d.size, 1);
      }
    });
    for (const [mi, d, at] of placed) {
      if (d.bytes) this.mem.set(d.bytes, at);
      for (const r of d.relocs) this.writeInt(at + r.offset, r.size, BigInt(this.resolve(mi, r.sym) + r.addend));
    }
    this.brk = roundUp(da, 4096);
  }

  resolve(mod: number, sym: string): number {
    const a = this.syms[mod].get(sym) ?? this.globals.get(sym);
    if (a === undefined) throw new InterpError(`undefined symbol '${sym}'`);
    return a;
  }

  run(entry: string): InterpResult {
    const addr = this.globals.get(entry);
    const ref = addr === undefined ? undefined : this.byAddr.get(addr);
    if (!ref) throw new InterpError(`no function '${entry}'`);
    let exitCode = 0, ret: bigint | undefined;
    try {
      const raw = this.opts.argv ? this.pushArgv(this.opts.argv) : this.opts.args ?? [];
      const args = raw.map((v, i) => mask(v, ref.fn.params[i]?.ty ?? 'i32'));
      this.enter(ref, args, ref.fn.params.length);
      ret = this.exec();
      exitCode = Number(BigInt.asIntN(32, ret ?? 0n));
    } catch (e) {
      if (!(e instanceof Exit)) throw e;
      exitCode = e.code;
    }
    const text = (b: number[]): string => Buffer.from(b).toString('latin1');
    return { exitCode, ret, stdout: text(this.out[1]), stderr: text(this.out[2]), steps: this.steps, syscallLog: this.log };
  }

  /** Strings and the NULL-terminated pointer array at the top of the stack; returns [argc, argv]. */
  private pushArgv(argv: string[]): bigint[] {
    const addrs = argv.map((a) => {
      const b = new TextEncoder().encode(a);
      this.sp -= b.length + 1;
      this.mem.set(b, this.sp);
      this.mem[this.sp + b.length] = 0;
      return this.sp;
    });
    const p = this.dm.ptr;
    this.sp = ((this.sp - (addrs.length + 1) * p) & ~15) - 16;
    addrs.forEach((a, i) => this.writeInt(this.sp + i * p, p, BigInt(a)));
    this.writeInt(this.sp + addrs.length * p, p, 0n);
    return [BigInt(argv.length), BigInt(this.sp)];
  }

  // --- memory ---

  check(a: number, n: number): void {
    if (a < DATA_BASE || a + n > this.mem.length) throw new InterpError(`bad access at 0x${a.toString(16)}`);
  }

  readInt(a: number, size: number, signed: boolean): bigint {
    this.check(a, size);
    const le = !this.dm.bigEndian, v = this.view;
    switch (size) {
      case 1: return BigInt(signed ? v.getInt8(a) : v.getUint8(a));
      case 2: return BigInt(signed ? v.getInt16(a, le) : v.getUint16(a, le));
      case 4: return BigInt(signed ? v.getInt32(a, le) : v.getUint32(a, le));
      case 8: return signed ? v.getBigInt64(a, le) : v.getBigUint64(a, le);
      default: throw new InterpError(`bad access size ${size}`);
    }
  }

  writeInt(a: number, size: number, x: bigint): void {
    this.check(a, size);
    const le = !this.dm.bigEndian, v = this.view;
    switch (size) {
      case 1: v.setUint8(a, Number(BigInt.asUintN(8, x))); break;
      case 2: v.setUint16(a, Number(BigInt.asUintN(16, x)), le); break;
      case 4: v.setUint32(a, Number(BigInt.asUintN(32, x)), le); break;
      case 8: v.setBigUint64(a, BigInt.asUintN(64, x), le); break;
      default: throw new InterpError(`bad access size ${size}`);
    }
  }

  // --- calls ---

  /** Push a frame for `ref` with one value per IR argument; `fixed` of them are named parameters. */
  enter(ref: FnRef, args: bigint[], fixed: number, meta?: ArgMeta[], call?: CallInstr): Frame {
    const fn = ref.fn;
    const savedSp = this.sp;
    const varArgs = this.pushVarArgs(args.slice(fixed), meta?.slice(fixed));
    const slots = fn.slots.map((s) => {
      this.sp = Math.floor((this.sp - s.size) / Math.max(s.align, 1)) * Math.max(s.align, 1);
      return this.sp;
    });
    this.sp &= ~15;
    if (this.sp < this.brk + 4096) throw new InterpError('stack overflow');
    fn.params.forEach((p, i) => {
      const v = args[i] ?? 0n;
      if (p.part) this.writeInt(slots[p.slot] + ((p.part === 'lo') === this.dm.bigEndian ? 4 : 0), 4, v);
      else this.writeInt(slots[p.slot], p.size, v);
    });
    const frame: Frame = { temps: fn.temps.map(() => 0n), slots, varArgs, ref, pc: 0, savedSp, call };
    this.stack.push(frame);
    return frame;
  }

  /** Lay variadic arguments out in memory as va_arg expects (dm.vaAlign / dm.vaSlot). */
  private pushVarArgs(vals: bigint[], meta?: ArgMeta[]): number {
    const items: { v: bigint; size: number }[] = [];
    for (let i = 0; i < vals.length; i++) {
      if (meta?.[i]?.part === 'lo') { items.push({ v: vals[i] | (vals[i + 1] << 32n), size: 8 }); i++; }
      else items.push({ v: vals[i], size: meta?.[i]?.ty === 'i64' ? 8 : 4 });
    }
    let size = 0;
    for (const it of items) size = roundUp(size, this.dm.vaAlign(it.size)) + roundUp(it.size, this.dm.vaSlot);
    this.sp = (this.sp - size - 16) & ~15;
    let off = this.sp;
    for (const it of items) {
      off = this.sp + roundUp(off - this.sp, this.dm.vaAlign(it.size));
      this.writeInt(off, it.size, it.v);
      off += roundUp(it.size, this.dm.vaSlot);
    }
    return this.sp;
  }

  /** Run until the outermost frame returns; its result. */
  private exec(): bigint | undefined {
    for (;;) {
      const f = this.stack[this.stack.length - 1];
      const body = f.ref.fn.body, t = f.temps;
      if (f.pc >= body.length) throw new InterpError(`fell off the end of ${f.ref.fn.name}`);
      if (++this.steps > (this.opts.maxSteps ?? 50_000_000)) throw new InterpError('step limit reached');
      const i = body[f.pc++];
      switch (i.op) {
        case 'label': case 'point': break;
        case 'jump': f.pc = f.ref.labels.get(i.target)!; break;
        case 'branch': f.pc = f.ref.labels.get(t[i.cond] !== 0n ? i.ifTrue : i.ifFalse)!; break;
        case 'switch': {
          const ty = this.ty(f, i.value);
          const hit = i.cases.find((cs) => mask(cs.value, ty) === t[i.value]);
          f.pc = f.ref.labels.get(hit ? hit.target : i.dflt)!;
          break;
        }
        case 'ret': {
          const r = i.value === undefined ? undefined : i.valueHi === undefined ? t[i.value] : t[i.value] | (t[i.valueHi] << 32n);
          this.stack.pop();
          this.sp = f.savedSp;
          if (!this.stack.length) return r;
          this.result(this.stack[this.stack.length - 1], f.call!, r ?? 0n);
          break;
        }
        case 'call': this.doCall(f, i); break;
        default: this.step(f, i); break;
      }
    }
  }

  private result(f: Frame, i: CallInstr, r: bigint): void {
    if (i.dst !== undefined) f.temps[i.dst] = mask(r, this.ty(f, i.dst));
    if (i.dstHi !== undefined) f.temps[i.dstHi] = mask(r >> 32n, 'i32');
  }

  private ty(f: Frame, temp: number): Ty { return f.ref.fn.temps[temp].ty; }

  private step(f: Frame, i: Instr): void {
    const t = f.temps, tys = f.ref.fn.temps;
    switch (i.op) {
      case 'const': t[i.dst] = maskTo(tys[i.dst].ty, i.value); break;
      case 'copy': t[i.dst] = maskTo(tys[i.dst].ty, t[i.a]); break;
      case 'bin': t[i.dst] = maskTo(tys[i.dst].ty, binop(i.kind, t[i.a], t[i.b], this.ty(f, i.a) === 'i64' ? 64 : 32)); break;
      case 'cmp': t[i.dst] = maskTo(tys[i.dst].ty, cmpop(i.kind, t[i.a], t[i.b], this.ty(f, i.a) === 'i64' ? 64 : 32) ? 1n : 0n); break;
      case 'neg': t[i.dst] = maskTo(tys[i.dst].ty, -t[i.a]); break;
      case 'not': t[i.dst] = maskTo(tys[i.dst].ty, ~t[i.a]); break;
      case 'ext': {
        const low = BigInt.asUintN(i.bits, t[i.a]);
        t[i.dst] = maskTo(tys[i.dst].ty, i.signed ? BigInt.asIntN(i.bits, low) : low);
        break;
      }
      case 'widen': t[i.dst] = maskTo(tys[i.dst].ty, i.signed ? BigInt.asIntN(32, t[i.a]) : t[i.a]); break;
      case 'trunc': t[i.dst] = maskTo(tys[i.dst].ty, t[i.a]); break;
      case 'load': t[i.dst] = maskTo(tys[i.dst].ty, this.readInt(Number(t[i.addr]) + i.offset, i.size, i.signed)); break;
      case 'store': this.writeInt(Number(t[i.addr]) + i.offset, i.size, t[i.src]); break;
      case 'copymem': {
        const d = Number(t[i.dst]), s = Number(t[i.src]);
        this.check(d, i.size); this.check(s, i.size);
        this.mem.copyWithin(d, s, s + i.size);
        break;
      }
      case 'zeromem': { const d = Number(t[i.dst]); this.check(d, i.size); this.mem.fill(0, d, d + i.size); break; }
      case 'slotaddr': t[i.dst] = maskTo(tys[i.dst].ty, BigInt(f.slots[i.slot])); break;
      case 'symaddr': t[i.dst] = maskTo(tys[i.dst].ty, BigInt(this.resolve(f.ref.mod, i.sym) + i.offset)); break;
      case 'vastart': t[i.dst] = maskTo(tys[i.dst].ty, BigInt(f.varArgs)); break;
      case 'syscall': t[i.dst] = maskTo(tys[i.dst].ty, this.syscall(i.num, i.args.map((a) => t[a]))); break;
      default: throw new InterpError(`unexpected instruction ${i.op}`);
    }
  }

  private doCall(f: Frame, i: CallInstr): void {
    const t = f.temps;
    const addr = 'sym' in i.callee ? this.resolve(f.ref.mod, i.callee.sym) : Number(t[i.callee.temp]);
    const ref = this.byAddr.get(addr);
    if (!ref) throw new InterpError(`call to a non-function address 0x${addr.toString(16)}`);
    if (this.stack.length > 200_000) throw new InterpError('stack overflow');
    this.enter(ref, i.args.map((a) => t[a.t]), i.fixedArgs, i.args, i);
  }

  private syscall(num: number, args: bigint[]): bigint {
    this.log.push({ num, args });
    const s = this.sys, a = args.map(Number);
    if (num === s.write) {
      if (a[0] !== 1 && a[0] !== 2) return BigInt(-9);
      this.check(a[1], a[2]);
      this.out[a[0]].push(...this.mem.subarray(a[1], a[1] + a[2]));
      return BigInt(a[2]);
    }
    if (num === s.read) {
      const src = this.opts.stdin ?? new Uint8Array();
      const n = Math.min(a[2], src.length - this.stdinPos);
      this.check(a[1], n);
      this.mem.set(src.subarray(this.stdinPos, this.stdinPos + n), a[1]);
      this.stdinPos += n;
      return BigInt(n);
    }
    if (num === s.exit || num === s.exit_group) throw new Exit(Number(BigInt.asIntN(32, args[0] ?? 0n)));
    if (num === s.brk) {
      if (a[0] && a[0] >= this.brk && a[0] < this.sp - 65536) this.brk = a[0];
      return BigInt(this.brk);
    }
    return BigInt(-ENOSYS);
  }
}

function labelIndex(fn: IRFunction): Map<number, number> {
  const m = new Map<number, number>();
  fn.body.forEach((i, k) => { if (i.op === 'label') m.set(i.label, k); });
  return m;
}

function binop(kind: string, a: bigint, b: bigint, w: number): bigint {
  const sa = BigInt.asIntN(w, a), sb = BigInt.asIntN(w, b), n = b % BigInt(w);
  switch (kind) {
    case 'add': return a + b;
    case 'sub': return a - b;
    case 'mul': return a * b;
    case 'mulhu': return (a * b) >> BigInt(w);
    case 'divs': if (sb === 0n) throw new InterpError('division by zero'); return sa / sb;
    case 'rems': if (sb === 0n) throw new InterpError('division by zero'); return sa % sb;
    case 'divu': if (b === 0n) throw new InterpError('division by zero'); return a / b;
    case 'remu': if (b === 0n) throw new InterpError('division by zero'); return a % b;
    case 'and': return a & b;
    case 'or': return a | b;
    case 'xor': return a ^ b;
    case 'shl': return a << n;
    case 'shru': return a >> n;
    case 'shrs': return sa >> n;
    default: throw new InterpError(`unknown operator ${kind}`);
  }
}

function cmpop(kind: string, a: bigint, b: bigint, w: number): boolean {
  const sa = BigInt.asIntN(w, a), sb = BigInt.asIntN(w, b);
  switch (kind) {
    case 'eq': return a === b;
    case 'ne': return a !== b;
    case 'lts': return sa < sb;
    case 'les': return sa <= sb;
    case 'gts': return sa > sb;
    case 'ges': return sa >= sb;
    case 'ltu': return a < b;
    case 'leu': return a <= b;
    case 'gtu': return a > b;
    case 'geu': return a >= b;
    default: throw new InterpError(`unknown comparison ${kind}`);
  }
}

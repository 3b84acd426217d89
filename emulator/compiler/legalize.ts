// 64-bit legalization for 32-bit targets: every i64 temp becomes a pair of i32 temps (the
// original id keeps the low half, a new temp the high half; TempInfo part/whole name the
// original value for debug info) and every i64 instruction becomes an i32 sequence: carries via
// `cmp ltu`, multiplication via mul/mulhu and cross products, shifts by constant or variable
// amount, compares, widening, split loads/stores in the target's byte order, call arguments,
// results and returns as pairs, switches as compare chains. Division and remainder call the
// runtime helpers __shuttle_{,u}divdi3 / __shuttle_{,u}moddi3 (synthetic call sites).
// Results are computed into fresh temps renamed to the destination halves when the instruction
// does not read its destination; temps no longer mentioned are dropped (ids are renumbered, and
// `whole` follows). Pair halves in memory (params, loads, stores) follow the target byte order:
// the low word at +0 on little-endian targets, at +4 on big-endian ones.

import type { BinKind, CmpKind, Instr, IRFunction, IRModule, Label, Temp, TempInfo } from './ir';
import { shift64 } from './legalize-shift';
import { defsOf, mapTemps, usesOf } from './liveness';
import type { DataModel } from './types';

const DIV_HELPERS: Partial<Record<BinKind, string>> = {
  divs: '__shuttle_divdi3', divu: '__shuttle_udivdi3', rems: '__shuttle_moddi3', remu: '__shuttle_umoddi3',
};

export function legalize(mod: IRModule, dm: DataModel): void {
  if (dm.ptr === 8) return;
  const helpers = new Set<string>();
  for (const fn of mod.functions) new Legalizer(fn, dm, helpers).run();
  const defined = new Set([...mod.functions.map((f) => f.name), ...mod.data.map((d) => d.name)]);
  for (const h of helpers) if (!defined.has(h) && !mod.externs.includes(h)) mod.externs.push(h);
}

/** Low and high 32-bit halves of a 64-bit constant, each as a signed 32-bit value. */
export function split64(v: bigint): [bigint, bigint] {
  const u = BigInt.asUintN(64, v);
  return [BigInt.asIntN(32, u & 0xffffffffn), BigInt.asIntN(32, u >> 32n)];
}

export class Legalizer {
  private readonly hiOf = new Map<Temp, Temp>();
  private out: Instr[] = [];
  private loc: Instr['loc'];
  /** i64 temps defined once, by a constant: their value (for shifts by a constant) */
  readonly known = new Map<Temp, bigint>();
  private helperN = 0;
  /** the instruction being rewritten: where its expansion starts, its first new temp, what it reads */
  private opStart = 0;
  private opFirstTemp = 0;
  private opReads = new Set<Temp>();

  constructor(readonly fn: IRFunction, readonly dm: DataModel, private readonly helpers: Set<string>) {}

  run(): void {
    const fn = this.fn;
    this.findConstants();
    fn.temps.forEach((info, t) => {
      if (info.ty !== 'i64') return;
      fn.temps.push({ ty: 'i32', origin: info.origin, ctype: info.ctype, part: 'hi', whole: t });
      this.hiOf.set(t, fn.temps.length - 1);
      fn.temps[t] = { ...info, ty: 'i32', part: 'lo', whole: t };
    });
    fn.params = fn.params.flatMap((p) => (p.ty !== 'i64' ? [p] : [
      { slot: p.slot, ty: 'i32' as const, size: 4, part: 'lo' as const },
      { slot: p.slot, ty: 'i32' as const, size: 4, part: 'hi' as const },
    ]));
    if (fn.ret === 'i64') fn.ret = 'pair';
    const body = fn.body;
    for (const i of body) {
      this.loc = i.loc;
      this.opStart = this.out.length;
      this.opFirstTemp = fn.temps.length;
      this.opReads = new Set(usesOf(i).flatMap((t) => (this.wide(t) ? [t, this.hi(t)] : [t])));
      this.rewrite(i);
    }
    fn.body = this.out;
    this.compact();
  }

  /** Drop temps no instruction mentions any more (keeping the `whole` a used half names). */
  private compact(): void {
    const fn = this.fn;
    const keep = new Set<Temp>();
    for (const i of fn.body) for (const t of [...usesOf(i), ...defsOf(i)]) keep.add(t);
    for (const t of [...keep]) { const w = fn.temps[t].whole; if (w !== undefined) keep.add(w); }
    const map = new Map<Temp, Temp>();
    const temps: TempInfo[] = [];
    fn.temps.forEach((info, t) => { if (keep.has(t)) { map.set(t, temps.length); temps.push(info); } });
    fn.temps = temps.map((info) => (info.whole === undefined ? info : { ...info, whole: map.get(info.whole)! }));
    fn.body = fn.body.map((i) => mapTemps(i, (t) => map.get(t)!));
  }

  private findConstants(): void {
    const defs = new Map<Temp, number>();
    const count = (t: Temp | undefined): void => { if (t !== undefined) defs.set(t, (defs.get(t) ?? 0) + 1); };
    for (const i of this.fn.body) {
      if ('dst' in i && i.op !== 'copymem' && i.op !== 'zeromem') count(i.dst);
      if (i.op === 'call') count(i.dstHi);
    }
    for (const i of this.fn.body) {
      if (i.op === 'const' && defs.get(i.dst) === 1 && this.fn.temps[i.dst].ty === 'i64') this.known.set(i.dst, i.value);
    }
  }

  // --- emission helpers ---

  wide(t: Temp): boolean { return this.hiOf.has(t); }
  hi(t: Temp): Temp { return this.hiOf.get(t)!; }
  emit(i: Instr): void { this.out.push(this.loc ? { ...i, loc: this.loc } : i); }
  t32(): Temp { this.fn.temps.push({ ty: 'i32' }); return this.fn.temps.length - 1; }
  label(): Label { return this.fn.labels++; }
  place(l: Label): void { this.emit({ op: 'label', label: l }); }
  c32(v: bigint): Temp { const d = this.t32(); this.emit({ op: 'const', dst: d, value: BigInt.asIntN(32, v) }); return d; }
  bin(kind: BinKind, a: Temp, b: Temp): Temp { const d = this.t32(); this.emit({ op: 'bin', kind, dst: d, a, b }); return d; }
  cmp(kind: CmpKind, a: Temp, b: Temp): Temp { const d = this.t32(); this.emit({ op: 'cmp', kind, dst: d, a, b }); return d; }
  copy(dst: Temp, a: Temp): void { this.emit({ op: 'copy', dst, a }); }
  /** Write a computed pair into the halves of wide temp `dst`. */
  setPair(dst: Temp, lo: Temp, hi: Temp): void {
    const dhi = this.hi(dst);
    // Temps made for this instruction can be renamed to the destination halves (saving the
    // copies) when the instruction does not read the destination itself.
    const safe = !this.opReads.has(dst) && !this.opReads.has(dhi) && lo !== hi;
    const ren = new Map<Temp, Temp>();
    if (safe && lo >= this.opFirstTemp) ren.set(lo, dst);
    if (safe && hi >= this.opFirstTemp) ren.set(hi, dhi);
    if (ren.size) {
      for (let k = this.opStart; k < this.out.length; k++) this.out[k] = mapTemps(this.out[k], (t) => ren.get(t) ?? t);
    }
    if (!ren.has(lo)) this.copy(dst, lo);
    if (!ren.has(hi)) this.copy(dhi, hi);
  }
  /** High half of a sign- or zero-extension of 32-bit `lo`. */
  extHi(lo: Temp, signed: boolean): Temp { return signed ? this.bin('shrs', lo, this.c32(31n)) : this.c32(0n); }

  private rewrite(i: Instr): void {
    switch (i.op) {
      case 'const': if (this.wide(i.dst)) { const [l, h] = split64(i.value); this.setPair(i.dst, this.c32(l), this.c32(h)); return; } break;
      case 'copy': if (this.wide(i.dst)) { this.copy(i.dst, i.a); this.copy(this.hi(i.dst), this.hi(i.a)); return; } break;
      case 'bin': if (this.wide(i.dst)) { this.bin64(i); return; } break;
      case 'cmp': if (this.wide(i.a)) { this.copy(i.dst, this.cmp64(i.kind, i.a, i.b)); return; } break;
      case 'neg': case 'not': if (this.wide(i.dst)) { this.unary64(i.op, i.dst, i.a); return; } break;
      case 'ext': if (this.wide(i.dst)) { this.ext64(i); return; } break;
      case 'widen': this.setPair(i.dst, i.a, this.extHi(i.a, i.signed)); return;
      case 'trunc': this.copy(i.dst, i.a); return;
      case 'load': if (this.wide(i.dst)) { this.load64(i); return; } break;
      case 'store': if (this.wide(i.src)) { this.store64(i); return; } break;
      case 'call': this.emit(this.call64(i)); return;
      case 'syscall': this.emit({ ...i, args: i.args.map((a) => a) }); return;
      case 'branch': if (this.wide(i.cond)) { this.emit({ ...i, cond: this.bin('or', i.cond, this.hi(i.cond)) }); return; } break;
      case 'switch': if (this.wide(i.value)) { this.switch64(i); return; } break;
      case 'ret': if (i.value !== undefined && this.wide(i.value)) { this.emit({ op: 'ret', value: i.value, valueHi: this.hi(i.value) }); return; } break;
      default: break;
    }
    this.emit(i);
  }

  private bin64(i: Extract<Instr, { op: 'bin' }>): void {
    const { a, b } = i, ah = this.hi(a), bh = this.hi(b);
    switch (i.kind) {
      case 'add': {
        const lo = this.bin('add', a, b);
        const carry = this.cmp('ltu', lo, a);
        this.setPair(i.dst, lo, this.bin('add', this.bin('add', ah, bh), carry));
        return;
      }
      case 'sub': {
        const borrow = this.cmp('ltu', a, b);
        const lo = this.bin('sub', a, b);
        this.setPair(i.dst, lo, this.bin('sub', this.bin('sub', ah, bh), borrow));
        return;
      }
      case 'mul': {
        const lo = this.bin('mul', a, b);
        const cross = this.bin('add', this.bin('mul', a, bh), this.bin('mul', ah, b));
        this.setPair(i.dst, lo, this.bin('add', this.bin('mulhu', a, b), cross));
        return;
      }
      case 'and': case 'or': case 'xor':
        this.setPair(i.dst, this.bin(i.kind, a, b), this.bin(i.kind, ah, bh));
        return;
      case 'shl': case 'shru': case 'shrs': shift64(this, i.kind, i.dst, a, b); return;
      case 'divs': case 'divu': case 'rems': case 'remu': this.helperCall(DIV_HELPERS[i.kind]!, i.dst, a, b); return;
      case 'mulhu': throw new Error(`${this.fn.name}: 64-bit mulhu cannot be legalized`);
    }
  }

  private helperCall(sym: string, dst: Temp, a: Temp, b: Temp): void {
    this.helpers.add(sym);
    this.fn.callSites.push({ id: `${this.fn.name}@helper${++this.helperN}`, loc: this.loc ?? this.fn.loc, synthetic: true, live: [] });
    const lo = this.t32(), hi = this.t32();
    this.emit({
      op: 'call', dst: lo, dstHi: hi, callee: { sym }, fixedArgs: 4, site: this.fn.callSites.length - 1,
      args: [{ t: a, ty: 'i32', part: 'lo' }, { t: this.hi(a), ty: 'i32', part: 'hi' }, { t: b, ty: 'i32', part: 'lo' }, { t: this.hi(b), ty: 'i32', part: 'hi' }],
    });
    this.setPair(dst, lo, hi);
  }

  /** A 64-bit comparison as an i32 0/1 temp. */
  cmp64(kind: CmpKind, a: Temp, b: Temp): Temp {
    const ah = this.hi(a), bh = this.hi(b);
    if (kind === 'eq' || kind === 'ne') {
      const x = this.bin('or', this.bin('xor', a, b), this.bin('xor', ah, bh));
      return this.cmp(kind, x, this.c32(0n));
    }
    const [hiKind, loKind] = ORDERED[kind];
    const hiStrict = this.cmp(hiKind, ah, bh);
    const hiEq = this.cmp('eq', ah, bh);
    return this.bin('or', hiStrict, this.bin('and', hiEq, this.cmp(loKind, a, b)));
  }

  private unary64(op: 'neg' | 'not', dst: Temp, a: Temp): void {
    const lo = this.t32(), nh = this.t32();
    this.emit({ op, dst: lo, a });
    this.emit({ op, dst: nh, a: this.hi(a) });
    if (op === 'not') { this.setPair(dst, lo, nh); return; }
    const borrow = this.cmp('ne', a, this.c32(0n));
    this.setPair(dst, lo, this.bin('sub', nh, borrow));
  }

  private ext64(i: Extract<Instr, { op: 'ext' }>): void {
    let lo = i.a;
    if (i.bits !== 32) { lo = this.t32(); this.emit({ op: 'ext', dst: lo, a: i.a, bits: i.bits, signed: i.signed }); }
    this.setPair(i.dst, lo, this.extHi(lo, i.signed));
  }

  /** Byte offsets of the low and high words of an 8-byte value in memory. */
  private halves(offset: number): [number, number] {
    return this.dm.bigEndian ? [offset + 4, offset] : [offset, offset + 4];
  }

  private load64(i: Extract<Instr, { op: 'load' }>): void {
    const lo = this.t32();
    if (i.size !== 8) {
      this.emit({ ...i, dst: lo });
      this.setPair(i.dst, lo, this.extHi(lo, i.signed));
      return;
    }
    const hi = this.t32(), [lo4, hi4] = this.halves(i.offset);
    this.emit({ op: 'load', dst: lo, addr: i.addr, offset: lo4, size: 4, signed: false });
    this.emit({ op: 'load', dst: hi, addr: i.addr, offset: hi4, size: 4, signed: false });
    this.setPair(i.dst, lo, hi);
  }

  private store64(i: Extract<Instr, { op: 'store' }>): void {
    if (i.size !== 8) { this.emit(i); return; }
    const [lo4, hi4] = this.halves(i.offset);
    this.emit({ op: 'store', addr: i.addr, offset: lo4, src: i.src, size: 4 });
    this.emit({ op: 'store', addr: i.addr, offset: hi4, src: this.hi(i.src), size: 4 });
  }

  private call64(i: Extract<Instr, { op: 'call' }>): Instr {
    let fixed = 0;
    const args = i.args.flatMap((a, k) => {
      const parts = this.wide(a.t)
        ? [{ t: a.t, ty: 'i32' as const, part: 'lo' as const }, { t: this.hi(a.t), ty: 'i32' as const, part: 'hi' as const }]
        : [a];
      if (k < i.fixedArgs) fixed += parts.length;
      return parts;
    });
    const dstHi = i.dst !== undefined && this.wide(i.dst) ? this.hi(i.dst) : undefined;
    return { ...i, args, fixedArgs: fixed, ...(dstHi !== undefined ? { dstHi } : {}) };
  }

  private switch64(i: Extract<Instr, { op: 'switch' }>): void {
    for (const c of i.cases) {
      const [l, h] = split64(c.value);
      const hit = this.bin('and', this.cmp('eq', i.value, this.c32(l)), this.cmp('eq', this.hi(i.value), this.c32(h)));
      const next = this.label();
      this.emit({ op: 'branch', cond: hit, ifTrue: c.target, ifFalse: next });
      this.place(next);
    }
    this.emit({ op: 'jump', target: i.dflt });
  }
}

/** For ordered 64-bit compares: the strict compare of the high words, the compare of the low words. */
const ORDERED: Record<Exclude<CmpKind, 'eq' | 'ne'>, [CmpKind, CmpKind]> = {
  lts: ['lts', 'ltu'], les: ['lts', 'leu'], gts: ['gts', 'gtu'], ges: ['gts', 'geu'],
  ltu: ['ltu', 'ltu'], leu: ['ltu', 'leu'], gtu: ['gtu', 'gtu'], geu: ['gtu', 'geu'],
};

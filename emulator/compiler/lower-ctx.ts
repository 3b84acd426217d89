// Lowering state: the module being built (data, strings, externs, type table) and the function
// being built (temps, slots, labels, points, call sites, loop/switch targets). The expression and
// statement lowerings (lower-expr.ts, lower-stmt.ts) emit instructions through FnCtx.

import type { Expr, Loc, VarSym } from './ast';
import { fail } from './diagnostics';
import type { BinKind, CallSiteIR, CmpKind, Instr, IRData, IRFunction, Label, Slot, Temp, Ty } from './ir';
import { normConst, TypeTable } from './lower-types';
import { type CType, type DataModel, layoutOf } from './types';

export class ModCtx {
  readonly types = new TypeTable();
  readonly data: IRData[] = [];
  private readonly dataNames = new Set<string>();
  readonly referenced = new Set<string>();
  readonly defined = new Set<string>();
  private anon = 0;

  constructor(readonly dm: DataModel, readonly runtime: boolean, readonly file: string) {}

  addData(d: IRData): void {
    if (this.dataNames.has(d.name)) return;
    this.dataNames.add(d.name);
    this.defined.add(d.name);
    this.data.push(d);
  }

  /** A string literal's bytes in .rodata under the label the parser gave it. */
  addString(e: Extract<Expr, { k: 'str' }>): string {
    this.addData({
      name: e.label, isStatic: true, section: 'rodata', size: e.data.length, align: 1,
      bytes: e.data, relocs: [], ctype: e.type,
    });
    return e.label;
  }

  /** Anonymous read-only bytes (local array initializers). */
  addBlob(prefix: string, bytes: Uint8Array): string {
    const name = `${prefix}.init.${++this.anon}`;
    this.addData({ name, isStatic: true, section: 'rodata', size: bytes.length, align: 1, bytes, relocs: [] });
    return name;
  }

  ref(sym: string): void { this.referenced.add(sym); }
}

export const globalName = (s: VarSym): string => s.linkName ?? s.name;

interface SwitchCtx { cases: Map<number, Label>; dflt: Label | undefined }

export class FnCtx {
  loc: Loc;
  readonly varSlots = new Map<number, number>();
  readonly breaks: Label[] = [];
  readonly continues: Label[] = [];
  readonly switches: SwitchCtx[] = [];
  private readonly named = new Map<string, Label>();
  private readonly namedUse = new Map<string, Loc>();
  private readonly namedPlaced = new Set<string>();
  private readonly pointIds = new Map<string, number>();
  sretSlot: number | undefined;

  constructor(readonly mod: ModCtx, readonly fn: IRFunction, readonly retType: CType) {
    this.loc = fn.loc;
  }

  get dm(): DataModel { return this.mod.dm; }

  emit(i: Instr): void { this.fn.body.push({ ...i, loc: i.loc ?? this.loc }); }

  /** Run `f` with `loc` as the position of the instructions it emits. */
  at<R>(loc: Loc, f: () => R): R {
    const saved = this.loc;
    this.loc = loc;
    try { return f(); } finally { this.loc = saved; }
  }

  temp(ty: Ty, origin?: number, ctype?: CType): Temp {
    this.fn.temps.push({ ty, origin, ctype });
    return this.fn.temps.length - 1;
  }

  label(): Label { return this.fn.labels++; }

  place(l: Label): void { this.emit({ op: 'label', label: l }); }

  slot(s: Slot): number { this.fn.slots.push(s); return this.fn.slots.length - 1; }

  scratch(size: number, align: number): number { return this.slot({ size, align, role: 'scratch' }); }

  namedLabel(name: string): Label {
    let l = this.named.get(name);
    if (l === undefined) {
      l = this.label();
      this.named.set(name, l);
      this.namedUse.set(name, this.loc);
    }
    return l;
  }

  placeNamed(name: string): void {
    this.namedPlaced.add(name);
    this.place(this.namedLabel(name));
  }

  /** Every label a goto names must be defined in the function. */
  checkLabels(): void {
    for (const [name, loc] of this.namedUse) if (!this.namedPlaced.has(name)) fail(loc, `use of undeclared label '${name}'`);
  }

  // --- small emit helpers returning the destination temp ---

  const(value: bigint, ty: Ty, origin?: number, ctype?: CType): Temp {
    const dst = this.temp(ty, origin, ctype);
    this.emit({ op: 'const', dst, value: normConst(value, ty) });
    return dst;
  }

  bin(kind: BinKind, a: Temp, b: Temp, origin?: number, ctype?: CType): Temp {
    const dst = this.temp(this.tyOf(a), origin, ctype);
    this.emit({ op: 'bin', kind, dst, a, b });
    return dst;
  }

  cmp(kind: CmpKind, a: Temp, b: Temp, origin?: number, ctype?: CType): Temp {
    const dst = this.temp('i32', origin, ctype);
    this.emit({ op: 'cmp', kind, dst, a, b });
    return dst;
  }

  slotAddr(slot: number, ptrTy: Ty): Temp {
    const dst = this.temp(ptrTy);
    this.emit({ op: 'slotaddr', dst, slot });
    return dst;
  }

  tyOf(t: Temp): Ty { return this.fn.temps[t].ty; }

  // --- migration points and call sites ---

  point(loc: Loc, kind: 'stmt' | 'migrate'): void {
    if (this.mod.runtime) return;
    const base = `${this.fn.name}:${loc.line}:${loc.col}`;
    const n = (this.pointIds.get(base) ?? 0) + 1;
    this.pointIds.set(base, n);
    this.fn.points.push({ id: n === 1 ? base : `${base}#${n}`, kind, loc });
    this.emit({ op: 'point', point: this.fn.points.length - 1, loc });
  }

  /** Reserve the next call site (source order: reserved when the call expression is entered). */
  callSite(loc: Loc): number {
    const site: CallSiteIR = { id: `${this.fn.name}@call${this.fn.callSites.length + 1}`, loc, synthetic: false, live: [] };
    this.fn.callSites.push(site);
    return this.fn.callSites.length - 1;
  }

  /** The home slot of a local or parameter (created on first use if the parser did not list it). */
  varSlot(sym: VarSym, loc: Loc): number {
    const s = this.varSlots.get(sym.id);
    if (s !== undefined) return s;
    if (sym.storage !== 'local') fail(loc, `internal: no frame slot for '${sym.name}'`);
    return this.homeSlot(sym, 'var');
  }

  homeSlot(v: VarSym, role: 'var' | 'param'): number {
    const l = layoutOf(v.type, this.dm);
    this.mod.types.idOf(v.type);
    const slot = this.slot({
      size: Math.max(l.size, 1), align: l.align, role, name: v.name, ctype: v.type, varId: v.id,
      addressTaken: v.addressTaken, scope: v.scope,
    });
    this.varSlots.set(v.id, slot);
    return slot;
  }
}

// The object table of one machine and the translation between addresses and canonical pointers:
// every addressable thing (globals, address-taken locals, heap blocks, string literals, argv)
// with its stable id, address and type; `pointerTo(addr)` gives `{ref, path}` (field names and
// element indexes, never byte offsets) and `addressOf(ref, path)` goes back with the other
// machine's layout. Values are read and written per type by codec.ts.

import type { DebugInfo, DebugType } from '../compiler/debuginfo';
import type { CanonicalValue, ObjectKind, PathStep } from './canonical';
import { refuse, type Where } from './refusal';

/** One object of the table: `count` elements of type `typeId` (count undefined: a single value). */
export interface MObject {
  id: string;
  kind: ObjectKind;
  addr: number;
  typeId: number;
  count?: number;
  /** bytes it spans */
  size: number;
  /** a variable whose value is carried in its frame's `locals` (only its address is an object) */
  inLocals?: boolean;
}

/** The bytes type (heap blocks of unknown type): elements of 1 byte. */
export const BYTES_TYPE = 'bytes';

export class ObjectTable {
  private sorted: MObject[] = [];
  private dirty = false;
  readonly byId = new Map<string, MObject>();

  /** the live part of the stack (sp up to the argument strings), for clearer refusals */
  stack: { lo: number; hi: number } | undefined;

  constructor(readonly debug: DebugInfo) {}

  add(o: MObject): void {
    this.byId.set(o.id, o);
    this.sorted.push(o);
    this.dirty = true;
  }

  all(): MObject[] { return [...this.byId.values()]; }

  /** The object containing `addr`, else one ending exactly at `addr` (one past its end). */
  find(addr: number): MObject | undefined {
    return this.lookup(addr, false);
  }

  /** The object ending exactly at `addr`, if any. */
  endingAt(addr: number): MObject | undefined {
    return this.lookup(addr, true);
  }

  private lookup(addr: number, endOnly: boolean): MObject | undefined {
    if (this.dirty) { this.sorted.sort((a, b) => a.addr - b.addr); this.dirty = false; }
    const list = this.sorted;
    let lo = 0, hi = list.length - 1, best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].addr <= addr) { best = mid; lo = mid + 1; } else hi = mid - 1;
    }
    // objects may be empty (size 0) or adjacent: look back a little for one containing addr
    if (!endOnly) {
      for (let i = best; i >= 0 && i >= best - 4; i--) {
        const o = list[i];
        if (addr < o.addr + Math.max(o.size, 1)) return o;
      }
    }
    for (let i = best; i >= 0 && i >= best - 4; i--) if (list[i].size > 0 && addr === list[i].addr + list[i].size) return list[i];
    return undefined;
  }

  type(id: number): DebugType { return this.debug.types[id]; }

  /** `{ref, path}` for an address, descending until the pointee type (by name) is reached at offset 0. */
  pointerTo(addr: number, pointee: number, where: Where): CanonicalValue {
    const o = this.find(addr);
    if (!o) {
      const a = `0x${addr.toString(16)}`;
      if (this.stack && addr >= this.stack.lo && addr < this.stack.hi) {
        return refuse(`points into an unnamed stack slot (address ${a}: a compiler temporary such as a struct returned by value, or a dead frame)`, where);
      }
      return refuse(`points to freed or unmapped memory (address ${a})`, where);
    }
    const want = this.type(pointee)?.name;
    // an address both one past the end of an object and the start of the next one: the end
    // wins when the pointer's type is the type of the object or of the array ending there
    // (loop cursors, end pointers), else the next object
    const prev = this.endingAt(addr);
    if (prev && prev !== o && o.addr === addr) {
      const alt = this.path(prev, addr - prev.addr, want);
      const last = alt[alt.length - 1];
      const endOfT = last === '@end' && alt.length === 1 && this.type(prev.typeId).name === want;
      if (endOfT || (typeof last === 'number' && this.endsArrayOf(prev, alt, want))) return { ref: prev.id, path: alt };
    }
    return { ref: o.id, path: this.path(o, addr - o.addr, want) };
  }

  /** Whether `path` (ending with an index = length) names the end of an array of `want`. */
  private endsArrayOf(o: MObject, path: PathStep[], want: string | undefined): boolean {
    if (o.count !== undefined && path.length === 1) return this.type(o.typeId).name === want || o.typeId === 0;
    let typeId = o.typeId;
    for (let i = o.count !== undefined ? 1 : 0; i < path.length - 1; i++) {
      const t = this.type(typeId), step = path[i];
      if (t.kind === 'array') typeId = t.of!;
      else typeId = t.fields?.find((f) => f.name === step)?.type ?? 0;
    }
    const t = this.type(typeId);
    return t.kind === 'array' && this.type(t.of!).name === want;
  }

  private path(o: MObject, off: number, want: string | undefined): PathStep[] {
    const path: PathStep[] = [];
    if (o.count !== undefined) {
      const es = this.elemSize(o.typeId);
      const idx = es ? Math.floor(off / es) : off;
      path.push(idx);
      if (idx < o.count) this.descend(o.typeId, off - idx * es, want, path);
      else if (off !== idx * es) path.push(`@byte${off - idx * es}`);
    } else this.descend(o.typeId, off, want, path);
    return path;
  }

  elemSize(typeId: number): number {
    const t = this.type(typeId);
    return t.kind === 'bytes' ? 1 : t.size;
  }

  private descend(typeId: number, off: number, want: string | undefined, path: PathStep[]): void {
    for (;;) {
      const t = this.type(typeId);
      if (off === 0 && t.name === want) return;
      if (off === t.size && t.size > 0 && t.kind !== 'array') {
        // the end of a struct whose last member is an array ending there: that array's end
        const last = t.kind === 'struct' && t.name !== want ? t.fields?.[t.fields.length - 1] : undefined;
        const lt = last ? this.type(last.type) : undefined;
        if (!last || lt!.kind !== 'array' || last.offset + lt!.size !== off) { path.push('@end'); return; }
        path.push(last.name);
        typeId = last.type; off -= last.offset;
        continue;
      }
      if (t.kind === 'array' && t.of !== undefined) {
        const es = this.type(t.of).size;
        const idx = es ? Math.floor(off / es) : 0;
        path.push(idx);
        if (idx >= (t.length ?? 0)) { if (off !== idx * es) path.push(`@byte${off - idx * es}`); return; }
        typeId = t.of; off -= idx * es;
        continue;
      }
      if ((t.kind === 'struct' || t.kind === 'union') && t.fields?.length) {
        const f = this.fieldAt(t, off, want);
        if (!f) { path.push(`@byte${off}`); return; }
        path.push(f.name);
        typeId = f.type; off -= f.offset;
        continue;
      }
      if (off !== 0) path.push(`@byte${off}`);
      return;
    }
  }

  /** The field covering `off` (for a union: the member of the wanted type, else the first). */
  private fieldAt(t: DebugType, off: number, want: string | undefined): { name: string; type: number; offset: number } | undefined {
    const fields = t.fields!;
    if (t.kind === 'union') return (off === 0 && fields.find((f) => this.type(f.type).name === want)) || fields[0];
    let found;
    for (const f of fields) if (f.offset <= off && off < f.offset + Math.max(this.type(f.type).size, 1)) found = f;
    return found;
  }

  /** The address `{ref, path}` names in this table (this machine's layout). */
  addressOf(ref: string, path: PathStep[], where: Where): number {
    const o = this.byId.get(ref);
    if (!o) return refuse(`a pointer names the unknown object '${ref}'`, where);
    let addr = o.addr;
    let typeId = o.typeId;
    let i = 0;
    if (o.count !== undefined) {
      const idx = path[0];
      if (typeof idx !== 'number' || idx < 0 || idx > o.count) return refuse(`bad path ${JSON.stringify(path)} into '${ref}'`, where);
      addr += idx * this.elemSize(o.typeId);
      i = 1;
    }
    for (; i < path.length; i++) {
      const step = path[i];
      const t = this.type(typeId);
      if (typeof step === 'string' && step.startsWith('@')) {
        addr += step === '@end' ? t.size : Number(step.slice(5));
        continue;
      }
      if (t.kind === 'array' && typeof step === 'number' && t.of !== undefined) {
        addr += step * this.type(t.of).size;
        typeId = t.of;
        continue;
      }
      const f = typeof step === 'string' ? t.fields?.find((x) => x.name === step) : undefined;
      if (!f) return refuse(`bad path ${JSON.stringify(path)} into '${ref}' (at step ${JSON.stringify(step)})`, where);
      addr += f.offset;
      typeId = f.type;
    }
    return addr;
  }
}

/** Type ids by C spelling (the first of each name). */
export function typesByName(debug: DebugInfo): Map<string, number> {
  const m = new Map<string, number>();
  debug.types.forEach((t, i) => { if (!m.has(t.name)) m.set(t.name, i); });
  return m;
}

/** Whether a type contains a pointer anywhere (unions holding pointers are refused when non-null). */
export function holdsPointer(debug: DebugInfo, typeId: number, seen = new Set<number>()): boolean {
  const t = debug.types[typeId];
  if (!t || seen.has(typeId)) return false;
  seen.add(typeId);
  if (t.kind === 'ptr') return true;
  if (t.kind === 'array' && t.of !== undefined) return holdsPointer(debug, t.of, seen);
  if (t.fields) return t.fields.some((f) => holdsPointer(debug, f.type, seen));
  return false;
}

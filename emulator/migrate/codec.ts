// Values between one machine's memory and the canonical JSON, per C type with that machine's
// layout and byte order: ValueReader (capture: integers exact, pointers to {ref, path} through
// the object table, function pointers by name, unions by their first member) and ValueWriter
// (restore: the same, backwards, checking that every integer fits the target's type).

import type { DebugInfo, DebugType } from '../compiler/debuginfo';
import type { Memory } from '../machine/memory';
import type { CanonicalValue } from './canonical';
import { holdsPointer, type ObjectTable } from './objects';
import { MigrationRefused, refuse, type Where } from './refusal';

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function readInt(mem: Memory, addr: number, size: number, signed: boolean, bigEndian: boolean): bigint {
  let v: bigint;
  if (size === 1) v = BigInt(mem.read8(addr));
  else if (size === 2) v = BigInt(mem.read16(addr));
  else if (size === 4) v = BigInt(mem.read32(addr) >>> 0);
  else if (size === 8) {
    const a = BigInt(mem.read32(addr) >>> 0), b = BigInt(mem.read32(addr + 4) >>> 0);
    v = bigEndian ? (a << 32n) | b : (b << 32n) | a;
  } else throw new Error(`integer of ${size} bytes`);
  return signed ? BigInt.asIntN(size * 8, v) : v;
}

function writeInt(mem: Memory, addr: number, size: number, v: bigint, bigEndian: boolean): void {
  const u = BigInt.asUintN(size * 8, v);
  if (size === 1) mem.write8(addr, Number(u));
  else if (size === 2) mem.write16(addr, Number(u));
  else if (size === 4) mem.write32(addr, Number(u));
  else if (size === 8) {
    const hi = Number(u >> 32n), lo = Number(u & 0xffffffffn);
    mem.write32(addr, bigEndian ? hi : lo);
    mem.write32(addr + 4, bigEndian ? lo : hi);
  } else throw new Error(`integer of ${size} bytes`);
}

/** A pointer-sized word (4 or 8 bytes, the machine's byte order) as an unsigned address. */
export function readPtr(mem: Memory, addr: number, ptrSize: number, bigEndian: boolean): number {
  if (ptrSize === 4) return mem.read32(addr) >>> 0;
  return Number(readInt(mem, addr, ptrSize, false, bigEndian));
}

export function writePtr(mem: Memory, addr: number, value: number, ptrSize: number, bigEndian: boolean): void {
  if (ptrSize === 4) mem.write32(addr, value >>> 0);
  else writeInt(mem, addr, ptrSize, BigInt(value), bigEndian);
}

/** The canonical value of a type's all-zero bytes (null pointers, 0, unions by their first member). */
export function zeroValue(debug: DebugInfo, typeId: number): CanonicalValue {
  const t = debug.types[typeId];
  switch (t.kind) {
    case 'int': return 0;
    case 'ptr': return null;
    case 'array': return Array.from({ length: t.length ?? 0 }, () => zeroValue(debug, t.of!));
    case 'struct': return Object.fromEntries((t.fields ?? []).map((f) => [f.name, zeroValue(debug, f.type)]));
    case 'union': return t.fields?.length ? { member: t.fields[0].name, value: zeroValue(debug, t.fields[0].type) } : [];
    default: return Array.from({ length: t.size }, () => 0);
  }
}

/**
 * Plain `char` is signed on m68k and unsigned on rv32: the canonical form keeps it as its byte
 * (0..255) so a state means the same bits everywhere, and each ISA reads it with its own sign.
 */
const plainChar = (t: DebugType): boolean => t.name === 'char';

const jsonInt = (v: bigint): number | string => (v <= SAFE && v >= -SAFE ? Number(v) : v.toString());

/** What a reader/writer needs of a machine. */
export interface MachineView { mem: Memory; debug: DebugInfo; bigEndian: boolean; ptrSize: number }

export class ValueReader {
  private text: { lo: number; hi: number };
  constructor(private v: MachineView, private table: ObjectTable) {
    const t = v.debug.sections.find((s) => s.name === '.text');
    this.text = t ? { lo: t.addr, hi: t.addr + t.size } : { lo: 0, hi: 0 };
  }

  /**
   * The value of type `typeId` at `addr`. A `dead` variable (never read again before it is
   * rewritten: a pointer after free() until it is reassigned, a variable not yet initialised)
   * keeps its value when that translates — a debugger user still sees it — and is carried as
   * its zero value (null for a pointer) when it does not (a dangling pointer): what it holds
   * cannot matter to the program.
   */
  value(addr: number, typeId: number, where: Where, dead = false): CanonicalValue {
    if (!dead) return this.read(addr, typeId, where);
    try {
      return this.read(addr, typeId, where);
    } catch (e) {
      if (e instanceof MigrationRefused) return zeroValue(this.v.debug, typeId);
      throw e;
    }
  }

  private read(addr: number, typeId: number, where: Where): CanonicalValue {
    const t = this.v.debug.types[typeId];
    switch (t.kind) {
      case 'int': return this.int(addr, t, where);
      case 'ptr': return this.pointer(readPtr(this.v.mem, addr, this.v.ptrSize, this.v.bigEndian), t.to ?? 0, where);
      case 'array': {
        const et = this.v.debug.types[t.of!], es = et.size, n = t.length ?? 0;
        if (bulkInt(et, this.v.ptrSize) && n > 0) return readInts(this.v.mem.readBytes(addr, n * es), et, n, this.v.bigEndian);
        const out: CanonicalValue[] = [];
        for (let i = 0; i < n; i++) out.push(this.read(addr + i * es, t.of!, where));
        return out;
      }
      case 'struct': {
        const o: { [k: string]: CanonicalValue } = {};
        for (const f of t.fields ?? []) o[f.name] = this.read(addr + f.offset, f.type, where);
        return o;
      }
      case 'union': return this.union(addr, t, where);
      default: return Array.from(this.v.mem.readBytes(addr, t.size));
    }
  }

  /** `count` consecutive elements of type `typeId` (a heap block holding an array). */
  array(addr: number, typeId: number, count: number, where: Where): CanonicalValue[] {
    const t = this.v.debug.types[typeId];
    if (bulkInt(t, this.v.ptrSize) && count > 0) return readInts(this.v.mem.readBytes(addr, count * t.size), t, count, this.v.bigEndian);
    const out: CanonicalValue[] = [];
    for (let i = 0; i < count; i++) out.push(this.read(addr + i * t.size, typeId, where));
    return out;
  }

  /**
   * A live temp: an IR value in its slot. Integers narrower than 4 bytes are read as the whole
   * (extended) 32-bit word, so the byte order does not matter (on a 64-bit little-endian ISA the
   * word is the low half of the 8-byte slot: the same bytes).
   */
  temp(addr: number, typeId: number, where: Where): CanonicalValue {
    const t = this.v.debug.types[typeId];
    if (t.kind !== 'int' || t.size >= 4) return this.value(addr, typeId, where);
    const w = BigInt(this.v.mem.read32(addr) >>> 0);
    return jsonInt(t.signed && !plainChar(t) ? BigInt.asIntN(t.size * 8, w) : BigInt.asUintN(t.size * 8, w));
  }

  /** An address as a canonical pointer: null, a function, or {ref, path}. */
  pointer(a: number, pointee: number, where: Where): CanonicalValue {
    if (a === 0) return null;
    const pt = this.v.debug.types[pointee];
    if (pt?.kind === 'func' || (a >= this.text.lo && a < this.text.hi)) {
      const fn = this.v.debug.functions.find((f) => f.lo === a);
      if (!fn) return refuse(`points into code that is not the start of a function (address 0x${a.toString(16)})`, where);
      return { function: fn.name };
    }
    return this.table.pointerTo(a, pointee, where);
  }

  private int(addr: number, t: DebugType, where: Where): CanonicalValue {
    if (t.size <= 4) {
      // the common case without BigInt: narrow integers as numbers
      const mem = this.v.mem, signed = !!t.signed && !plainChar(t);
      const u = t.size === 1 ? mem.read8(addr) : t.size === 2 ? mem.read16(addr) : mem.read32(addr) >>> 0;
      const shift = 32 - t.size * 8;
      const n = signed ? (u << shift) >> shift : u;
      if (t.size === this.v.ptrSize && /long|intptr|ptrdiff/.test(t.name)) this.checkNotAddress(u, where);
      return n;
    }
    const v = readInt(this.v.mem, addr, t.size, !!t.signed && !plainChar(t), this.v.bigEndian);
    if (t.size === this.v.ptrSize && /long|intptr|ptrdiff/.test(t.name)) this.checkNotAddress(Number(BigInt.asUintN(this.v.ptrSize * 8, v)), where);
    return jsonInt(v);
  }

  /**
   * The "address held in an integer" heuristic: a pointer-sized `long`-like integer whose value
   * lies inside a live heap block or an address-taken stack variable is refused (a cast pointer
   * would silently point into nothing on the target). Plain `int`s are not checked.
   */
  private checkNotAddress(a: number, where: Where): void {
    if (a < 0x10000) return;
    const o = this.table.find(a);
    if (o && (o.kind === 'heap' || o.kind === 'local') && a < o.addr + o.size) {
      refuse(`an address held in an integer (0x${a.toString(16)} is inside '${o.id}')`, where);
    }
  }

  private union(addr: number, t: DebugType, where: Where): CanonicalValue {
    const fields = t.fields ?? [];
    for (const f of fields) {
      if (!holdsPointer(this.v.debug, f.type)) continue;
      const size = this.v.debug.types[f.type].size;
      if (this.v.mem.readBytes(addr + f.offset, size).some((b) => b !== 0)) {
        refuse(`a union whose bytes hold a pointer (${t.name}, member '${f.name}')`, where);
      }
    }
    if (!fields.length) return [];
    return { member: fields[0].name, value: this.read(addr + fields[0].offset, fields[0].type, where) };
  }
}

export class ValueWriter {
  private fnAddr = new Map<string, number>();
  constructor(private v: MachineView, private table: ObjectTable) {
    for (const f of v.debug.functions) this.fnAddr.set(f.name, f.lo);
  }

  /** Write `value` as type `typeId` at `addr`; `at` is the path inside the variable so far (`.f[2]`), for refusals. */
  write(addr: number, typeId: number, value: CanonicalValue, where: Where, at = ''): void {
    const t = this.v.debug.types[typeId];
    switch (t.kind) {
      case 'int': return this.int(addr, t, value, where, at);
      case 'ptr': return writePtr(this.v.mem, addr, this.address(value, where), this.v.ptrSize, this.v.bigEndian);
      case 'array': {
        if (!Array.isArray(value) || value.length !== t.length) return refuse(`expected ${t.length} elements for ${t.name}${inside(at)}`, where);
        const et = this.v.debug.types[t.of!], es = et.size;
        const bytes = bulkInt(et, this.v.ptrSize) ? packInts(value, et, this.v.bigEndian) : undefined;
        if (bytes) { this.v.mem.writeBytes(addr, bytes); return; }
        value.forEach((e, i) => this.write(addr + i * es, t.of!, e, where, `${at}[${i}]`));
        return;
      }
      case 'struct': {
        const o = value as { [k: string]: CanonicalValue };
        if (!o || typeof o !== 'object' || Array.isArray(o)) return refuse(`expected a struct value for ${t.name}${inside(at)}`, where);
        for (const f of t.fields ?? []) {
          if (!(f.name in o)) return refuse(`field '${f.name}' of ${t.name} is missing${inside(at)}`, where);
          this.write(addr + f.offset, f.type, o[f.name], where, `${at}.${f.name}`);
        }
        return;
      }
      case 'union': return this.union(addr, t, value, where, at);
      default: {
        const bytes = Array.isArray(value) ? value : [];
        this.v.mem.writeBytes(addr, Uint8Array.from(bytes.slice(0, t.size) as number[]));
      }
    }
  }

  /** `list` as consecutive elements of type `typeId` (a heap block of `count` T); refusals name `[i]`. */
  writeArray(addr: number, typeId: number, list: CanonicalValue[], where: Where): void {
    const t = this.v.debug.types[typeId];
    const bytes = bulkInt(t, this.v.ptrSize) ? packInts(list, t, this.v.bigEndian) : undefined;
    if (bytes) { this.v.mem.writeBytes(addr, bytes); return; }
    list.forEach((e, i) => this.write(addr + i * t.size, typeId, e, where, `[${i}]`));
  }

  /** A live temp (see ValueReader.temp): narrow integers are written as the extended 32-bit word. */
  temp(addr: number, typeId: number, value: CanonicalValue, where: Where): void {
    const t = this.v.debug.types[typeId];
    if (t.kind !== 'int' || t.size >= 4) return this.write(addr, typeId, value, where);
    const v = this.checkedInt(t, value, where);
    const bits = t.size * 8;
    const ext = t.signed ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
    this.v.mem.write32(addr, Number(BigInt.asUintN(32, ext)));
  }

  writeBytes(addr: number, bytes: Uint8Array): void {
    this.v.mem.writeBytes(addr, bytes);
  }

  /** The target address of a canonical pointer. */
  address(value: CanonicalValue, where: Where): number {
    if (value === null) return 0;
    if (typeof value === 'object' && !Array.isArray(value)) {
      if ('function' in value && typeof value.function === 'string') {
        const a = this.fnAddr.get(value.function);
        if (a === undefined) return refuse(`function '${value.function}' does not exist in the target image`, where);
        return a;
      }
      if ('ref' in value && typeof value.ref === 'string') return this.table.addressOf(value.ref, value.path as (string | number)[], where);
    }
    return refuse(`expected a pointer value, got ${JSON.stringify(value)}`, where);
  }

  private int(addr: number, t: DebugType, value: CanonicalValue, where: Where, at: string): void {
    if (t.size <= 4 && typeof value === 'number' && Number.isInteger(value)) {
      // the common case without BigInt: a number within the type's range
      const signed = !!t.signed && !plainChar(t), bits = t.size * 8;
      const lo = signed ? -(2 ** (bits - 1)) : 0, hi = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
      if (value >= lo && value <= hi) {
        const mem = this.v.mem;
        if (t.size === 1) mem.write8(addr, value & 0xff);
        else if (t.size === 2) mem.write16(addr, value & 0xffff);
        else mem.write32(addr, value >>> 0);
        return;
      }
    }
    writeInt(this.v.mem, addr, t.size, this.checkedInt(t, value, where, at), this.v.bigEndian);
  }

  /** The integer of a canonical value, refused when it does not fit `t` (plain char takes any byte). */
  checkedInt(t: DebugType, value: CanonicalValue, where: Where, at = ''): bigint {
    let v: bigint;
    try {
      if (typeof value !== 'number' && typeof value !== 'string') throw new Error();
      v = BigInt(value);
    } catch {
      return refuse(`expected an integer for ${t.name}, got ${JSON.stringify(value)}${inside(at)}`, where);
    }
    const bits = BigInt(t.size * 8);
    const lo = t.signed && !plainChar(t) ? -(1n << (bits - 1n)) : 0n;
    const hi = t.signed && !plainChar(t) ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
    if (v < lo || v > hi) return refuse(`a value that does not fit the target's type (${v} in ${t.name}, ${t.size} bytes${at ? `, at ${at}` : ''})`, where);
    return v;
  }

  private union(addr: number, t: DebugType, value: CanonicalValue, where: Where, at: string): void {
    const u = value as { member?: string; value?: CanonicalValue };
    const f = t.fields?.find((x) => x.name === u?.member);
    if (!f) return refuse(`expected a union value {member, value} for ${t.name}${inside(at)}`, where);
    this.v.mem.writeBytes(addr, new Uint8Array(t.size));
    this.write(addr + f.offset, f.type, u.value ?? null, where, `${at}.${f.name}`);
  }
}

const inside = (at: string): string => (at ? ` (at ${at})` : '');

/** Integers read and written a whole array at a time: up to 4 bytes, not checked for addresses. */
const bulkInt = (t: DebugType, ptrSize: number): boolean => t.kind === 'int' && t.size <= 4 && !(t.size === ptrSize && /long|intptr|ptrdiff/.test(t.name));

function readInts(b: Uint8Array, t: DebugType, n: number, bigEndian: boolean): number[] {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength), le = !bigEndian;
  const signed = !!t.signed && !plainChar(t), out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const o = i * t.size;
    if (t.size === 1) out[i] = signed ? v.getInt8(o) : v.getUint8(o);
    else if (t.size === 2) out[i] = signed ? v.getInt16(o, le) : v.getUint16(o, le);
    else out[i] = signed ? v.getInt32(o, le) : v.getUint32(o, le);
  }
  return out;
}

/** The bytes of a list of integers of type `t`, or undefined when one is not a number in range (the slow path says which). */
function packInts(list: CanonicalValue[], t: DebugType, bigEndian: boolean): Uint8Array | undefined {
  const b = new Uint8Array(list.length * t.size), v = new DataView(b.buffer), le = !bigEndian;
  const signed = !!t.signed && !plainChar(t), bits = t.size * 8;
  const lo = signed ? -(2 ** (bits - 1)) : 0, hi = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  for (let i = 0; i < list.length; i++) {
    const x = list[i];
    if (typeof x !== 'number' || !Number.isInteger(x) || x < lo || x > hi) return undefined;
    const o = i * t.size;
    if (t.size === 1) v.setUint8(o, x & 0xff);
    else if (t.size === 2) v.setUint16(o, x & 0xffff, le);
    else v.setUint32(o, x >>> 0, le);
  }
  return b;
}

export { readInt, writeInt, jsonInt };

// Values in the stopped program's memory: reads integers and pointers of a debug type (with the
// ISA's byte order, through Memory), formats them for display (decimal or hex, chars, strings
// behind `char *`, summaries of structs and arrays) and lists the members of structured values.

import type { Machine } from '../emulator/machine/machine';
import type { TypeTable } from './types';

export type Scalar = number | bigint;

export interface Member { name: string; addr: number; type: number }

/** Elements of an array listed when the client does not page (`variables` without `count`). */
export const MAX_ELEMENTS = 1000;

export class ValueReader {
  constructor(private m: Machine, readonly types: TypeTable) {}

  /** The integer or pointer of type `type` at `addr` (signed types sign-extended; 8-byte as bigint). */
  read(addr: number, type: number): Scalar {
    const t = this.types.get(type);
    const mem = this.m.memory;
    const signed = t.kind === 'int' && !!t.signed;
    switch (t.size) {
      case 1: { const v = mem.read8(addr); return signed ? (v << 24) >> 24 : v; }
      case 2: { const v = mem.read16(addr); return signed ? (v << 16) >> 16 : v; }
      case 4: { const v = mem.read32(addr); return signed ? v | 0 : v >>> 0; }
      case 8: {
        const be = this.m.isa.elf.bigEndian;
        const hi = BigInt(mem.read32(be ? addr : addr + 4) >>> 0), lo = BigInt(mem.read32(be ? addr + 4 : addr) >>> 0);
        const u = (hi << 32n) | lo;
        return signed ? BigInt.asIntN(64, u) : u;
      }
      default: throw new Error(`cannot read a value of type '${t.name}' (${t.size} bytes)`);
    }
  }

  write(addr: number, type: number, v: Scalar): void {
    const t = this.types.get(type);
    const mem = this.m.memory;
    if (t.size === 8) {
      const u = BigInt.asUintN(64, BigInt(v));
      const hi = Number(u >> 32n), lo = Number(u & 0xffffffffn);
      const be = this.m.isa.elf.bigEndian;
      mem.write32(be ? addr : addr + 4, hi); mem.write32(be ? addr + 4 : addr, lo);
      return;
    }
    const n = Number(BigInt.asIntN(32, BigInt(v)));
    if (t.size === 1) mem.write8(addr, n & 0xff);
    else if (t.size === 2) mem.write16(addr, n & 0xffff);
    else if (t.size === 4) mem.write32(addr, n >>> 0);
    else throw new Error(`cannot assign to a value of type '${t.name}'`);
  }

  /** The element count of an array type (undefined for other types). */
  arrayLength(type: number): number | undefined {
    const t = this.types.get(type);
    return t.kind === 'array' ? t.length ?? 0 : undefined;
  }

  isScalar(type: number): boolean {
    const k = this.types.get(type).kind;
    return k === 'int' || k === 'ptr';
  }

  /** Display text of the value of `type` at `addr`. */
  format(addr: number, type: number, hex = false): string {
    const t = this.types.get(type);
    try {
      if (t.kind === 'struct' || t.kind === 'union') return this.formatStruct(addr, type, hex);
      if (t.kind === 'array') return this.formatArray(addr, type, hex);
      if (t.kind === 'func') return `${t.name} @ ${hexOf(addr)}`;
      if (t.kind === 'bytes' || t.kind === 'void') return `(${t.size} bytes at ${hexOf(addr)})`;
      return this.formatScalar(this.read(addr, type), type, hex);
    } catch (e) {
      return `<unreadable: ${(e as Error).message}>`;
    }
  }

  formatScalar(v: Scalar, type: number, hex = false): string {
    const t = this.types.get(type);
    if (t.kind === 'ptr') {
      const p = Number(v) >>> 0;
      const to = t.to !== undefined ? this.types.get(t.to) : undefined;
      if (p && to?.kind === 'int' && to.size === 1) return `${hexOf(p)} ${this.cString(p)}`;
      return hexOf(p);
    }
    if (t.bool) return v ? 'true' : 'false';
    if (hex) return typeof v === 'bigint' ? '0x' + BigInt.asUintN(64, v).toString(16) : hexOf(Number(v));
    if (t.size === 1 && t.name.includes('char')) return `${v} ${charLiteral(Number(v) & 0xff)}`;
    return String(v);
  }

  /**
   * The members of a struct, union, array or the pointee of a pointer ([] for scalars); of an
   * array, the `count` elements from index `from` (at most MAX_ELEMENTS when no count is given).
   */
  members(addr: number, type: number, from = 0, count?: number): Member[] {
    const t = this.types.get(type);
    if (t.kind === 'struct' || t.kind === 'union') return (t.fields ?? []).map((f) => ({ name: f.name, addr: addr + f.offset, type: f.type }));
    if (t.kind === 'array' && t.of !== undefined) {
      const size = this.types.get(t.of).size, n = t.length ?? 0;
      const lo = Math.max(0, Math.min(from, n)), hi = Math.min(n, lo + (count && count > 0 ? count : MAX_ELEMENTS));
      return Array.from({ length: hi - lo }, (_, k) => ({ name: `[${lo + k}]`, addr: addr + (lo + k) * size, type: t.of! }));
    }
    if (t.kind === 'ptr' && t.to !== undefined) {
      const to = this.types.get(t.to);
      const p = Number(this.read(addr, type)) >>> 0;
      if (!p || to.kind === 'void' || to.kind === 'func' || !this.m.memory.isMapped(p, Math.max(1, to.size))) return [];
      return [{ name: `*`, addr: p, type: t.to }];
    }
    return [];
  }

  hasMembers(addr: number, type: number): boolean {
    const k = this.types.get(type).kind;
    if (k === 'struct' || k === 'union' || k === 'array') return true;
    if (k !== 'ptr') return false;
    try { return this.members(addr, type).length > 0; } catch { return false; }
  }

  private formatArray(addr: number, type: number, hex: boolean): string {
    const t = this.types.get(type);
    const el = this.types.get(t.of ?? 0);
    if (el.kind === 'int' && el.size === 1) return this.cString(addr, t.length);
    const n = Math.min(t.length ?? 0, 8);
    const items = this.members(addr, type, 0, n).map((m) => this.isScalar(m.type) ? this.format(m.addr, m.type, hex) : '…');
    return `[${items.join(', ')}${(t.length ?? 0) > n ? ', …' : ''}]`;
  }

  private formatStruct(addr: number, type: number, hex: boolean): string {
    const fields = this.types.get(type).fields ?? [];
    const shown = fields.slice(0, 6).map((f) => `${f.name} = ${this.isScalar(f.type) ? this.format(addr + f.offset, f.type, hex) : '{…}'}`);
    return `{${shown.join(', ')}${fields.length > 6 ? ', …' : ''}}`;
  }

  private cString(addr: number, max = 64): string {
    let s = '';
    for (let i = 0; i < max; i++) {
      if (!this.m.memory.isMapped(addr + i)) return `"${s}"…`;
      const c = this.m.memory.read8(addr + i);
      if (c === 0) return `"${s}"`;
      s += escapeChar(c);
    }
    return `"${s}"…`;
  }
}

export function hexOf(n: number): string {
  return '0x' + (n >>> 0).toString(16).padStart(8, '0');
}

function escapeChar(c: number): string {
  if (c === 10) return '\\n';
  if (c === 9) return '\\t';
  if (c === 34) return '\\"';
  if (c === 92) return '\\\\';
  return c >= 32 && c < 127 ? String.fromCharCode(c) : `\\x${c.toString(16).padStart(2, '0')}`;
}

function charLiteral(c: number): string {
  return c === 39 ? `'\\''` : `'${escapeChar(c)}'`;
}

// AT&T operand text exactly as GNU objdump -d prints it for x86-64: registers `%rax`, immediates
// `$0x..` (unsigned at the operand size), memory `disp(base,index,scale)` with signed hex
// displacements, rip-relative `0x10(%rip)`, and the b/w/l/q suffix letters.

import { REG32, REG64, regName } from './regs';

/** The memory or register operand of a ModRM byte, as the decoder found it. */
export interface RmOperand {
  isMem: boolean;
  rm: number;
  base: number;
  index: number;
  scale: number;
  disp: number;
  rip: boolean;
  /** SIB byte present with index field 4 and no REX.X (objdump shows `%riz` when scale > 0) */
  riz: boolean;
  /** mod field (0 = no displacement unless forced) */
  mod: number;
  /** 67 prefix: 32-bit address registers */
  addr32: boolean;
  /** segment override name ('fs', ...) or '' */
  seg: string;
}

export const SUFFIX: Record<number, string> = { 1: 'b', 2: 'w', 4: 'l', 8: 'q' };

export const hex = (n: number): string => '0x' + (n >>> 0).toString(16);

/** A signed displacement: `-0x4`, `0x10`. */
export function sdisp(d: number): string {
  return d < 0 ? '-0x' + (-d).toString(16) : '0x' + d.toString(16);
}

/** A 64-bit value from halves as unsigned hex. */
export function hex64(lo: number, hi: number): string {
  if (hi === 0) return hex(lo);
  return '0x' + (hi >>> 0).toString(16) + (lo >>> 0).toString(16).padStart(8, '0');
}

/** An immediate at an operand size: the value (already sign-extended to `size`) shown unsigned. */
export function imm(lo: number, size: number): string {
  if (size === 8) return '$' + hex64(lo, lo >> 31);
  if (size === 4) return '$' + hex(lo);
  return '$' + hex(lo & (size === 2 ? 0xffff : 0xff));
}

export function reg(n: number, size: number): string {
  return '%' + regName(n, size);
}

/** The r/m operand: a register of `size`, or the memory reference. */
export function rmText(o: RmOperand, size: number): string {
  if (!o.isMem) return reg(o.rm, size);
  const seg = o.seg ? `%${o.seg}:` : '';
  const names = o.addr32 ? REG32 : REG64;
  if (o.rip) return `${seg}${sdisp(o.disp)}(%${o.addr32 ? 'eip' : 'rip'})`;
  if (o.base < 0 && o.index < 0 && !(o.riz && o.scale > 0)) {
    return seg + (o.addr32 ? hex(o.disp) : hex64(o.disp, o.disp >> 31));
  }
  const disp = o.mod !== 0 || o.base < 0 ? sdisp(o.disp) : '';
  const base = o.base >= 0 ? '%' + names[o.base] : '';
  let idx = '';
  if (o.index >= 0) idx = `,%${names[o.index]},${1 << o.scale}`;
  else if (o.riz && (o.scale > 0 || (o.base >= 0 && (o.base & 7) !== 4))) idx = `,%${o.addr32 ? 'eiz' : 'riz'},${1 << o.scale}`;
  return `${seg}${disp}(${base}${idx})`;
}

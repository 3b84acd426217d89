// 68020 arithmetic helpers for the CPU: sized masks, condition-code computation for add/sub,
// shifts/rotates with exact X/N/Z/V/C semantics, 32x32 multiplication halves and BCD. Pure
// functions over numbers; flags are returned packed as a CCR byte (X=16 N=8 Z=4 V=2 C=1).

export const XF = 16, NF = 8, ZF = 4, VF = 2, CF = 1;

/** value mask and sign bit per size in bytes (1, 2, 4) */
export const MASK = [0, 0xff, 0xffff, 0, -1];

/** Sign-extend the low `size` bytes of v to a 32-bit integer. */
export function sext(v: number, size: number): number {
  return size === 1 ? (v << 24) >> 24 : size === 2 ? (v << 16) >> 16 : v | 0;
}

/** N and Z of the low `size` bytes of r (shift-based: no lookups of non-Smi constants on the hot path). */
export function nz(r: number, size: number): number {
  const v = size === 4 ? r | 0 : r << (size === 1 ? 24 : 16);
  return v < 0 ? NF : v === 0 ? ZF : 0;
}

/** Flags of r = d + s (+x): X N Z V C. */
export function addCcr(s: number, d: number, r: number, size: number): number {
  const sh = 32 - size * 8;
  const sm = (s << sh) < 0, dm = (d << sh) < 0, rv = r << sh, rm = rv < 0;
  const v = sm === dm && rm !== dm ? VF : 0;
  const carry = (sm && dm) || (!rm && (sm || dm)) ? XF | CF : 0;
  return carry | v | (rm ? NF : rv === 0 ? ZF : 0);
}

/** Flags of r = d - s (-x): X N Z V C (C is the borrow). */
export function subCcr(s: number, d: number, r: number, size: number): number {
  const sh = 32 - size * 8;
  const sm = (s << sh) < 0, dm = (d << sh) < 0, rv = r << sh, rm = rv < 0;
  const v = sm !== dm && rm !== dm ? VF : 0;
  const borrow = (sm && !dm) || (rm && !dm) || (sm && rm) ? XF | CF : 0;
  return borrow | v | (rm ? NF : rv === 0 ? ZF : 0);
}

/**
 * Shift or rotate the low `size` bytes of `d` by `count` (0-63). type: 0 as, 1 ls, 2 rox, 3 ro.
 * Returns the result in `res.value` and the new CCR in `res.ccr` (given the old CCR `ccr`).
 */
export function shift(type: number, left: boolean, size: number, d: number, count: number, ccr: number, res: { value: number; ccr: number }): void {
  const bits = size * 8, mask = MASK[size];
  let v = d & mask;
  if (count === 0) {
    res.value = v;
    const c = type === 2 ? (ccr & XF ? CF : 0) : 0;
    res.ccr = (ccr & XF) | nz(v, size) | c;
    return;
  }
  // fast paths: logical and arithmetic shifts by 1..bits-1 (the common case)
  if (count < bits && type < 2) return fastShift(type, left, size, v, count, ccr, res);
  let x = ccr & XF ? 1 : 0, c = 0, ov = 0;
  for (let i = 0; i < count; i++) {
    if (left) {
      const out = msbOf(v, bits);
      const inBit = type === 2 ? x : type === 3 ? out : 0;
      const nv = ((v << 1) | inBit) & mask;
      if (type === 0 && msbOf(nv, bits) !== out) ov = 1;
      c = out; v = nv;
    } else {
      const out = v & 1;
      const top = type === 0 ? msbOf(v, bits) : type === 2 ? x : type === 3 ? out : 0;
      v = ((v >>> 1) | (top << (bits - 1))) & mask;
      c = out;
    }
    if (type !== 3) x = c;
  }
  res.value = v;
  const xf = type === 3 ? ccr & XF : x ? XF : 0;
  res.ccr = xf | nz(v, size) | (ov ? VF : 0) | (c ? CF : 0);
}

const msbOf = (u: number, bits: number): number => (u >>> (bits - 1)) & 1;

/** as/ls shifts by 1..bits-1 without a loop; `v` is already masked to the size. */
function fastShift(type: number, left: boolean, size: number, v: number, count: number, ccr: number, res: { value: number; ccr: number }): void {
  const bits = size * 8, mask = MASK[size];
  let r: number, c: number, ov = 0;
  if (left) {
    c = (v >>> (bits - count)) & 1;
    r = (v << count) & mask;
    if (type === 0) {
      // V: the top count+1 bits of the operand were not all equal
      const top = bits === 32 ? v >> (31 - count) : ((v << (32 - bits)) >> (32 - bits)) >> (bits - 1 - count);
      ov = top === 0 || top === -1 ? 0 : 1;
    }
  } else {
    c = (v >>> (count - 1)) & 1;
    if (type === 0) {
      const sv = bits === 32 ? v | 0 : (v << (32 - bits)) >> (32 - bits);
      r = (sv >> count) & mask;
    } else r = (v >>> count) & mask;
  }
  res.value = r;
  res.ccr = (c ? XF | CF : 0) | nz(r, size) | (ov ? VF : 0);
}

/** High 32 bits of the 64-bit product of two 32-bit values (signed or unsigned), and the low 32. */
export function mul64(a: number, b: number, signed: boolean): { hi: number; lo: number } {
  const lo = Math.imul(a, b);
  const au = a >>> 0, bu = b >>> 0;
  const a0 = au & 0xffff, a1 = au >>> 16, b0 = bu & 0xffff, b1 = bu >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  let hi = p11 + (p01 >>> 16) + (p10 >>> 16) + Math.floor(mid / 65536);
  if (signed) {
    if (a < 0 || (a | 0) < 0) hi -= bu;
    if (b < 0 || (b | 0) < 0) hi -= au;
  }
  return { hi: hi | 0, lo };
}

/**
 * BCD add of two bytes with extend (binary correction method, exact for invalid digits as the
 * 68020 and qemu compute them): result byte and decimal carry.
 */
export function bcdAdd(s: number, d: number, x: number): { r: number; c: number } {
  const t2 = s + 0x66, t3 = t2 + d + x;
  const t6 = ~(t3 ^ t2 ^ d) & 0x110;
  const res = t3 - ((t6 >> 2) | (t6 >> 3));
  return { r: res & 0xff, c: (res >> 8) & 1 };
}

/** BCD subtract d - s - x: computed as bcdAdd-style on (0x199 - s); returns result byte and borrow. */
export function bcdSub(s: number, d: number, x: number): { r: number; c: number } {
  const t2 = 0x199 - s + 0x66, t3 = t2 + d + 1 - x;
  const t6 = ~(t3 ^ t2 ^ d) & 0x110;
  const res = t3 - ((t6 >> 2) | (t6 >> 3));
  return { r: res & 0xff, c: (res >> 8) & 1 };
}

/** Condition test (Bcc/Scc/DBcc/TRAPcc) against a CCR value. */
export function testCond(cond: number, ccr: number): boolean {
  const n = (ccr & NF) !== 0, z = (ccr & ZF) !== 0, v = (ccr & VF) !== 0, c = (ccr & CF) !== 0;
  switch (cond) {
    case 0: return true;
    case 1: return false;
    case 2: return !c && !z;
    case 3: return c || z;
    case 4: return !c;
    case 5: return c;
    case 6: return !z;
    case 7: return z;
    case 8: return !v;
    case 9: return v;
    case 10: return !n;
    case 11: return n;
    case 12: return n === v;
    case 13: return n !== v;
    case 14: return !z && n === v;
    default: return z || n !== v;
  }
}

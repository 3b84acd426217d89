// Pure arithmetic helpers of the x86-64 CPU: parity, 64-bit shifts and rotates on int32 halves,
// wide multiply and divide (BigInt only on the slow paths), and the byte swap. Results that need
// two halves are returned through the shared `out` pair so the hot path allocates nothing.

/** PF for every byte: 1 when the byte has an even number of set bits. */
export const PARITY = new Uint8Array(256).map((_, b) => {
  let n = 0;
  for (let v = b; v; v >>= 1) n += v & 1;
  return n & 1 ? 0 : 1;
});

/** a second result half, or a carry/overflow bit, from the helpers below */
export const out = { lo: 0, hi: 0, flag: 0 };

export const toBig = (lo: number, hi: number): bigint => (BigInt(hi | 0) << 32n) | BigInt(lo >>> 0);
export const toBigU = (lo: number, hi: number): bigint => (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
/** Split a BigInt's low 64 bits into out.lo/out.hi. */
export function fromBig(v: bigint): void {
  out.lo = Number(BigInt.asIntN(32, v));
  out.hi = Number(BigInt.asIntN(32, v >> 32n));
}

/** 64-bit shift left by n (1-63). */
export function shl64(lo: number, hi: number, n: number): void {
  if (n >= 32) { out.hi = lo << (n - 32); out.lo = 0; return; }
  out.hi = (hi << n) | (lo >>> (32 - n));
  out.lo = lo << n;
}

/** 64-bit logical shift right by n (1-63). */
export function shr64(lo: number, hi: number, n: number): void {
  if (n >= 32) { out.lo = hi >>> (n - 32); out.hi = 0; return; }
  out.lo = (lo >>> n) | (hi << (32 - n));
  out.hi = hi >>> n;
}

/** 64-bit arithmetic shift right by n (1-63). */
export function sar64(lo: number, hi: number, n: number): void {
  if (n >= 32) { out.lo = hi >> (n - 32); out.hi = hi >> 31; return; }
  out.lo = (lo >>> n) | (hi << (32 - n));
  out.hi = hi >> n;
}

/** Bit `n` (0-63) of a 64-bit value. */
export const bit64 = (lo: number, hi: number, n: number): number => (n >= 32 ? hi >>> (n - 32) : lo >>> n) & 1;

/** Rotate a `bits`-wide value (bits <= 32, zero-extended in `v`) left by n (0 < n < bits). */
export function rol32(v: number, bits: number, n: number): number {
  const m = bits === 32 ? -1 : (1 << bits) - 1;
  return ((v << n) | (v >>> (bits - n))) & m;
}

/** Rotate 64 bits left by n (0 < n < 64). */
export function rol64(lo: number, hi: number, n: number): void {
  if (n === 32) { out.lo = hi; out.hi = lo; return; }
  if (n > 32) { const t = lo; lo = hi; hi = t; n -= 32; }
  out.lo = (lo << n) | (hi >>> (32 - n));
  out.hi = (hi << n) | (lo >>> (32 - n));
}

/** Truncated 64-bit product of two 64-bit values into out; out.flag = signed overflow. */
export function imul64(al: number, ah: number, bl: number, bh: number): void {
  if (ah === al >> 31 && bh === bl >> 31) {
    const p = al * bl;
    if (Math.abs(p) <= 2 ** 53) {
      const hi = Math.floor(p / 4294967296);
      out.lo = (p - hi * 4294967296) | 0; out.hi = hi | 0; out.flag = 0;
      return;
    }
  }
  const p = toBig(al, ah) * toBig(bl, bh);
  fromBig(p);
  out.flag = BigInt.asIntN(64, p) === p ? 0 : 1;
}

/** Byte-reverse a 32-bit value. */
export function bswap32(v: number): number {
  return ((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24);
}

// 64-bit shifts on 32-bit halves (part of legalize.ts). A constant amount gives straight-line
// code; a variable amount n branches on n & 32 and, for n & 31 == 0, avoids the undefined
// "shift by 32" with the double shift (x >> 1) >> (31 - m).

import type { Temp } from './ir';
import type { Legalizer } from './legalize';

type ShiftKind = 'shl' | 'shru' | 'shrs';

export function shift64(L: Legalizer, kind: ShiftKind, dst: Temp, a: Temp, b: Temp): void {
  const k = L.known.get(b);
  if (k !== undefined) constShift(L, kind, dst, a, Number(BigInt.asUintN(64, k) & 63n));
  else varShift(L, kind, dst, a, b);
}

function constShift(L: Legalizer, kind: ShiftKind, dst: Temp, a: Temp, n: number): void {
  const ah = L.hi(a);
  const c = (v: number): Temp => L.c32(BigInt(v));
  if (n === 0) { L.setPair(dst, a, ah); return; }
  if (n >= 32) {
    const m = c(n - 32);
    if (kind === 'shl') L.setPair(dst, c(0), L.bin('shl', a, m));
    else if (kind === 'shru') L.setPair(dst, L.bin('shru', ah, m), c(0));
    else L.setPair(dst, L.bin('shrs', ah, m), L.bin('shrs', ah, c(31)));
    return;
  }
  const nn = c(n), inv = c(32 - n);
  if (kind === 'shl') {
    L.setPair(dst, L.bin('shl', a, nn), L.bin('or', L.bin('shl', ah, nn), L.bin('shru', a, inv)));
    return;
  }
  const lo = L.bin('or', L.bin('shru', a, nn), L.bin('shl', ah, inv));
  L.setPair(dst, lo, L.bin(kind, ah, nn));
}

function varShift(L: Legalizer, kind: ShiftKind, dst: Temp, a: Temp, b: Temp): void {
  const ah = L.hi(a);
  const m = L.bin('and', b, L.c32(31n));
  const big = L.bin('and', b, L.c32(32n));
  const rlo = L.t32(), rhi = L.t32();
  const lBig = L.label(), lSmall = L.label(), end = L.label();
  L.emit({ op: 'branch', cond: big, ifTrue: lBig, ifFalse: lSmall });
  L.place(lBig);
  if (kind === 'shl') { L.copy(rhi, L.bin('shl', a, m)); L.copy(rlo, L.c32(0n)); }
  else if (kind === 'shru') { L.copy(rlo, L.bin('shru', ah, m)); L.copy(rhi, L.c32(0n)); }
  else { L.copy(rlo, L.bin('shrs', ah, m)); L.copy(rhi, L.bin('shrs', ah, L.c32(31n))); }
  L.emit({ op: 'jump', target: end });
  L.place(lSmall);
  const inv = L.bin('xor', m, L.c32(31n));
  const one = L.c32(1n);
  if (kind === 'shl') {
    const spill = L.bin('shru', L.bin('shru', a, one), inv);
    L.copy(rhi, L.bin('or', L.bin('shl', ah, m), spill));
    L.copy(rlo, L.bin('shl', a, m));
  } else {
    const spill = L.bin('shl', L.bin('shl', ah, one), inv);
    L.copy(rlo, L.bin('or', L.bin('shru', a, m), spill));
    L.copy(rhi, L.bin(kind, ah, m));
  }
  L.emit({ op: 'jump', target: end });
  L.place(end);
  L.setPair(dst, rlo, rhi);
}

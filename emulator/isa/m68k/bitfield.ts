// The 68020 bit-field instructions (bftst bfextu bfchg bfexts bfclr bfffo bfset bfins) for the
// CPU: a field of 1-32 bits at a bit offset counted from the most significant bit of a data
// register (offset mod 32, wrapping) or of a byte address (signed offset, up to 5 bytes touched).

import type { Mem } from '../types';

export interface BitFieldCpu {
  r: Int32Array;
  ccr: number;
  mem: Mem;
  addrOf(e: import('./regs').Ea, size: number): number;
}

const NF = 8, ZF = 4, XF = 16;

/** Execute bit-field instruction `type` with extension word `ext` on operand `e` (mode Dn or memory). */
export function execBitField(cpu: BitFieldCpu, type: number, ext: number, e: import('./regs').Ea, isDn: boolean): void {
  const r = cpu.r;
  let offset = ext & 0x800 ? r[(ext >> 6) & 7] : (ext >> 6) & 31;
  const width = ext & 0x20 ? ((r[ext & 7] - 1) & 31) + 1 : (ext & 31) || 32;
  const dn = (ext >> 12) & 7;
  const wmask = width === 32 ? 0xffffffff : 2 ** width - 1;
  let field: number;                              // unsigned, `width` bits
  let put: (v: number) => void;
  if (isDn) {
    const o = offset & 31, reg = e.r;
    offset = o;                                    // a register field's offset is taken mod 32 (bfffo reports it so)
    const rot = (v: number, n: number): number => (n === 0 ? v >>> 0 : ((v << n) | (v >>> (32 - n))) >>> 0);
    const aligned = rot(r[reg], o);               // field now starts at bit 31
    field = width === 32 ? aligned : aligned >>> (32 - width);
    put = (v) => {
      const hiMask = width === 32 ? 0xffffffff : ((wmask << (32 - width)) >>> 0);
      const nv = ((aligned & ~hiMask) | ((v << (32 - width)) & hiMask)) >>> 0;
      r[reg] = rot(nv, (32 - o) & 31) | 0;
    };
  } else {
    const base = cpu.addrOf(e, 1);
    const byte = (base + Math.floor(offset / 8)) >>> 0, bit = ((offset % 8) + 8) % 8;
    const n = Math.ceil((bit + width) / 8);
    let win = 0;
    for (let k = 0; k < n; k++) win = win * 256 + cpu.mem.read8((byte + k) >>> 0);
    const total = n * 8, shiftDown = total - bit - width;
    field = Math.floor(win / 2 ** shiftDown) % 2 ** width;
    put = (v) => {
      const hi = Math.floor(win / 2 ** (total - bit)), lo = win % 2 ** shiftDown;
      let nw = (hi * 2 ** width + (v >>> 0) % 2 ** width) * 2 ** shiftDown + lo;
      for (let k = n - 1; k >= 0; k--) { cpu.mem.write8((byte + k) >>> 0, nw % 256); nw = Math.floor(nw / 256); }
    };
    offset = offset | 0;
  }
  const flags = (v: number): number => (cpu.ccr & XF) | (Math.floor(v / 2 ** (width - 1)) % 2 ? NF : 0) | (v === 0 ? ZF : 0);
  switch (type) {
    case 0: cpu.ccr = flags(field); return;                                    // bftst
    case 1: cpu.ccr = flags(field); r[dn] = field | 0; return;                 // bfextu
    case 3: {                                                                  // bfexts
      cpu.ccr = flags(field);
      r[dn] = width === 32 ? field | 0 : ((field << (32 - width)) >> (32 - width));
      return;
    }
    case 5: {                                                                  // bfffo
      cpu.ccr = flags(field);
      let k = 0;
      while (k < width && Math.floor(field / 2 ** (width - 1 - k)) % 2 === 0) k++;
      r[dn] = (offset + k) | 0;
      return;
    }
    case 7: {                                                                  // bfins
      const v = (r[dn] >>> 0) % 2 ** width;
      cpu.ccr = flags(v); put(v); return;
    }
    default: {                                                                 // bfchg bfclr bfset
      cpu.ccr = flags(field);
      put(type === 2 ? (~field >>> 0) % 2 ** width : type === 4 ? 0 : wmask);
    }
  }
}

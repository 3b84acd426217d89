// The 68020 interpreter: registers in an Int32Array (d0-d7, a0-a7), CCR as a packed byte,
// decoded instructions cached per address, a `switch` over operations in run(budget). Memory
// goes through the `Mem` interface (big-endian, misaligned data allowed on the 68020). Linux
// syscalls: `trap #0` with the number in d0, args d1-d5/a0, result in d0.

import * as types from '../types';
import { DecodeCache } from '../decode-cache';
import type { Cpu, CpuHost, Mem, StopReason } from '../types';
import * as alu from './alu';
import * as dec from './decode';
import type { Insn } from './decode';
import * as regs from './regs';
import type { Ea } from './regs';
import { execBitField } from './bitfield';

// Bind imports once: per-file CommonJS transpilation turns every use of an imported name into a
// getter call, which dominates an interpreter's hot loop.
const { MachineFault } = types;
const { addCcr, bcdAdd, bcdSub, CF, MASK, mul64, nz, sext, shift, subCcr, testCond, VF, XF, ZF } = alu;
const { decode } = dec;
// `switch` cases use numeric literals (checked against the enums by cpu-enum.test.ts): a case label
// that reads an enum member is evaluated per comparison, a literal compiles to a jump table.
const Op = { ...dec.Op } as typeof dec.Op;
const Mode = { ...regs.Mode } as typeof regs.Mode;
const { regNumber, REG_NAMES, SP } = regs;

const CACHE_SPAN = 1 << 18;     // 256 KiB of text from the first executed 64 KiB boundary cached by index

export class M68kCpu implements Cpu {
  readonly r = new Int32Array(16);
  pc = 0;
  /** the address of the next instruction while one executes (pc stays on the current one) */
  private npc = 0;
  ccr = 0;
  instructions = 0;
  breakpoints = new Set<number>();
  private readonly cache = new DecodeCache<Insn>(CACHE_SPAN, 2);
  private readonly decodeAt = (pc: number): Insn => decode(this.fetch, pc);
  private sh = { value: 0, ccr: 0 };
  private readonly fetch: (a: number) => number;

  constructor(readonly mem: Mem, private host: CpuHost) {
    this.fetch = (a) => mem.fetch16(a);
  }

  getReg(name: string): number {
    const n = name.toLowerCase();
    if (n === 'pc') return this.pc >>> 0;
    if (n === 'ccr') return this.ccr & 0x1f;
    const r = regNumber(n);
    if (r < 0) throw new Error(`m68k: no register ${name}`);
    return this.r[r] >>> 0;
  }

  setReg(name: string, value: number): void {
    const n = name.toLowerCase();
    if (n === 'pc') { this.pc = value >>> 0; return; }
    if (n === 'ccr') { this.ccr = value & 0x1f; return; }
    const r = regNumber(n);
    if (r < 0) throw new Error(`m68k: no register ${name}`);
    this.r[r] = value | 0;
  }

  getRegBig(name: string): bigint { return BigInt(this.getReg(name)); }
  setRegBig(name: string, value: bigint): void { this.setReg(name, Number(BigInt.asIntN(32, value))); }

  registers(): { name: string; value: number }[] {
    const out = REG_NAMES.map((name, i) => ({ name, value: this.r[i] >>> 0 }));
    out.push({ name: 'pc', value: this.pc >>> 0 }, { name: 'ccr', value: this.ccr & 0x1f });
    return out;
  }

  flushDecodeCache(): void { this.cache.clear(); }

  private insnAt(pc: number): Insn { return this.cache.get(pc, this.decodeAt); }

  run(budget: number): StopReason {
    const bps = this.breakpoints, host = this.host, dc = this.cache;
    let slots = dc.slots;
    for (let k = 0; k < budget; k++) {
      const pc = this.pc;
      if (bps.size > 0 && k > 0 && bps.has(pc)) return 'breakpoint';
      if (pc & 1) throw new MachineFault('misaligned access', pc, pc, `instruction fetch from odd address 0x${pc.toString(16)}`, 'm68k');
      const idx = (pc - dc.base) >>> 1;   // an address below base gives a huge index: a miss
      let i = idx < slots.length ? slots[idx] : undefined;
      if (i === undefined) { i = this.insnAt(pc); slots = dc.slots; }
      this.npc = (pc + i.len) >>> 0;
      this.exec(i, pc);
      this.pc = this.npc;
      this.instructions++;
      if (i.op === Op.TRAP && host.stopped) return 'host';     // only syscalls stop the host
    }
    return 'budget';
  }

  // ---- operand access ----

  private push(v: number): void { const sp = (this.r[SP] - 4) | 0; this.mem.write32(sp >>> 0, v); this.r[SP] = sp; }
  private pop(): number { const sp = this.r[SP]; const v = this.mem.read32(sp >>> 0); this.r[SP] = (sp + 4) | 0; return v | 0; }

  private indexValue(e: Ea): number {
    const x = e.xl ? this.r[e.xr] : (this.r[e.xr] << 16) >> 16;
    return x << e.sc;
  }

  /** Address of a memory operand (applies (An)+ / -(An) side effects). */
  addrOf(e: Ea, size: number): number {
    const r = this.r;
    switch (e.m) {
      case 2 /* Mode.Ind */: return r[e.r] >>> 0;
      case 3 /* Mode.PostInc */: {
        const a = r[e.r];
        r[e.r] = (a + (size === 1 && e.r === SP ? 2 : size)) | 0;
        return a >>> 0;
      }
      case 4 /* Mode.PreDec */: {
        const a = (r[e.r] - (size === 1 && e.r === SP ? 2 : size)) | 0;
        r[e.r] = a;
        return a >>> 0;
      }
      case 5 /* Mode.Disp */: return (r[e.r] + e.d) >>> 0;
      case 6 /* Mode.Index */: return e.full ? this.fullAddr(e, r[e.r]) : (r[e.r] + e.d + this.indexValue(e)) >>> 0;
      case 7 /* Mode.AbsW */: case 8 /* Mode.AbsL */: return e.d >>> 0;
      case 9 /* Mode.PcDisp */: return e.target! >>> 0;
      case 10 /* Mode.PcIndex */: return e.full ? this.fullAddr(e, (e.target! - e.d) | 0) : (e.target! + this.indexValue(e)) >>> 0;
      default: throw new MachineFault('illegal instruction', this.pc, undefined, 'operand has no address', 'm68k');
    }
  }

  private fullAddr(e: Ea, baseReg: number): number {
    const f = e.full!;
    const base = f.baseSuppress ? 0 : baseReg;
    const x = f.indexSuppress ? 0 : this.indexValue(e);
    if (f.indirect === 0) return (base + e.d + x) >>> 0;
    if (f.indirect === 1) return (this.mem.read32((base + e.d + x) >>> 0) + f.od) >>> 0;
    return (this.mem.read32((base + e.d) >>> 0) + x + f.od) >>> 0;
  }

  /** Read an operand as a sized value (not sign-extended: callers mask or sext as they need). */
  read(e: Ea, size: number): number {
    switch (e.m) {
      case 0 /* Mode.Dn */: case 1 /* Mode.An */: return this.r[e.r];
      case 11 /* Mode.Imm */: return e.d;
      case 5 /* Mode.Disp */:                          // the backend's frame slots: the hot case
        return size === 4 ? this.mem.read32((this.r[e.r] + e.d) >>> 0) | 0 : this.load((this.r[e.r] + e.d) >>> 0, size);
    }
    return this.load(this.addrOf(e, size), size);
  }

  load(a: number, size: number): number {
    return size === 4 ? this.mem.read32(a) | 0 : size === 2 ? this.mem.read16(a) : this.mem.read8(a);
  }

  store(a: number, size: number, v: number): void {
    if (size === 4) this.mem.write32(a, v >>> 0);
    else if (size === 2) this.mem.write16(a, v & 0xffff);
    else this.mem.write8(a, v & 0xff);
  }

  /** Write a data register's low `size` bytes. */
  setD(n: number, size: number, v: number): void {
    if (size === 4) this.r[n] = v | 0;
    else if (size === 2) this.r[n] = (this.r[n] & ~0xffff) | (v & 0xffff);
    else this.r[n] = (this.r[n] & ~0xff) | (v & 0xff);
  }

  write(e: Ea, size: number, v: number): void {
    if (e.m === 5 /* Mode.Disp */ && size === 4) this.mem.write32((this.r[e.r] + e.d) >>> 0, v >>> 0);
    else if (e.m === Mode.Dn) this.setD(e.r, size, v);
    else if (e.m === Mode.An) this.r[e.r] = size === 2 ? (v << 16) >> 16 : v | 0;
    else this.store(this.addrOf(e, size), size, v);
  }

  /** Read-modify-write of a data-alterable operand: fn(old) -> new (cold paths only). */
  private rmw(e: Ea, size: number, fn: (old: number) => number): void {
    if (e.m === Mode.Dn) { this.setD(e.r, size, fn(this.r[e.r])); return; }
    const a = this.addrOf(e, size);
    this.store(a, size, fn(this.load(a, size)));
  }

  /** Hot read-modify-write without closures: the operand's address (-1 for a data register)... */
  private rmwAddr(e: Ea, size: number): number { return e.m === Mode.Dn ? -1 : this.addrOf(e, size); }
  /** ...its current value... */
  private rmwGet(e: Ea, size: number, a: number): number { return a < 0 ? this.r[e.r] : this.load(a, size); }
  /** ...and the write-back. */
  private rmwPut(e: Ea, size: number, a: number, v: number): void { if (a < 0) this.setD(e.r, size, v); else this.store(a, size, v); }

  private fault(kind: 'illegal instruction' | 'division by zero', msg: string): never {
    throw new MachineFault(kind, this.pc, undefined, msg, 'm68k');
  }

  // ---- execution ----

  private exec(i: Insn, pc: number): void {
    const r = this.r;
    const next = this.npc;
    const size = i.size;
    switch (i.op) {
      case 1 /* Op.MOVE */: { const v = this.read(i.src!, size); this.write(i.dst!, size, v); this.logic(v, size); break; }
      case 2 /* Op.MOVEA */: { const v = this.read(i.src!, size); r[i.dst!.r] = sext(v, size); break; }
      case 3 /* Op.MOVEQ */: { r[i.dst!.r] = i.src!.d; this.logic(i.src!.d, 4); break; }
      case 4 /* Op.LEA */: { const a = this.addrOf(i.src!, 4); r[i.dst!.r] = a | 0; break; }
      case 5 /* Op.PEA */: this.push(this.addrOf(i.src!, 4)); break;
      case 6 /* Op.LINK */: this.push(r[i.reg]); r[i.reg] = r[SP]; r[SP] = (r[SP] + i.n) | 0; break;
      case 7 /* Op.UNLK */: r[SP] = r[i.reg]; r[i.reg] = this.pop(); break;
      case 8 /* Op.RTS */: this.npc = this.pop() >>> 0; break;
      case 9 /* Op.RTD */: this.npc = this.pop() >>> 0; r[SP] = (r[SP] + i.n) | 0; break;
      case 10 /* Op.RTR */: {
        const sp = r[SP]; this.ccr = this.mem.read16(sp >>> 0) & 0x1f; r[SP] = (sp + 2) | 0;
        this.npc = this.pop() >>> 0; break;
      }
      case 11 /* Op.NOP */: break;
      case 12 /* Op.TRAP */: this.trap(i, pc); break;
      case 13 /* Op.TRAPV */: if (this.ccr & VF) { this.fault('illegal instruction', 'TRAPV: overflow trap'); } break;
      case 14 /* Op.TRAPCC */: if (testCond(i.cond, this.ccr)) { this.fault('illegal instruction', `${i.mn}: conditional trap`); } break;
      case 16 /* Op.JSR */: { const a = this.addrOf(i.src!, 4); this.push(next); this.npc = a; break; }
      case 17 /* Op.JMP */: this.npc = this.addrOf(i.src!, 4); break;
      case 18 /* Op.BCC */: if (testCond(i.cond, this.ccr)) this.npc = i.target >>> 0; break;
      case 19 /* Op.BSR */: this.push(next); this.npc = i.target >>> 0; break;
      case 20 /* Op.DBCC */:
        if (!testCond(i.cond, this.ccr)) {
          const v = ((r[i.reg] & 0xffff) - 1) & 0xffff;
          this.setD(i.reg, 2, v);
          if (v !== 0xffff) this.npc = i.target >>> 0;
        }
        break;
      case 21 /* Op.SCC */: this.write(i.dst!, 1, testCond(i.cond, this.ccr) ? 0xff : 0); break;
      case 27 /* Op.CMP */: { const s = this.read(i.src!, size), d = this.read(i.dst!, size); this.cmpFlags(s, d, size); break; }
      default: this.exec2(i, pc, size);
    }
  }

  private logic(v: number, size: number): void { this.ccr = (this.ccr & XF) | nz(v, size); }

  private exec2(i: Insn, pc: number, size: number): void {
    const r = this.r;
    switch (i.op) {
      case 22 /* Op.ADD */: case 23 /* Op.SUB */: {
        const s = this.read(i.src!, size), e = i.dst!, a = this.rmwAddr(e, size), d = this.rmwGet(e, size, a);
        let v: number;
        if (i.op === Op.ADD) { v = d + s; this.ccr = addCcr(s, d, v, size); } else { v = d - s; this.ccr = subCcr(s, d, v, size); }
        this.rmwPut(e, size, a, v);
        break;
      }
      case 28 /* Op.ADDA */: case 29 /* Op.SUBA */: {
        const s = i.src!.m === Mode.Imm ? i.src!.d : sext(this.read(i.src!, size), size);
        r[i.dst!.r] = i.op === Op.ADDA ? (r[i.dst!.r] + s) | 0 : (r[i.dst!.r] - s) | 0;
        break;
      }
      case 27 /* Op.CMP */: { const s = this.read(i.src!, size), d = this.read(i.dst!, size); this.cmpFlags(s, d, size); break; }
      case 30 /* Op.CMPA */: { const s = sext(this.read(i.src!, size), size); this.cmpFlags(s, r[i.dst!.r], 4); break; }
      case 33 /* Op.CMPM */: { const s = this.read(i.src!, size), d = this.read(i.dst!, size); this.cmpFlags(s, d, size); break; }
      case 24 /* Op.AND */: case 25 /* Op.OR */: case 26 /* Op.EOR */: {
        const s = this.read(i.src!, size), op = i.op, e = i.dst!, a = this.rmwAddr(e, size), d = this.rmwGet(e, size, a);
        const v = op === Op.AND ? d & s : op === Op.OR ? d | s : d ^ s;
        this.logic(v, size);
        this.rmwPut(e, size, a, v);
        break;
      }
      case 31 /* Op.ADDX */: case 32 /* Op.SUBX */: this.addx(i, size); break;
      case 34 /* Op.NEG */: case 35 /* Op.NEGX */: {
        const x = i.op === Op.NEGX && this.ccr & XF ? 1 : 0, sticky = i.op === Op.NEGX;
        this.rmw(i.dst!, size, (d) => {
          const v = 0 - d - x;
          const f = subCcr(d, 0, v, size);
          this.ccr = sticky ? (f & ~ZF) | ((v & MASK[size]) === 0 ? this.ccr & ZF : 0) : f;
          return v;
        });
        break;
      }
      case 36 /* Op.NOT */: {
        const e = i.dst!, a = this.rmwAddr(e, size), v = ~this.rmwGet(e, size, a);
        this.logic(v, size); this.rmwPut(e, size, a, v); break;
      }
      case 37 /* Op.CLR */: this.write(i.dst!, size, 0); this.ccr = (this.ccr & XF) | ZF; break;
      case 38 /* Op.TST */: this.logic(this.read(i.dst!, size), size); break;
      case 39 /* Op.EXT */: {
        const v = size === 2 ? (r[i.reg] << 24) >> 24 : (r[i.reg] << 16) >> 16;
        this.setD(i.reg, size, v); this.logic(v, size); break;
      }
      case 40 /* Op.EXTB */: { const v = (r[i.reg] << 24) >> 24; r[i.reg] = v; this.logic(v, 4); break; }
      case 41 /* Op.SWAP */: { const v = (r[i.reg] >>> 16) | (r[i.reg] << 16); r[i.reg] = v; this.logic(v, 4); break; }
      case 42 /* Op.EXG */: { const t = r[i.reg]; r[i.reg] = r[i.reg2]; r[i.reg2] = t; break; }
      case 43 /* Op.MULW */: {
        const s = this.read(i.src!, 2), d = r[i.dst!.r];
        const v = i.flag ? Math.imul(sext(s, 2), sext(d, 2)) : Math.imul(s & 0xffff, d & 0xffff);
        r[i.dst!.r] = v; this.logic(v, 4); break;
      }
      case 44 /* Op.DIVW */: this.divw(i); break;
      case 45 /* Op.MULL */: this.mull(i); break;
      case 46 /* Op.DIVL */: this.divl(i); break;
      case 47 /* Op.SHIFT */: {
        const count = i.src!.m === Mode.Imm ? i.src!.d : r[i.src!.r] & 63;
        const e = i.dst!, a = this.rmwAddr(e, size), d = this.rmwGet(e, size, a), sh = this.sh;
        shift(i.cond, i.n === 1, size, d, count, this.ccr, sh);
        this.ccr = sh.ccr; this.rmwPut(e, size, a, sh.value);
        break;
      }
      case 48 /* Op.BIT */: this.bit(i, size); break;
      case 49 /* Op.MOVEM */: this.movem(i); break;
      case 50 /* Op.MOVE_FROM_CCR */: this.write(i.dst!, 2, this.ccr & 0x1f); break;
      case 51 /* Op.MOVE_TO_CCR */: this.ccr = this.read(i.src!, 2) & 0x1f; break;
      case 52 /* Op.CCR_IMM */: {
        const v = i.src!.d & 0x1f;
        this.ccr = i.cond === 0 ? this.ccr | v : i.cond === 1 ? this.ccr & v : this.ccr ^ v;
        break;
      }
      case 53 /* Op.CHK */: {
        const bound = sext(this.read(i.src!, size), size), v = sext(r[i.dst!.r], size);
        if (v < 0 || v > bound) { this.fault('illegal instruction', `CHK: ${v} outside 0..${bound}`); }
        break;
      }
      case 54 /* Op.TAS */: this.rmw(i.dst!, 1, (d) => { this.logic(d, 1); return d | 0x80; }); break;
      case 55 /* Op.ABCD */: case 56 /* Op.SBCD */: this.bcd(i); break;
      case 57 /* Op.NBCD */: this.rmw(i.dst!, 1, (d) => this.bcdResult(bcdSub(d & 0xff, 0, this.ccr & XF ? 1 : 0))); break;
      case 60 /* Op.MOVEP */: this.movep(i); break;
      case 61 /* Op.CAS */: {
        const e = i.dst!, a = this.addrOf(e, size), v = this.load(a, size), dc = this.r[i.reg];
        this.cmpFlags(dc, v, size);                    // flags of <ea> - Dc
        if (this.ccr & ZF) this.store(a, size, this.r[i.reg2]); else this.setD(i.reg, size, v);
        break;
      }
      case 62 /* Op.CMP2 */: this.cmp2(i, size); break;
      case 63 /* Op.PACK */: case 64 /* Op.UNPK */: this.packUnpk(i); break;
      case 59 /* Op.BITFIELD */: execBitField(this, i.cond, i.n, i.dst!, i.dst!.m === Mode.Dn); break;
      default:
        this.fault('illegal instruction', i.illegal ? `${i.illegal}: ${i.mn}` : `illegal instruction ${i.mn}`);
    }
  }

  private cmpFlags(s: number, d: number, size: number): void {
    this.ccr = (this.ccr & XF) | (subCcr(s, d, d - s, size) & ~XF);
  }

  private addx(i: Insn, size: number): void {
    const x = this.ccr & XF ? 1 : 0, add = i.op === Op.ADDX;
    const s = this.read(i.src!, size);
    this.rmw(i.dst!, size, (d) => {
      const v = add ? d + s + x : d - s - x;
      const f = add ? addCcr(s, d, v, size) : subCcr(s, d, v, size);
      this.ccr = (f & ~ZF) | ((v & MASK[size]) === 0 ? this.ccr & ZF : 0);
      return v;
    });
  }

  private trap(i: Insn, pc: number): void {
    if (i.n !== 0) { this.fault('illegal instruction', `trap #${i.n} (only trap #0, Linux syscalls, is supported)`); }
    const r = this.r;
    const args = [r[1] >>> 0, r[2] >>> 0, r[3] >>> 0, r[4] >>> 0, r[5] >>> 0, r[8] >>> 0];
    const res = this.host.syscall(r[0] >>> 0, args);   // pc is still the trap's address here
    r[0] = res | 0;
  }

  private divw(i: Insn): void {
    const s = this.read(i.src!, 2), dn = i.dst!.r, d = this.r[dn];
    const signed = i.flag === 1;
    const dv = signed ? sext(s, 2) : s & 0xffff;
    if (dv === 0) { this.fault('division by zero', 'divide by zero (divs.w/divu.w)'); }
    const dd = signed ? d : d >>> 0;
    const q = Math.trunc(dd / dv), rem = dd - q * dv;
    const ok = signed ? q >= -32768 && q <= 32767 : q <= 0xffff;
    if (!ok) { this.ccr = (this.ccr & XF) | VF; return; }
    this.r[dn] = ((rem & 0xffff) << 16) | (q & 0xffff);
    this.ccr = (this.ccr & XF) | nz(q, 2);
  }

  private mull(i: Insn): void {
    const s = this.read(i.src!, 4), dl = this.r[i.reg];
    const signed = (i.flag & 1) !== 0;
    const { hi, lo } = mul64(s, dl, signed);
    if (i.flag & 2) {
      this.r[i.reg2] = hi; this.r[i.reg] = lo;
      this.ccr = (this.ccr & XF) | (hi < 0 ? 8 : 0) | (hi === 0 && lo === 0 ? ZF : 0);
      return;
    }
    this.r[i.reg] = lo;
    const overflow = signed ? hi !== (lo >> 31) : hi !== 0;
    this.ccr = (this.ccr & XF) | nz(lo, 4) | (overflow ? VF : 0);
  }

  private divl(i: Insn): void {
    const s = this.read(i.src!, 4);
    const signed = (i.flag & 1) !== 0, wide = (i.flag & 2) !== 0;
    if (s === 0) { this.fault('division by zero', 'divide by zero (divs.l/divu.l)'); }
    const r = this.r, dq = i.reg, dr = i.reg2;
    let q: bigint, rem: bigint;
    const dv = signed ? BigInt(s | 0) : BigInt(s >>> 0);
    if (wide) {
      const hi = BigInt(r[dr]), lo = BigInt(r[dq] >>> 0);
      let dd = (BigInt.asUintN(32, hi) << 32n) | lo;
      if (signed) dd = BigInt.asIntN(64, dd);
      q = dd / dv; rem = dd % dv;
    } else {
      const dd = signed ? BigInt(r[dq] | 0) : BigInt(r[dq] >>> 0);
      q = dd / dv; rem = dd % dv;
    }
    const ok = signed ? q >= -(1n << 31n) && q < (1n << 31n) : q < (1n << 32n);
    if (!ok) { this.ccr = (this.ccr & XF) | VF; return; }
    const qv = Number(BigInt.asIntN(32, q));
    if (dr !== dq) r[dr] = Number(BigInt.asIntN(32, rem));
    r[dq] = qv;
    this.ccr = (this.ccr & XF) | nz(qv, 4);
  }

  private bit(i: Insn, size: number): void {
    const n = (i.src!.m === Mode.Imm ? i.src!.d : this.r[i.src!.r]) & (size === 4 ? 31 : 7);
    const m = 1 << n, t = i.cond;
    if (t === 0) {
      const v = this.read(i.dst!, size);
      this.ccr = (this.ccr & ~ZF) | (v & m ? 0 : ZF);
      return;
    }
    this.rmw(i.dst!, size, (d) => {
      this.ccr = (this.ccr & ~ZF) | (d & m ? 0 : ZF);
      return t === 1 ? d ^ m : t === 2 ? d & ~m : d | m;
    });
  }

  private movem(i: Insn): void {
    const size = i.size, r = this.r, mask = i.n;
    if (i.flag) {                                   // memory to registers
      const e = i.src!;
      let a = e.m === Mode.PostInc ? r[e.r] >>> 0 : this.addrOf(e, size);
      for (let k = 0; k < 16; k++) {
        if (!(mask & (1 << k))) continue;
        r[k] = sext(this.load(a, size), size);
        a = (a + size) >>> 0;
      }
      if (e.m === Mode.PostInc) r[e.r] = a | 0;
      return;
    }
    const e = i.dst!;
    if (e.m === Mode.PreDec) {                      // mask bit 0 = a7 ... bit 15 = d0
      let a = r[e.r] >>> 0;
      for (let k = 0; k < 16; k++) {
        if (!(mask & (1 << k))) continue;
        a = (a - size) >>> 0;
        this.store(a, size, r[15 - k]);
      }
      r[e.r] = a | 0;
      return;
    }
    let a = this.addrOf(e, size);
    for (let k = 0; k < 16; k++) {
      if (!(mask & (1 << k))) continue;
      this.store(a, size, r[k]);
      a = (a + size) >>> 0;
    }
  }

  /** cmp2/chk2: Z when Rn equals a bound, C when outside [lb, ub] (signed, as qemu and the 68040 do) */
  private cmp2(i: Insn, size: number): void {
    const a = this.addrOf(i.src!, size);
    const lb = sext(this.load(a, size), size), ub = sext(this.load((a + size) >>> 0, size), size);
    const val = i.reg >= 8 ? this.r[i.reg] : sext(this.r[i.reg], size);
    const out = lb <= ub ? val < lb || val > ub : val > ub && val < lb;
    this.ccr = (this.ccr & (XF | 8 | VF)) | (val === lb || val === ub ? ZF : 0) | (out ? CF : 0);
    if (out && i.flag) this.fault('illegal instruction', `CHK2: ${val} outside ${lb}..${ub}`);
  }

  /** pack/unpk: BCD digits between a word (one digit per byte) and a byte, plus an adjustment */
  private packUnpk(i: Insn): void {
    const pack = i.op === Op.PACK, mem = i.src!.m === Mode.PreDec, adj = i.n;
    let src: number;
    if (pack) {
      if (mem) { const lo = this.load(this.addrOf(i.src!, 1), 1); src = (this.load(this.addrOf(i.src!, 1), 1) << 8) | lo; }
      else src = this.r[i.src!.r] & 0xffff;
      const v = (src + adj) & 0xffff;
      const out = ((v >> 4) & 0xf0) | (v & 0x0f);
      if (mem) this.store(this.addrOf(i.dst!, 1), 1, out); else this.setD(i.dst!.r, 1, out);
      return;
    }
    src = mem ? this.load(this.addrOf(i.src!, 1), 1) : this.r[i.src!.r] & 0xff;
    const v = ((((src & 0xf0) << 4) | (src & 0x0f)) + adj) & 0xffff;
    if (mem) { this.store(this.addrOf(i.dst!, 1), 1, v); this.store(this.addrOf(i.dst!, 1), 1, v >> 8); }
    else this.setD(i.dst!.r, 2, v);
  }

  /** movep: the register's bytes (high first) at every other byte address */
  private movep(i: Insn): void {
    const n = i.size, toMem = i.flag === 1;
    const m = toMem ? i.dst! : i.src!, dn = toMem ? i.src!.r : i.dst!.r;
    const a = (this.r[m.r] + m.d) >>> 0;
    if (toMem) {
      for (let k = 0; k < n; k++) this.mem.write8((a + 2 * k) >>> 0, this.r[dn] >>> (8 * (n - 1 - k)));
      return;
    }
    let v = 0;
    for (let k = 0; k < n; k++) v = (v << 8) | this.mem.read8((a + 2 * k) >>> 0);
    this.setD(dn, n, v);
  }

  private bcdResult(res: { r: number; c: number }): number {
    this.ccr = (res.c ? XF | CF : 0) | (this.ccr & 8) | (res.r !== 0 ? 0 : this.ccr & ZF);
    return res.r;
  }

  private bcd(i: Insn): void {
    const x = this.ccr & XF ? 1 : 0, add = i.op === Op.ABCD;
    const s = this.read(i.src!, 1) & 0xff;
    this.rmw(i.dst!, 1, (d) => this.bcdResult(add ? bcdAdd(s, d & 0xff, x) : bcdSub(s, d & 0xff, x)));
  }
}

export function createCpu(mem: Mem, host: CpuHost): Cpu { return new M68kCpu(mem, host); }

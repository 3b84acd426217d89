// The x86-64 interpreter: sixteen 64-bit registers kept as int32 halves (lo/hi Int32Arrays, no
// BigInt on the hot path), decoded instructions cached per address, a `switch` over operations in
// run(budget), and lazy rflags (the last flag-setting operation's operands and result are kept;
// CF/PF/AF/ZF/SF/OF are computed only when something reads them). Effective addresses use the low
// 32 bits of registers: Shuttle keeps every address below 2^31. Syscalls: `syscall` with the number
// in rax, arguments rdi rsi rdx r10 r8 r9, result in rax. Wide multiply/divide and the less common
// operations live in cpu-ops.ts.

import * as types from '../types';
import { DecodeCache } from '../decode-cache';
import type { Cpu, CpuHost, Mem, StopReason } from '../types';
import * as dec from './decode';
import type { Insn } from './decode';
import * as regs from './regs';
import * as ops from './cpu-ops';
import * as aluMod from './alu';

// Bind imports once (per-file transpilation turns each use of an import into a getter call).
const { MachineFault } = types;
const { decode } = dec;
const { CF, PF, AF, ZF, SF, OF, RAX, RCX, RDX, RDI, RSI, RSP, RBP, R8, R9, R10, R11, REG64, USER_ORDER } = regs;
const { PARITY, imul64, out: aluOut } = aluMod;
const { execShift, execMulDiv, execMisc } = ops;

const FLAG_BITS = CF | PF | AF | ZF | SF | OF;
/** lazy flag kinds */
export const F_NONE = 0, F_ADD = 1, F_SUB = 2, F_LOGIC = 3, F_INC = 4, F_DEC = 5;
const CACHE_SPAN = 1 << 18;   // 256 KiB of text from the first executed 64 KiB boundary cached by index

export class X86Cpu implements Cpu {
  readonly lo = new Int32Array(16);
  readonly hi = new Int32Array(16);
  pc = 0;
  /** the address of the next instruction while one executes */
  npc = 0;
  instructions = 0;
  breakpoints = new Set<number>();
  /** materialized rflags (valid when fk === F_NONE; other bits such as DF and IF always) */
  rf = 0x202;
  fk = F_NONE; fsz = 4; fa = 0; fah = 0; fb = 0; fbh = 0; fr = 0; frh = 0; fcin = 0;
  /** high half of the last 64-bit operand read */
  th = 0;
  /** result halves of alu() */
  rl = 0; rh = 0;
  private readonly cache = new DecodeCache<Insn>(CACHE_SPAN, 1);
  private readonly decodeAt = (pc: number): Insn => decode(this.fetch, pc);
  private readonly fetch: (a: number) => number;

  constructor(readonly mem: Mem, readonly host: CpuHost) {
    this.fetch = (a) => mem.read8(a);
  }

  // ---- the Cpu contract: registers by name ----

  private regIndex(name: string): number {
    const n = name.toLowerCase().replace(/^%/, '');
    const r = REG64.indexOf(n);
    if (r < 0) throw new Error(`x86_64: no register ${name}`);
    return r;
  }

  getReg(name: string): number {
    const n = name.toLowerCase();
    if (n === 'pc' || n === 'rip') return this.pc >>> 0;
    if (n === 'rflags') return this.flags() >>> 0;
    return this.lo[this.regIndex(n)] >>> 0;
  }

  setReg(name: string, value: number): void {
    const n = name.toLowerCase();
    if (n === 'pc' || n === 'rip') { this.pc = value >>> 0; return; }
    if (n === 'rflags') { this.rf = value | 0x2; this.fk = F_NONE; return; }
    const r = this.regIndex(n);
    this.lo[r] = value | 0; this.hi[r] = value >> 31;
  }

  getRegBig(name: string): bigint {
    const n = name.toLowerCase();
    if (n === 'pc' || n === 'rip' || n === 'rflags') return BigInt(this.getReg(n));
    const r = this.regIndex(n);
    return aluMod.toBigU(this.lo[r], this.hi[r]);
  }

  setRegBig(name: string, value: bigint): void {
    const n = name.toLowerCase();
    if (n === 'pc' || n === 'rip' || n === 'rflags') { this.setReg(n, Number(BigInt.asUintN(32, value))); return; }
    const r = this.regIndex(n);
    this.lo[r] = Number(BigInt.asIntN(32, value));
    this.hi[r] = Number(BigInt.asIntN(32, value >> 32n));
  }

  registers(): { name: string; value: number; big?: bigint }[] {
    const out: { name: string; value: number; big?: bigint }[] = USER_ORDER.map((name) => {
      const r = REG64.indexOf(name);
      return { name, value: this.lo[r] >>> 0, big: aluMod.toBigU(this.lo[r], this.hi[r]) };
    });
    out.push({ name: 'rip', value: this.pc >>> 0, big: BigInt(this.pc >>> 0) });
    const f = this.flags() >>> 0;
    out.push({ name: 'rflags', value: f, big: BigInt(f) });
    return out;
  }

  flushDecodeCache(): void { this.cache.clear(); }

  /** Only program code is executable: Mem.fetch16 faults outside the text region. The last byte of
   *  text (a final `ret`) cannot be fetched as 16 bits, so that case checks the byte pair before. */
  private checkExecutable(pc: number): void {
    try {
      this.mem.fetch16(pc);
    } catch (e) {
      try { this.mem.fetch16(pc - 1); } catch { throw e; }
    }
  }

  private insnAt(pc: number): Insn {
    this.checkExecutable(pc);
    return this.cache.get(pc, this.decodeAt);
  }

  run(budget: number): StopReason {
    const bps = this.breakpoints, host = this.host, dc = this.cache;
    let slots = dc.slots;
    for (let k = 0; k < budget; k++) {
      const pc = this.pc;
      if (bps.size > 0 && k > 0 && bps.has(pc)) return 'breakpoint';
      const off = (pc - dc.base) >>> 0;   // an address below base gives a huge offset: a miss
      let i = off < slots.length ? slots[off] : undefined;
      if (i === undefined) { i = this.insnAt(pc); slots = dc.slots; }
      this.npc = (pc + i.len) >>> 0;
      this.exec(i);
      this.pc = this.npc;
      this.instructions++;
      if (i.op === 27 /* Op.SYSCALL */ && host.stopped) return 'host';
    }
    return 'budget';
  }

  // ---- flags ----

  /** rflags with the lazy arithmetic flags materialized. */
  flags(): number {
    const k = this.fk;
    if (k === F_NONE) return this.rf;
    const sz = this.fsz, r = this.fr, a = this.fa, b = this.fb;
    let cf: number, of: boolean, zf: boolean, sf: boolean;
    if (sz === 8) {
      const rh = this.frh, ah = this.fah, bh = this.fbh;
      zf = r === 0 && rh === 0; sf = rh < 0;
      if (k === F_LOGIC) { cf = 0; of = false; }
      else if (k === F_ADD || k === F_INC) {
        cf = k === F_INC ? this.fcin : ult64(r, rh, a, ah) || (this.fcin !== 0 && r === a && rh === ah) ? 1 : 0;
        of = ((ah ^ rh) & (bh ^ rh)) < 0;
      } else {
        cf = k === F_DEC ? this.fcin : ult64(a, ah, b, bh) || (this.fcin !== 0 && a === b && ah === bh) ? 1 : 0;
        of = ((ah ^ bh) & (ah ^ rh)) < 0;
      }
    } else {
      const sh = 32 - sz * 8, rs = r << sh;
      zf = rs === 0; sf = rs < 0;
      if (k === F_LOGIC) { cf = 0; of = false; }
      else if (k === F_ADD || k === F_INC) {
        const ua = (a << sh) >>> 0, ur = rs >>> 0;
        cf = k === F_INC ? this.fcin : ur < ua || (this.fcin !== 0 && ur === ua) ? 1 : 0;
        of = (((a ^ r) & (b ^ r)) << sh) < 0;
      } else {
        const ua = (a << sh) >>> 0, ub = (b << sh) >>> 0;
        cf = k === F_DEC ? this.fcin : ua < ub || (this.fcin !== 0 && ua === ub) ? 1 : 0;
        of = (((a ^ b) & (a ^ r)) << sh) < 0;
      }
    }
    const af = k === F_LOGIC ? 0 : (a ^ b ^ r) & AF;
    this.rf = (this.rf & ~FLAG_BITS) | cf | (PARITY[r & 0xff] ? PF : 0) | af | (zf ? ZF : 0) | (sf ? SF : 0) | (of ? OF : 0);
    this.fk = F_NONE;
    return this.rf;
  }

  /** Set CF/OF explicitly and ZF/SF/PF from a result (shifts, multiplies). */
  setFlags(cf: number, of: number, r: number, rh: number, size: number): void {
    let zf: boolean, sf: boolean;
    if (size === 8) { zf = r === 0 && rh === 0; sf = rh < 0; } else {
      const rs = r << (32 - size * 8); zf = rs === 0; sf = rs < 0;
    }
    // every lazily kept flag is replaced (AF becomes 0), so the pending lazy state is simply dropped
    this.rf = (this.rf & ~FLAG_BITS) | (cf ? CF : 0) | (of ? OF : 0) | (PARITY[r & 0xff] ? PF : 0) | (zf ? ZF : 0) | (sf ? SF : 0);
    this.fk = F_NONE;
  }

  /** Condition code 0-15 (o no b ae e ne be a s ns p np l ge le g). */
  cond(cc: number): boolean {
    if (this.fk === F_SUB && this.fcin === 0 && cc >= 2 && this.fsz >= 4) return this.condAfterSub(cc);
    const f = this.flags();
    let t: boolean;
    switch (cc >> 1) {
      case 0: t = (f & OF) !== 0; break;
      case 1: t = (f & CF) !== 0; break;
      case 2: t = (f & ZF) !== 0; break;
      case 3: t = (f & (CF | ZF)) !== 0; break;
      case 4: t = (f & SF) !== 0; break;
      case 5: t = (f & PF) !== 0; break;
      case 6: t = ((f & SF) !== 0) !== ((f & OF) !== 0); break;
      default: t = (f & ZF) !== 0 || ((f & SF) !== 0) !== ((f & OF) !== 0); break;
    }
    return (cc & 1) === 0 ? t : !t;
  }

  /** Conditions after a 32/64-bit sub/cmp (no borrow in), straight from the operands (cc >= 2). */
  private condAfterSub(cc: number): boolean {
    const a = this.fa, b = this.fb;
    let eq: boolean, below: boolean, less: boolean;
    if (this.fsz === 8) {
      const ah = this.fah, bh = this.fbh;
      eq = a === b && ah === bh;
      below = ah !== bh ? (ah >>> 0) < (bh >>> 0) : (a >>> 0) < (b >>> 0);
      less = ah !== bh ? ah < bh : (a >>> 0) < (b >>> 0);
    } else {
      eq = a === b; below = (a >>> 0) < (b >>> 0); less = (a | 0) < (b | 0);
    }
    let t: boolean;
    switch (cc >> 1) {
      case 1: t = below; break;
      case 2: t = eq; break;
      case 3: t = below || eq; break;
      case 4: return (cc & 1) === 0 ? (this.fsz === 8 ? this.frh < 0 : this.fr < 0) : (this.fsz === 8 ? this.frh >= 0 : this.fr >= 0);
      case 5: t = (this.flags() & PF) !== 0; break;
      case 6: t = less; break;
      default: t = less || eq; break;
    }
    return (cc & 1) === 0 ? t : !t;
  }

  private lazy(k: number, size: number, a: number, ah: number, b: number, bh: number, r: number, rh: number, cin: number): void {
    this.fk = k; this.fsz = size; this.fa = a; this.fah = ah; this.fb = b; this.fbh = bh; this.fr = r; this.frh = rh; this.fcin = cin;
  }

  /** The eight ALU operations (add or adc sbb and sub xor cmp): result in rl/rh, flags lazy. */
  alu(kind: number, size: number, a: number, ah: number, b: number, bh: number): void {
    switch (kind) {
      case 0: this.add(size, a, ah, b, bh, 0); return;
      case 2: this.add(size, a, ah, b, bh, this.flags() & CF); return;
      case 5: case 7: this.sub(size, a, ah, b, bh, 0); return;
      case 3: this.sub(size, a, ah, b, bh, this.flags() & CF); return;
      case 1: this.logic(size, a | b, ah | bh); return;
      case 4: this.logic(size, a & b, ah & bh); return;
      default: this.logic(size, a ^ b, ah ^ bh); return;
    }
  }

  add(size: number, a: number, ah: number, b: number, bh: number, cin: number): void {
    let r: number, rh = 0;
    if (size === 8) {
      const l = (a >>> 0) + (b >>> 0) + cin;
      r = l | 0; rh = (ah + bh + (l > 0xffffffff ? 1 : 0)) | 0;
    } else r = (a + b + cin) | 0;
    this.rl = r; this.rh = rh;
    this.lazy(F_ADD, size, a, ah, b, bh, r, rh, cin);
  }

  sub(size: number, a: number, ah: number, b: number, bh: number, cin: number): void {
    let r: number, rh = 0;
    if (size === 8) {
      const l = (a >>> 0) - (b >>> 0) - cin;
      r = l | 0; rh = (ah - bh - (l < 0 ? 1 : 0)) | 0;
    } else r = (a - b - cin) | 0;
    this.rl = r; this.rh = rh;
    this.lazy(F_SUB, size, a, ah, b, bh, r, rh, cin);
  }

  logic(size: number, r: number, rh: number): void {
    this.rl = r; this.rh = size === 8 ? rh : 0;
    this.lazy(F_LOGIC, size, 0, 0, 0, 0, r, this.rh, 0);
  }

  /** inc/dec: like add/sub 1 but CF is kept. */
  incDec(dec: boolean, size: number, a: number, ah: number): void {
    const cf = this.flags() & CF;
    if (dec) this.sub(size, a, ah, 1, 0, 0); else this.add(size, a, ah, 1, 0, 0);
    this.fk = dec ? F_DEC : F_INC; this.fcin = cf;
  }

  // ---- operands ----

  /** A register's value at a size (zero-extended for 1/2; 8: low half, high half in th). */
  getR(n: number, size: number): number {
    if (size === 8) { this.th = this.hi[n]; return this.lo[n]; }
    if (size === 4) return this.lo[n];
    if (size === 2) return this.lo[n] & 0xffff;
    return n < 16 ? this.lo[n] & 0xff : (this.lo[n - 16] >> 8) & 0xff;
  }

  /** Write a register at a size: 32-bit writes zero the high half, 8/16-bit writes merge. */
  setR(n: number, size: number, v: number, vh: number): void {
    if (size === 8) { this.lo[n] = v; this.hi[n] = vh; }
    else if (size === 4) { this.lo[n] = v; this.hi[n] = 0; }
    else if (size === 2) this.lo[n] = (this.lo[n] & ~0xffff) | (v & 0xffff);
    else if (n < 16) this.lo[n] = (this.lo[n] & ~0xff) | (v & 0xff);
    else this.lo[n - 16] = (this.lo[n - 16] & ~0xff00) | ((v & 0xff) << 8);
  }

  /** Effective address of a memory operand (low 32 bits; see the file comment). */
  ea(i: Insn): number {
    let a = i.disp;
    if (i.base >= 0) a += this.lo[i.base];
    if (i.index >= 0) a += this.lo[i.index] << i.scale;
    return a >>> 0;
  }

  load(a: number, size: number): number {
    const m = this.mem;
    if (size === 8) { this.th = m.read32((a + 4) >>> 0) | 0; return m.read32(a) | 0; }
    return size === 4 ? m.read32(a) | 0 : size === 2 ? m.read16(a) : m.read8(a);
  }

  store(a: number, size: number, v: number, vh: number): void {
    const m = this.mem;
    if (size === 8) { m.write32(a, v >>> 0); m.write32((a + 4) >>> 0, vh >>> 0); }
    else if (size === 4) m.write32(a, v >>> 0);
    else if (size === 2) m.write16(a, v & 0xffff);
    else m.write8(a, v & 0xff);
  }

  readE(i: Insn, size: number): number {
    return i.isMem ? this.load(this.ea(i), size) : this.getR(i.rm, size);
  }

  writeE(i: Insn, size: number, v: number, vh: number): void {
    if (i.isMem) this.store(this.ea(i), size, v, vh); else this.setR(i.rm, size, v, vh);
  }

  push(v: number, vh: number): void {
    const sp = (this.lo[RSP] - 8) | 0;
    this.store(sp >>> 0, 8, v, vh);
    this.lo[RSP] = sp;
  }

  /** Pop 64 bits: returns the low half, the high half in th. */
  pop(): number {
    const sp = this.lo[RSP];
    const v = this.load(sp >>> 0, 8);
    this.lo[RSP] = (sp + 8) | 0;
    return v;
  }

  fault(kind: 'illegal instruction' | 'division by zero', msg: string): never {
    throw new MachineFault(kind, this.pc, undefined, msg, 'x86_64');
  }

  // ---- execution ----

  private exec(i: Insn): void {
    const size = i.size;
    switch (i.op) {
      case 8 /* Op.MOV_RM_R */: {   // the frame-slot stores: the hottest instruction
        if (i.isMem && size >= 4) {
          const a = this.ea(i), m = this.mem;
          m.write32(a, this.lo[i.reg] >>> 0);
          if (size === 8) m.write32((a + 4) >>> 0, this.hi[i.reg] >>> 0);
          return;
        }
        const v = this.getR(i.reg, size); this.writeE(i, size, v, this.th); return;
      }
      case 9 /* Op.MOV_R_RM */: {
        if (i.isMem && size >= 4) {
          const a = this.ea(i), m = this.mem;
          this.lo[i.reg] = m.read32(a) | 0;
          this.hi[i.reg] = size === 8 ? m.read32((a + 4) >>> 0) | 0 : 0;
          return;
        }
        const v = this.readE(i, size); this.setR(i.reg, size, v, this.th); return;
      }
      case 43 /* Op.IMUL2 */: case 44 /* Op.IMUL3 */: {
        const two = i.op === dec.Op.IMUL2;
        if (size === 4) {
          const a = two ? this.lo[i.reg] : i.imm, b = this.readE(i, 4), r = Math.imul(a, b);
          this.lo[i.reg] = r; this.hi[i.reg] = 0;
          const of = r === a * b ? 0 : 1;
          this.setFlags(of, of, r, 0, 4);
          return;
        }
        if (size === 8) {
          const a = two ? this.lo[i.reg] : i.imm, ah = two ? this.hi[i.reg] : i.imm >> 31;
          const b = this.readE(i, 8), bh = this.th;
          imul64(a, ah, b, bh);
          this.lo[i.reg] = aluOut.lo; this.hi[i.reg] = aluOut.hi;
          this.setFlags(aluOut.flag, aluOut.flag, aluOut.lo, aluOut.hi, 8);
          return;
        }
        execMulDiv(this, i);
        return;
      }
      case 10 /* Op.MOV_RM_I */: this.writeE(i, size, i.imm, i.imm >> 31); return;
      case 11 /* Op.MOV_R_I */: this.setR(i.rm, 8, i.imm, i.immHi); return;
      case 12 /* Op.LEA */: this.lea(i); return;
      case 3 /* Op.ALU_RM_R */: {
        const b = this.getR(i.reg, size), bh = this.th;
        if (i.isMem) {
          const a = this.ea(i), v = this.load(a, size);
          this.alu(i.cond, size, v, this.th, b, bh);
          if (i.cond !== 7) this.store(a, size, this.rl, this.rh);
        } else {
          const v = this.getR(i.rm, size);
          this.alu(i.cond, size, v, this.th, b, bh);
          if (i.cond !== 7) this.setR(i.rm, size, this.rl, this.rh);
        }
        return;
      }
      case 4 /* Op.ALU_R_RM */: {
        const b = this.readE(i, size), bh = this.th;
        const v = this.getR(i.reg, size);
        this.alu(i.cond, size, v, this.th, b, bh);
        if (i.cond !== 7) this.setR(i.reg, size, this.rl, this.rh);
        return;
      }
      case 5 /* Op.ALU_RM_I */: {
        if (i.isMem) {
          const a = this.ea(i), v = this.load(a, size);
          this.alu(i.cond, size, v, this.th, i.imm, i.imm >> 31);
          if (i.cond !== 7) this.store(a, size, this.rl, this.rh);
        } else {
          const v = this.getR(i.rm, size);
          this.alu(i.cond, size, v, this.th, i.imm, i.imm >> 31);
          if (i.cond !== 7) this.setR(i.rm, size, this.rl, this.rh);
        }
        return;
      }
      case 6 /* Op.TEST_RM_R */: {
        const b = this.getR(i.reg, size), bh = this.th, v = this.readE(i, size);
        this.logic(size, v & b, this.th & bh);
        return;
      }
      case 7 /* Op.TEST_RM_I */: { const v = this.readE(i, size); this.logic(size, v & i.imm, this.th & (i.imm >> 31)); return; }
      case 20 /* Op.JCC */: if (this.cond(i.cond)) this.npc = i.target; return;
      case 21 /* Op.JMP */: this.npc = i.target; return;
      case 23 /* Op.CALL */: this.push(this.npc, 0); this.npc = i.target; return;
      case 25 /* Op.RET */: this.npc = this.pop() >>> 0; return;
      case 15 /* Op.PUSH_R */: this.push(this.lo[i.reg], this.hi[i.reg]); return;
      case 16 /* Op.POP_R */: { const v = this.pop(); this.setR(i.reg, 8, v, this.th); return; }
      case 13 /* Op.MOVZX */: { const v = this.readE(i, i.ssize); this.setR(i.reg, size, v, 0); return; }
      case 14 /* Op.MOVSX */: {
        let v = this.readE(i, i.ssize);
        if (i.ssize === 1) v = (v << 24) >> 24; else if (i.ssize === 2) v = (v << 16) >> 16;
        this.setR(i.reg, size, v, v >> 31);
        return;
      }
      case 45 /* Op.SETCC */: this.writeE(i, 1, this.cond(i.cond) ? 1 : 0, 0); return;
      case 46 /* Op.CMOVCC */: {
        const v = this.readE(i, size);
        if (this.cond(i.cond)) this.setR(i.reg, size, v, this.th);
        else if (size === 4) this.hi[i.reg] = 0;
        return;
      }
      case 26 /* Op.LEAVE */: {
        this.lo[RSP] = this.lo[RBP]; this.hi[RSP] = this.hi[RBP];
        const v = this.pop(); this.lo[RBP] = v; this.hi[RBP] = this.th;
        return;
      }
      case 34 /* Op.SHIFT */: execShift(this, i); return;
      case 27 /* Op.SYSCALL */: this.syscall(); return;
      case 2 /* Op.NOP */: return;
      default: this.exec2(i);
    }
  }

  private exec2(i: Insn): void {
    const size = i.size;
    switch (i.op) {
      case 17 /* Op.PUSH_I */: this.push(i.imm, i.imm >> 31); return;
      case 18 /* Op.PUSH_RM */: { const v = this.readE(i, 8); this.push(v, this.th); return; }
      case 19 /* Op.POP_RM */: { const v = this.pop(), vh = this.th; this.writeE(i, 8, v, vh); return; }
      case 22 /* Op.JMP_RM */: this.npc = this.readE(i, 8) >>> 0; return;
      case 24 /* Op.CALL_RM */: { const t = this.readE(i, 8) >>> 0; this.push(this.npc, 0); this.npc = t; return; }
      case 35 /* Op.INC */: case 36 /* Op.DEC */: {
        if (i.isMem) {
          const a = this.ea(i), v = this.load(a, size);
          this.incDec(i.op === dec.Op.DEC, size, v, this.th);
          this.store(a, size, this.rl, this.rh);
        } else {
          const v = this.getR(i.rm, size);
          this.incDec(i.op === dec.Op.DEC, size, v, this.th);
          this.setR(i.rm, size, this.rl, this.rh);
        }
        return;
      }
      case 37 /* Op.NEG */: { const v = this.readE(i, size); this.sub(size, 0, 0, v, this.th, 0); this.writeE(i, size, this.rl, this.rh); return; }
      case 38 /* Op.NOT */: { const v = this.readE(i, size); this.writeE(i, size, ~v, ~this.th); return; }
      case 31 /* Op.XCHG */: {
        const a = this.getR(i.reg, size), ah = this.th;
        if (i.isMem) {
          const addr = this.ea(i), v = this.load(addr, size);
          this.setR(i.reg, size, v, this.th); this.store(addr, size, a, ah);
        } else {
          const v = this.getR(i.rm, size), vh = this.th;
          this.setR(i.reg, size, v, vh); this.setR(i.rm, size, a, ah);
        }
        return;
      }
      case 32 /* Op.CONV_A */: {
        const lo = this.lo;
        if (size === 8) this.hi[RAX] = lo[RAX] >> 31;
        else if (size === 4) this.setR(RAX, 4, (lo[RAX] << 16) >> 16, 0);
        else this.setR(RAX, 2, (lo[RAX] << 24) >> 24, 0);
        return;
      }
      case 33 /* Op.CONV_D */: {
        const lo = this.lo;
        if (size === 8) { const s = this.hi[RAX] >> 31; lo[RDX] = s; this.hi[RDX] = s; }
        else if (size === 4) this.setR(RDX, 4, lo[RAX] >> 31, 0);
        else this.setR(RDX, 2, (lo[RAX] << 16) >> 31, 0);
        return;
      }
      case 28 /* Op.UD2 */: this.fault('illegal instruction', 'ud2: undefined instruction');
      case 29 /* Op.INT3 */: this.fault('illegal instruction', 'int3: breakpoint trap');
      case 30 /* Op.HLT */: this.fault('illegal instruction', 'hlt: privileged instruction');
      case 0 /* Op.BAD */: this.fault('illegal instruction', `undecodable instruction at 0x${this.pc.toString(16)}`);
      case 1 /* Op.UNSUP */: this.fault('illegal instruction', `${i.mn} ${i.ops}: not supported by Shuttle's x86-64 CPU`.trim());
      default:
        if (execMulDiv(this, i)) return;
        execMisc(this, i);
    }
  }

  private lea(i: Insn): void {
    const size = i.size;
    if (size !== 8) {
      let a = i.disp;
      if (i.base >= 0) a += this.lo[i.base];
      if (i.index >= 0) a += this.lo[i.index] << i.scale;
      this.setR(i.reg, size, a | 0, 0);
      return;
    }
    let l = i.disp >>> 0, h = i.disp >> 31;
    if (i.base >= 0) { l += this.lo[i.base] >>> 0; h += this.hi[i.base]; }
    if (i.index >= 0) {
      const s = i.scale, xl = this.lo[i.index], xh = this.hi[i.index];
      l += (xl << s) >>> 0;
      h += s === 0 ? xh : (xh << s) | (xl >>> (32 - s));
    }
    h += Math.floor(l / 4294967296);
    this.setR(i.reg, 8, l | 0, h | 0);
  }

  private syscall(): void {
    const lo = this.lo;
    const args = [lo[RDI], lo[RSI], lo[RDX], lo[R10], lo[R8], lo[R9]];
    const r = this.host.syscall(lo[RAX] >>> 0, args);
    // the hardware leaves the return address in rcx and rflags in r11
    this.setR(RCX, 8, this.npc, 0);
    this.setR(R11, 8, this.flags(), 0);
    this.setR(RAX, 8, r | 0, r >> 31);
  }
}

/** unsigned (al,ah) < (bl,bh) */
function ult64(al: number, ah: number, bl: number, bh: number): boolean {
  return ah !== bh ? (ah >>> 0) < (bh >>> 0) : (al >>> 0) < (bl >>> 0);
}

export function createCpu(mem: Mem, host: CpuHost): X86Cpu {
  return new X86Cpu(mem, host);
}


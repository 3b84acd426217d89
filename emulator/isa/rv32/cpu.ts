// RV32IM interpreter CPU: 32 registers in an Int32Array (plus a sink slot that decoded writes to
// x0 go to, so x0 stays zero without a per-instruction reset), a per-address decode cache (packed
// op/register fields plus immediates in typed arrays, filled on first execution, dropped by
// flushDecodeCache), and a `switch` interpreter in run(budget). Jumps and taken branches to
// misaligned targets fault at the jump, so the fetch path needs no alignment check. Loads and
// stores go through `Mem`; misaligned accesses fault ('misaligned access'); `ecall` calls the host's
// syscall dispatcher (number a7, args a0-a5, result a0). `ebreak` faults: as 'division by zero'
// when it follows `bne rs,zero,.+8` (the divide-by-zero check the Shuttle backend emits),
// otherwise as a breakpoint trap ('illegal instruction' kind). M-extension division never traps.
// Breakpoints stop run() before the instruction; the next run() from that same pc executes it
// (so resuming from a breakpoint makes progress without the caller removing it).

import { MachineFault, type Cpu, type CpuHost, type Mem, type StopReason } from '../types';
import { decode, OP } from './decode';
import { REG, REGISTERS } from './regs';

const MAX_CACHE_WORDS = 1 << 22;   // 16 MiB of code
const INT_MIN = -0x80000000;

/** High 32 bits of the unsigned 64-bit product a*b. */
export function mulhu(a: number, b: number): number {
  a >>>= 0; b >>>= 0;
  const al = a & 0xffff, ah = a >>> 16, bl = b & 0xffff, bh = b >>> 16;
  const lh = al * bh, hl = ah * bl;
  const mid = ((al * bl) >>> 16) + (lh & 0xffff) + (hl & 0xffff);
  return (ah * bh + (lh >>> 16) + (hl >>> 16) + Math.floor(mid / 65536)) | 0;
}
export const mulh = (a: number, b: number): number => (mulhu(a, b) - (a < 0 ? b : 0) - (b < 0 ? a : 0)) | 0;
export const mulhsu = (a: number, b: number): number => (mulhu(a, b) - (a < 0 ? b >>> 0 : 0)) | 0;
export const div = (a: number, b: number): number => (b === 0 ? -1 : a === INT_MIN && b === -1 ? INT_MIN : (a / b) | 0);
export const divu = (a: number, b: number): number => (b === 0 ? -1 : Math.floor((a >>> 0) / (b >>> 0)) | 0);
export const rem = (a: number, b: number): number => (b === 0 ? a : b === -1 ? 0 : (a % b) | 0);
export const remu = (a: number, b: number): number => (b === 0 ? a : ((a >>> 0) % (b >>> 0)) | 0);

function branchTaken(op: number, a: number, b: number): boolean {
  switch (op) {
    case OP.BEQ: return a === b;
    case OP.BNE: return a !== b;
    case OP.BLT: return a < b;
    case OP.BGE: return a >= b;
    case OP.BLTU: return (a >>> 0) < (b >>> 0);
    default: return (a >>> 0) >= (b >>> 0);
  }
}

export class Rv32Cpu implements Cpu {
  readonly regs = new Int32Array(33);   // [32]: sink for writes to x0
  pc = 0;
  instructions = 0;
  breakpoints = new Set<number>();
  private cacheBase = -1;
  private cinfo = new Int32Array(0);
  private cimm = new Int32Array(0);
  private lastImm = 0;
  /** pc where run() last stopped for a breakpoint: not re-reported by the next run() starting there */
  private resumeAt = -1;

  constructor(private mem: Mem, private host: CpuHost) {}

  getReg(name: string): number {
    if (name === 'pc') return this.pc >>> 0;
    const n = REG[name];
    if (n === undefined) throw new Error(`rv32: no register '${name}'`);
    return this.regs[n] >>> 0;
  }

  setReg(name: string, value: number): void {
    if (name === 'pc') { this.pc = value >>> 0; return; }
    const n = REG[name];
    if (n === undefined) throw new Error(`rv32: no register '${name}'`);
    if (n !== 0) this.regs[n] = value | 0;
  }

  getRegBig(name: string): bigint { return BigInt(this.getReg(name)); }
  setRegBig(name: string, value: bigint): void { this.setReg(name, Number(BigInt.asIntN(32, value))); }

  registers(): { name: string; value: number }[] {
    return REGISTERS.map((r, i) => ({ name: r.name, value: i < 32 ? this.regs[i] >>> 0 : this.pc >>> 0 }));
  }

  flushDecodeCache(): void { this.cinfo.fill(0); }

  /** Decode the instruction at pc, cache it when pc is in the cache window; returns the packed fields. */
  private fill(pc: number): number {
    if ((pc & 3) !== 0) throw new MachineFault('misaligned access', pc, pc, `instruction fetch from misaligned address 0x${(pc >>> 0).toString(16)}`, 'rv32');
    const word = this.mem.fetch32(pc);
    const d = decode(word);
    if (d.op === OP.ILLEGAL) {
      throw new MachineFault('illegal instruction', pc, undefined, `illegal instruction 0x${(word >>> 0).toString(16).padStart(8, '0')}`, 'rv32');
    }
    let op: number = d.op, rdField = d.rd === 0 ? 32 : d.rd;
    if (d.op === OP.JAL && (d.imm & 3) !== 0) throw this.jumpFault(pc, pc + d.imm);
    if (d.op >= OP.BEQ && d.op <= OP.BGEU && (d.imm & 3) !== 0) { rdField = d.op; op = 51; }
    const packed = op | (rdField << 8) | (d.rs1 << 16) | (d.rs2 << 24);
    this.lastImm = d.imm;
    if (this.cacheBase < 0) this.cacheBase = (pc & ~0xffff) >>> 0;
    const idx = (pc - this.cacheBase) / 4;
    if (idx >= 0 && idx < MAX_CACHE_WORDS) {
      if (idx >= this.cinfo.length) this.grow(idx + 1);
      this.cinfo[idx] = packed;
      this.cimm[idx] = d.imm;
    }
    return packed;
  }

  private grow(min: number): void {
    let n = Math.max(1024, this.cinfo.length);
    while (n < min) n *= 2;
    n = Math.min(n, MAX_CACHE_WORDS);
    const info = new Int32Array(n), imm = new Int32Array(n);
    info.set(this.cinfo); imm.set(this.cimm);
    this.cinfo = info; this.cimm = imm;
  }

  private ebreakFault(pc: number): MachineFault {
    let prev = 0;
    try { prev = this.mem.fetch32(pc - 4); } catch { prev = 0; }
    const d = decode(prev);
    if (d.op === OP.BNE && d.rs2 === 0 && d.imm === 8) {
      return new MachineFault('division by zero', pc, undefined, 'integer division by zero', 'rv32');
    }
    return new MachineFault('illegal instruction', pc, undefined, 'ebreak (breakpoint trap)', 'rv32');
  }

  private fault(kind: 'misaligned access', pc: number, addr: number, what: string): MachineFault {
    return new MachineFault(kind, pc, addr >>> 0, `misaligned ${what} at 0x${(addr >>> 0).toString(16)}`, 'rv32');
  }

  private jumpFault(pc: number, target: number): MachineFault {
    return new MachineFault('misaligned access', pc, target >>> 0, `jump to misaligned address 0x${(target >>> 0).toString(16)}`, 'rv32');
  }

  private syscall(): void {
    const r = this.regs;
    r[10] = this.host.syscall(r[17] >>> 0, [r[10], r[11], r[12], r[13], r[14], r[15]]) | 0;
  }

  run(budget: number): StopReason {
    const regs = this.regs, mem = this.mem, bps = this.breakpoints, checkBp = bps.size > 0;
    let cinfo = this.cinfo, cimm = this.cimm, base = this.cacheBase;
    let pc = this.pc | 0, n = 0;
    let stop: StopReason = 'budget';
    if (pc & 3) throw this.jumpFault(pc, pc);
    const skipFirst = this.resumeAt === (pc >>> 0);
    this.resumeAt = -1;
    try {
      while (n < budget) {
        if (checkBp && bps.has(pc >>> 0) && !(n === 0 && skipFirst)) { stop = 'breakpoint'; this.resumeAt = pc >>> 0; break; }
        const idx = (pc - base) >>> 2;
        let info: number, imm: number;
        if (idx < cinfo.length && (info = cinfo[idx]) !== 0) {
          imm = cimm[idx];
        } else {
          info = this.fill(pc); imm = this.lastImm;
          cinfo = this.cinfo; cimm = this.cimm; base = this.cacheBase;
        }
        const rd = (info >> 8) & 63, rs1 = (info >> 16) & 31, rs2 = (info >>> 24) & 31;
        let next = pc + 4;
        let a: number;
        switch (info & 0xff) {
          case 1: regs[rd] = imm; break;                                      // lui
          case 2: regs[rd] = pc + imm; break;                                 // auipc
          case 3: regs[rd] = next; next = pc + imm; break;                    // jal (target alignment checked at decode)
          case 4: a = (regs[rs1] + imm) & ~1; if (a & 2) throw this.jumpFault(pc, a); regs[rd] = next; next = a; break; // jalr
          case 5: if (regs[rs1] === regs[rs2]) next = pc + imm; break;        // beq
          case 6: if (regs[rs1] !== regs[rs2]) next = pc + imm; break;        // bne
          case 7: if (regs[rs1] < regs[rs2]) next = pc + imm; break;          // blt
          case 8: if (regs[rs1] >= regs[rs2]) next = pc + imm; break;         // bge
          case 9: if ((regs[rs1] >>> 0) < (regs[rs2] >>> 0)) next = pc + imm; break;   // bltu
          case 10: if ((regs[rs1] >>> 0) >= (regs[rs2] >>> 0)) next = pc + imm; break; // bgeu
          case 11: regs[rd] = (mem.read8((regs[rs1] + imm) >>> 0) << 24) >> 24; break;          // lb
          case 12: a = (regs[rs1] + imm) >>> 0; if (a & 1) throw this.fault('misaligned access', pc, a, 'load');
            regs[rd] = (mem.read16(a) << 16) >> 16; break;                              // lh
          case 13: a = (regs[rs1] + imm) >>> 0; if (a & 3) throw this.fault('misaligned access', pc, a, 'load');
            regs[rd] = mem.read32(a); break;                                            // lw
          case 14: regs[rd] = mem.read8((regs[rs1] + imm) >>> 0) & 0xff; break;                 // lbu
          case 15: a = (regs[rs1] + imm) >>> 0; if (a & 1) throw this.fault('misaligned access', pc, a, 'load');
            regs[rd] = mem.read16(a) & 0xffff; break;                                   // lhu
          case 16: mem.write8((regs[rs1] + imm) >>> 0, regs[rs2] & 0xff); break;                // sb
          case 17: a = (regs[rs1] + imm) >>> 0; if (a & 1) throw this.fault('misaligned access', pc, a, 'store');
            mem.write16(a, regs[rs2] & 0xffff); break;                                  // sh
          case 18: a = (regs[rs1] + imm) >>> 0; if (a & 3) throw this.fault('misaligned access', pc, a, 'store');
            mem.write32(a, regs[rs2]); break;                                           // sw
          case 19: regs[rd] = regs[rs1] + imm; break;                                   // addi
          case 20: regs[rd] = regs[rs1] < imm ? 1 : 0; break;                           // slti
          case 21: regs[rd] = (regs[rs1] >>> 0) < (imm >>> 0) ? 1 : 0; break;           // sltiu
          case 22: regs[rd] = regs[rs1] ^ imm; break;                                   // xori
          case 23: regs[rd] = regs[rs1] | imm; break;                                   // ori
          case 24: regs[rd] = regs[rs1] & imm; break;                                   // andi
          case 25: regs[rd] = regs[rs1] << imm; break;                                  // slli
          case 26: regs[rd] = regs[rs1] >>> imm; break;                                 // srli
          case 27: regs[rd] = regs[rs1] >> imm; break;                                  // srai
          case 28: regs[rd] = regs[rs1] + regs[rs2]; break;                             // add
          case 29: regs[rd] = regs[rs1] - regs[rs2]; break;                             // sub
          case 30: regs[rd] = regs[rs1] << (regs[rs2] & 31); break;                     // sll
          case 31: regs[rd] = regs[rs1] < regs[rs2] ? 1 : 0; break;                     // slt
          case 32: regs[rd] = (regs[rs1] >>> 0) < (regs[rs2] >>> 0) ? 1 : 0; break;     // sltu
          case 33: regs[rd] = regs[rs1] ^ regs[rs2]; break;                             // xor
          case 34: regs[rd] = regs[rs1] >>> (regs[rs2] & 31); break;                    // srl
          case 35: regs[rd] = regs[rs1] >> (regs[rs2] & 31); break;                     // sra
          case 36: regs[rd] = regs[rs1] | regs[rs2]; break;                             // or
          case 37: regs[rd] = regs[rs1] & regs[rs2]; break;                             // and
          case 38: regs[rd] = Math.imul(regs[rs1], regs[rs2]); break;                   // mul
          case 39: regs[rd] = mulh(regs[rs1], regs[rs2]); break;                        // mulh
          case 40: regs[rd] = mulhsu(regs[rs1], regs[rs2]); break;                      // mulhsu
          case 41: regs[rd] = mulhu(regs[rs1], regs[rs2]); break;                       // mulhu
          case 42: regs[rd] = div(regs[rs1], regs[rs2]); break;                         // div
          case 43: regs[rd] = divu(regs[rs1], regs[rs2]); break;                        // divu
          case 44: regs[rd] = rem(regs[rs1], regs[rs2]); break;                         // rem
          case 45: regs[rd] = remu(regs[rs1], regs[rs2]); break;                        // remu
          case 46: case 47: break;                                                      // fence, fence.tso
          case 48: this.flushDecodeCache(); break;                                      // fence.i
          case 49:                                                                      // ecall
            this.pc = pc; this.syscall(); n++; pc = next;
            if (this.host.stopped) { stop = 'host'; this.pc = pc; this.instructions += n; return stop; }
            continue;
          case 50: throw this.ebreakFault(pc);                                          // ebreak
          case 51: if (branchTaken((info >> 8) & 63, regs[rs1], regs[rs2])) throw this.jumpFault(pc, pc + imm); break; // branch to a misaligned target                                          // ebreak
          default: throw new MachineFault('illegal instruction', pc, undefined, 'illegal instruction', 'rv32');
        }
        pc = next | 0;
        n++;
      }
    } catch (e) {
      this.pc = pc >>> 0;
      this.instructions += n;
      if (e instanceof MachineFault) { if (e.pc === 0) e.pc = pc >>> 0; if (!e.isa) e.isa = 'rv32'; }
      throw e;
    }
    this.pc = pc >>> 0;
    this.instructions += n;
    return stop;
  }
}

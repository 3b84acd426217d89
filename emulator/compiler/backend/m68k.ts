// Instruction selection for the Motorola 68020 from legalized IR (i32 temps only). The -O0
// model: every temp has its own frame slot below a6 (layoutFrame), worked on in the scratch
// registers d0/d1/a0/a1, with safe peepholes (m68k-uses.ts): constants as immediates, known slot
// addresses as fp-relative operands, a result left in d0 for its single reader, single-use loads
// read straight from the variable, cmp+branch fused. Temps live across calls always stay in their
// slots. Frame: `link a6,#-N` (old a6 at 0(a6), return address at 4(a6), arguments from 8(a6));
// callee-saved d2-d5 are saved below a6 only when a syscall needs them. Calls follow SysV m68k
// (arguments pushed right to left, 64-bit values high word first, result d0 / d0:d1 high:low,
// caller pops).

import type { Instr, IRFunction, IRModule, ArgIR, CmpKind } from '../ir';
import type { AsmFunction, Backend } from './types';
import { layoutFrame } from './frame';
import { analyse, readsFirstFromD0, readsOf, type UseFacts } from './m68k-uses';

/** IR operations that write nothing but their temp's own slot */
const COMMUTATIVE = new Set(['add', 'and', 'or', 'xor', 'mul', 'mulhu']);
const PURE = new Set(['const', 'copy', 'bin', 'cmp', 'neg', 'not', 'ext', 'load', 'slotaddr', 'symaddr', 'vastart']);
import { M68kAsm, applyM68kReloc } from './m68k-asm';
import * as E from '../../isa/m68k/encode';
import { A0, A1, D0, D1, D2, FP, SP, Cond, type Ea, dreg, areg, disp, ind, predec, postinc, imm } from '../../isa/m68k/regs';
import { SYSCALL_ARG_REGS, STACK_ALIGN } from '../../isa/m68k/abi';

const fits16 = (v: number): boolean => v >= -32768 && v <= 32767;
/** d(An) with a 16-bit or (68020 full format) 32-bit displacement */
const dispEa = (an: number, d: number): Ea => (fits16(d) ? disp(an, d) : E.disp32(an, d));
const i32 = (v: bigint): number => Number(BigInt.asIntN(32, v));

const CMP_COND: Record<CmpKind, Cond> = {
  eq: Cond.EQ, ne: Cond.NE, lts: Cond.LT, les: Cond.LE, gts: Cond.GT, ges: Cond.GE,
  ltu: Cond.CS, leu: Cond.LS, gtu: Cond.HI, geu: Cond.CC,
};

/** Callee-saved registers a function must preserve: d2.. for syscalls with more than one argument. */
function savedRegs(fn: IRFunction): number[] {
  let n = 0;
  for (const i of fn.body) if (i.op === 'syscall') n = Math.max(n, i.args.length);
  return SYSCALL_ARG_REGS.slice(1, Math.min(n, 5)).filter((r) => r >= D2 && r < 8);
}

const mask = (regs: number[]): number => regs.reduce((m, r) => m | (1 << r), 0);

/** The argument words of a call or parameter list in memory order (64-bit pairs high word first). */
export function memoryOrder<T extends { part?: 'lo' | 'hi' }>(items: T[]): T[] {
  const out: T[] = [];
  for (let k = 0; k < items.length; k++) {
    const a = items[k], b = items[k + 1];
    if (a.part === 'lo' && b?.part === 'hi') { out.push(b, a); k++; } else out.push(a);
  }
  return out;
}

class FnGen {
  readonly a = new M68kAsm();
  private slotOffsets: number[];
  private tempOffsets: number[];
  readonly frameSize: number;
  private saved: number[];
  private reserved: number;
  private epilogue = -1;
  readonly points: number[] = [];
  private f: UseFacts;
  /** the temp d0 holds when an IR instruction starts (-1: unknown), and where that instruction began */
  private d0Temp = -1;
  private instrStart = -1;
  private next: Instr | undefined;
  private d0Set = false;
  /** loads whose single reader comes soon: the reader uses the variable's slot directly */
  private fwd: (Ea | undefined)[] = [];
  private d0Keep = false;
  private k = 0;
  readonly calls: AsmFunction['calls'] = [];
  prologueEnd = 0;

  constructor(private fn: IRFunction) {
    this.f = analyse(fn);
    this.saved = savedRegs(fn);
    this.reserved = this.saved.length * 4;
    const l = layoutFrame(fn, { reserved: this.reserved, tempBytes: () => 4, tempAlign: 2, stackAlign: STACK_ALIGN, maxAlign: 2 });
    this.slotOffsets = l.slotOffsets;
    this.tempOffsets = l.tempOffsets;
    this.frameSize = l.frameSize;
  }

  /** the frame slot of a temp */
  private t(t: number): Ea {
    const off = this.tempOffsets[t];
    if (off === undefined) throw new Error(`m68k backend: temp ${t} has no slot in ${this.fn.name}`);
    return dispEa(FP, off);
  }

  private e(ws: E.Words): void { this.a.emit(ws); }

  /** A temp as a 32-bit source operand: an immediate for known constants, else its frame slot. */
  private rd(t: number): Ea {
    const c = this.f.constOf[t];
    return c !== undefined ? imm(c) : this.fwd[t] ?? this.t(t);
  }

  private ld(t: number, dn: number): void {
    const c = this.f.constOf[t];
    if (c !== undefined) { this.e(c >= -128 && c <= 127 ? E.moveq(c, dn) : E.move(4, imm(c), dreg(dn))); return; }
    if (dn === D0 && t === this.d0Temp && this.a.pc === this.instrStart) return;   // still in d0
    this.e(E.move(4, this.rd(t), dreg(dn)));
  }

  /** Store a result register to the temp's slot; d0 results read first by the next instruction only stay in d0. */
  private st(dn: number, t: number): void {
    if (dn === D0) {
      this.d0Temp = t; this.d0Set = true;
      const f = this.f;
      if (f.uses[t] === 1 && !f.liveAcrossCall[t] && readsFirstFromD0(this.next, t)) return;
    }
    this.e(E.move(4, dreg(dn), this.t(t)));
  }

  private lda(t: number, an: number): void { this.e(E.move(4, this.inD0(t) ? dreg(D0) : this.rd(t), areg(an))); }

  /** The operand at `offset` bytes from the address in temp `addrT` (fp-relative for known slot addresses). */
  private mem(addrT: number, offset: number, an: number): Ea {
    const slot = this.f.slotOf[addrT];
    if (slot !== undefined) return dispEa(FP, this.slotOffsets[slot] + offset);
    this.lda(addrT, an);
    return dispEa(an, offset);
  }

  compile(): AsmFunction {
    const fn = this.fn, a = this.a;
    a.line(fn.loc);
    this.e(E.link(FP, -this.frameSize));
    if (this.saved.length) this.e(E.movemToMem(4, mask(this.saved), disp(FP, -this.reserved)));
    this.params();
    this.prologueEnd = a.pc;
    this.epilogue = fn.labels;                     // an extra label after the IR's own
    fn.body.forEach((ins, k) => {
      const next = fn.body[k + 1];
      this.k = k; this.next = this.effectiveNext(k);
      this.instrStart = this.a.pc;
      if (ins.op === 'label' || ins.op === 'point') this.d0Temp = -1;
      this.d0Set = false; this.d0Keep = false;
      this.instr(ins, next);
      // d0 is known only after an instruction that ends by storing d0 (const/slotaddr leave d0 alone)
      if (!this.d0Set && !this.d0Keep && ins.op !== 'const' && ins.op !== 'slotaddr' && ins.op !== 'point') this.d0Temp = -1;
    });
    a.label(this.epilogue);
    a.line(fn.endLoc);
    if (this.saved.length) this.e(E.movemFromMem(4, disp(FP, -this.reserved), mask(this.saved)));
    this.e(E.unlk(FP));
    this.e(E.rts());
    return {
      name: fn.name, isStatic: fn.isStatic, code: a.finish(), relocs: a.relocs, points: this.points,
      calls: this.calls, lines: a.lines, slotOffsets: this.slotOffsets, tempOffsets: this.tempOffsets,
      frameSize: this.frameSize, spOffset: -this.frameSize, prologueEnd: this.prologueEnd,
    };
  }

  /** Copy each parameter from its stack place (8(a6) + 4k) into its home slot. */
  private params(): void {
    const fn = this.fn;
    memoryOrder(fn.params).forEach((p, k) => {
      const argOff = 8 + 4 * k;
      const slot = fn.slots[p.slot];
      const size = p.part ? 4 : Math.min(p.size, 4) as 1 | 2 | 4;
      const dstOff = this.slotOffsets[p.slot] + (p.part === 'lo' && slot.size === 8 ? 4 : 0);
      this.e(E.move(size as E.Size, disp(FP, argOff + 4 - size), dispEa(FP, dstOff)));
    });
  }

  private instr(i: Instr, next: Instr | undefined): void {
    const a = this.a;
    if (i.op !== 'label' && i.op !== 'point') a.line(i.loc);
    switch (i.op) {
      case 'const':         // reads use the immediate; the slot only matters across calls
        if (this.f.liveAcrossCall[i.dst] || this.f.constOf[i.dst] === undefined) this.e(E.move(4, imm(i32(i.value)), this.t(i.dst)));
        break;
      case 'copy':
        if (this.inD0(i.a)) this.st(D0, i.dst); else this.e(E.move(4, this.rd(i.a), this.t(i.dst)));
        break;
      case 'bin': this.bin(i); break;
      case 'cmp':
        this.ld(i.a, D0);
        this.e(E.aluToD('cmp', 4, this.rd(i.b), D0));
        if (this.fusedBranch(i, next)) break;
        this.setFromCond(CMP_COND[i.kind], i.dst);
        break;
      case 'neg': case 'not':
        this.ld(i.a, D0); this.e(E.unary(i.op, 4, dreg(D0))); this.st(D0, i.dst); break;
      case 'ext': this.ext(i.a, i.dst, i.bits, i.signed); break;
      case 'widen': case 'trunc': throw new Error(`m68k backend: '${i.op}' must be legalized away (i64 on a 32-bit target)`);
      case 'load': this.load(i); break;
      case 'store': this.store(i); break;
      case 'copymem': this.copymem(i.dst, i.src, i.size); break;
      case 'zeromem': this.zeromem(i.dst, i.size); break;
      case 'slotaddr':
        if (this.f.slotOnly[i.dst]) break;          // every use addresses the slot directly
        this.e(E.lea(dispEa(FP, this.slotOffsets[i.slot]), A0)); this.e(E.move(4, areg(A0), this.t(i.dst))); break;
      case 'symaddr': {
        const f = this.f, toD0 = f.uses[i.dst] === 1 && !f.liveAcrossCall[i.dst] && readsFirstFromD0(this.next, i.dst);
        a.emitAbs(E.move(4, imm(0), toD0 ? dreg(D0) : this.t(i.dst)), 1, i.sym, i.offset);
        if (toD0) this.st(D0, i.dst);               // stays in d0 for its reader
        break;
      }
      case 'vastart': {
        const named = this.fn.params.length;
        this.e(E.lea(disp(FP, 8 + 4 * named), A0)); this.e(E.move(4, areg(A0), this.t(i.dst)));
        break;
      }
      case 'call': this.call(i); break;
      case 'syscall': this.syscall(i.dst, i.num, i.args); break;
      case 'label': a.label(i.label); break;
      case 'jump': if (!(next?.op === 'label' && next.label === i.target)) a.branchLabel(Cond.T, i.target); break;
      case 'branch':
        if (this.fused === i) { this.fused = undefined; break; }
        this.e(E.unary('tst', 4, this.rd(i.cond)));
        a.branchLabel(Cond.NE, i.ifTrue);
        if (!(next?.op === 'label' && next.label === i.ifFalse)) a.branchLabel(Cond.T, i.ifFalse);
        break;
      case 'switch':
        this.ld(i.value, D0);
        for (const c of i.cases) { this.e(E.immOp('cmpi', 4, i32(c.value), dreg(D0))); a.branchLabel(Cond.EQ, c.target); }
        a.branchLabel(Cond.T, i.dflt);
        break;
      case 'ret':
        if (i.valueHi !== undefined) { this.ld(i.valueHi, D0); if (i.value !== undefined) this.ld(i.value, D1); }
        else if (i.value !== undefined) this.ld(i.value, D0);
        if (next !== undefined) a.branchLabel(Cond.T, this.epilogue);
        break;
      case 'point':
        // every point has sp = fp - frameSize: argument pushes never stay pending across IR instructions
        if (this.pushed !== 0) throw new Error(`m68k backend: ${this.fn.name}: ${this.pushed} argument bytes pushed at a point`);
        this.points[i.point] = a.pc;
        break;
    }
  }

  private fused: Instr | undefined;
  /** argument bytes pushed and not yet popped (sp = fp - frameSize - pushed) */
  private pushed = 0;

  /** The next instruction that emits code touching d0 (consts and slot addresses never do). */
  private effectiveNext(k: number): Instr | undefined {
    const body = this.fn.body;
    for (let j = k + 1; j < body.length; j++) {
      const i = body[j];
      if (i.op !== 'const' && i.op !== 'slotaddr') return i;
    }
    return undefined;
  }

  /**
   * A loaded temp read once, by an instruction reached before any memory write or control flow
   * (only instructions that write temp slots in between), can be read from the variable itself.
   */
  private forwardable(t: number): boolean {
    if (this.f.uses[t] !== 1 || this.f.liveAcrossCall[t]) return false;
    const body = this.fn.body;
    for (let j = this.k + 1; j < body.length && j <= this.k + 8; j++) {
      const i = body[j];
      if (readsOf(i).includes(t)) return true;
      if (!PURE.has(i.op)) return false;
    }
    return false;
  }

  /** True when `t` is known to be in d0 and nothing has been emitted yet for this instruction. */
  private inD0(t: number): boolean { return t === this.d0Temp && this.a.pc === this.instrStart; }

  /** cmp whose only use is the next branch: branch on the flags directly. */
  private fusedBranch(i: Extract<Instr, { op: 'cmp' }>, next: Instr | undefined): boolean {
    if (next?.op !== 'branch' || next.cond !== i.dst || this.f.uses[i.dst] !== 1 || this.f.liveAcrossCall[i.dst]) return false;
    const after = this.fn.body[this.k + 2];
    const cc = CMP_COND[i.kind];
    if (after?.op === 'label' && after.label === next.ifTrue) this.a.branchLabel(cc ^ 1, next.ifFalse);
    else {
      this.a.branchLabel(cc, next.ifTrue);
      if (!(after?.op === 'label' && after.label === next.ifFalse)) this.a.branchLabel(Cond.T, next.ifFalse);
    }
    this.fused = next;
    return true;
  }

  /** d0 = cond ? 1 : 0 (scc gives 0xff/0x00), stored to `dst` */
  private setFromCond(cond: Cond, dst: number): void {
    this.e(E.scc(cond, dreg(D0)));
    this.e(E.unary('neg', 1, dreg(D0)));
    this.e(E.extbL(D0));
    this.st(D0, dst);
  }

  private bin(ins: Extract<Instr, { op: 'bin' }>): void {
    let i = ins;
    if (COMMUTATIVE.has(i.kind) && this.inD0(i.b) && !this.inD0(i.a)) i = { ...i, a: i.b, b: i.a };
    const b = this.rd(i.b), c = this.f.constOf[i.b];
    this.ld(i.a, D0);
    switch (i.kind) {
      case 'add': case 'sub':
        if (c !== undefined && c >= 1 && c <= 8) this.e(E.quick(i.kind === 'add' ? 'addq' : 'subq', 4, c, dreg(D0)));
        else if (c !== 0) this.e(E.aluToD(i.kind, 4, b, D0));
        break;
      case 'and': case 'or': this.e(E.aluToD(i.kind, 4, b, D0)); break;
      case 'xor': this.ld(i.b, D1); this.e(E.aluFromD('eor', 4, D1, dreg(D0))); break;
      case 'mul': this.e(E.mulL(true, b, D0)); break;
      case 'mulhu': this.e(E.mulL(false, b, D0, D1)); this.st(D1, i.dst); return;
      case 'divs': case 'divu': this.e(E.divL(i.kind === 'divs', b, D0)); break;
      case 'rems': case 'remu':
        // the remainder register keeps 0 when divsl overflows (INT_MIN % -1 == 0)
        this.e(E.moveq(0, D1));
        this.e(E.divL(i.kind === 'rems', b, D0, D1));
        this.st(D1, i.dst);
        return;
      case 'shl': case 'shrs': case 'shru': {
        const op = i.kind === 'shrs' ? 'as' : 'ls', left = i.kind === 'shl';
        if (c !== undefined) {
          const n = c & 31;
          if (n >= 1 && n <= 8) this.e(E.shiftImm(op, left, 4, n, D0));
          else if (n > 8) { this.e(E.moveq(n, D1)); this.e(E.shiftReg(op, left, 4, D1, D0)); }
          break;
        }
        this.ld(i.b, D1);
        this.e(E.immOp('andi', 4, 31, dreg(D1)));      // IR shifts use the count mod 32; the 68020 mod 64
        this.e(E.shiftReg(op, left, 4, D1, D0));
        break;
      }
    }
    this.st(D0, i.dst);
  }

  private ext(src: number, dst: number, bits: 1 | 8 | 16 | 32, signed: boolean): void {
    this.ld(src, D0);
    if (bits === 8) this.e(signed ? E.extbL(D0) : E.immOp('andi', 4, 0xff, dreg(D0)));
    else if (bits === 16) this.e(signed ? E.extL(D0) : E.immOp('andi', 4, 0xffff, dreg(D0)));
    else if (bits === 1) { this.e(E.immOp('andi', 4, 1, dreg(D0))); if (signed) this.e(E.unary('neg', 4, dreg(D0))); }
    this.st(D0, dst);
  }

  private load(i: Extract<Instr, { op: 'load' }>): void {
    if (i.size === 8) throw new Error('m68k backend: 8-byte load must be legalized away');
    if (i.size === 4 && this.f.slotOf[i.addr] !== undefined && this.forwardable(i.dst)) {
      this.fwd[i.dst] = this.mem(i.addr, i.offset, A0);          // fp-relative: no code emitted
      this.d0Keep = true;
      return;
    }
    const src = this.mem(i.addr, i.offset, A0);
    if (i.size === 4) {
      if (this.f.uses[i.dst] === 1 && readsFirstFromD0(this.next, i.dst)) { this.e(E.move(4, src, dreg(D0))); this.st(D0, i.dst); }
      else this.e(E.move(4, src, this.t(i.dst)));
      return;
    }
    if (!i.signed) this.e(E.moveq(0, D0));
    this.e(E.move(i.size, src, dreg(D0)));
    if (i.signed) this.e(i.size === 1 ? E.extbL(D0) : E.extL(D0));
    this.st(D0, i.dst);
  }

  private store(i: Extract<Instr, { op: 'store' }>): void {
    if (i.size === 8) throw new Error('m68k backend: 8-byte store must be legalized away');
    const srcInD0 = this.inD0(i.src);
    const dst = this.mem(i.addr, i.offset, A0);
    const c = this.f.constOf[i.src];
    if (c !== undefined) { this.e(E.move(i.size, imm(c), dst)); return; }
    if (srcInD0) { this.e(E.move(i.size, dreg(D0), dst)); return; }
    if (i.size === 4) { this.e(E.move(4, this.rd(i.src), dst)); return; }
    this.ld(i.src, D0);
    this.e(E.move(i.size, dreg(D0), dst));
  }

  /** Copy `size` bytes from *src to *dst: longs, then a word and a byte; loops for large blocks. */
  private copymem(dstT: number, srcT: number, size: number): void {
    this.lda(srcT, A1); this.lda(dstT, A0);
    this.blockLoop(size, () => this.e(E.move(4, postinc(A1), postinc(A0))),
      (sz) => this.e(E.move(sz, postinc(A1), postinc(A0))));
  }

  private zeromem(dstT: number, size: number): void {
    this.lda(dstT, A0);
    this.blockLoop(size, () => this.e(E.unary('clr', 4, postinc(A0))), (sz) => this.e(E.unary('clr', sz, postinc(A0))));
  }

  private blockLoop(size: number, long: () => void, tail: (sz: 1 | 2) => void): void {
    const longs = Math.floor(size / 4);
    if (longs <= 8) for (let k = 0; k < longs; k++) long();
    else {
      this.e(E.move(4, imm(longs), dreg(D0)));
      const top = this.a.pc;
      long();
      this.e(E.quick('subq', 4, 1, dreg(D0)));
      this.e(E.bccS(Cond.NE, top - (this.a.pc + 2)));
    }
    if (size & 2) tail(2);
    if (size & 1) tail(1);
  }

  private call(i: Extract<Instr, { op: 'call' }>): void {
    const words = memoryOrder<ArgIR>(i.args);
    for (let k = words.length - 1; k >= 0; k--) this.e(E.move(4, this.rd(words[k].t), predec(SP)));
    this.pushed += words.length * 4;
    let callAt: number;
    if ('sym' in i.callee) { callAt = this.a.pc; this.a.branchSym(1, i.callee.sym); }
    else { this.lda(i.callee.temp, A0); callAt = this.a.pc; this.e(E.jsr(ind(A0))); }
    // sp - fp at the call: the frame below a6 (link) plus the argument words just pushed
    this.calls[i.site] = { at: callAt, ret: this.a.pc, spOffset: -this.frameSize - this.pushed };
    this.popArgs(words.length * 4);
    if (i.dstHi !== undefined) { this.st(D0, i.dstHi); if (i.dst !== undefined) this.st(D1, i.dst); }
    else if (i.dst !== undefined) this.st(D0, i.dst);
  }

  private popArgs(bytes: number): void {
    this.pushed -= bytes;
    if (bytes === 0) return;
    if (bytes <= 8) this.e(E.quick('addq', 4, bytes, areg(SP)));
    else this.e(E.lea(disp(SP, bytes), SP));
  }

  private syscall(dst: number, num: number, args: number[]): void {
    args.forEach((t, k) => {
      const r = SYSCALL_ARG_REGS[k];
      if (r >= 8) this.lda(t, r); else this.ld(t, r);
    });
    this.e(E.move(4, imm(num), dreg(D0)));
    this.e(E.trap(0));
    this.st(D0, dst);
  }
}

/** `_start`: argc at 0(sp), argv at 4(sp); calls __shuttle_start(argc, argv), then exit(0) if it returns. */
function entryStub(): AsmFunction {
  const a = new M68kAsm();
  a.emit(E.aluToA('sub', 4, areg(FP), FP));        // suba.l a6,a6: the outermost frame link is 0
  a.emit(E.move(4, ind(SP), dreg(D0)));
  a.emit(E.lea(disp(SP, 4), A0));
  a.emit(E.move(4, areg(A0), predec(SP)));
  a.emit(E.move(4, dreg(D0), predec(SP)));
  a.branchSym(1, '__shuttle_start');
  a.emit(E.moveq(1, D0));                            // exit(0)
  a.emit(E.moveq(0, D1));
  a.emit(E.trap(0));
  return {
    name: '_start', isStatic: false, code: a.finish(), relocs: a.relocs, points: [], calls: [], lines: [],
    slotOffsets: [], tempOffsets: [], frameSize: 0, spOffset: 0, prologueEnd: 0,
  };
}

export const backend: Backend = {
  isa: 'm68k',
  compileFunction(fn: IRFunction, _mod: IRModule): AsmFunction { return new FnGen(fn).compile(); },
  entryStub,
  applyReloc: applyM68kReloc,
};

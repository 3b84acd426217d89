// Instruction selection for x86-64 (LP64) from unlegalized IR: i32 temps use 32-bit operations,
// i64 temps (long, long long, pointers) 64-bit ones. The -O0 model: every temp has its own 8-byte
// frame slot below %rbp (layoutFrame), worked on in the scratch registers rax/rcx/rdx (rsi/rdi for
// block copies, r11 for indirect calls), with safe peepholes: constants as immediates, known slot
// addresses as rbp-relative operands, second operands straight from memory, single-use loads read
// from the variable by their reader, a single-use result left in rax for the next instruction,
// cmp+branch fused. Nothing stays in a register across a label, point or call. Frame:
// `push %rbp; mov %rsp,%rbp; sub $N,%rsp` (caller's rbp at 0(%rbp), return
// address at 8(%rbp), stack arguments from 16(%rbp)); no callee-saved register is used. Calls
// follow SysV AMD64 with the variadic deviation described in isa/x86_64/abi.ts.

import type { Instr, IRFunction, IRModule, CmpKind } from '../ir';
import type { AsmFunction, Backend } from './types';
import { layoutFrame } from './frame';
import { analyse, type UseFacts } from './m68k-uses';
import { usesOf } from '../liveness';
import { X86Asm, applyX86Reloc } from './x86_64-asm';
import * as E from '../../isa/x86_64/encode';
import { RAX, RCX, RDX, RSI, RDI, RBP, RSP, R11, Cc, mem, reg, type Size } from '../../isa/x86_64/encode';
import { ARG_REGS, LINK_BYTES, STACK_ALIGN, SYSCALL_ARG_REGS, argLocations } from '../../isa/x86_64/abi';
import { emitBlock } from './x86_64-block';

const CMP_CC: Record<CmpKind, Cc> = {
  eq: Cc.E, ne: Cc.NE, lts: Cc.L, les: Cc.LE, gts: Cc.G, ges: Cc.GE, ltu: Cc.B, leu: Cc.BE, gtu: Cc.A, geu: Cc.AE,
};
const ALU = { add: 'add', sub: 'sub', and: 'and', or: 'or', xor: 'xor' } as const;
const SHIFT = { shl: 'shl', shrs: 'sar', shru: 'shr' } as const;
const fits32 = (v: bigint): boolean => v >= -0x80000000n && v <= 0x7fffffffn;

const COMMUTATIVE = new Set(['add', 'and', 'or', 'xor', 'mul']);
/** IR operations that write nothing but their temp's own slot */
const PURE = new Set(['const', 'copy', 'bin', 'cmp', 'neg', 'not', 'ext', 'widen', 'trunc', 'load', 'slotaddr', 'symaddr', 'vastart']);

/**
 * Whether an instruction's code uses temp `t` from %rax before emitting anything else, so the
 * instruction before it may leave `t` in rax without storing it (mirrors the selector below).
 */
function readsFirstFromRax(i: Instr | undefined, t: number, slotOf: (number | undefined)[]): boolean {
  switch (i?.op) {
    case 'bin': return i.a !== i.b && (i.a === t || (COMMUTATIVE.has(i.kind) && i.b === t));
    case 'cmp': return i.a !== i.b && i.a === t;
    case 'neg': case 'not': case 'ext': case 'copy': case 'widen': return i.a === t;
    case 'branch': return i.cond === t;
    case 'switch': return i.value === t;
    case 'ret': return i.value === t;
    case 'load': return i.addr === t && slotOf[t] === undefined;
    case 'store': return i.src === t && i.addr !== t && slotOf[i.addr] !== undefined;
    default: return false;
  }
}

class FnGen {
  readonly a = new X86Asm();
  private slotOffsets: number[];
  private tempOffsets: number[];
  readonly frameSize: number;
  private f: UseFacts;
  /** value of temps defined exactly once by `const`, sign-extended to their type */
  private konst: (bigint | undefined)[];
  private epilogue: number;
  private k = 0;
  private fused: Instr | undefined;
  /** loads whose single reader comes soon: the reader reads the variable's slot directly */
  private fwd: (E.Mem | undefined)[] = [];
  /** the temp %rax holds when nothing was emitted since it was stored (pc `raxAt`), or -1 */
  private raxTemp = -1;
  private raxAt = -1;
  readonly points: number[] = [];
  readonly calls: AsmFunction['calls'] = [];
  prologueEnd = 0;

  constructor(private fn: IRFunction) {
    this.f = analyse(fn);
    const l = layoutFrame(fn, { reserved: 0, tempBytes: () => 8, tempAlign: 8, stackAlign: STACK_ALIGN, maxAlign: 16 });
    this.slotOffsets = l.slotOffsets;
    this.tempOffsets = l.tempOffsets;
    this.frameSize = l.frameSize;
    this.epilogue = fn.labels;
    this.konst = fn.temps.map(() => undefined);
    for (const i of fn.body) {
      if (i.op === 'const' && this.f.constOf[i.dst] !== undefined) {
        this.konst[i.dst] = fn.temps[i.dst].ty === 'i64' ? BigInt.asIntN(64, i.value) : BigInt.asIntN(32, i.value);
      }
    }
  }

  private e(bs: E.Bytes): void { this.a.emit(bs); }
  private sz(t: number): 4 | 8 { return this.fn.temps[t].ty === 'i64' ? 8 : 4; }
  private tm(t: number): E.Mem {
    const off = this.tempOffsets[t];
    if (off === undefined) throw new Error(`x86_64 backend: temp ${t} has no slot in ${this.fn.name}`);
    return mem(RBP, off);
  }
  /** a constant temp's value when it fits a sign-extended imm32 */
  private imm(t: number): number | undefined {
    const v = this.konst[t];
    return v !== undefined && fits32(v) ? Number(v) : undefined;
  }

  /** Load temp `t` into register `r` (its own width; 32-bit loads zero-extend). */
  private ld(t: number, r: number): void {
    const v = this.konst[t];
    if (v !== undefined) { this.loadConst(v, this.sz(t), r); return; }
    if (r === RAX && this.inRax(t)) return;    // just computed into rax
    this.e(E.movLoad(this.sz(t), this.mm(t), r));
  }
  /** where a (non-constant) temp's value is read from: its slot, or the variable a forwarded load names */
  private mm(t: number): E.Mem { return this.fwd[t] ?? this.tm(t); }
  private inRax(t: number): boolean { return t === this.raxTemp && this.a.pc === this.raxAt; }
  /** temp `t` as a source operand of an ALU instruction: memory, or rcx for a wide constant */
  private rm(t: number): E.Rm {
    const v = this.konst[t];
    if (v === undefined) return this.mm(t);
    this.loadConst(v, this.sz(t), RCX);
    return reg(RCX);
  }
  private loadConst(v: bigint, size: 4 | 8, r: number): void {
    if (size === 4 || (v >= 0n && v <= 0xffffffffn)) this.e(E.movImmR32(Number(BigInt.asIntN(32, v)), r));
    else if (fits32(v)) this.e(E.movImm(8, Number(v), reg(r)));
    else this.e(E.movabs(v, r));
  }
  private st(r: number, t: number): void {
    // a single-use temp its next instruction reads first into rax need not go through memory
    const f = this.f;
    if (!(r === RAX && f.uses[t] === 1 && !f.liveAcrossCall[t] && readsFirstFromRax(this.nextEmitting(), t, f.slotOf))) {
      this.e(E.movStore(this.sz(t), r, this.tm(t)));
    }
    if (r === RAX) { this.raxTemp = t; this.raxAt = this.a.pc; }
  }

  /** The memory operand `offset` bytes from the address in temp `addrT` (rbp-relative for known slots). */
  private addr(addrT: number, offset: number, scratch: number): E.Mem {
    const slot = this.f.slotOf[addrT];
    if (slot !== undefined) return mem(RBP, this.slotOffsets[slot] + offset);
    this.ld(addrT, scratch);
    return mem(scratch, offset);
  }

  compile(): AsmFunction {
    const fn = this.fn, a = this.a;
    a.line(fn.loc);
    this.e(E.push(RBP));
    this.e(E.movStore(8, RSP, reg(RBP)));
    if (this.frameSize) this.e(E.aluImm('sub', 8, this.frameSize, reg(RSP)));
    this.params();
    this.prologueEnd = a.pc;
    fn.body.forEach((ins, k) => { this.k = k; this.instr(ins, fn.body[k + 1]); });
    a.label(this.epilogue);
    a.line(fn.endLoc);
    this.e(E.leave());
    this.e(E.ret());
    return {
      name: fn.name, isStatic: fn.isStatic, code: a.finish(), relocs: a.relocs, points: this.points,
      calls: this.calls, lines: a.lines, slotOffsets: this.slotOffsets, tempOffsets: this.tempOffsets,
      frameSize: this.frameSize, spOffset: -this.frameSize, prologueEnd: this.prologueEnd,
    };
  }

  /** Store each parameter from its register or stack slot (16(%rbp) + 8k) into its home slot. */
  private params(): void {
    const ps = this.fn.params;
    const { locs } = argLocations(ps.length, ps.length);
    ps.forEach((p, k) => {
      const dst = mem(RBP, this.slotOffsets[p.slot]);
      const size = p.size as Size;
      const loc = locs[k];
      if ('reg' in loc) { this.e(E.movStore(size, ARG_REGS[loc.reg], dst)); return; }
      this.e(E.movLoad(size === 8 ? 8 : 4, mem(RBP, LINK_BYTES + loc.stack), RAX));
      this.e(E.movStore(size, RAX, dst));
    });
  }

  private instr(i: Instr, next: Instr | undefined): void {
    const a = this.a;
    if (i.op !== 'label' && i.op !== 'point') a.line(i.loc);
    else this.raxTemp = -1;            // reached by jumps, or resumed at after a migration
    switch (i.op) {
      case 'const':         // reads use the value directly; the slot only matters across calls
        if (this.f.liveAcrossCall[i.dst] || this.konst[i.dst] === undefined) {
          const v = this.sz(i.dst) === 8 ? BigInt.asIntN(64, i.value) : BigInt.asIntN(32, i.value);
          if (fits32(v)) this.e(E.movImm(this.sz(i.dst), Number(v), this.tm(i.dst)));
          else { this.e(E.movabs(v, RAX)); this.st(RAX, i.dst); }
        }
        break;
      case 'copy': this.ld(i.a, RAX); this.st(RAX, i.dst); break;
      case 'bin': this.bin(i); break;
      case 'cmp': this.cmp(i, next); break;
      case 'neg': case 'not': this.ld(i.a, RAX); this.e(E.unary(i.op, this.sz(i.dst), reg(RAX))); this.st(RAX, i.dst); break;
      case 'ext': this.ext(i.a, i.dst, i.bits, i.signed); break;
      case 'widen':
        this.ld(i.a, RAX);                          // a 32-bit load zero-extends
        if (i.signed) this.e(E.movslq(reg(RAX), RAX));
        this.st(RAX, i.dst);
        break;
      case 'trunc':
        if (this.konst[i.a] !== undefined) this.e(E.movImmR32(Number(BigInt.asIntN(32, this.konst[i.a]!)), RAX));
        else this.e(E.movLoad(4, this.mm(i.a), RAX));
        this.st(RAX, i.dst);
        break;
      case 'load': this.load(i); break;
      case 'store': this.store(i); break;
      case 'copymem': this.ld(i.src, RSI); this.ld(i.dst, RDI); emitBlock(this.a, i.size, true); break;
      case 'zeromem': this.ld(i.dst, RDI); emitBlock(this.a, i.size, false); break;
      case 'slotaddr':
        if (this.f.slotOnly[i.dst]) break;          // every use addresses the slot directly
        this.e(E.lea(mem(RBP, this.slotOffsets[i.slot]), RAX)); this.st(RAX, i.dst); break;
      case 'symaddr': a.leaSym(i.sym, i.offset, RAX); this.st(RAX, i.dst); break;
      case 'vastart': {
        const { stackBytes } = argLocations(this.fn.params.length, this.fn.params.length);
        this.e(E.lea(mem(RBP, LINK_BYTES + stackBytes), RAX)); this.st(RAX, i.dst);
        break;
      }
      case 'call': this.call(i); break;
      case 'syscall': this.syscall(i.dst, i.num, i.args); break;
      case 'label': a.label(i.label); break;
      case 'jump': if (!(next?.op === 'label' && next.label === i.target)) a.jump(i.target); break;
      case 'branch':
        if (this.fused === i) { this.fused = undefined; break; }
        this.ld(i.cond, RAX);
        this.e(E.testRR(this.sz(i.cond), RAX, reg(RAX)));
        this.branchOn(Cc.NE, i.ifTrue, i.ifFalse, this.fn.body[this.k + 1]);
        break;
      case 'switch': this.switch(i); break;
      case 'ret':
        if (i.value !== undefined) this.ld(i.value, RAX);
        if (next !== undefined) a.jump(this.epilogue);
        break;
      case 'point':
        this.points[i.point] = a.pc;
        break;
    }
  }

  /** jcc ifTrue / jmp ifFalse, leaving out a jump to the label that follows (`after`). */
  private branchOn(cc: Cc, ifTrue: number, ifFalse: number, after: Instr | undefined): void {
    if (after?.op === 'label' && after.label === ifTrue) { this.a.jump(ifFalse, cc ^ 1); return; }
    this.a.jump(ifTrue, cc);
    if (!(after?.op === 'label' && after.label === ifFalse)) this.a.jump(ifFalse);
  }

  private cmp(i: Extract<Instr, { op: 'cmp' }>, next: Instr | undefined): void {
    const s = this.sz(i.a), c = this.imm(i.b);
    this.ld(i.a, RAX);
    if (c !== undefined) this.e(E.aluImm('cmp', s, c, reg(RAX)));
    else this.e(E.aluLoad('cmp', s, this.rm(i.b), RAX));
    const cc = CMP_CC[i.kind];
    if (next?.op === 'branch' && next.cond === i.dst && this.f.uses[i.dst] === 1 && !this.f.liveAcrossCall[i.dst]) {
      this.fused = next;
      this.branchOn(cc, next.ifTrue, next.ifFalse, this.fn.body[this.k + 2]);
      return;
    }
    this.e(E.setcc(cc, reg(RAX)));
    this.e(E.movx(false, 1, 4, reg(RAX), RAX));
    this.st(RAX, i.dst);
  }

  private bin(ins: Extract<Instr, { op: 'bin' }>): void {
    let i = ins;
    if (COMMUTATIVE.has(i.kind) && i.a !== i.b && this.inRax(i.b)) i = { ...i, a: i.b, b: i.a };
    const s = this.sz(i.dst), c = this.imm(i.b);
    this.ld(i.a, RAX);
    switch (i.kind) {
      case 'add': case 'sub': case 'and': case 'or': case 'xor':
        if (c !== undefined) { if (c !== 0 || i.kind === 'and') this.e(E.aluImm(ALU[i.kind], s, c, reg(RAX))); }
        else this.e(E.aluLoad(ALU[i.kind], s, this.rm(i.b), RAX));
        break;
      case 'mul':
        if (c !== undefined && c > 1 && (c & (c - 1)) === 0) this.e(E.shiftImm('shl', s, Math.log2(c), reg(RAX)));
        else if (c !== undefined) this.e(E.imul3(s, c, reg(RAX), RAX));
        else this.e(E.imul2(s, this.rm(i.b), RAX));
        break;
      case 'mulhu': this.e(E.unary('mul', s, this.rm(i.b))); this.st(RDX, i.dst); return;
      case 'divs': case 'rems': case 'divu': case 'remu': {
        const signed = i.kind === 'divs' || i.kind === 'rems';
        const b = this.rm(i.b);
        if (signed) this.e(E.signExtendAx(s)); else this.e(E.aluStore('xor', 4, RDX, reg(RDX)));
        this.e(E.unary(signed ? 'idiv' : 'div', s, b));      // #DE on a zero divisor
        this.st(i.kind === 'divs' || i.kind === 'divu' ? RAX : RDX, i.dst);
        return;
      }
      case 'shl': case 'shrs': case 'shru':
        // x86 masks the count to 5 (32-bit) or 6 (64-bit) bits: exactly the IR's `b mod width`
        if (c !== undefined) { if ((c & (s * 8 - 1)) !== 0) this.e(E.shiftImm(SHIFT[i.kind], s, c & (s * 8 - 1), reg(RAX))); }
        else { this.ld(i.b, RCX); this.e(E.shiftCl(SHIFT[i.kind], s, reg(RAX))); }
        break;
    }
    this.st(RAX, i.dst);
  }

  private ext(src: number, dst: number, bits: 1 | 8 | 16 | 32, signed: boolean): void {
    const s = this.sz(dst);
    this.ld(src, RAX);
    if (bits === 8 || bits === 16) this.e(E.movx(signed, bits === 8 ? 1 : 2, signed ? s : 4, reg(RAX), RAX));
    else if (bits === 32 && s === 8) this.e(signed ? E.movslq(reg(RAX), RAX) : E.movStore(4, RAX, reg(RAX)));
    else if (bits === 1) { this.e(E.aluImm('and', s, 1, reg(RAX))); if (signed) this.e(E.unary('neg', s, reg(RAX))); }
    this.st(RAX, dst);
  }

  private load(i: Extract<Instr, { op: 'load' }>): void {
    const d = this.sz(i.dst);
    if (this.forwardsAt(i, this.k)) {
      this.fwd[i.dst] = this.addr(i.addr, i.offset, RAX);        // rbp-relative: no code emitted
      return;
    }
    const src = this.addr(i.addr, i.offset, RAX);
    if (i.size === 8) this.e(E.movLoad(8, src, RAX));
    else if (i.size === 4) this.e(d === 8 && i.signed ? E.movslq(src, RAX) : E.movLoad(4, src, RAX));
    else this.e(E.movx(i.signed, i.size, d === 8 && i.signed ? 8 : 4, src, RAX));
    this.st(RAX, i.dst);
  }

  private store(i: Extract<Instr, { op: 'store' }>): void {
    const c = this.imm(i.src);
    const srcInRax = this.inRax(i.src);
    const dst = this.addr(i.addr, i.offset, RAX);
    if (c !== undefined) { this.e(E.movImm(i.size, c, dst)); return; }
    if (srcInRax && this.f.slotOf[i.addr] !== undefined) { this.e(E.movStore(i.size, RAX, dst)); return; }
    this.ld(i.src, RCX);
    this.e(E.movStore(i.size, RCX, dst));
  }

  /** The next IR instruction that emits code (constants, slot-only addresses and forwarded loads emit none). */
  private nextEmitting(): Instr | undefined {
    const body = this.fn.body, f = this.f;
    for (let j = this.k + 1; j < body.length; j++) {
      const i = body[j];
      if (i.op === 'const' && this.konst[i.dst] !== undefined && !f.liveAcrossCall[i.dst]) continue;
      if (i.op === 'slotaddr' && f.slotOnly[i.dst]) continue;
      if (i.op === 'load' && this.forwardsAt(i, j)) continue;
      return i;
    }
    return undefined;
  }

  /** Whether the load at body[k] reads nothing itself: its reader reads the variable (see forwardable). */
  private forwardsAt(i: Extract<Instr, { op: 'load' }>, k: number): boolean {
    return i.size === this.sz(i.dst) && this.f.slotOf[i.addr] !== undefined && this.forwardable(i.dst, k);
  }

  /**
   * A loaded temp read once, by an instruction reached before any memory write or control flow
   * (only instructions that write temp slots in between), can be read from the variable itself.
   */
  private forwardable(t: number, k: number): boolean {
    if (this.f.uses[t] !== 1 || this.f.liveAcrossCall[t]) return false;
    const body = this.fn.body;
    for (let j = k + 1; j < body.length && j <= k + 8; j++) {
      const i = body[j];
      if (usesOf(i).includes(t)) return true;
      if (!PURE.has(i.op)) return false;
    }
    return false;
  }

  private switch(i: Extract<Instr, { op: 'switch' }>): void {
    const s = this.sz(i.value);
    this.ld(i.value, RAX);
    for (const c of i.cases) {
      const v = s === 8 ? BigInt.asIntN(64, c.value) : BigInt.asIntN(32, c.value);
      if (fits32(v)) this.e(E.aluImm('cmp', s, Number(v), reg(RAX)));
      else { this.e(E.movabs(v, RCX)); this.e(E.aluStore('cmp', 8, RCX, reg(RAX))); }
      this.a.jump(c.target, Cc.E);
    }
    this.a.jump(i.dflt);
  }

  private call(i: Extract<Instr, { op: 'call' }>): void {
    const { locs, stackBytes } = argLocations(i.args.length, i.fixedArgs);
    const pad = stackBytes % STACK_ALIGN ? 8 : 0;
    if (pad) this.e(E.aluImm('sub', 8, pad, reg(RSP)));
    for (let k = i.args.length - 1; k >= 0; k--) {
      if ('stack' in locs[k]) { this.ld(i.args[k].t, RAX); this.e(E.push(RAX)); }
    }
    i.args.forEach((arg, k) => { const l = locs[k]; if ('reg' in l) this.ld(arg.t, ARG_REGS[l.reg]); });
    let at: number;
    if ('sym' in i.callee) { at = this.a.pc; this.a.callSym(i.callee.sym); }
    else { this.ld(i.callee.temp, R11); at = this.a.pc; this.e(E.callInd(reg(R11))); }
    this.calls[i.site] = { at, ret: this.a.pc, spOffset: -this.frameSize - pad - stackBytes };
    if (pad + stackBytes) this.e(E.aluImm('add', 8, pad + stackBytes, reg(RSP)));
    if (i.dst !== undefined) this.st(RAX, i.dst);
  }

  private syscall(dst: number, num: number, args: number[]): void {
    args.forEach((t, k) => this.ld(t, SYSCALL_ARG_REGS[k]));
    this.e(E.movImmR32(num, RAX));
    this.e(E.syscall());
    this.st(RAX, dst);
  }
}

/** `_start`: argc at 0(%rsp), argv from 8(%rsp); calls __shuttle_start(argc, argv), then exit_group(0). */
function entryStub(): AsmFunction {
  const a = new X86Asm();
  a.emit(E.aluStore('xor', 4, RBP, reg(RBP)));      // the outermost frame link is 0
  a.emit(E.movLoad(8, mem(RSP, 0), RDI));
  a.emit(E.lea(mem(RSP, 8), RSI));
  a.emit(E.aluImm('and', 8, -16, reg(RSP)));
  a.callSym('__shuttle_start');
  a.emit(E.aluStore('xor', 4, RDI, reg(RDI)));
  a.emit(E.movImmR32(231, RAX));
  a.emit(E.syscall());
  a.emit(E.ud2());
  return {
    name: '_start', isStatic: false, code: a.finish(), relocs: a.relocs, points: [], calls: [], lines: [],
    slotOffsets: [], tempOffsets: [], frameSize: 0, spOffset: 0, prologueEnd: 0,
  };
}

export const backend: Backend = {
  isa: 'x86_64',
  compileFunction(fn: IRFunction, _mod: IRModule): AsmFunction { return new FnGen(fn).compile(); },
  entryStub,
  applyReloc: applyX86Reloc,
};

// The encoder against the GNU assembler: each encoder call must produce exactly the bytes
// `m68k-linux-gnu-as -m68020` makes from the same instruction (skipped with a visible reason
// when the assembler is missing, failing instead when CI=true).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as E from './encode';
import { A0, A1, D0, D1, D2, D3, FP, SP, Cond, absL, areg, disp, dreg, imm, ind, index, pcdisp, postinc, predec } from './regs';
import { assembleText, missingTools } from './tools.test-util';

/** [our encoding, GNU syntax] */
export const CASES: [E.Words, string][] = [
  [E.link(FP, -16), 'link.w %fp,#-16'],
  [E.link(FP, -100000), 'link.l %fp,#-100000'],
  [E.unlk(FP), 'unlk %fp'],
  [E.rts(), 'rts'],
  [E.nop(), 'nop'],
  [E.illegal(), 'illegal'],
  [E.trap(0), 'trap #0'],
  [E.move(4, disp(FP, 8), dreg(D0)), 'move.l 8(%fp),%d0'],
  [E.move(4, dreg(D0), disp(FP, -4)), 'move.l %d0,-4(%fp)'],
  [E.move(4, disp(FP, 8), disp(FP, -4)), 'move.l 8(%fp),-4(%fp)'],
  [E.move(4, imm(0x12345678), disp(FP, -20)), 'move.l #0x12345678,-20(%fp)'],
  [E.move(4, imm(-1), disp(FP, -20)), 'move.l #-1,-20(%fp)'],
  [E.move(2, dreg(D0), disp(A0, 6)), 'move.w %d0,6(%a0)'],
  [E.move(1, dreg(D0), disp(A0, -3)), 'move.b %d0,-3(%a0)'],
  [E.move(1, disp(A0, 3), dreg(D0)), 'move.b 3(%a0),%d0'],
  [E.move(2, disp(A0, 2), dreg(D1)), 'move.w 2(%a0),%d1'],
  [E.move(4, disp(FP, -8), areg(A0)), 'movea.l -8(%fp),%a0'],
  [E.move(4, areg(A0), disp(FP, -8)), 'move.l %a0,-8(%fp)'],
  [E.move(4, disp(FP, -8), predec(SP)), 'move.l -8(%fp),-(%sp)'],
  [E.move(4, postinc(A1), postinc(A0)), 'move.l (%a1)+,(%a0)+'],
  [E.move(2, postinc(A1), postinc(A0)), 'move.w (%a1)+,(%a0)+'],
  [E.move(1, postinc(A1), postinc(A0)), 'move.b (%a1)+,(%a0)+'],
  [E.move(4, ind(SP), dreg(D0)), 'move.l (%sp),%d0'],
  [E.move(4, absL(0x10000), dreg(D0)), 'move.l 0x10000,%d0'],
  [E.move(4, index(A0, 4, D1, true, 2), dreg(D2)), 'move.l 4(%a0,%d1.l*4),%d2'],
  [E.move(4, index(A0, -2, D1, false, 0), dreg(D2)), 'move.l -2(%a0,%d1.w),%d2'],
  [E.move(4, E.disp32(FP, -100000), dreg(D0)), 'move.l (-100000,%fp),%d0'],
  [E.move(4, dreg(D0), E.disp32(A0, 70000)), 'move.l %d0,(70000,%a0)'],
  [E.move(4, pcdisp(10), dreg(D0)), 'move.l (10,%pc),%d0'],
  [E.moveq(0, D1), 'moveq #0,%d1'],
  [E.moveq(-128, D3), 'moveq #-128,%d3'],
  [E.lea(disp(FP, -12), A0), 'lea -12(%fp),%a0'],
  [E.lea(E.disp32(FP, -40000), A0), 'lea (-40000,%fp),%a0'],
  [E.lea(disp(SP, 40), SP), 'lea 40(%sp),%sp'],
  [E.lea(disp(SP, 4), A0), 'lea 4(%sp),%a0'],
  [E.pea(disp(SP, 4)), 'pea 4(%sp)'],
  [E.jsr(ind(A0)), 'jsr (%a0)'],
  [E.jmp(ind(A0)), 'jmp (%a0)'],
  [E.aluToD('add', 4, disp(FP, -8), D0), 'add.l -8(%fp),%d0'],
  [E.aluToD('sub', 4, disp(FP, -8), D0), 'sub.l -8(%fp),%d0'],
  [E.aluToD('and', 4, disp(FP, -8), D0), 'and.l -8(%fp),%d0'],
  [E.aluToD('or', 4, disp(FP, -8), D0), 'or.l -8(%fp),%d0'],
  [E.aluToD('cmp', 4, disp(FP, -8), D0), 'cmp.l -8(%fp),%d0'],
  [E.aluToD('add', 2, dreg(D1), D0), 'add.w %d1,%d0'],
  [E.aluFromD('eor', 4, D1, dreg(D0)), 'eor.l %d1,%d0'],
  [E.aluFromD('add', 4, D1, ind(A0)), 'add.l %d1,(%a0)'],
  [E.aluToA('sub', 4, areg(FP), FP), 'suba.l %fp,%fp'],
  [E.aluToA('add', 4, imm(-1000), A0), 'adda.l #-1000,%a0'],
  [E.aluToA('cmp', 2, dreg(D0), A1), 'cmpa.w %d0,%a1'],
  [E.immOp('andi', 4, 31, dreg(D1)), 'andi.l #31,%d1'],
  [E.immOp('andi', 4, 0xffff, dreg(D0)), 'andi.l #0xffff,%d0'],
  [E.immOp('cmpi', 4, 10, dreg(D0)), 'cmpi.l #10,%d0'],
  [E.immOp('cmpi', 4, -2147483648, dreg(D0)), 'cmpi.l #-2147483648,%d0'],
  [E.immOp('ori', 1, 1, dreg(D0)), 'ori.b #1,%d0'],
  [E.immOp('eori', 2, 0x8000, disp(A0, 2)), 'eori.w #0x8000,2(%a0)'],
  [E.immOp('addi', 4, 100000, dreg(D2)), 'addi.l #100000,%d2'],
  [E.immOp('subi', 2, 7, ind(A0)), 'subi.w #7,(%a0)'],
  [E.quick('addq', 4, 8, areg(SP)), 'addq.l #8,%sp'],
  [E.quick('addq', 4, 4, areg(SP)), 'addq.l #4,%sp'],
  [E.quick('subq', 4, 1, dreg(D0)), 'subq.l #1,%d0'],
  [E.unary('neg', 4, dreg(D0)), 'neg.l %d0'],
  [E.unary('neg', 1, dreg(D0)), 'neg.b %d0'],
  [E.unary('not', 4, dreg(D0)), 'not.l %d0'],
  [E.unary('tst', 4, disp(FP, -24)), 'tst.l -24(%fp)'],
  [E.unary('clr', 4, postinc(A0)), 'clr.l (%a0)+'],
  [E.unary('clr', 2, postinc(A0)), 'clr.w (%a0)+'],
  [E.unary('clr', 1, postinc(A0)), 'clr.b (%a0)+'],
  [E.unary('negx', 4, dreg(D1)), 'negx.l %d1'],
  [E.extW(D0), 'ext.w %d0'],
  [E.extL(D0), 'ext.l %d0'],
  [E.extbL(D0), 'extb.l %d0'],
  [E.swap(D2), 'swap %d2'],
  [E.exg(D0, A1), 'exg %d0,%a1'],
  [E.exg(D0, D1), 'exg %d0,%d1'],
  [E.exg(A0, A1), 'exg %a0,%a1'],
  [E.mulL(true, disp(FP, -8), D0), 'muls.l -8(%fp),%d0'],
  [E.mulL(false, disp(FP, -8), D0, D1), 'mulu.l -8(%fp),%d1:%d0'],
  [E.mulL(true, dreg(D1), D0, D2), 'muls.l %d1,%d2:%d0'],
  [E.divL(true, disp(FP, -8), D0), 'divs.l -8(%fp),%d0'],
  [E.divL(false, disp(FP, -8), D0), 'divu.l -8(%fp),%d0'],
  [E.divL(true, disp(FP, -8), D0, D1), 'divsl.l -8(%fp),%d1:%d0'],
  [E.divL(false, disp(FP, -8), D0, D1), 'divul.l -8(%fp),%d1:%d0'],
  [E.divL64(true, dreg(D2), D0, D1), 'divs.l %d2,%d1:%d0'],
  [E.mulW(true, dreg(D1), D0), 'muls.w %d1,%d0'],
  [E.mulW(false, dreg(D1), D0), 'mulu.w %d1,%d0'],
  [E.shiftReg('ls', true, 4, D1, D0), 'lsl.l %d1,%d0'],
  [E.shiftReg('ls', false, 4, D1, D0), 'lsr.l %d1,%d0'],
  [E.shiftReg('as', false, 4, D1, D0), 'asr.l %d1,%d0'],
  [E.shiftReg('as', true, 2, D1, D0), 'asl.w %d1,%d0'],
  [E.shiftReg('ro', true, 1, D1, D0), 'rol.b %d1,%d0'],
  [E.shiftReg('rox', false, 4, D1, D0), 'roxr.l %d1,%d0'],
  [E.shiftImm('as', true, 4, 3, D0), 'asl.l #3,%d0'],
  [E.shiftImm('ls', false, 4, 8, D0), 'lsr.l #8,%d0'],
  [E.scc(Cond.EQ, dreg(D0)), 'seq %d0'],
  [E.scc(Cond.LT, dreg(D0)), 'slt %d0'],
  [E.scc(Cond.CS, dreg(D0)), 'scs %d0'],
  [E.scc(Cond.HI, dreg(D0)), 'shi %d0'],
  [E.scc(Cond.LS, dreg(D0)), 'sls %d0'],
  [E.scc(Cond.CC, dreg(D0)), 'scc %d0'],
  [E.scc(Cond.GE, dreg(D0)), 'sge %d0'],
  [E.scc(Cond.GT, dreg(D0)), 'sgt %d0'],
  [E.scc(Cond.LE, dreg(D0)), 'sle %d0'],
  [E.scc(Cond.NE, dreg(D0)), 'sne %d0'],
  [E.bccL(Cond.NE, 10), 'bne.l .+12'],
  [E.bccL(Cond.EQ, -100), 'beq.l .-98'],
  [E.braL(0x100), 'bra.l .+0x102'],
  [E.bsrL(-6), 'bsr.l .-4'],
  [E.bccW(Cond.GT, 40), 'bgt.w .+42'],
  [E.bccS(Cond.NE, -6), 'bne.s .-4'],
  [E.dbcc(Cond.F, D0, -4), 'dbra %d0,.-2'],
  [E.movemToMem(4, 0b111100, disp(FP, -16)), 'movem.l %d2-%d5,-16(%fp)'],
  [E.movemFromMem(4, disp(FP, -16), 0b111100), 'movem.l -16(%fp),%d2-%d5'],
  [E.movemToMem(4, 0x3cfc, predec(SP)), 'movem.l %d2-%d7/%a2-%a5,-(%sp)'],
  [E.movemFromMem(4, postinc(SP), 0x3cfc), 'movem.l (%sp)+,%d2-%d7/%a2-%a5'],
  [E.movemToMem(4, 0b100, disp(FP, -4)), 'movem.l %d2,-4(%fp)'],
  [E.bitOp('btst', 3, dreg(D0)), 'btst #3,%d0'],
  [E.bitOp('bset', { dn: D1 }, ind(A0)), 'bset %d1,(%a0)'],
];

test('encoder matches m68k-linux-gnu-as -m68020', (t) => {
  const why = missingTools(['m68k-linux-gnu-as', 'm68k-linux-gnu-objcopy']);
  if (why) { t.skip(why); return; }
  const ref = assembleText(CASES.map(([, s]) => ` ${s}`).join('\n') + '\n');
  let at = 0;
  const bad: string[] = [];
  for (const [words, text] of CASES) {
    const mine = Array.from(E.toBytes(words));
    const theirs = Array.from(ref.subarray(at, at + mine.length));
    if (mine.join() !== theirs.join()) {
      bad.push(`${text}: ours ${Buffer.from(mine).toString('hex')} gas ${Buffer.from(theirs).toString('hex')}`);
      break;                        // later offsets would all be off
    }
    at += mine.length;
  }
  assert.deepEqual(bad, []);
  assert.equal(at, ref.length, 'total length');
});

test('encoder rejects operands an instruction cannot take', () => {
  assert.throws(() => E.moveq(200, D0), /moveq/);
  assert.throws(() => E.quick('addq', 4, 9, dreg(D0)), /quick/);
  assert.throws(() => E.move(4, dreg(D0), imm(3)), /non-alterable/);
  assert.throws(() => E.move(4, disp(FP, 40000), dreg(D0)), /displacement/);
});

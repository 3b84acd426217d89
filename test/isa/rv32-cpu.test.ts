// The rv32 CPU on raw instruction words: M-extension edge cases against BigInt arithmetic,
// breakpoints (stop before, resume past), faults (illegal, misaligned, ebreak) with the pc of
// the faulting instruction, the decode cache flush, and register access by name.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as E from '../../emulator/isa/rv32/encode';
import { isa } from '../../emulator/isa/rv32/index';
import { mulh, mulhsu, mulhu, div, divu, rem, remu } from '../../emulator/isa/rv32/cpu';
import { MachineFault } from '../../emulator/isa/types';
import { FlatMem, TestHost } from './rv32-harness';

const V = [0, 1, -1, 2, -2, 3, 0x7fffffff, -0x80000000, 0x12345678, -0x12345678, 0xffff, 0x10000, 46341];
const b32 = (x: bigint): number => Number(BigInt.asIntN(32, x));

test('mulh/mulhsu/mulhu and division match BigInt semantics', () => {
  for (const a of V) for (const b of V) {
    const A = BigInt(a), B = BigInt(b), UA = BigInt(a >>> 0), UB = BigInt(b >>> 0);
    assert.equal(mulh(a, b), b32((A * B) >> 32n), `mulh ${a} ${b}`);
    assert.equal(mulhu(a, b), b32((UA * UB) >> 32n), `mulhu ${a} ${b}`);
    assert.equal(mulhsu(a, b), b32((A * UB) >> 32n), `mulhsu ${a} ${b}`);
    if (b === 0) {
      assert.equal(div(a, 0), -1); assert.equal(divu(a, 0), -1); assert.equal(rem(a, 0), a); assert.equal(remu(a, 0), a);
    } else if (!(a === -0x80000000 && b === -1)) {
      assert.equal(div(a, b), b32(A / B)); assert.equal(rem(a, b), b32(A % B));
      assert.equal(divu(a, b), b32(UA / UB)); assert.equal(remu(a, b), b32(UA % UB));
    }
  }
  assert.equal(div(-0x80000000, -1), -0x80000000);
  assert.equal(rem(-0x80000000, -1), 0);
});

function machine(words: number[]): { mem: FlatMem; host: TestHost; cpu: ReturnType<typeof isa.createCpu> } {
  const mem = new FlatMem();
  words.forEach((w, i) => mem.write32(0x10000 + 4 * i, w));
  const host = new TestHost(mem);
  const cpu = isa.createCpu(mem, host);
  cpu.pc = 0x10000;
  cpu.setReg('sp', 0x100000);
  return { mem, host, cpu };
}

test('breakpoints stop before the instruction and resume past it', () => {
  const { cpu } = machine([E.addi(10, 0, 1), E.addi(10, 10, 1), E.addi(10, 10, 1), ...E.li(17, 93), E.ecall()]);
  cpu.breakpoints.add(0x10004);
  assert.equal(cpu.run(100), 'breakpoint');
  assert.equal(cpu.pc, 0x10004);
  assert.equal(cpu.getReg('a0'), 1);
  assert.equal(cpu.instructions, 1);
  assert.equal(cpu.run(1), 'budget');
  assert.equal(cpu.getReg('a0'), 2);
  assert.equal(cpu.run(100), 'host');
  assert.equal(cpu.getReg('a0'), 0);
});

test('faults carry the faulting pc and kind', () => {
  const cases: [number[], string][] = [
    [[E.addi(5, 0, 0), 0xffffffff], 'illegal instruction'],
    [[E.addi(5, 0, 0x101), E.lw(6, 5, 0)], 'misaligned access'],
    [[E.addi(5, 0, 0x101), E.store('sh', 6, 5, 0)], 'misaligned access'],
    [[E.addi(5, 0, 0), E.lw(6, 5, 0)], 'bad access'],
    [[E.addi(5, 0, 0), E.ebreak()], 'illegal instruction'],
    [[E.bne(6, 0, 8), E.ebreak()], 'division by zero'],
  ];
  for (const [words, kind] of cases) {
    const { cpu } = machine(words);
    assert.throws(() => cpu.run(10), (e: unknown) => e instanceof MachineFault && e.kind === kind && e.pc === 0x10004, kind);
    assert.equal(cpu.pc, 0x10004);
    assert.equal(cpu.instructions, 1);
  }
});

test('x0 stays zero; registers by name; flushDecodeCache sees new code', () => {
  const { cpu, mem } = machine([E.addi(0, 0, 5), E.addi(10, 0, 7), E.jal(0, 0)]);
  cpu.run(2);
  assert.equal(cpu.getReg('zero'), 0);
  assert.equal(cpu.getReg('a0'), 7);
  cpu.setReg('fp', 0x1234);
  assert.equal(cpu.getReg('s0'), 0x1234);
  assert.equal(cpu.registers().length, 33);
  assert.equal(cpu.registers()[32].name, 'pc');
  cpu.pc = 0x10000;
  mem.write32(0x10004, E.addi(10, 0, 9));
  cpu.flushDecodeCache();
  cpu.run(2);
  assert.equal(cpu.getReg('a0'), 9);
});

test('lui, auipc, jal, jalr and sign-extending loads', () => {
  const { cpu, mem } = machine([
    E.lui(5, 0x80000), E.auipc(6, 1), E.jal(7, 8), E.addi(10, 0, 99),
    E.jalr(28, 7, 12), E.addi(10, 0, 98), E.lui(11, 1), E.load('lb', 12, 11, 0x701), E.load('lhu', 13, 11, 0x700),
  ]);
  mem.write16(0x1700, 0x80ff);
  cpu.run(7);
  assert.equal(cpu.getReg('t0'), 0x80000000);
  assert.equal(cpu.getReg('t1'), 0x11004);
  assert.equal(cpu.getReg('t2'), 0x1000c);
  assert.equal(cpu.getReg('t3'), 0x10014);
  assert.equal(cpu.getReg('a0'), 0);
  assert.equal(cpu.getReg('a2') | 0, -128);
  assert.equal(cpu.getReg('a3'), 0x80ff);
});

test('jumps and taken branches to misaligned targets fault at the jump; untaken ones do not', () => {
  const bad = (words: number[], atPc: number): void => {
    const { cpu } = machine(words);
    assert.throws(() => cpu.run(10), (e: unknown) => e instanceof MachineFault && e.kind === 'misaligned access' && e.pc === atPc);
  };
  bad([E.lui(5, 0x10), E.jalr(0, 5, 6)], 0x10004);                    // jalr to 0x10006
  bad([E.addi(0, 0, 0), E.jal(0, 6)], 0x10004);                       // jal .+6
  bad([E.addi(5, 0, 1), E.bne(5, 0, 6)], 0x10004);                    // taken bne .+6
  const { cpu } = machine([E.beq(5, 6, 0x1fe), E.addi(10, 0, 3), ...E.li(17, 93), E.ecall()]);
  cpu.setReg('t0', 1);
  assert.equal(cpu.run(10), 'host');                                  // untaken beq .+0x1fe
  assert.equal(cpu.getReg('a0'), 0);
});

// CPU behaviour beyond arithmetic: faults (illegal and privileged encodings, odd instruction
// addresses, division by zero, trap numbers other than 0), syscalls through trap #0 with the
// Linux registers, cmp2/chk2 and pack/unpk (this qemu-m68k lacks them), breakpoints, the decode cache flush, and register access by name.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MachineFault } from '../types';
import { M68kCpu } from './cpu';
import { isa } from './index';
import { toBytes, moveq, trap, divL, nop, move, rts } from './encode';
import { areg, dreg, imm } from './regs';
import { FlatMem, TestHost } from './testing';

function setup(words: number[][]): { mem: FlatMem; cpu: M68kCpu; host: TestHost } {
  const mem = new FlatMem();
  mem.load(0x10000, toBytes(words.flat()));
  mem.map(0x7ff00000, 0x1000);
  const host = new TestHost(mem, (num, args) => (num === 999 ? args.reduce((a, b) => a + b, 0) : undefined));
  const cpu = new M68kCpu(mem, host);
  cpu.pc = 0x10000; cpu.setReg('sp', 0x7ff00800);
  return { mem, cpu, host };
}

const faultOf = (f: () => unknown): MachineFault => {
  try { f(); } catch (e) { if (e instanceof MachineFault) return e; throw e; }
  assert.fail('no fault');
};

test('illegal and privileged instructions fault at their own pc', () => {
  for (const w of [[0x4afc], [0xffff], [0x4e73], [0x46fc, 0x2700], [0xa000]]) {
    const { cpu } = setup([nop(), w]);
    const f = faultOf(() => cpu.run(10));
    assert.equal(f.kind, 'illegal instruction');
    assert.equal(f.pc, 0x10002);
    assert.equal(cpu.pc, 0x10002);
  }
});

test('odd instruction address is a misaligned access; division by zero traps', () => {
  const { cpu } = setup([nop()]);
  cpu.pc = 0x10001;
  assert.equal(faultOf(() => cpu.run(1)).kind, 'misaligned access');
  const d = setup([moveq(5, 0), moveq(0, 1), divL(true, dreg(1), 0)]);
  const f = faultOf(() => d.cpu.run(10));
  assert.equal(f.kind, 'division by zero');
  assert.equal(f.pc, 0x10004);
});

test('trap #0 calls the host with d0 and d1-d5/a0, result in d0; other traps fault', () => {
  const { cpu, host } = setup([moveq(1, 1), moveq(2, 2), moveq(3, 3), moveq(4, 4), moveq(5, 5),
    move(4, imm(6), areg(8)), move(4, imm(999), dreg(0)), trap(0), trap(3)]);
  const f = faultOf(() => cpu.run(100));
  assert.deepEqual(host.calls[0], { num: 999, args: [1, 2, 3, 4, 5, 6] });
  assert.equal(cpu.getReg('d0'), 21);
  assert.equal(f.kind, 'illegal instruction');
});

test('exit stops run() with host; breakpoints stop before executing; registers by name', () => {
  const { cpu, host } = setup([nop(), nop(), moveq(1, 0), moveq(7, 1), trap(0), rts()]);
  cpu.breakpoints.add(0x10004);
  assert.equal(cpu.run(100), 'breakpoint');
  assert.equal(cpu.pc, 0x10004);
  assert.equal(cpu.instructions, 2);
  assert.equal(cpu.run(100), 'host');
  assert.equal(host.exitCode, 7);
  cpu.setReg('fp', 0x1234); cpu.setReg('a7', 0x7ff00100);
  assert.equal(cpu.getReg('a6'), 0x1234);
  assert.equal(cpu.getReg('sp'), 0x7ff00100);
  const names = cpu.registers().map((r) => r.name);
  assert.deepEqual(names, isa.registers.map((r) => r.name));
  assert.equal(cpu.run(0), 'budget');
});

test('flushDecodeCache picks up rewritten code', () => {
  const { mem, cpu } = setup([moveq(1, 0), nop()]);
  cpu.run(1);
  assert.equal(cpu.getReg('d0'), 1);
  mem.load(0x10000, toBytes(moveq(9, 0)));
  cpu.pc = 0x10000; cpu.run(1);
  assert.equal(cpu.getReg('d0'), 1, 'cached decode still used');
  cpu.flushDecodeCache();
  cpu.pc = 0x10000; cpu.run(1);
  assert.equal(cpu.getReg('d0'), 9);
  assert.ok(isa.disassemble(mem, 0x10000).mnemonic === 'moveq');
  assert.deepEqual(isa.disassemble(mem, 0x10002), { length: 2, mnemonic: 'nop', operands: '' });
});

test('cmp2/chk2 compare a register with a bounds pair (signed), chk2 traps out of range', () => {
  // bounds at 0x20000: bytes -5, 10; words 100, 200
  const run = (words: number[][], d0: number): M68kCpu => {
    const { mem, cpu } = setup(words);
    mem.map(0x20000, 16);
    mem.load(0x20000, Uint8Array.from([0xfb, 0x0a, 0x00, 0x64, 0x00, 0xc8]));
    cpu.setReg('d0', d0); cpu.setReg('a4', 0x20000);
    cpu.run(1);
    return cpu;
  };
  const cmp2b = [[0x00d4, 0x0000]], cmp2w = [[0x02ec, 0x0000, 0x0002]], chk2w = [[0x02ec, 0x0800, 0x0002]];
  const zc = (c: M68kCpu): string => `${(c.getReg('ccr') >> 2) & 1}${c.getReg('ccr') & 1}`;
  assert.equal(zc(run(cmp2b, 3)), '00');
  assert.equal(zc(run(cmp2b, -5)), '10');
  assert.equal(zc(run(cmp2b, 0x1ff)), '00');           // low byte 0xff = -1: inside
  assert.equal(zc(run(cmp2b, 0x10b)), '01');           // low byte 11: above
  assert.equal(zc(run(cmp2w, 200)), '10');
  assert.equal(zc(run(cmp2w, 99)), '01');
  assert.equal(zc(run(chk2w, 150)), '00');
  assert.equal(faultOf(() => run(chk2w, 201)).kind, 'illegal instruction');
});

test('pack and unpk convert between one BCD digit per byte and packed BCD', () => {
  const { mem, cpu } = setup([[0x8340, 0x0000], [0x8582, 0x3030], [0x8b4c, 0x0000], [0x8d8e, 0x0000]]);
  // pack %d0,%d1,#0 ; unpk %d2,%d2,#0x3030 ; pack -(a4),-(a5),#0 ; unpk -(a6),-(a6),#0
  cpu.setReg('d0', 0x0304); cpu.setReg('d1', 0xffffff00); cpu.setReg('d2', 0x12345697);
  mem.map(0x20000, 64);
  mem.load(0x20000, Uint8Array.from([0x05, 0x09, 0x42]));
  cpu.setReg('a4', 0x20002); cpu.setReg('a5', 0x20010); cpu.setReg('a6', 0x20023);
  mem.write8(0x20022, 0x73);
  cpu.run(4);
  assert.equal(cpu.getReg('d1'), 0xffffff34);
  assert.equal(cpu.getReg('d2'), 0x12343937);          // "97" in ASCII
  assert.equal(mem.read8(0x2000f), 0x59);
  assert.equal(cpu.getReg('a4'), 0x20000);
  assert.equal(mem.read16(0x20020), 0x0703);
  assert.equal(cpu.getReg('a6'), 0x20020);
});

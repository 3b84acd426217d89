// Unit tests of the x86-64 CPU without external tools: the register API of the Cpu contract,
// faults (#DE, quotient overflow, ud2, undecodable and unsupported encodings), breakpoints,
// budgets, host stops, the decode cache, and the ISA module's facts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MachineFault } from '../types';
import { Memory } from '../../machine/memory';
import { FlatMem, TestHost } from '../../../test/isa/x86_64-tools';
import { X86Cpu } from './cpu';
import { isa } from './index';
import { disassembleBytes } from './disasm';

const BASE = 0x400000;

function cpuWith(code: number[]): { cpu: X86Cpu; mem: FlatMem; host: TestHost } {
  const mem = new FlatMem(BASE, 0x20000);
  mem.bytes.set(code, 0x1000);
  const host = new TestHost(mem);
  const cpu = new X86Cpu(mem, host);
  cpu.pc = BASE + 0x1000;
  cpu.setReg('rsp', BASE + 0x1f000);
  return { cpu, mem, host };
}

function faultOf(code: number[], setup?: (c: X86Cpu) => void): MachineFault {
  const { cpu } = cpuWith(code);
  setup?.(cpu);
  try { cpu.run(100); } catch (e) { assert.ok(e instanceof MachineFault); return e; }
  assert.fail('no fault');
}

test('registers: names, order, 32-bit views and full 64-bit values', () => {
  const { cpu } = cpuWith([]);
  assert.deepEqual(cpu.registers().map((r) => r.name), isa.registers.map((r) => r.name));
  cpu.setRegBig('r9', 0x123456789abcdef0n);
  assert.equal(cpu.getReg('r9'), 0x9abcdef0);
  assert.equal(cpu.getRegBig('r9'), 0x123456789abcdef0n);
  cpu.setReg('rax', -2);
  assert.equal(cpu.getRegBig('rax'), 0xfffffffffffffffen, 'setReg sign-extends');
  assert.equal(cpu.getReg('rax'), 0xfffffffe);
  cpu.setReg('pc', 0x401234);
  assert.equal(cpu.getReg('rip'), 0x401234);
  const r9 = cpu.registers().find((r) => r.name === 'r9')!;
  assert.equal(r9.big, 0x123456789abcdef0n);
  assert.equal(r9.value, 0x9abcdef0);
  assert.throws(() => cpu.getReg('eax'), /no register/);
  assert.equal(isa.registers.find((r) => r.name === 'rsp')!.role, 'sp');
  assert.equal(isa.registers.find((r) => r.name === 'rbp')!.role, 'fp');
  assert.deepEqual(isa.registers.find((r) => r.name === 'rflags')!.fields!.map((f) => f.name), ['OF', 'SF', 'ZF', 'PF', 'CF']);
});

test('runs straight-line code: 64-bit add with carry into the high half, flags readable', () => {
  // mov $0xffffffff,%eax; add $1,%rax; cmp $0x100000000... (via sub): sub %rax,%rax
  const { cpu } = cpuWith([0xb8, 0xff, 0xff, 0xff, 0xff, 0x48, 0x83, 0xc0, 0x01, 0x48, 0x29, 0xc0]);
  cpu.run(2);
  assert.equal(cpu.getRegBig('rax'), 0x100000000n);
  assert.equal(cpu.getReg('rflags') & 0x8d5, 0x14, 'PF and AF set, no carry (0xffffffff+1 in 64 bits)');
  cpu.run(1);
  assert.equal(cpu.getReg('rflags') & 0x8d5, 0x44, 'ZF and PF after sub');
  assert.equal(cpu.instructions, 3);
});

test('division by zero and quotient overflow are MachineFault division by zero at the instruction', () => {
  // xor %ecx,%ecx; div %ecx
  let f = faultOf([0x31, 0xc9, 0xf7, 0xf1]);
  assert.equal(f.kind, 'division by zero');
  assert.equal(f.pc, BASE + 0x1002);
  assert.equal(f.isa, 'x86_64');
  // 64-bit: xor %ecx,%ecx; idiv %rcx
  f = faultOf([0x31, 0xc9, 0x48, 0xf7, 0xf9]);
  assert.equal(f.kind, 'division by zero');
  // INT_MIN / -1: mov $0x80000000,%eax; cltd; mov $-1,%ecx; idiv %ecx
  f = faultOf([0xb8, 0, 0, 0, 0x80, 0x99, 0xb9, 0xff, 0xff, 0xff, 0xff, 0xf7, 0xf9]);
  assert.equal(f.kind, 'division by zero');
  assert.match(f.message, /overflow/);
  // unsigned: edx >= divisor: mov $2,%edx; mov $2,%ecx; div %ecx
  f = faultOf([0xba, 2, 0, 0, 0, 0xb9, 2, 0, 0, 0, 0xf7, 0xf1]);
  assert.match(f.message, /overflow/);
});

test('ud2, undecodable bytes, hlt, int3 and unsupported instructions are illegal instructions', () => {
  for (const [code, msg] of [[[0x0f, 0x0b], /ud2/], [[0x06], /undecodable/], [[0xf4], /hlt/], [[0xcc], /int3/],
    [[0x0f, 0xa2], /cpuid.*not supported/], [[0x64, 0x8b, 0x04, 0x25, 0, 0, 0, 0], /not supported/]] as const) {
    const f = faultOf([...code]);
    assert.equal(f.kind, 'illegal instruction', String(code));
    assert.match(f.message, msg);
    assert.equal(f.pc, BASE + 0x1000);
  }
});

test('breakpoints stop before executing, budgets stop, exit stops the host', () => {
  // nop; nop; mov $60,%eax; mov $7,%edi; syscall; ud2
  const { cpu, host } = cpuWith([0x90, 0x90, 0xb8, 60, 0, 0, 0, 0xbf, 7, 0, 0, 0, 0x0f, 0x05, 0x0f, 0x0b]);
  assert.equal(cpu.run(1), 'budget');
  assert.equal(cpu.pc, BASE + 0x1001);
  cpu.breakpoints.add(BASE + 0x1007);
  assert.equal(cpu.run(100), 'breakpoint');
  assert.equal(cpu.pc, BASE + 0x1007);
  cpu.breakpoints.clear();
  assert.equal(cpu.run(100), 'host');
  assert.equal(host.exitCode, 7);
  assert.equal(cpu.getReg('rcx'), BASE + 0x100e, 'syscall leaves the return address in rcx');
});

test('only program code is executable: a jump into data faults, a final one-byte ret at the end of text runs', () => {
  const mem = new Memory(false);
  const text = mem.map('text', 0x401000, 0x9, false);
  mem.map('data', 0x402000, 0x1000, true);
  mem.map('stack', 0x7ff00000, 0x10000, true);
  // mov $0x402000,%eax; jmp *%rax  … and a ret as the very last byte of text
  text.bytes.set([0xb8, 0x00, 0x20, 0x40, 0x00, 0xff, 0xe0, 0x90, 0xc3]);
  mem.write8(0x402000, 0x90);
  const cpu = new X86Cpu(mem, new TestHost(mem));
  cpu.pc = 0x401000;
  cpu.setReg('rsp', 0x7ff08000);
  assert.throws(() => cpu.run(10), (e: unknown) => e instanceof MachineFault && e.kind === 'bad access' && /not program code/.test(e.message));
  mem.write32(0x7ff08000, 0x401000);
  cpu.pc = 0x401008;
  assert.equal(cpu.run(1), 'budget');
  assert.equal(cpu.pc, 0x401000, 'the ret at the last byte of text executed');
});

test('flushDecodeCache makes rewritten text take effect', () => {
  // mov $1,%eax; jmp back to start (eb f9)
  const { cpu, mem } = cpuWith([0xb8, 1, 0, 0, 0, 0xeb, 0xf9]);
  cpu.run(2);
  assert.equal(cpu.getReg('rax'), 1);
  mem.write8(BASE + 0x1001, 5);
  cpu.run(2);
  assert.equal(cpu.getReg('rax'), 1, 'still the cached decode');
  cpu.flushDecodeCache();
  cpu.run(2);
  assert.equal(cpu.getReg('rax'), 5);
});

test('the ISA module and the disassembler', () => {
  assert.equal(isa.id, 'x86_64');
  assert.equal(isa.elf.machine, 62);
  assert.equal(isa.elf.class, 64);
  assert.equal(isa.insnAlign, 1);
  assert.equal(isa.dataModel.ptr, 8);
  assert.equal(isa.dataModel.long, 8);
  const d = disassembleBytes(new Uint8Array([0x48, 0x89, 0xe5]), 0x401000);
  assert.deepEqual([d.mnemonic, d.operands, d.length], ['mov', '%rsp,%rbp', 3]);
  assert.ok(isa.frame.setsFramePointer(d));
  const c = disassembleBytes(new Uint8Array([0xe8, 0xfb, 0xff, 0xff, 0xff]), 0x401000);
  assert.deepEqual([c.mnemonic, c.operands, c.target], ['call', '401000', 0x401000]);
  const r = disassembleBytes(new Uint8Array([0xc3]), 0x401000);
  assert.ok(isa.frame.isReturn(r));
  const bad = disassembleBytes(new Uint8Array([0x06]), 0x401000);
  assert.deepEqual([bad.mnemonic, bad.length, bad.illegal], ['(bad)', 1, true]);
  const truncated = disassembleBytes(new Uint8Array([0x48, 0x8b]), 0x401000);
  assert.equal(truncated.illegal, true);
  const { mem } = cpuWith([]);
  mem.write8(BASE + 0x1ffff, 0x48);   // a REX prefix in the last mapped byte
  assert.equal(isa.disassemble(mem, BASE + 0x1ffff).mnemonic, '(bad)');
  assert.throws(() => isa.disassemble(mem, BASE + 0x20000), MachineFault);
});

// Tests of the emulated address space: byte order per ISA, permissions, faults, growth.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Memory, STACK_TOP, STACK_SIZE } from './memory';
import { MachineFault } from '../isa/types';

function mem(bigEndian: boolean): Memory {
  const m = new Memory(bigEndian);
  m.map('text', 0x10000, 0x1000, false);
  m.map('data', 0x20000, 0x1000, true, 0x10000);
  m.map('stack', STACK_TOP - STACK_SIZE, STACK_SIZE, true);
  return m;
}

function faultOf(f: () => unknown): MachineFault {
  try { f(); } catch (e) { if (e instanceof MachineFault) return e; throw e; }
  assert.fail('expected a MachineFault');
}

test('little-endian reads and writes', () => {
  const m = mem(false);
  m.write32(0x20000, 0x11223344);
  assert.deepEqual([...m.readBytes(0x20000, 4)], [0x44, 0x33, 0x22, 0x11]);
  assert.equal(m.read16(0x20000), 0x3344);
  assert.equal(m.read8(0x20003), 0x11);
  m.write32(0x20004, -1);
  assert.equal(m.read32(0x20004), 0xffffffff, 'reads are unsigned');
  m.write16(0x20008, 0x12345);
  assert.equal(m.read16(0x20008), 0x2345, 'writes truncate');
});

test('big-endian reads and writes', () => {
  const m = mem(true);
  m.write32(0x20000, 0x11223344);
  assert.deepEqual([...m.readBytes(0x20000, 4)], [0x11, 0x22, 0x33, 0x44]);
  assert.equal(m.read16(0x20002), 0x3344);
  assert.equal(m.read16(0x20000), 0x1122);
  m.write8(0x20001, 0x1ff);
  assert.equal(m.read32(0x20000), 0x11ff3344);
});

test('misaligned accesses inside a region work', () => {
  const m = mem(false);
  m.write32(0x20001, 0xdeadbeef);
  assert.equal(m.read32(0x20001), 0xdeadbeef);
});

test('text is read-only for the CPU but writable by the loader', () => {
  const m = mem(false);
  m.writeBytes(0x10000, Uint8Array.of(1, 2, 3, 4), true);
  assert.equal(m.read32(0x10000), 0x04030201);
  const f = faultOf(() => m.write8(0x10002, 9));
  assert.equal(f.kind, 'write to text');
  assert.equal(f.address, 0x10002);
  assert.equal(f.pc, 0, 'memory leaves pc to the machine');
});

test('unmapped and null accesses are bad accesses', () => {
  const m = mem(false);
  const f = faultOf(() => m.read32(0));
  assert.equal(f.kind, 'bad access');
  assert.match(f.message, /null pointer/);
  assert.equal(faultOf(() => m.write32(0x7fff0000, 1)).kind, 'bad access');
  assert.equal(faultOf(() => m.read32(0x20ffe)).kind, 'bad access', 'crossing the end of a region');
  assert.equal(faultOf(() => m.read8(-4)).address, 0xfffffffc);
});

test('just below the stack is a stack overflow', () => {
  const m = mem(false);
  const base = STACK_TOP - STACK_SIZE;
  m.write32(base, 1);
  const f = faultOf(() => m.write32(base - 16, 1));
  assert.equal(f.kind, 'stack overflow');
  assert.equal(faultOf(() => m.read8(base - 0x20000)).kind, 'bad access');
});

test('regions grow and shrink (brk), new bytes are zero', () => {
  const m = mem(false);
  const d = m.region('data')!;
  assert.equal(faultOf(() => m.read8(0x21000)).kind, 'bad access');
  assert.ok(m.resize(d, 0x23000));
  m.write8(0x22fff, 7);
  assert.equal(m.read8(0x22fff), 7);
  assert.ok(m.resize(d, 0x21000));
  assert.ok(m.resize(d, 0x23000));
  assert.equal(m.read8(0x22fff), 0, 'shrinking forgets the bytes');
  assert.equal(m.resize(d, 0x40000), false, 'beyond max');
});

test('readCString and isMapped', () => {
  const m = mem(false);
  m.writeBytes(0x20010, new TextEncoder().encode('hi\0x'));
  assert.equal(new TextDecoder().decode(m.readCString(0x20010)), 'hi');
  assert.ok(m.isMapped(0x20000, 0x1000));
  assert.ok(!m.isMapped(0x20000, 0x1001));
});

test('only the code region is executable', () => {
  const m = mem(true);
  m.writeBytes(0x10000, Uint8Array.of(0x4e, 0x75, 0x4e, 0x71), true);
  assert.equal(m.fetch16(0x10000), 0x4e75);
  assert.equal(m.fetch32(0x10000), 0x4e754e71);
  for (const a of [0x20000, STACK_TOP - 16]) {
    const f = faultOf(() => m.fetch16(a));
    assert.equal(f.kind, 'bad access');
    assert.match(f.message, /not program code/);
  }
  assert.equal(faultOf(() => m.fetch32(0x5000)).kind, 'bad access', 'unmapped');
});

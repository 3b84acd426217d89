// Tests of Shuttle's private heap allocator: first fit, reuse, coalescing, types, realloc, faults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Memory, PRIVATE_HEAP_BASE } from './memory';
import { Heap } from './heap';
import { MachineFault } from '../isa/types';

function heap(max = 0x100000): { m: Memory; h: Heap } {
  const m = new Memory(false);
  const r = m.map('heap', PRIVATE_HEAP_BASE, 0, true, max);
  return { m, h: new Heap(m, r) };
}

test('alloc returns aligned, zeroed, recorded blocks', () => {
  const { m, h } = heap();
  const a = h.alloc(10, 3);
  const b = h.alloc(1);
  assert.equal(a, PRIVATE_HEAP_BASE);
  assert.equal(b % 16, 0);
  assert.ok(b >= a + 10);
  assert.equal(m.read32(a), 0);
  m.write32(a + 6, 0xffffffff);
  assert.deepEqual(h.live(), [{ addr: a, size: 10, typeId: 3 }, { addr: b, size: 1, typeId: 0 }]);
  assert.equal(h.blockAt(a + 9)?.addr, a);
  assert.equal(h.blockAt(a + 12), undefined);
});

test('freed blocks are reused first-fit and coalesced', () => {
  const { m, h } = heap();
  const a = h.alloc(32), b = h.alloc(32), c = h.alloc(32);
  h.alloc(32);
  m.write32(b, 0x55);
  h.release(a);
  h.release(b);
  const d = h.alloc(64);
  assert.equal(d, a, 'a and b merged into one 64-byte hole');
  assert.equal(m.read32(b), 0, 'reused memory is zeroed');
  h.release(c);
  const e = h.alloc(16);
  assert.ok(e > d && e <= c, 'first fit: the rest of the old hole, merged with c\'s');
});

test('a block never ends where the next one starts (one past the end is never another block)', () => {
  const { h } = heap();
  const a = h.alloc(32), b = h.alloc(32), z = h.alloc(0), c = h.alloc(16);
  assert.ok(a + 32 < b && b + 32 < z && z < c, `${a} ${b} ${z} ${c}`);
});

test('freeing the top block gives memory back', () => {
  const { h } = heap();
  const a = h.alloc(100);
  h.release(a);
  assert.equal(h.alloc(200), a);
});

test('realloc keeps contents and type, moves when needed', () => {
  const { m, h } = heap();
  const a = h.alloc(8, 5);
  m.write32(a, 0x12345678);
  h.alloc(8);
  assert.equal(h.realloc(a, 12), a, 'fits in the rounded block');
  const b = h.realloc(a, 100);
  assert.notEqual(b, a);
  assert.equal(m.read32(b), 0x12345678);
  assert.equal(h.blocks.get(b)?.typeId, 5);
  assert.equal(h.blocks.has(a), false);
  assert.equal(h.realloc(0, 4, 7), h.live().find((x) => x.typeId === 7)?.addr);
});

test('free of a non-block faults; free(0) is fine', () => {
  const { h } = heap();
  const a = h.alloc(4);
  h.release(0);
  h.release(a);
  assert.throws(() => h.release(a), (e) => e instanceof MachineFault && e.kind === 'bad access' && /double free/.test(e.message));
  assert.throws(() => h.realloc(a + 4, 8), MachineFault);
});

test('exhaustion returns 0', () => {
  const { h } = heap(0x10000);
  assert.notEqual(h.alloc(0x8000), 0);
  assert.equal(h.alloc(0x10000), 0);
  assert.notEqual(h.alloc(0x100), 0);
});

// The value codec with the LP64 little-endian data model (x86-64), driven directly (no x86-64
// image needed): 8-byte longs and pointers at their LP64 offsets and byte order, pointers through
// the object table, and the refusals when an LP64 value does not fit an ILP32 target's type —
// naming the variable, the frame and the place inside it (struct field, array element, heap element).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DebugTypes } from '../compiler/link-debug';
import type { DebugInfo } from '../compiler/debuginfo';
import { ILP32_BE_M68K, ILP32_LE, LP64_LE, type CType, type DataModel } from '../compiler/types';
import { Memory } from '../machine/memory';
import type { CanonicalValue } from './canonical';
import { readPtr, ValueReader, ValueWriter, writePtr } from './codec';
import { ObjectTable } from './objects';
import { MigrationRefused } from './refusal';

const long: CType = { kind: 'int', ik: 'long' };
const ulong: CType = { kind: 'int', ik: 'ulong' };
const int: CType = { kind: 'int', ik: 'int' };
const char: CType = { kind: 'int', ik: 'char' };
const rec: CType = {
  kind: 'struct', tag: 'rec', id: 1, fields: [
    { name: 'c', type: char }, { name: 'l', type: long }, { name: 'p', type: { kind: 'ptr', to: int } },
    { name: 'ul', type: ulong }, { name: 'diffs', type: { kind: 'array', of: long, length: 2 } },
  ],
};
const BASE = 0x10000;

/** A one-region memory and a debug info holding `rec`, `long [3]` and `int` laid out with `dm`. */
function world(dm: DataModel) {
  const types = new DebugTypes(dm);
  const ids = { rec: types.idOf(rec, 0), longs: types.idOf({ kind: 'array', of: long, length: 3 }, 0), int: types.idOf(int, 0), long: types.idOf(long, 0) };
  const debug = { types: types.types, functions: [], sections: [], globals: [], symbols: [] } as unknown as DebugInfo;
  const mem = new Memory(dm.bigEndian);
  mem.map('data', BASE, 0x1000, true);
  const table = new ObjectTable(debug);
  table.add({ id: 'heap:1', kind: 'heap', addr: BASE + 0x800, typeId: ids.int, count: 4, size: 16 });
  const view = { mem, debug, bigEndian: dm.bigEndian, ptrSize: dm.ptr };
  return { ids, debug, mem, table, reader: new ValueReader(view, table), writer: new ValueWriter(view, table) };
}

const where = { variable: 'r', frame: '#1 main' };
const VALUE = { c: 65, l: '81985529216486895', p: { ref: 'heap:1', path: [2] }, ul: '18446744073709551615', diffs: [-3, 4294967296] };

test('LP64: layout, byte order and 8-byte pointers through the codec', () => {
  const w = world(LP64_LE);
  const t = w.debug.types[w.ids.rec];
  assert.deepEqual(t.fields!.map((f) => [f.name, f.offset]), [['c', 0], ['l', 8], ['p', 16], ['ul', 24], ['diffs', 32]]);
  assert.equal(t.size, 48);
  w.writer.write(BASE, w.ids.rec, VALUE, where);
  // 0x0123456789abcdef little-endian at offset 8; the pointer is heap:1 + 2 ints, 8 bytes
  assert.deepEqual([...w.mem.readBytes(BASE + 8, 8)], [0xef, 0xcd, 0xab, 0x89, 0x67, 0x45, 0x23, 0x01]);
  assert.equal(readPtr(w.mem, BASE + 16, 8, false), BASE + 0x800 + 8);
  assert.deepEqual([...w.mem.readBytes(BASE + 20, 4)], [0, 0, 0, 0]);
  assert.deepEqual(w.reader.value(BASE, w.ids.rec, where), VALUE);
});

test('LP64: a pointer word above 4 GiB is read whole, not truncated to 32 bits', () => {
  const w = world(LP64_LE);
  writePtr(w.mem, BASE, 0x1_0000_0000 + BASE + 0x800, 8, false);
  assert.equal(readPtr(w.mem, BASE, 8, false), 0x1_0000_0000 + BASE + 0x800);
  assert.throws(() => w.reader.value(BASE, w.debug.types.findIndex((t) => t.name === 'int *'), where), /freed or unmapped memory \(address 0x100010800\)/);
});

/** Read a value on LP64, write it on an ILP32 model: the refusal (or undefined when it fits). */
function toIlp32(value: CanonicalValue, pick: (ids: ReturnType<typeof world>['ids']) => number, dm: DataModel = ILP32_LE): MigrationRefused | undefined {
  const w = world(dm);
  try {
    w.writer.write(BASE, pick(w.ids), value, where);
    return undefined;
  } catch (e) {
    assert.ok(e instanceof MigrationRefused, String(e));
    return e;
  }
}

test('LP64 -> ILP32: values that fit move, values that do not are refused with the place named', () => {
  const fits = { ...VALUE, l: -2147483648, ul: 4294967295, diffs: [-3, 2147483647] };
  for (const dm of [ILP32_LE, ILP32_BE_M68K]) {
    assert.equal(toIlp32(fits, (i) => i.rec, dm), undefined, dm.name);
    const field = toIlp32({ ...fits, l: '81985529216486895' }, (i) => i.rec, dm)!;
    assert.equal(field.variable, 'r');
    assert.equal(field.frame, '#1 main');
    assert.match(field.reason, /^a value that does not fit the target's type \(81985529216486895 in long, 4 bytes, at \.l\)/);
    assert.match(toIlp32({ ...fits, ul: '18446744073709551615' }, (i) => i.rec, dm)!.reason, /18446744073709551615 in unsigned long, 4 bytes, at \.ul/);
    assert.match(toIlp32({ ...fits, diffs: [0, 4294967296] }, (i) => i.rec, dm)!.reason, /4294967296 in long, 4 bytes, at \.diffs\[1\]/);
    assert.match(toIlp32([1, 2, -4294967297], (i) => i.longs, dm)!.reason, /-4294967297 in long, 4 bytes, at \[2\]/);
    assert.match(toIlp32(2147483648, (i) => i.long, dm)!.message, /^migration refused: variable 'r' in frame #1 main: a value that does not fit/);
  }
});

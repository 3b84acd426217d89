// Tests of the syscall dispatcher: write/read/exit/brk (Linux semantics), private heap calls, ENOSYS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Memory, PRIVATE_HEAP_BASE, PAGE } from './memory';
import { Heap } from './heap';
import { SyscallHost } from './syscalls';
import { SHUTTLE_SYSCALLS as S } from '../compiler/ir';
import { textOf, bytesOf } from './test-support';

const NR = { read: 63, write: 64, exit: 93, exit_group: 94, brk: 214 };

function host(stdin?: Uint8Array | (() => Uint8Array)) {
  const m = new Memory(false);
  const data = m.map('data', 0x20000, 0x1000, true, 0x100000);
  const h = new Heap(m, m.map('heap', PRIVATE_HEAP_BASE, 0, true, 0x100000));
  const out: [number, string][] = [];
  const s = new SyscallHost(m, NR, data, h, { stdin, onOutput: (fd, d) => out.push([fd, textOf(d)]) });
  return { m, s, out, h };
}

test('write collects stdout and stderr and reports them', () => {
  const { m, s, out } = host();
  m.writeBytes(0x20000, bytesOf('hello'));
  assert.equal(s.syscall(64, [1, 0x20000, 5]), 5);
  assert.equal(s.syscall(64, [2, 0x20001, 2]), 2);
  assert.equal(s.syscall(64, [3, 0x20000, 1]), -9, 'EBADF');
  assert.equal(s.syscall(64, [1, 0x90000, 1]), -14, 'EFAULT');
  assert.equal(textOf(s.stdout.bytes()), 'hello');
  assert.equal(textOf(s.stderr.bytes()), 'el');
  assert.deepEqual(out, [[1, 'hello'], [2, 'el']]);
});

test('read serves stdin in pieces, then EOF', () => {
  let asked = 0;
  const { m, s } = host(() => { asked++; return bytesOf('abcdef'); });
  assert.equal(asked, 0, 'stdin is read lazily');
  assert.equal(s.syscall(63, [0, 0x20000, 4]), 4);
  assert.equal(s.syscall(63, [0, 0x20010, 4]), 2);
  assert.equal(s.syscall(63, [0, 0x20010, 4]), 0);
  assert.equal(textOf(m.readBytes(0x20000, 4)), 'abcd');
  assert.equal(s.syscall(63, [1, 0x20000, 4]), -9);
  assert.equal(asked, 1);
});

test('exit and exit_group stop the host with the low 8 bits', () => {
  const { s } = host();
  s.syscall(94, [257]);
  assert.equal(s.stopped, true);
  assert.equal(s.exitCode, 1);
  const h2 = host().s;
  h2.syscall(93, [-1]);
  assert.equal(h2.exitCode, 255);
});

test('brk follows Linux: query, grow, refuse below start', () => {
  const { m, s } = host();
  const start = s.syscall(214, [0]);
  assert.equal(start, 0x21000);
  assert.equal(s.syscall(214, [start + 10]), start + 10);
  m.write8(start + 9, 1);
  assert.equal(s.syscall(214, [start + PAGE * 3]), start + PAGE * 3);
  m.write8(start + PAGE * 3 - 1, 1);
  assert.equal(s.syscall(214, [0x1000]), start + PAGE * 3, 'refused: answers the current break');
  assert.equal(s.syscall(214, [0x7000000]), start + PAGE * 3, 'beyond the limit');
  assert.equal(s.syscall(214, [start]), start, 'shrinking');
  assert.throws(() => m.read8(start + 10));
});

test('private allocation syscalls use the typed heap', () => {
  const { s, h } = host();
  assert.equal(s.syscall(S.allocType, [4]), 0);
  const a = s.syscall(S.alloc, [24, 1]);
  const b = s.syscall(S.alloc, [8, 0]);
  assert.deepEqual(h.live().map((x) => [x.size, x.typeId]), [[24, 4], [8, 0]]);
  s.syscall(S.allocType, [6]);
  const c = s.syscall(S.realloc, [a, 100]);
  assert.equal(h.blocks.get(c)?.typeId, 6);
  assert.equal(s.syscall(S.free, [b]), 0);
  assert.equal(h.live().length, 1);
  assert.equal(s.syscall(S.migrate, [0]), -1);
  assert.equal(s.syscall(S.point, []), -1);
  assert.equal(s.syscall(999, []), -38);
});

// Tests of the machine: running to exit, argv on the initial stack, stdin, faults attributed to
// function and line, instruction limits (resumable 'limit' and the fatal total limit), formatFault.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as E from '../isa/rv32/encode';
import { Machine, formatFault } from './machine';
import { rvImage, textOf, bytesOf, irData } from './test-support';
import { STACK_TOP } from './memory';

const A0 = 10, A1 = 11, A2 = 12, A7 = 17, RA = 1, ZERO = 0, T0 = 5, SP = 2;
const RET = E.jalr(ZERO, RA, 0);

test('main returning a value exits with it', () => {
  const r = new Machine(rvImage([E.addi(A0, ZERO, 42), RET])).run();
  assert.deepEqual({ status: r.status, exitCode: r.exitCode }, { status: 'exited', exitCode: 42 });
  assert.ok(r.instructions > 4);
});

test('the initial stack holds argc, argv and their strings', () => {
  const m = new Machine(rvImage([E.addi(A0, ZERO, 0), RET]), { argv: ['prog', 'ab', 'c'] });
  const sp = m.cpu.getReg('sp');
  assert.equal(sp % 16, 0);
  assert.ok(sp < STACK_TOP);
  assert.equal(m.memory.read32(sp), 3);
  const s = (i: number) => textOf(m.memory.readCString(m.memory.read32(sp + 4 + 4 * i)));
  assert.deepEqual([s(0), s(1), s(2)], ['prog', 'ab', 'c']);
  assert.equal(m.memory.read32(sp + 16), 0, 'argv NULL');
  assert.equal(m.memory.read32(sp + 20), 0, 'envp NULL');
});

test('main echoes stdin: read then write', () => {
  // read(0, sp-64, 16) -> a0 = n; write(1, sp-64, n)
  const code = [
    E.addi(A1, SP, -64), E.addi(A0, ZERO, 0), E.addi(A2, ZERO, 16), E.addi(A7, ZERO, 63), E.ecall(),
    E.addi(A2, A0, 0), E.addi(A0, ZERO, 1), E.addi(A7, ZERO, 64), E.ecall(), E.addi(A0, ZERO, 0), RET,
  ];
  const seen: string[] = [];
  const r = new Machine(rvImage(code), { stdin: bytesOf('ping'), onOutput: (fd, d) => seen.push(`${fd}:${textOf(d)}`) }).run();
  assert.equal(textOf(r.stdout), 'ping');
  assert.deepEqual(seen, ['1:ping']);
});

test('a null dereference is a bad access attributed to main and its line', () => {
  const img = rvImage([E.addi(A0, ZERO, 1), E.lw(A0, ZERO, 0), RET], { lines: [{ offset: 0, line: 2, col: 3, file: 'prog.c' }, { offset: 4, line: 3, col: 10, file: 'prog.c' }] });
  const r = new Machine(img).run();
  assert.equal(r.status, 'fault');
  const f = r.fault!;
  assert.equal(f.kind, 'bad access');
  assert.equal(f.address, 0);
  assert.equal(f.function, 'main');
  assert.deepEqual([f.file, f.line, f.col], ['prog.c', 3, 10]);
  const main = img.debug.functions.find((x) => x.name === 'main')!;
  assert.equal(f.pc, main.lo + 4);
  assert.equal(formatFault(f), `shuttle: bad access at 0x0 (pc 0x${(main.lo + 4).toString(16)}, rv32) in main, prog.c:3:10: ${f.message}`);
  assert.equal(new Machine(img).run().status, 'fault');
});

test('writing to a string literal is a write to text', () => {
  const data = [irData('.Lstr', { section: 'rodata', size: 4, align: 4, bytes: bytesOf('abc\0'), cname: undefined, isStatic: true })];
  const r = new Machine(rvImage([E.lui(T0, 0), E.sw(ZERO, T0, 0), RET], {
    data, relocs: [{ offset: 0, kind: 'hi20', sym: '.Lstr', addend: 0 }, { offset: 4, kind: 'lo12s', sym: '.Lstr', addend: 0 }],
  })).run();
  assert.equal(r.fault?.kind, 'write to text');
});

test('endless recursion is a stack overflow', () => {
  const r = new Machine(rvImage([E.addi(SP, SP, -64), E.sw(RA, SP, 0), E.jal(RA, -8)])).run();
  assert.equal(r.fault?.kind, 'stack overflow');
  assert.equal(r.fault?.function, 'main');
});

test('maxInstructions stops resumably; the total limit is a fault', () => {
  const img = rvImage([E.jal(ZERO, 0)]);
  const m = new Machine(img);
  const r1 = m.run({ maxInstructions: 1000 });
  assert.equal(r1.status, 'limit');
  assert.equal(r1.instructions, 1000);
  assert.equal(m.run({ maxInstructions: 10 }).instructions, 1010);
  m.instructionLimit = 5000;
  const r2 = m.run();
  assert.equal(r2.status, 'fault');
  assert.equal(r2.fault?.kind, 'instruction limit');
  assert.equal(r2.instructions, 5000);
  assert.match(formatFault(r2.fault!), /^shuttle: instruction limit \(pc 0x[0-9a-f]+, rv32\) in main, prog\.c:2:3: /);
});

test('breakpoints stop before the instruction', () => {
  const img = rvImage([E.addi(A0, ZERO, 5), E.addi(A0, A0, 1), RET]);
  const main = img.debug.functions.find((x) => x.name === 'main')!;
  const m = new Machine(img);
  m.cpu.breakpoints.add(main.lo + 4);
  const r = m.run();
  assert.equal(r.status, 'breakpoint');
  assert.equal(m.cpu.pc, main.lo + 4);
  assert.equal(m.cpu.getReg('a0'), 5);
});

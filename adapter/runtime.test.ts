// Unit tests of the debug runtime without DAP: the C expression evaluator (pointer arithmetic,
// casts, 64-bit values, registers, errors) and disassembly padding, on both ISAs, stopped in
// test/adapter/programs/basic.c.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { DebugRuntime, type StopEvent } from './runtime';

const BASIC = path.join(__dirname, '..', 'test', 'adapter', 'programs', 'basic.c');

async function stoppedInSquare(isa: string): Promise<DebugRuntime> {
  const rt = new DebugRuntime();
  rt.configurationDone();
  const stopped = new Promise<StopEvent>((r) => rt.once('stopped', r));
  rt.setBreakpoints(BASIC, [{ line: 6, hitCondition: '== 3' }]);
  await rt.launch({ program: BASIC, isa });
  assert.equal((await stopped).reason, 'breakpoint');
  return rt;
}

for (const isa of ['rv32', 'm68k']) {
  test(`${isa}: the evaluator`, async () => {
    const rt = await stoppedInSquare(isa);
    const ev = (e: string, frame = 0): string => rt.evaluate(e, frame).result;
    assert.equal(ev('n'), '3');
    assert.equal(ev('arr[0] + arr[1]', 1), '5');
    assert.equal(ev('*(arr + 1)', 1), '4');
    assert.equal(ev('&arr[2] - &arr[0]', 1), '2');
    assert.equal(ev('sizeof(struct point)', 1), '8');
    assert.equal(ev('sizeof arr', 1), '12');
    assert.equal(ev('(unsigned char)-1'), "255 '\\xff'");
    assert.equal(ev('-7 / 2'), '-3');
    assert.equal(ev('(long long)n << 40'), String(3n << 40n));
    assert.equal(ev('n > 2 && n < 4'), '1');
    assert.equal(ev("'a' + 1"), '98');
    assert.equal(ev('0x10 | 1'), '17');
    assert.match(ev('argv[0]', 1), /^0x[0-9a-f]{8} ".*basic\.c"$/);
    assert.equal(ev('$pc'), String(rt.frames()[0].pc));
    assert.equal(ev('$pc', 1), String(rt.frames()[1].pc));
    for (const [bad, msg] of [['n +', /end of expression/], ['nosuch', /not in scope/], ['p.z', /not in scope|no field/],
      ['n / 0', /division by zero/], ['*n', /cannot dereference/], ['$nope', /no register/], ['(struct nosuch *)0', /unknown type/], ['1 @ 2', /unexpected/]] as const) {
      assert.throws(() => rt.evaluate(bad, 0), msg, bad);
    }
    assert.throws(() => rt.evaluate('p.z', 1), /no field 'z'/);
    rt.terminate();
  });

  test(`${isa}: disassembly answers exactly the count asked for`, async () => {
    const rt = await stoppedInSquare(isa);
    const pc = '0x' + rt.frames()[0].pc.toString(16);
    for (const [off, n] of [[-50, 100], [0, 1], [-1000000, 3], [1000000, 3]]) assert.equal(rt.disassemble(pc, 0, off, n).length, n);
    const around = rt.disassemble(pc, 0, -10, 21);
    assert.equal(parseInt(around[10].address, 16), rt.frames()[0].pc);
    assert.throws(() => rt.disassemble(pc, 0, 0.5, 3), /integer/);
    rt.terminate();
  });
}

const CALLS = path.join(__dirname, '..', 'test', 'adapter', 'programs', 'calls.c');

async function next(rt: DebugRuntime, how: 'over' | 'in' | 'out' = 'over'): Promise<StopEvent> {
  const stopped = new Promise<StopEvent>((r) => rt.once('stopped', r));
  rt.step(how);
  return stopped;
}

for (const isa of ['rv32', 'm68k']) {
  test(`${isa}: stepping over a call from a breakpoint on its line, and into a breakpoint inside a call`, async () => {
    const rt = new DebugRuntime();
    rt.configurationDone();
    const stopped = new Promise<StopEvent>((r) => rt.once('stopped', r));
    rt.setBreakpoints(CALLS, [{ line: 7 }]);
    await rt.launch({ program: CALLS, isa });
    await stopped;
    assert.equal(rt.frames()[0].line, 7);
    assert.equal((await next(rt)).reason, 'step');
    assert.deepEqual([rt.frames()[0].fn?.name, rt.frames()[0].line, rt.evaluate('count').result], ['main', 8, '1']);
    rt.setBreakpoints(CALLS, [{ line: 4 }]);
    assert.equal((await next(rt)).reason, 'breakpoint');
    assert.equal(rt.frames()[0].fn?.name, 'tick');
    assert.equal((await next(rt, 'out')).reason, 'step');
    assert.equal(rt.frames()[0].fn?.name, 'main');
    assert.equal(rt.evaluate('count').result, '2');
    rt.terminate();
  });
}

for (const isa of ['rv32', 'm68k']) {
  test(`${isa}: the stack is right at every instruction of a call, prologue and epilogue included`, async () => {
    const rt = new DebugRuntime();
    rt.configurationDone();
    const stopped = new Promise<StopEvent>((r) => rt.once('stopped', r));
    rt.setBreakpoints(CALLS, [{ line: 7 }]);
    await rt.launch({ program: CALLS, isa });
    await stopped;
    const names = (): string => rt.frames().map((f) => f.fn?.name).join(' ');
    const seen = new Set<string>();
    for (let i = 0; i < 40 && rt.frames()[0].line !== 8; i++) {
      const s = new Promise<StopEvent>((r) => rt.once('stopped', r));
      rt.step('in', 'instruction');
      await s;
      seen.add(names());
      assert.match(names(), /^(tick main|main) __shuttle_start _start$/, `at ${rt.frames()[0].pc.toString(16)}`);
    }
    assert.ok(seen.has('tick main __shuttle_start _start'));
    assert.equal(rt.frames()[0].line, 8);
    rt.terminate();
  });
}

// Protocol tests of the debug adapter through its stdio entry point, on every ISA (ISA_IDS): launch
// (args, stdin, stopOnEntry, compile errors), output, breakpoints of each kind, stepping, stack,
// scopes and variables, evaluate, setVariable, disassemble, memory, faults, pause, restart.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import { getIsa, ISA_IDS } from '../../emulator/index';
import { failure, launchAndStop, program, scopeVars, startClient, stopAfter, topFrame } from './client';

for (const isa of ISA_IDS) {
  describe(`adapter on ${isa}`, () => {
    let dc: DebugClient;
    before(async () => { dc = await startClient(); });
    after(async () => { await dc.stop(); });

    test('breakpoint, stack, scopes, variables, evaluate, setVariable, stepping', async () => {
      const stop = await launchAndStop(dc, 'basic.c', isa, [6]);
      assert.equal(stop.body.reason, 'breakpoint');
      const threads = (await dc.threadsRequest()).body.threads;
      assert.equal(threads[0].name, `main · ${isa}`);
      const frames = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
      assert.deepEqual(frames.slice(0, 2).map((f) => [f.name, f.line]), [['square', 6], ['main', 15]]);
      assert.match(frames[0].instructionPointerReference!, /^0x[0-9a-f]{8}$/);
      const locals = await scopeVars(dc, frames[0].id, 'Locals');
      assert.equal(locals.find((v) => v.name === 'n')?.value, '1');
      const scopes = (await dc.scopesRequest({ frameId: 0 })).body.scopes;
      assert.deepEqual(scopes.map((s) => s.name), ['Locals', 'Globals', `Registers (${isa})`, 'Canonical frame']); // stopped at a statement point
      assert.equal(scopes[2].presentationHint, 'registers');
      const regs = await scopeVars(dc, 0, 'Registers');
      const names = regs.map((r) => r.name);
      if (isa === 'rv32') for (const n of ['pc', 'ra', 'sp', 'a0', 'a7']) assert.ok(names.includes(n), n);
      else if (isa === 'x86_64') {
        for (const n of ['rax', 'rsp', 'rbp', 'r15', 'rip', 'rflags']) assert.ok(names.includes(n), n);
        assert.match(regs.find((r) => r.name === 'rsp')!.value, /^0x[0-9a-f]{16}$/);
        const rflags = regs.find((r) => r.name === 'rflags')!;
        const fields = (await dc.variablesRequest({ variablesReference: rflags.variablesReference })).body.variables;
        for (const f of ['CF', 'ZF', 'SF', 'OF']) assert.ok(fields.some((x) => x.name === f), f);
      } else {
        for (const n of ['d0', 'd7', 'a0', 'a7', 'pc', 'sr']) assert.ok(names.includes(n), n);
        const ccr = regs.find((r) => r.name === 'sr')!;
        assert.match(ccr.value, /^0x[0-9a-f]{4} \[[-XNZVC]{5}\]$/);
        assert.match((await dc.evaluateRequest({ expression: '$sr == $ccr && $a7 == $sp', frameId: 0 })).body.result, /^1/);
        const flags = (await dc.variablesRequest({ variablesReference: ccr.variablesReference })).body.variables;
        assert.deepEqual(flags.map((f) => f.name), ['X', 'N', 'Z', 'V', 'C']);
      }
      const globals = await scopeVars(dc, 0, 'Globals');
      assert.equal(globals.find((v) => v.name === 'g_counter')?.value, '7');
      // the caller's frame: struct and array expand lazily
      const mainLocals = await scopeVars(dc, 1, 'Locals');
      const p = mainLocals.find((v) => v.name === 'p')!;
      assert.equal(p.value, '{x = 3, y = 4}');
      const fields = (await dc.variablesRequest({ variablesReference: p.variablesReference })).body.variables;
      assert.deepEqual(fields.map((f) => [f.name, f.value]), [['x', '3'], ['y', '4']]);
      assert.match(mainLocals.find((v) => v.name === 'arr')!.memoryReference!, /^0x/);
      // evaluate in both frames, hex format, registers
      assert.equal((await dc.evaluateRequest({ expression: 'n * 10 + 2', frameId: 0, context: 'watch' })).body.result, '12');
      assert.equal((await dc.evaluateRequest({ expression: 'p.x * p.y + arr[0]', frameId: 1, context: 'repl' })).body.result, '12');
      assert.equal((await dc.evaluateRequest({ expression: '(&p)->y', frameId: 1, context: 'hover' })).body.result, '4');
      assert.equal((await dc.evaluateRequest({ expression: 'g_counter', frameId: 0, format: { hex: true } } as never)).body.result, '0x00000007');
      assert.equal((await dc.evaluateRequest({ expression: '(char)65', frameId: 0 })).body.result, "65 'A'");
      assert.match((await dc.evaluateRequest({ expression: '$sp', frameId: 0 })).body.result, /^\d+$/);
      assert.match(await failure(dc.evaluateRequest({ expression: 'nosuch + 1', frameId: 0 })), /not in scope/);
      // setVariable on a local, and through evaluate
      const sv = await dc.setVariableRequest({ variablesReference: (await dc.scopesRequest({ frameId: 0 })).body.scopes[0].variablesReference, name: 'n', value: '5' });
      assert.equal(sv.body.value, '5');
      // step over: r = 25 afterwards
      let s = await stopAfter(dc, () => dc.nextRequest({ threadId: 1 }));
      assert.equal(s.body.reason, 'step');
      assert.equal((await topFrame(dc)).line, 7);
      assert.equal((await dc.evaluateRequest({ expression: 'r', frameId: 0 })).body.result, '25');
      // step out returns to main
      s = await stopAfter(dc, () => dc.stepOutRequest({ threadId: 1 }));
      assert.equal((await topFrame(dc)).name, 'main');
      // instruction stepping moves by one instruction
      const before = (await topFrame(dc)).instructionPointerReference!;
      await stopAfter(dc, () => dc.nextRequest({ threadId: 1, granularity: 'instruction' }));
      assert.notEqual((await topFrame(dc)).instructionPointerReference, before);
      // clear breakpoints and run to the end: output and exit
      await dc.setBreakpointsRequest({ source: { path: program('basic.c') }, breakpoints: [] });
      const out = dc.assertOutput('stdout', 'sum 50'); // n was set to 5: 25 + 4 + 9 + 12
      await Promise.all([dc.continueRequest({ threadId: 1 }), out, dc.waitForEvent('terminated')]);
    });
  });

  describe(`adapter on ${isa}: breakpoint kinds`, () => {
    let dc: DebugClient;
    before(async () => { dc = await startClient(); });
    after(async () => { await dc.stop(); });

    test('conditional, hit count, logpoint, function and instruction breakpoints; step in', async () => {
      const file = program('basic.c');
      const launched = dc.launchRequest({ program: file, isa } as never);
      const set = await dc.setBreakpointsRequest({ source: { path: file }, breakpoints: [
        { line: 6, condition: 'n == 2' }, { line: 7, logMessage: 'r is {r}' }, { line: 2, condition: '0' },
      ] });
      assert.deepEqual(set.body.breakpoints.map((b) => [b.verified, b.line]), [[true, 6], [true, 7], [true, 5]]);
      const stopped = dc.waitForEvent('stopped');
      const logged = dc.assertOutput('console', 'r is 1');
      await dc.configurationDoneRequest();
      await launched;
      let s = await stopped;
      assert.equal((await dc.evaluateRequest({ expression: 'n', frameId: 0 })).body.result, '2');
      await logged;
      // hit count: the second time line 6 is reached after resetting
      await dc.setBreakpointsRequest({ source: { path: file }, breakpoints: [] });
      const fb = await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'square', hitCondition: '== 1' }, { name: 'nosuch' }] });
      assert.deepEqual(fb.body.breakpoints.map((b) => b.verified), [true, false]);
      s = await stopAfter(dc, () => dc.continueRequest({ threadId: 1 }));
      assert.equal(s.body.reason, 'function breakpoint');
      assert.equal((await dc.evaluateRequest({ expression: 'n', frameId: 0 })).body.result, '3');
      await dc.setFunctionBreakpointsRequest({ breakpoints: [] });
      // instruction breakpoint at main's printf line: via breakpointLocations + disassemble
      const locs = await dc.customRequest('breakpointLocations', { source: { path: file }, line: 1, endLine: 30 });
      assert.ok(locs.body.breakpoints.some((b: { line: number }) => b.line === 16));
      const frames = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
      const ret = frames[1].instructionPointerReference!;
      const ib = await dc.customRequest('setInstructionBreakpoints', { breakpoints: [{ instructionReference: ret }, { instructionReference: '0x1' }] });
      assert.deepEqual(ib.body.breakpoints.map((b: { verified: boolean }) => b.verified), [true, false]);
      s = await stopAfter(dc, () => dc.continueRequest({ threadId: 1 }));
      assert.equal(s.body.reason, 'instruction breakpoint');
      assert.equal((await topFrame(dc)).instructionPointerReference, ret);
      await dc.customRequest('setInstructionBreakpoints', { breakpoints: [] });
      await dc.terminateRequest({});
    });
  });

  describe(`adapter on ${isa}: machine views`, () => {
    let dc: DebugClient;
    before(async () => { dc = await startClient(); });
    after(async () => { await dc.stop(); });

    test('stopOnEntry, disassemble around the pc, readMemory, writeMemory, restart', async () => {
      const s = await launchAndStop(dc, 'basic.c', isa, [], { stopOnEntry: true });
      assert.equal(s.body.reason, 'entry');
      const top = await topFrame(dc);
      assert.equal(top.name, 'main');
      const pc = top.instructionPointerReference!;
      const dis = (await dc.disassembleRequest({ memoryReference: pc, instructionOffset: -5, instructionCount: 12 } as never)).body!.instructions;
      assert.equal(dis.length, 12);
      assert.equal(dis[5].address, pc);
      assert.equal(dis[5].location?.path, program('basic.c'));
      assert.equal(dis[5].line, 13);
      for (let i = 1; i < dis.length; i++) assert.ok(parseInt(dis[i].address, 16) > parseInt(dis[i - 1].address, 16));
      const far = (await dc.disassembleRequest({ memoryReference: '0x10000', instructionOffset: -4, instructionCount: 6 } as never)).body!.instructions;
      assert.equal(far.length, 6);
      assert.equal(far[0].presentationHint, 'invalid');
      // memory of p: write 9 into p.x, read it back through evaluate
      const addr = (await dc.evaluateRequest({ expression: '&p.x', frameId: 0 })).body.result;
      const four = getIsa(isa).elf.bigEndian ? [0, 0, 0, 9] : [9, 0, 0, 0];
      const w = await dc.customRequest('writeMemory', { memoryReference: addr, data: Buffer.from(four).toString('base64') });
      assert.equal(w.body.bytesWritten, 4);
      const r = await dc.customRequest('readMemory', { memoryReference: addr, count: 4 });
      assert.deepEqual([...Buffer.from(r.body.data, 'base64')], four);
      assert.equal((await dc.evaluateRequest({ expression: 'p.x', frameId: 0 })).body.result, '9');
      const un = await dc.customRequest('readMemory', { memoryReference: '0x0', count: 8 });
      assert.equal(un.body.unreadableBytes, 8);
      // restart: stops at entry again
      const again = await stopAfter(dc, () => dc.restartRequest({}));
      assert.equal(again.body.reason, 'entry');
      await dc.terminateRequest({});
    });
  });

  describe(`adapter on ${isa}: launch and faults`, () => {
    let dc: DebugClient;
    before(async () => { dc = await startClient(); });
    after(async () => { await dc.stop(); });

    test('a runtime fault stops with exception info', async () => {
      const s = await launchAndStop(dc, 'fault.c', isa, []);
      assert.equal(s.body.reason, 'exception');
      const info = await dc.exceptionInfoRequest({ threadId: 1 });
      assert.equal(info.body.exceptionId, 'division by zero');
      assert.match(info.body.details!.message!, /fault\.c:6/);
      assert.equal((await topFrame(dc)).line, 6);
      await Promise.all([dc.waitForEvent('terminated'), dc.continueRequest({ threadId: 1 })]);
    });
  });

  describe(`adapter on ${isa}: more launches`, () => {
    test('compile errors fail the launch with the diagnostics', async () => {
      const dc = await startClient();
      await dc.configurationDoneRequest();
      const msg = await failure(dc.launchRequest({ program: program('bad.c'), isa } as never));
      assert.match(msg, /undeclared_name/);
      assert.match(await failure(dc.launchRequest({ program: program('basic.c'), isa: 'vax' } as never)), /unknown isa/);
      await dc.stop();
    });

    test('args and stdin reach the program; output streams', async () => {
      const dc = await startClient();
      await dc.configurationDoneRequest();
      const out: string[] = [];
      dc.on('output', (e) => { if (e.body.category === 'stdout') out.push(e.body.output); });
      const done = dc.waitForEvent('terminated');
      await dc.launchRequest({ program: program('echo.c'), isa, args: ['one', 'two'], stdin: 'hello\n' } as never);
      await done;
      assert.equal(out.join(''), 'arg one\narg two\nhello\n');
      await dc.stop();
    });

    test('pause an endless loop, then terminate', async () => {
      const dc = await startClient();
      await dc.configurationDoneRequest();
      await dc.launchRequest({ program: program('loop.c'), isa } as never);
      await new Promise((r) => setTimeout(r, 300));
      assert.equal((await dc.threadsRequest()).body.threads.length, 1);
      const s = await stopAfter(dc, () => dc.pauseRequest({ threadId: 1 }));
      assert.equal(s.body.reason, 'pause');
      assert.equal((await topFrame(dc)).name, 'main');
      const n1 = Number((await dc.evaluateRequest({ expression: 'n', frameId: 0 })).body.result);
      await dc.continueRequest({ threadId: 1 });
      await new Promise((r) => setTimeout(r, 100));
      await stopAfter(dc, () => dc.pauseRequest({ threadId: 1 }));
      assert.ok(Number((await dc.evaluateRequest({ expression: 'n', frameId: 0 })).body.result) !== n1);
      await Promise.all([dc.waitForEvent('terminated'), dc.terminateRequest({})]);
      await dc.stop();
    });
  });
}

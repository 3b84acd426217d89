// More protocol tests: step in at line granularity, setExpression, completions, goto, breakpoints set before launch
// reported by `breakpoint` events, the exception filter turned off, and `shuttle dap --port`
// serving a client over TCP on loopback.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { ISA_IDS } from '../../emulator/index';
import { ROOT, launchAndStop, program, startClient, stopAfter, topFrame } from './client';

for (const isa of ISA_IDS) {
  test(`${isa}: step in enters square, setExpression assigns`, async () => {
    const dc = await startClient();
    await launchAndStop(dc, 'basic.c', isa, [15]);
    assert.equal((await topFrame(dc)).line, 15);
    await stopAfter(dc, () => dc.stepInRequest({ threadId: 1 }));
    const f = await topFrame(dc);
    assert.deepEqual([f.name, f.line], ['square', 6]);
    assert.equal((await dc.evaluateRequest({ expression: 'n', frameId: 0 })).body.result, '1');
    const r = await dc.customRequest('setExpression', { expression: 'g_counter', value: 'n + 40', frameId: 0 });
    assert.equal(r.body.value, '41');
    assert.equal((await dc.evaluateRequest({ expression: 'g_counter', frameId: 1 })).body.result, '41');
    const comp = await dc.completionsRequest({ text: 'g_c', column: 4, frameId: 0 });
    assert.deepEqual(comp.body.targets.map((t) => t.label), ['g_counter']);
    assert.ok((await dc.completionsRequest({ text: '$s', column: 3, frameId: 0 })).body.targets.some((t) => t.label === '$sp'));
    const targets = (await dc.gotoTargetsRequest({ source: { path: program('basic.c') }, line: 7 })).body.targets;
    assert.equal(targets.length, 1);
    const g = await stopAfter(dc, () => dc.gotoRequest({ threadId: 1, targetId: targets[0].id }));
    assert.equal(g.body.reason, 'goto');
    assert.equal((await topFrame(dc)).line, 7);
    assert.equal((await dc.gotoTargetsRequest({ source: { path: program('basic.c') }, line: 16 })).body.targets.length, 0);
    await dc.terminateRequest({});
    await dc.stop();
  });

  test(`${isa}: breakpoints set before launch are verified by events; faults filter off`, async () => {
    const dc = await startClient();
    const changed: DebugProtocol.BreakpointEvent[] = [];
    dc.on('breakpoint', (e) => changed.push(e as DebugProtocol.BreakpointEvent));
    const set = await dc.setBreakpointsRequest({ source: { path: program('fault.c') }, breakpoints: [{ line: 5 }] });
    assert.equal(set.body.breakpoints[0].verified, false);
    await dc.setExceptionBreakpointsRequest({ filters: [] });
    const errs: string[] = [];
    dc.on('output', (e) => { if (e.body.category === 'stderr') errs.push(e.body.output); });
    const stopped = dc.waitForEvent('stopped');
    const launched = dc.launchRequest({ program: program('fault.c'), isa } as never);
    await dc.configurationDoneRequest();
    await launched;
    await stopped;
    assert.ok(changed.some((e) => e.body.breakpoint.id === set.body.breakpoints[0].id && e.body.breakpoint.verified));
    await Promise.all([dc.waitForEvent('terminated'), dc.continueRequest({ threadId: 1 })]);
    assert.match(errs.join(''), /division by zero/);
    await dc.stop();
  });
}

for (const isa of ISA_IDS) {
  test(`${isa}: a linked-list session (the migration scenario's first half)`, async () => {
    const dc = await startClient();
    const file = path.join(ROOT, 'examples', 'list.c');
    const out: string[] = [];
    dc.on('output', (e) => { if (e.body.category === 'stdout') out.push(e.body.output); });
    const stopped = dc.waitForEvent('stopped');
    const launched = dc.launchRequest({ program: file, isa } as never);
    const fb = await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'print' }, { name: 'reverse' }] });
    assert.deepEqual(fb.body.breakpoints.map((b) => b.verified), [true, true]);
    await dc.configurationDoneRequest();
    await launched;
    await stopped;
    assert.equal((await topFrame(dc)).name, 'print');
    const regs = (await dc.variablesRequest({ variablesReference: (await dc.scopesRequest({ frameId: 0 })).body.scopes[2].variablesReference })).body.variables.map((v) => v.name);
    const want = { rv32: ['pc', 'ra', 'sp', 'a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'], m68k: ['d0', 'd7', 'a0', 'a6', 'a7', 'pc', 'sr'], x86_64: ['rax', 'rdi', 'rsp', 'rbp', 'rip', 'rflags'] }[isa];
    for (const r of want) assert.ok(regs.includes(r), r);
    const locals = (await dc.variablesRequest({ variablesReference: (await dc.scopesRequest({ frameId: 0 })).body.scopes[0].variablesReference })).body.variables;
    const n = locals.find((v) => v.name === 'n')!;
    assert.equal(n.type, 'struct node *'); // the debug info drops qualifiers
    const node = (await dc.variablesRequest({ variablesReference: n.variablesReference })).body.variables[0];
    const fields = (await dc.variablesRequest({ variablesReference: node.variablesReference })).body.variables;
    assert.equal(fields.find((f) => f.name === 'value')?.value, '100');
    assert.equal((await dc.evaluateRequest({ expression: 'n->next->value', frameId: 0, context: 'watch' })).body.result, '81');
    assert.equal((await dc.evaluateRequest({ expression: 'list->next->next->value', frameId: 1, context: 'watch' })).body.result, '64');
    await stopAfter(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal((await topFrame(dc)).name, 'reverse');
    assert.equal((await dc.evaluateRequest({ expression: 'head->next->value', frameId: 0 })).body.result, '81');
    await dc.setFunctionBreakpointsRequest({ breakpoints: [] });
    await Promise.all([dc.waitForEvent('terminated'), dc.continueRequest({ threadId: 1 })]);
    assert.equal(out.join(''), 'built: 100 81 64 49 36 25 16 9 4 1\nreversed: 1 4 9 16 25 36 49 64 81 100\nsum 385\n');
    await dc.stop();
  });
}

test('shuttle dap --port serves a client on 127.0.0.1', async () => {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'shuttle'), 'dap', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let err = '';
      child.stderr.on('data', (d: Buffer) => { err += d; const m = /127\.0\.0\.1:(\d+)/.exec(err); if (m) resolve(Number(m[1])); });
      child.on('exit', () => reject(new Error(`exited: ${err}`)));
    });
    const dc = new DebugClient('node', '', 'shuttle');
    await dc.start(port);
    await dc.initializeRequest({ adapterID: 'shuttle', pathFormat: 'path' });
    const s = await launchAndStop(dc, 'basic.c', 'm68k', [], { stopOnEntry: true });
    assert.equal(s.body.reason, 'entry');
    assert.equal((await dc.threadsRequest()).body.threads[0].name, 'main · m68k');
    await dc.terminateRequest({});
    await dc.stop();
  } finally {
    child.kill();
  }
});

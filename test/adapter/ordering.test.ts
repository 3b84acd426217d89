// The order of what the adapter sends, on every ISA (ISA_IDS): the response to a request that
// resumes the program (next, stepIn, stepOut, continue, goto, pause, restart, migrate) comes
// before the stop it causes; a `migrate` that must run first announces it with `continued`;
// after a migration the events come in the order docs/debug-adapter.md gives. Also stepIn and
// stepOut at instruction granularity, and pause while running.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { ISA_IDS } from '../../emulator/index';
import { custom, failure, launchAndStop, program, recordMessages, startClient, stopAfter, topFrame } from './client';

/** Do `act` and wait for its stop; the messages sent meanwhile, in order. */
async function ordered(dc: DebugClient, act: () => Promise<unknown>): Promise<string[]> {
  const log = recordMessages(dc);
  await stopAfter(dc, act);
  const seen = log.slice();
  log.length = 0;
  return seen;
}

/** `log` without output events (the program's printing may interleave anywhere). */
const quiet = (log: string[]): string[] => log.filter((m) => m !== 'output');

const other = (isa: string): string => ISA_IDS.find((x) => x !== isa)!;

for (const isa of ISA_IDS) {
  test(`${isa}: the response to next, stepIn, stepOut, continue, goto, pause and restart precedes the stop`, async () => {
    const dc = await startClient();
    try {
      const file = program('basic.c');
      await launchAndStop(dc, 'basic.c', isa, [15]);
      assert.deepEqual(quiet(await ordered(dc, () => dc.stepInRequest({ threadId: 1 }))), ['response:stepIn', 'stopped']);
      assert.equal((await topFrame(dc)).name, 'square');
      assert.deepEqual(quiet(await ordered(dc, () => dc.nextRequest({ threadId: 1 }))), ['response:next', 'stopped']);
      assert.equal((await topFrame(dc)).line, 7);
      assert.deepEqual(quiet(await ordered(dc, () => dc.stepOutRequest({ threadId: 1 }))), ['response:stepOut', 'stopped']);
      assert.equal((await topFrame(dc)).name, 'main');
      assert.deepEqual(quiet(await ordered(dc, () => dc.nextRequest({ threadId: 1, granularity: 'instruction' }))), ['response:next', 'stopped']);
      assert.deepEqual(quiet(await ordered(dc, () => dc.stepInRequest({ threadId: 1, granularity: 'instruction' }))), ['response:stepIn', 'stopped']);
      assert.deepEqual(quiet(await ordered(dc, () => dc.continueRequest({ threadId: 1 }))), ['response:continue', 'stopped']);
      const target = (await dc.gotoTargetsRequest({ source: { path: file }, line: 15 })).body.targets[0];
      assert.deepEqual(await ordered(dc, () => dc.gotoRequest({ threadId: 1, targetId: target.id })), ['response:goto', 'stopped']);
      assert.deepEqual(await ordered(dc, () => dc.pauseRequest({ threadId: 1 })), ['response:pause', 'stopped']);
      // restart: the breakpoints reported again, the response, `continued` (nothing else says it runs), then the stop
      const log = quiet(await ordered(dc, () => dc.restartRequest({})));
      assert.deepEqual(log.filter((m) => m !== 'breakpoint'), ['response:restart', 'continued', 'stopped']);
      assert.ok(log.indexOf('breakpoint') < log.indexOf('response:restart'));
      await dc.terminateRequest({});
    } finally { await dc.stop(); }
  });

  test(`${isa}: stepIn and stepOut by instruction enter a call at its first instruction and come back to the return address`, async () => {
    const dc = await startClient();
    try {
      await launchAndStop(dc, 'basic.c', isa, [15]);
      let before = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
      for (let i = 0; i < 200 && (await topFrame(dc)).name === 'main'; i++) {
        before = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
        const s = await stopAfter(dc, () => dc.stepInRequest({ threadId: 1, granularity: 'instruction' }));
        assert.equal(s.body.reason, 'step');
      }
      const inside = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
      assert.equal(inside[0].name, 'square');
      assert.equal(inside[1].name, 'main');
      // the call was the last instruction stepped: the caller's frame now sits at the address after it
      const callInsn = (await dc.disassembleRequest({ memoryReference: before[0].instructionPointerReference!, instructionOffset: 1, instructionCount: 1 })).body!.instructions[0];
      assert.equal(inside[1].instructionPointerReference, callInsn.address);
      // one instruction into the callee: not at the start of a statement, and stepOut by instruction returns to exactly that address
      await stopAfter(dc, () => dc.stepInRequest({ threadId: 1, granularity: 'instruction' }));
      assert.equal((await topFrame(dc)).name, 'square');
      const out = await stopAfter(dc, () => dc.stepOutRequest({ threadId: 1, granularity: 'instruction' }));
      assert.equal(out.body.reason, 'step');
      const back = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
      assert.equal(back[0].name, 'main');
      assert.equal(back[0].instructionPointerReference, inside[1].instructionPointerReference);
      assert.equal(back.length, inside.length - 1);
      await dc.terminateRequest({});
    } finally { await dc.stop(); }
  });

  test(`${isa}: migrate: at a point the response comes first; from between points \`continued\` starts the run; then the documented event order`, async () => {
    const to = other(isa);
    const dc = await startClient({ supportsInvalidatedEvent: true });
    try {
      await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'total' }] });
      await launchAndStop(dc, 'list.c', isa, [15]);
      // at a migration point: no run, so no `continued`
      let log = await ordered(dc, () => dc.customRequest('migrate', { targetIsa: to }));
      const expectAfter = ['invalidated', 'breakpoint', 'breakpoint', 'thread', 'migrated', 'output', 'stopped'];
      assert.deepEqual(log, ['response:migrate', ...expectAfter]);
      // between points (one instruction on): `continued` as the run starts, the response once migrated, then the same events
      const atPoint = async (): Promise<boolean> => { try { await dc.customRequest('canonicalState', {}); return true; } catch { return false; } };
      for (let i = 0; i < 20 && await atPoint(); i++) await stopAfter(dc, () => dc.nextRequest({ threadId: 1, granularity: 'instruction' }));
      assert.match(await failure(dc.customRequest('canonicalState', {})), /^not at a migration point/);
      const continued = dc.waitForEvent('continued') as Promise<DebugProtocol.ContinuedEvent>;
      log = await ordered(dc, () => dc.customRequest('migrate', { targetIsa: isa }));
      assert.deepEqual(log, ['continued', 'response:migrate', ...expectAfter]);
      assert.deepEqual((await continued).body, { threadId: 1, allThreadsContinued: true });
      assert.equal((await custom<{ current: string }>(dc, 'isas')).current, isa);
      await dc.terminateRequest({});
    } finally { await dc.stop(); }
  });
}

for (const isa of ISA_IDS) {
  test(`${isa}: pause while running: the response, then the stop`, async () => {
    const dc = await startClient();
    try {
      await dc.configurationDoneRequest();
      await dc.launchRequest({ program: program('loop.c'), isa } as DebugProtocol.LaunchRequestArguments);
      assert.deepEqual(await ordered(dc, () => dc.pauseRequest({ threadId: 1 })), ['response:pause', 'stopped']);
      assert.deepEqual(await ordered(dc, () => dc.continueRequest({ threadId: 1 }).then(() => dc.pauseRequest({ threadId: 1 }))), ['response:continue', 'response:pause', 'stopped']);
      await dc.terminateRequest({});
    } finally { await dc.stop(); }
  });
}

// While the program runs (an endless loop, run in budgets), the adapter still answers: a
// breakpoint set while running is hit, and terminate ends a running program — on every ISA.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { ISA_IDS } from '../../emulator/index';
import { program, startClient, topFrame } from './client';

const LOOP = program('loop.c');
const BODY = 4; // for (;;) n = n + 1;

for (const isa of ISA_IDS) {
  test(`${isa}: a breakpoint set while the program runs is hit; terminate ends a running program`, async () => {
    const dc = await startClient();
    await dc.configurationDoneRequest();
    await dc.launchRequest({ program: LOOP, isa } as DebugProtocol.LaunchRequestArguments);
    await new Promise((r) => setTimeout(r, 200)); // running, several budgets in
    const stopped = dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>;
    const set = await dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [{ line: BODY }] });
    assert.equal(set.body.breakpoints[0].verified, true);
    assert.equal((await stopped).body.reason, 'breakpoint');
    assert.deepEqual([(await topFrame(dc)).name, (await topFrame(dc)).line], ['main', BODY]);
    const n1 = Number((await dc.evaluateRequest({ expression: 'n', frameId: 0 })).body.result);
    // remove it, run on, and terminate while running
    await dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [] });
    const ran = dc.waitForEvent('stopped', 400).then(() => 'stopped', () => 'still running');
    await dc.continueRequest({ threadId: 1 });
    assert.equal(await ran, 'still running', 'no breakpoint is left, so it must not stop');
    const terminated = dc.waitForEvent('terminated');
    await dc.terminateRequest({});
    await terminated;
    assert.ok(Number.isInteger(n1) && n1 >= 0);
    await dc.stop();
  });
}

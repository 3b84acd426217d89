// Breakpoints through the protocol on every ISA (ISA_IDS): hit conditions of every accepted form
// in a loop (the loop variable checked at each stop), hit counts starting over on restart, a hit
// condition that is not understood, function and instruction breakpoints and breakpointLocations
// before launch (pending, then reported by `breakpoint` events), lines without code, and a
// function breakpoint verified again at the target's address after a migration.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { ISA_IDS } from '../../emulator/index';
import { collect, launchAndStop, program, startClient, stopAfter, topFrame } from './client';

const COUNT = program('count.c');

/** Hit condition per line of count.c's loop body, and the values of i (hit = i + 1) at which each must stop. */
const HIT_CASES: { line: number; hitCondition: string; condition?: string; stopsAt: number[] }[] = [
  { line: 6, hitCondition: '3', stopsAt: [2, 3, 4, 5, 6, 7, 8, 9] },
  { line: 7, hitCondition: '== 3', stopsAt: [2] },
  { line: 8, hitCondition: '% 2', stopsAt: [1, 3, 5, 7, 9] },
  { line: 9, hitCondition: '> 2', condition: 'i > 4', stopsAt: [7, 8, 9] }, // hits counted only when i > 4
  { line: 10, hitCondition: '< 3', stopsAt: [0, 1] },
  { line: 11, hitCondition: '>= 9', stopsAt: [8, 9] },
];

for (const isa of ISA_IDS) {
  test(`${isa}: hit conditions in a loop stop exactly at the hits they name`, async () => {
    const dc = await startClient();
    try {
      const launched = dc.launchRequest({ program: COUNT, isa } as DebugProtocol.LaunchRequestArguments);
      const set = await dc.setBreakpointsRequest({ source: { path: COUNT }, breakpoints: [
        ...HIT_CASES.map((c) => ({ line: c.line, hitCondition: c.hitCondition, ...(c.condition ? { condition: c.condition } : {}) })),
        { line: 12, hitCondition: '% 2 == 0' },
      ] });
      const verified = set.body.breakpoints.map((b) => [b.verified, b.line]);
      assert.deepEqual(verified.slice(0, HIT_CASES.length), HIT_CASES.map((c) => [true, c.line]));
      assert.equal(set.body.breakpoints[HIT_CASES.length].verified, false);
      assert.match(set.body.breakpoints[HIT_CASES.length].message!, /hit condition '% 2 == 0' not understood/);
      const idOf = new Map(HIT_CASES.map((c, k) => [c.line, set.body.breakpoints[k].id]));
      const want = [...Array(10).keys()].flatMap((i) => HIT_CASES.filter((c) => c.stopsAt.includes(i)).map((c) => `line ${c.line} i=${i}`));
      const seen: string[] = [];
      const ended = dc.waitForEvent('terminated');
      let stopped = dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>;
      await dc.configurationDoneRequest();
      await launched;
      for (;;) {
        const s = await Promise.race([stopped, ended.then(() => undefined)]);
        if (!s) break;
        const line = (await topFrame(dc)).line;
        seen.push(`line ${line} i=${(await dc.evaluateRequest({ expression: 'i', frameId: 0 })).body.result}`);
        assert.equal(s.body.reason, 'breakpoint');
        assert.deepEqual(s.body.hitBreakpointIds, [idOf.get(line)]);
        stopped = dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>;
        await dc.continueRequest({ threadId: 1 });
      }
      assert.deepEqual(seen, want);
    } finally { await dc.stop(); }
  });

  test(`${isa}: hit counts start over on restart; function breakpoints take hit conditions too`, async () => {
    const dc = await startClient();
    try {
      await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'square', hitCondition: '2' }] });
      await launchAndStop(dc, 'basic.c', isa, []);
      assert.equal((await dc.evaluateRequest({ expression: 'n', frameId: 0 })).body.result, '2');
      await stopAfter(dc, () => dc.continueRequest({ threadId: 1 }));
      assert.equal((await dc.evaluateRequest({ expression: 'n', frameId: 0 })).body.result, '3');
      // after a restart the second call stops again (counts kept would have stopped at the first)
      const s = await stopAfter(dc, () => dc.restartRequest({}));
      assert.equal(s.body.reason, 'function breakpoint');
      assert.equal((await dc.evaluateRequest({ expression: 'n', frameId: 0 })).body.result, '2');
      await dc.terminateRequest({});
    } finally { await dc.stop(); }
  });

  test(`${isa}: function and instruction breakpoints set before launch are kept, then reported; breakpointLocations before launch is empty`, async () => {
    // the address of main's first statement, from a first session (the compiler is deterministic)
    const first = await startClient();
    let entry: string;
    try {
      await launchAndStop(first, 'basic.c', isa, [], { stopOnEntry: true });
      entry = (await topFrame(first)).instructionPointerReference!;
    } finally { await first.stop(); }

    const dc = await startClient();
    try {
      const events = collect<DebugProtocol.BreakpointEvent>(dc, 'breakpoint');
      const file = program('basic.c');
      assert.deepEqual((await dc.customRequest('breakpointLocations', { source: { path: file }, line: 1, endLine: 30 })).body.breakpoints, []);
      const fb = (await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'square' }, { name: 'nosuch' }] })).body.breakpoints;
      const ib = (await dc.customRequest('setInstructionBreakpoints', { breakpoints: [{ instructionReference: entry }, { instructionReference: '0x1' }] })).body.breakpoints as DebugProtocol.Breakpoint[];
      for (const b of [...fb, ...ib]) {
        assert.equal(b.verified, false);
        assert.match(b.message!, /not loaded yet/);
      }
      const stopped = dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>;
      const launched = dc.launchRequest({ program: file, isa } as DebugProtocol.LaunchRequestArguments);
      await dc.configurationDoneRequest();
      await launched;
      const byId = new Map(events.map((e) => [e.body.breakpoint.id, e.body.breakpoint]));
      assert.deepEqual([fb[0], fb[1], ib[0], ib[1]].map((b) => byId.get(b.id)?.verified), [true, false, true, false]);
      assert.equal(byId.get(fb[0].id)!.line, 5);
      assert.match(byId.get(fb[1].id)!.message!, /no function 'nosuch'/);
      assert.equal(byId.get(ib[0].id)!.instructionReference, entry);
      assert.match(byId.get(ib[1].id)!.message!, /not in the program text/);
      assert.ok(events.every((e) => e.body.reason === 'changed'));
      // the instruction breakpoint comes first (main), then the function breakpoint
      const s = await stopped;
      assert.equal(s.body.reason, 'instruction breakpoint');
      assert.equal((await topFrame(dc)).instructionPointerReference, entry);
      assert.equal((await stopAfter(dc, () => dc.continueRequest({ threadId: 1 }))).body.reason, 'function breakpoint');
      assert.equal((await topFrame(dc)).name, 'square');
      assert.ok((await dc.customRequest('breakpointLocations', { source: { path: file }, line: 1, endLine: 30 })).body.breakpoints.some((b: { line: number }) => b.line === 16));
      await dc.terminateRequest({});
    } finally { await dc.stop(); }
  });

  test(`${isa}: breakpoints on lines without code are answered: moved to the next line with code, or unverified with a reason`, async () => {
    const dc = await startClient();
    try {
      const file = program('basic.c');
      await launchAndStop(dc, 'basic.c', isa, [], { stopOnEntry: true });
      const r = (await dc.setBreakpointsRequest({ source: { path: file }, breakpoints: [{ line: 1 }, { line: 3 }, { line: 8 }, { line: 19 }, { line: 500 }, { line: 0 }, { line: -4 }] })).body.breakpoints;
      assert.equal(r.length, 7);
      assert.deepEqual([r[0].verified, r[0].line], [true, 5]); // the comment and the struct: the next line with code
      assert.deepEqual([r[1].verified, r[1].line], [true, 5]);
      assert.equal(r[2].verified, true);
      assert.ok(r[2].line! >= 8);
      assert.ok(r[3].verified || /no code/.test(r[3].message!));
      for (const b of r.slice(4)) {
        assert.equal(b.verified, false);
        assert.match(b.message!, /no code at or after this line|bad line number/);
      }
      const other = await dc.setBreakpointsRequest({ source: { path: program('nosuch.c') }, breakpoints: [{ line: 3 }] });
      assert.deepEqual([other.body.breakpoints[0].verified, other.body.breakpoints[0].message], [false, 'this file is not part of the program']);
      await dc.terminateRequest({});
    } finally { await dc.stop(); }
  });

  const to = ISA_IDS.find((x) => x !== isa)!;
  test(`${isa}: a function breakpoint is verified again at the target's address after a migration, and stops there`, async () => {
    const dc = await startClient();
    try {
      const fb = (await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'total' }] })).body.breakpoints[0];
      await launchAndStop(dc, 'list.c', isa, [15]);
      await dc.setBreakpointsRequest({ source: { path: program('list.c') }, breakpoints: [] });
      const events = collect<DebugProtocol.BreakpointEvent>(dc, 'breakpoint');
      await stopAfter(dc, () => dc.customRequest('migrate', { targetIsa: to }));
      const after = events.find((e) => e.body.breakpoint.id === fb.id)?.body.breakpoint;
      assert.ok(after, 'a breakpoint event for the function breakpoint');
      assert.deepEqual([after.verified, after.line], [true, 20]);
      assert.match(after.instructionReference!, /^0x[0-9a-f]{8}$/);
      const s = await stopAfter(dc, () => dc.continueRequest({ threadId: 1 }));
      assert.equal(s.body.reason, 'function breakpoint');
      const top = await topFrame(dc);
      assert.deepEqual([top.name, top.instructionPointerReference], ['total', after.instructionReference]);
      assert.equal((await dc.threadsRequest()).body.threads[0].name, `main · ${to}`);
      await dc.terminateRequest({});
    } finally { await dc.stop(); }
  });
}

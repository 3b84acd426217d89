// Protocol tests of the migration requests and views on every ISA (ISA_IDS: x86_64 joins with
// SHUTTLE_X86), through the stdio entry point: `isas`, `canonicalState` (at a point, between
// points: where the next one is), `targetPreview` (nothing committed), `migrate` (here, or run to
// the next point; to the same or an unknown ISA; while running), the `Canonical frame` scope,
// instruction breakpoints following a migration, the `migration` exception filter with the
// program's own migrate()/migration_point() calls, a refused migration leaving the session as it
// was, migrate refused while the program runs (an endless loop), and refusals known in advance
// (the program does not compile for the target, an unknown or the current ISA) refused before
// anything runs.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { ISA_IDS } from '../../emulator/index';
import { collect, custom, failure, KNOWN_MIGRATION_BUGS, launchAndStop, program, scopeVars, startClient, stopAfter, topFrame } from './client';

interface Point { id: string; file: string; line: number }
interface CanonicalBody { json: string; state: { from: string; frames: { function: string; point?: string; callSite?: string }[] }; bytes: number; point: Point; frame?: { function: string; point?: string; callSite?: string } }
interface PreviewBody { targetIsa: string; pc: string; registers: { name: string; value: string; fields?: { name: string; value: number }[] }[]; frames: { name: string; file?: string; line?: number; pc: string; fp: string }[] }

const other = (isa: string): string => ISA_IDS.find((x) => x !== isa)!;

for (const isa of ISA_IDS) {
  const to = other(isa);

  describe(`migration requests on ${isa}`, () => {
    let dc: DebugClient;
    before(async () => { dc = await startClient({ supportsInvalidatedEvent: true }); });
    after(async () => { await dc.stop(); });

    test('isas, canonicalState, Canonical frame scope, targetPreview, migrate between points', { todo: KNOWN_MIGRATION_BUGS[isa] }, async () => {
      const isas = await custom<{ current: string; isas: { id: string; byteOrder: string; wordBits: number; pointerBytes: number; registers: string[] }[] }>(dc, 'isas');
      assert.equal(isas.current, 'rv32'); // nothing launched yet: the default
      assert.deepEqual(isas.isas.map((i) => i.id), ISA_IDS);
      const byId = new Map(isas.isas.map((i) => [i.id, i]));
      assert.deepEqual([byId.get('rv32')!.byteOrder, byId.get('rv32')!.wordBits, byId.get('rv32')!.pointerBytes], ['little', 32, 4]);
      assert.deepEqual([byId.get('m68k')!.byteOrder, byId.get('m68k')!.wordBits, byId.get('m68k')!.pointerBytes], ['big', 32, 4]);
      for (const i of isas.isas) assert.ok(i.registers.includes('pc') || i.registers.includes('rip'), i.id);

      await launchAndStop(dc, 'list.c', isa, [15]);
      assert.equal((await custom<{ current: string }>(dc, 'isas')).current, isa);

      // at a statement point: the whole state, and the frame asked for
      const cs = await custom<CanonicalBody>(dc, 'canonicalState', { frameId: 0 });
      assert.deepEqual(JSON.parse(cs.json), cs.state);
      assert.equal(cs.state.from, isa);
      assert.ok(cs.bytes > 100);
      assert.match(cs.point.id, /^reverse:15:\d+$/);
      assert.equal(cs.point.line, 15);
      assert.equal(cs.frame?.function, 'reverse');
      assert.equal(cs.frame?.point, cs.point.id);
      const caller = await custom<CanonicalBody>(dc, 'canonicalState', { frameId: 1 });
      assert.equal(caller.frame?.function, 'main');
      assert.match(caller.frame!.callSite!, /^main@call\d+$/);

      // the Canonical frame scope: function, point, locals with pointers as {ref, path}
      const scopes = (await dc.scopesRequest({ frameId: 0 })).body.scopes.map((s) => s.name);
      assert.deepEqual(scopes, ['Locals', 'Globals', `Registers (${isa})`, 'Canonical frame']);
      const cf = await scopeVars(dc, 0, 'Canonical frame');
      assert.equal(cf.find((v) => v.name === 'function')?.value, 'reverse');
      assert.equal(cf.find((v) => v.name === 'point')?.value, cs.point.id);
      const locals = (await dc.variablesRequest({ variablesReference: cf.find((v) => v.name === 'locals')!.variablesReference })).body.variables;
      assert.match(locals.find((v) => v.name === 'head')!.value, /^→ heap:\d+$/);
      assert.equal(locals.find((v) => v.name === 'head')!.type, 'struct node *');
      assert.equal(locals.find((v) => v.name === 'prev')!.value, 'null');

      // targetPreview: the target's registers and frames, the session untouched
      const pcBefore = (await topFrame(dc)).instructionPointerReference;
      const pv = await custom<PreviewBody>(dc, 'targetPreview', { targetIsa: to, frameId: 0 });
      assert.equal(pv.targetIsa, to);
      assert.deepEqual(pv.registers.map((r) => r.name), byId.get(to)!.registers);
      for (const r of pv.registers) assert.match(r.value, /^0x[0-9a-f]+$/);
      assert.equal(pv.registers.find((r) => r.name === 'pc' || r.name === 'rip')!.value.replace(/^0x0*/, ''), pv.pc.replace(/^0x0*/, ''));
      assert.deepEqual(pv.frames.slice(0, 2).map((f) => [f.name, f.line]), [['reverse', 15], ['main', 30]]);
      assert.match(pv.frames[0].fp, /^0x[0-9a-f]+$/);
      assert.equal((await dc.threadsRequest()).body.threads[0].name, `main · ${isa}`);
      assert.equal((await topFrame(dc)).instructionPointerReference, pcBefore);
      assert.match(await failure(dc.customRequest('targetPreview', { targetIsa: 'vax' })), /unknown ISA 'vax'/);

      // refusals of migrate: the same ISA, an unknown one, bad arguments
      assert.equal(await failure(dc.customRequest('migrate', { targetIsa: isa })), `already running on ${isa}`);
      assert.match(await failure(dc.customRequest('migrate', { targetIsa: 'vax' })), /unknown ISA 'vax' \(known: rv32, m68k/);
      assert.match(await failure(dc.customRequest('migrate', {})), /'targetIsa' must be a string/);
      assert.match(await failure(dc.customRequest('canonicalState', { frameId: 'x' })), /frameId must be an integer/);

      // instruction steps until between points
      let msg = '';
      for (let i = 0; i < 20 && !msg; i++) {
        await stopAfter(dc, () => dc.nextRequest({ threadId: 1, granularity: 'instruction' }));
        try { await dc.customRequest('canonicalState', {}); } catch (e) { msg = (e as Error).message; }
      }
      const next = /^not at a migration point; the next one is in reverse at .*list\.c:(\d+) \(point (reverse:\d+:\d+)\)/.exec(msg);
      assert.ok(next, msg);
      const headValue = (await dc.evaluateRequest({ expression: 'head->value', frameId: 0 })).body.result;
      assert.equal(await failure(dc.customRequest('targetPreview', { targetIsa: to })), msg);
      assert.deepEqual((await dc.scopesRequest({ frameId: 0 })).body.scopes.map((s) => s.name), ['Locals', 'Globals', `Registers (${isa})`]);

      // migrate from there: runs to the next point, migrates, stops with reason migration
      const stopped = dc.waitForEvent('stopped');
      const res = await custom<{ from: string; to: string; point: Point }>(dc, 'migrate', { targetIsa: to });
      assert.deepEqual([res.from, res.to, res.point.line, res.point.id], [isa, to, Number(next[1]), next[2]]);
      assert.equal((await stopped).body.reason, 'migration');
      assert.equal((await topFrame(dc)).line, Number(next[1]));
      assert.equal((await dc.threadsRequest()).body.threads[0].name, `main · ${to}`);
      assert.equal((await custom<CanonicalBody>(dc, 'canonicalState')).state.from, to);
      assert.equal((await dc.evaluateRequest({ expression: 'head->value', frameId: 0 })).body.result, headValue);

      // migrate while running is refused
      await dc.setBreakpointsRequest({ source: { path: program('list.c') }, breakpoints: [] });
      const ended = dc.waitForEvent('terminated');
      await dc.continueRequest({ threadId: 1 });
      assert.match(await failure(dc.customRequest('migrate', { targetIsa: isa })), /running|not stopped|ended/);
      await ended;
    });
  });

  describe(`migration filter and program migrations on ${isa}`, () => {
    test('filter on: migrate() stops with reason migration, migration_point() with exception', async () => {
      const dc = await startClient();
      try {
        const out: string[] = [];
        dc.on('output', (e: DebugProtocol.OutputEvent) => { if (e.body.category === 'stdout') out.push(e.body.output); });
        const migrated = collect<DebugProtocol.Event>(dc, 'migrated');
        const threadEvents = collect<DebugProtocol.ThreadEvent>(dc, 'thread');
        const file = program('calls-migrate.c');
        const stopped = dc.waitForEvent('stopped');
        const launched = dc.launchRequest({ program: file, isa, args: [to] } as DebugProtocol.LaunchRequestArguments);
        await dc.setExceptionBreakpointsRequest({ filters: ['migration', 'fault'] });
        await dc.configurationDoneRequest();
        await launched;
        let s = await stopped;
        assert.equal(s.body.reason, 'migration');
        assert.equal((await dc.threadsRequest()).body.threads[0].name, `main · ${to}`);
        assert.equal(migrated.length, 1);
        assert.deepEqual([migrated[0].body.from, migrated[0].body.to], [isa, to]);
        assert.match(migrated[0].body.point.id, /^main@call\d+$/);
        assert.ok(threadEvents.length >= 1);
        assert.equal((await topFrame(dc)).name, 'main');
        assert.equal((await dc.evaluateRequest({ expression: 'v', frameId: 0 })).body.result, '21');
        // migration_point() in twice(): an exception stop with exceptionInfo, migratable there
        s = await stopAfter(dc, () => dc.continueRequest({ threadId: 1 }));
        assert.equal(s.body.reason, 'exception');
        const info = (await dc.exceptionInfoRequest({ threadId: 1 })).body;
        assert.equal(info.exceptionId, 'migration point');
        assert.match(info.description!, /migration_point\(\)/);
        const cs = await custom<CanonicalBody>(dc, 'canonicalState');
        assert.match(cs.point.id, /^twice@call\d+$/);
        assert.equal(cs.frame?.function, 'twice');
        const res = await custom<{ to: string }>(dc, 'migrate', { targetIsa: isa });
        assert.equal(res.to, isa);
        assert.equal((await dc.evaluateRequest({ expression: 'x', frameId: 0 })).body.result, '21');
        await Promise.all([dc.waitForEvent('terminated'), dc.continueRequest({ threadId: 1 })]);
        assert.equal(out.join(''), `start on ${isa}\nnow on ${to}\nv = 42\n`);
      } finally { await dc.stop(); }
    });

    test('filter off: the program migrates itself without stopping, events still sent', async () => {
      const dc = await startClient();
      try {
        const out: string[] = [];
        dc.on('output', (e: DebugProtocol.OutputEvent) => { if (e.body.category === 'stdout') out.push(e.body.output); });
        const migrated = collect<DebugProtocol.Event>(dc, 'migrated');
        const consoleLines = collect<DebugProtocol.OutputEvent>(dc, 'output');
        const stops = collect<DebugProtocol.StoppedEvent>(dc, 'stopped');
        const file = program('calls-migrate.c');
        const launched = dc.launchRequest({ program: file, isa, args: [to] } as DebugProtocol.LaunchRequestArguments);
        await dc.configurationDoneRequest();
        await Promise.all([launched, dc.waitForEvent('terminated')]);
        assert.equal(stops.length, 0);
        assert.equal(migrated.length, 1);
        assert.ok(consoleLines.some((e) => e.body.category === 'console' && new RegExp(`migrated from ${isa} to ${to}`).test(e.body.output)));
        assert.equal(out.join(''), `start on ${isa}\nnow on ${to}\nv = 42\n`);
      } finally { await dc.stop(); }
    });

    test('stopOnEntry and function breakpoints stop at migration points', async () => {
      const dc = await startClient();
      try {
        const s = await launchAndStop(dc, 'list.c', isa, [], { stopOnEntry: true });
        assert.equal(s.body.reason, 'entry');
        assert.match((await custom<CanonicalBody>(dc, 'canonicalState')).point.id, /^main:\d+:\d+$/);
        await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'total' }] });
        assert.equal((await stopAfter(dc, () => dc.continueRequest({ threadId: 1 }))).body.reason, 'function breakpoint');
        const cs = await custom<CanonicalBody>(dc, 'canonicalState');
        assert.deepEqual([cs.frame?.function, cs.point.line], ['total', 21]);
        assert.equal((await dc.evaluateRequest({ expression: 'head->value', frameId: 0 })).body.result, '10');
      } finally { await dc.stop(); }
    });

    test('instruction breakpoints follow a migration (by point, by line, or reported unverified)', async () => {
      const dc = await startClient();
      try {
        await launchAndStop(dc, 'list.c', isa, [15]);
        const at = (await topFrame(dc)).instructionPointerReference!;
        const insns = (await dc.disassembleRequest({ memoryReference: at, instructionOffset: 1, instructionCount: 1 })).body!.instructions;
        const frames = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
        const inStart = frames[frames.length - 1];
        assert.equal(inStart.name, '_start');
        const set = (await dc.customRequest('setInstructionBreakpoints', { breakpoints: [
          { instructionReference: at }, { instructionReference: insns[0].address }, { instructionReference: inStart.instructionPointerReference },
        ] })).body.breakpoints as DebugProtocol.Breakpoint[];
        assert.deepEqual(set.map((b) => b.verified), [true, true, true]);
        await dc.setBreakpointsRequest({ source: { path: program('list.c') }, breakpoints: [] });
        const events = collect<DebugProtocol.BreakpointEvent>(dc, 'breakpoint');
        await stopAfter(dc, () => dc.customRequest('migrate', { targetIsa: to }));
        const after = set.map((b) => events.find((e) => e.body.breakpoint.id === b.id)!.body.breakpoint);
        // the point's own instruction: the target's point; mid-line: the target's first instruction of the line; _start: unverified
        assert.equal(after[0].verified, true);
        assert.equal(after[0].instructionReference, (await topFrame(dc)).instructionPointerReference);
        assert.equal(after[1].verified, true);
        assert.match(after[1].instructionReference!, /^0x[0-9a-f]{8}$/);
        assert.equal(after[2].verified, false);
        assert.match(after[2].message!, new RegExp(`not mapped to ${to}: .* in _start has no source line`));
        // back on the ISA they were set on: each exactly where it was, the unverified one verified again
        const back = collect<DebugProtocol.BreakpointEvent>(dc, 'breakpoint');
        await stopAfter(dc, () => dc.customRequest('migrate', { targetIsa: isa }));
        const home = set.map((b) => back.find((e) => e.body.breakpoint.id === b.id)!.body.breakpoint);
        assert.deepEqual(home.map((b) => [b.verified, b.instructionReference]), set.map((b) => [true, b.instructionReference]));
      } finally { await dc.stop(); }
    });
  });

  test(`refused migration on ${isa}: an error, the session exactly as before, the program runs on`, async () => {
    const dc = await startClient();
    try {
      const out: string[] = [];
      dc.on('output', (e: DebugProtocol.OutputEvent) => { if (e.body.category === 'stdout') out.push(e.body.output); });
      await launchAndStop(dc, 'union.c', isa, [11]);
      const look = async (): Promise<unknown> => ({
        stack: (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames.map((f) => [f.name, f.line, f.instructionPointerReference]),
        locals: (await scopeVars(dc, 0, 'Locals')).map((v) => [v.name, v.value]),
        regs: (await scopeVars(dc, 0, 'Registers')).map((v) => [v.name, v.value]),
        thread: (await dc.threadsRequest()).body.threads[0].name,
      });
      const before = await look();
      const migrated = collect<DebugProtocol.Event>(dc, 'migrated');
      const msg = await failure(dc.customRequest('migrate', { targetIsa: to }));
      assert.match(msg, /^migration refused: variable 's' in frame #\d+ main: a union whose bytes hold a pointer/);
      assert.deepEqual(await look(), before);
      assert.equal(migrated.length, 0);
      assert.equal(await failure(dc.customRequest('canonicalState', {})), msg);
      const cf = await scopeVars(dc, 0, 'Canonical frame');
      assert.deepEqual(cf.map((v) => [v.name, v.value]), [['refused', msg]]);
      await dc.setBreakpointsRequest({ source: { path: program('union.c') }, breakpoints: [] });
      await Promise.all([dc.waitForEvent('terminated'), dc.continueRequest({ threadId: 1 })]);
      assert.equal(out.join(''), 'x 6\n');
    } finally { await dc.stop(); }
  });
}

for (const isa of ISA_IDS) {
  const to = other(isa);

  test(`migrate while running on ${isa} is refused plainly; the program runs on, can be paused and migrated then`, async () => {
    const dc = await startClient();
    try {
      await dc.configurationDoneRequest();
      await dc.launchRequest({ program: program('loop.c'), isa } as DebugProtocol.LaunchRequestArguments);
      const stops = collect<DebugProtocol.StoppedEvent>(dc, 'stopped');
      assert.equal(await failure(dc.customRequest('migrate', { targetIsa: to })), 'the program is running: pause it or wait for it to stop');
      assert.equal(await failure(dc.customRequest('canonicalState', {})), 'the program is running: pause it or wait for it to stop');
      assert.equal((await dc.threadsRequest()).body.threads[0].name, `main · ${isa}`);
      await new Promise((r) => setTimeout(r, 50));
      assert.equal(stops.length, 0); // still running
      const s = await stopAfter(dc, () => dc.pauseRequest({ threadId: 1 }));
      assert.equal(s.body.reason, 'pause');
      const n = Number((await dc.evaluateRequest({ expression: 'n', frameId: 0 })).body.result);
      assert.ok(n > 0, `the loop ran (n = ${n})`);
      // paused anywhere in the loop: migrate runs to the next point and moves there
      const m = await stopAfter(dc, () => dc.customRequest('migrate', { targetIsa: to }));
      assert.equal(m.body.reason, 'migration');
      assert.equal((await dc.threadsRequest()).body.threads[0].name, `main · ${to}`);
      assert.ok(Number((await dc.evaluateRequest({ expression: 'n', frameId: 0 })).body.result) >= n);
      await Promise.all([dc.waitForEvent('terminated'), dc.terminateRequest({})]);
    } finally { await dc.stop(); }
  });

  test(`a migration refused in advance on ${isa} leaves the pc, stack and registers exactly as they were`, async () => {
    // list.c, made not to compile for `to` (an #error after the program: the lines stay the same)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuttle-refuse-'));
    const file = path.join(dir, 'list.c');
    fs.writeFileSync(file, fs.readFileSync(program('list.c'), 'utf8') + `#ifdef __shuttle_${to}__\n#error not for ${to}\n#endif\n`);
    const dc = await startClient();
    try {
      const stopped = dc.waitForEvent('stopped');
      const launched = dc.launchRequest({ program: file, isa } as DebugProtocol.LaunchRequestArguments);
      await dc.setBreakpointsRequest({ source: { path: file }, breakpoints: [{ line: 15 }] });
      await dc.configurationDoneRequest();
      await launched;
      await stopped;
      await dc.setBreakpointsRequest({ source: { path: file }, breakpoints: [] });
      // between migration points: a migrate that could run would move the pc
      const atPoint = async (): Promise<boolean> => { try { await dc.customRequest('canonicalState', {}); return true; } catch { return false; } };
      for (let i = 0; i < 20 && await atPoint(); i++) await stopAfter(dc, () => dc.nextRequest({ threadId: 1, granularity: 'instruction' }));
      assert.equal(await atPoint(), false);
      const look = async (): Promise<unknown> => ({
        stack: (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames.map((f) => [f.name, f.line, f.column, f.instructionPointerReference]),
        regs: (await scopeVars(dc, 0, 'Registers')).map((v) => [v.name, v.value]),
        locals: (await scopeVars(dc, 0, 'Locals')).map((v) => [v.name, v.value]),
        thread: (await dc.threadsRequest()).body.threads[0].name,
      });
      const before = await look();
      const events: string[] = [];
      for (const e of ['stopped', 'continued', 'migrated', 'invalidated', 'breakpoint']) dc.on(e, () => events.push(e));
      assert.match(await failure(dc.customRequest('migrate', { targetIsa: to })), new RegExp(`^the program does not compile for ${to}: .*error: #error not for ${to}`));
      assert.match(await failure(dc.customRequest('migrate', { targetIsa: 'vax' })), /^unknown ISA 'vax'/);
      assert.equal(await failure(dc.customRequest('migrate', { targetIsa: isa })), `already running on ${isa}`);
      assert.equal(await failure(dc.customRequest('migrate', { targetIsa: 7 })), "'targetIsa' must be a string");
      await new Promise((r) => setTimeout(r, 50));
      assert.deepEqual(events, []);
      assert.deepEqual(await look(), before);
      await dc.terminateRequest({});
    } finally {
      await dc.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

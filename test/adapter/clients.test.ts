// What different DAP clients see: the capabilities `initialize` announces, `initialize` without
// the optional `pathFormat`, a client counting lines and columns from 0 (compared request by
// request with a 1-based client on every ISA of ISA_IDS), and `shuttle dap` over stdio through the
// real command line (bin/shuttle).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { ISA_IDS } from '../../emulator/index';
import { collect, custom, failure, launchAndStop, program, ROOT, spawnClient, startClient, topFrame } from './client';

test('initialize announces the capabilities the adapter has', async () => {
  const dc = await spawnClient();
  try {
    const caps = (await dc.initializeRequest({ adapterID: 'shuttle', pathFormat: 'path', linesStartAt1: true, columnsStartAt1: true })).body!;
    const flags = [
      'supportsConfigurationDoneRequest', 'supportsDisassembleRequest', 'supportsReadMemoryRequest', 'supportsWriteMemoryRequest',
      'supportsInstructionBreakpoints', 'supportsSteppingGranularity', 'supportsSetVariable', 'supportsSetExpression',
      'supportsEvaluateForHovers', 'supportsClipboardContext', 'supportsConditionalBreakpoints', 'supportsHitConditionalBreakpoints',
      'supportsLogPoints', 'supportsFunctionBreakpoints', 'supportsBreakpointLocationsRequest', 'supportsExceptionInfoRequest',
      'supportsGotoTargetsRequest', 'supportsCompletionsRequest', 'supportsTerminateRequest', 'supportsRestartRequest',
      'supportsValueFormattingOptions',
    ];
    for (const f of flags) assert.equal((caps as Record<string, unknown>)[f], true, f);
    const claimed = Object.entries(caps).filter(([, v]) => v === true).map(([k]) => k).sort();
    assert.deepEqual(claimed, [...flags].sort()); // nothing claimed that is not tested here
    assert.deepEqual(caps.exceptionBreakpointFilters!.map((f) => [f.filter, f.default]), [['fault', true], ['migration', false]]);
  } finally { await dc.stop(); }
});

test('initialize without pathFormat is accepted; a uri pathFormat is refused plainly', async () => {
  const dc = await spawnClient();
  try {
    const r = await dc.initializeRequest({ adapterID: 'shuttle' } as DebugProtocol.InitializeRequestArguments);
    assert.equal(r.body!.supportsDisassembleRequest, true);
    const s = await launchAndStop(dc, 'basic.c', 'rv32', [6]);
    assert.equal(s.body.reason, 'breakpoint');
    assert.equal((await topFrame(dc)).line, 6);
    await dc.terminateRequest({});
  } finally { await dc.stop(); }
  const uri = await spawnClient();
  try {
    assert.equal(await failure(uri.initializeRequest({ adapterID: 'shuttle', pathFormat: 'uri' })), 'debug adapter only supports native paths');
  } finally { await uri.stop(); }
});

/** Everything a client sees with lines in its numbering, stopped in list.c's reverse(), then migrated. */
async function observe(dc: DebugClient, isa: string, line: (n: number) => number, col: (n: number) => number): Promise<unknown> {
  const file = program('list.c');
  const stopped = dc.waitForEvent('stopped');
  const launched = dc.launchRequest({ program: file, isa } as DebugProtocol.LaunchRequestArguments);
  const set = await dc.setBreakpointsRequest({ source: { path: file }, breakpoints: [{ line: line(15) }, { line: line(31) }] });
  await dc.configurationDoneRequest();
  await launched;
  await stopped;
  const frames = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
  const top = frames[0];
  const locations = ((await dc.customRequest('breakpointLocations', { source: { path: file }, line: line(1), endLine: line(40) })).body.breakpoints as { line: number }[]).map((b) => b.line);
  const gotos = (await dc.gotoTargetsRequest({ source: { path: file }, line: line(16) })).body.targets.map((t) => t.line);
  const insns = (await dc.disassembleRequest({ memoryReference: top.instructionPointerReference!, instructionCount: 1 })).body!.instructions;
  const completions = (await dc.completionsRequest({ text: 'he', column: col(3), frameId: 0 })).body.targets.map((t) => t.label);
  const cs = await custom<{ point: { id: string; line: number } }>(dc, 'canonicalState');
  const to = ISA_IDS.find((x) => x !== isa)!;
  const preview = await custom<{ frames: { line?: number }[] }>(dc, 'targetPreview', { targetIsa: to });
  const events = collect<DebugProtocol.BreakpointEvent>(dc, 'breakpoint');
  const migrated = dc.waitForEvent('migrated');
  const migrationStop = dc.waitForEvent('stopped');
  const moved = await custom<{ point: { line: number } }>(dc, 'migrate', { targetIsa: to });
  await migrationStop;
  await dc.terminateRequest({});
  return {
    set: set.body.breakpoints.map((b) => [b.verified, b.line]),
    frames: frames.filter((f) => f.source).map((f) => [f.name, f.line, f.column]),
    locations, gotos, insnLine: insns[0].line, completions, pointId: cs.point.id, pointLine: cs.point.line,
    previewLines: preview.frames.map((f) => f.line), migrateLine: moved.point.line,
    migratedLine: ((await migrated) as DebugProtocol.Event).body.point.line,
    eventLines: events.map((e) => e.body.breakpoint.line),
  };
}

for (const isa of ISA_IDS) {
  test(`${isa}: a client counting lines and columns from 0 sees every line and column one less`, async () => {
    const one = await startClient();
    const zero = await spawnClient();
    try {
      await zero.initializeRequest({ adapterID: 'shuttle', linesStartAt1: false, columnsStartAt1: false } as DebugProtocol.InitializeRequestArguments);
      const a = await observe(one, isa, (n) => n, (n) => n) as Record<string, unknown>;
      const b = await observe(zero, isa, (n) => n - 1, (n) => n - 1) as Record<string, unknown>;
      const minus = (x: unknown): unknown => (typeof x === 'number' ? x - 1 : Array.isArray(x) ? x.map(minus) : x);
      assert.deepEqual((a.set as unknown[])[0], [true, 15]);
      assert.equal(a.pointLine, 15);
      assert.deepEqual(b.set, (a.set as [boolean, number][]).map(([v, l]) => [v, l - 1]));
      assert.deepEqual(b.frames, (a.frames as [string, number, number][]).map(([n, l, c]) => [n, l - 1, c - 1]));
      for (const k of ['locations', 'gotos', 'insnLine', 'pointLine', 'previewLines', 'migrateLine', 'migratedLine', 'eventLines']) assert.deepEqual(b[k], minus(a[k]), k);
      assert.deepEqual([b.completions, b.pointId], [a.completions, a.pointId]); // ids are ISA- and client-neutral
      assert.deepEqual(a.completions, ['head']);
      assert.ok((a.gotos as number[]).length > 0 && (a.locations as number[]).includes(15));
    } finally { await one.stop(); await zero.stop(); }
  });
}

test('shuttle dap over stdio through the command line (bin/shuttle)', async () => {
  const dc = await spawnClient(path.join(ROOT, 'bin', 'shuttle'), 'dap');
  try {
    await dc.initializeRequest({ adapterID: 'shuttle', pathFormat: 'path', linesStartAt1: true, columnsStartAt1: true });
    const s = await launchAndStop(dc, 'basic.c', 'm68k', [6]);
    assert.equal(s.body.reason, 'breakpoint');
    assert.equal((await dc.threadsRequest()).body.threads[0].name, 'main · m68k');
    assert.equal((await dc.evaluateRequest({ expression: 'n * 2', frameId: 0 })).body.result, '2');
    await dc.setBreakpointsRequest({ source: { path: program('basic.c') }, breakpoints: [] });
    const out = dc.assertOutput('stdout', 'sum 26');
    await Promise.all([dc.continueRequest({ threadId: 1 }), out, dc.waitForEvent('terminated')]);
  } finally { await dc.stop(); }
});

// The scripted migration session of issue 4 ("What it must show", item 2), for every ordered pair
// of ISAs (ISA_IDS, so x86_64 joins with SHUTTLE_X86): launch the linked-list program with
// breakpoints in two functions, inspect registers, locals and a watch, `migrate` to the other ISA,
// check the thread name, the target's registers, the same locals and watch values, both
// breakpoints verified at new addresses, continue to the second breakpoint, and compare the final
// output with an unmigrated run.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { ISA_IDS, runSource } from '../../emulator/index';
import { collect, custom, KNOWN_MIGRATION_BUGS as KNOWN, program, scopeVars, startClient, stopAfter, topFrame } from './client';

const FILE = program('list.c');
const BP_REVERSE = 15; // struct node *prev = NULL;   (in reverse)
const BP_TOTAL = 21;   // int sum = 0;                (in total)

/** Registers each ISA must show by name (any other ISA: the names `isas` announces). */
const MUST_SHOW: Record<string, string[]> = {
  rv32: ['pc', 'ra', 'sp', 'a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'],
  m68k: ['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'pc', 'sr'],
};

/** The decoded flags register of each ISA ('' for none; ISAs not listed: not checked by name). */
const FLAGS: Record<string, string> = { rv32: '', m68k: 'sr', x86_64: 'rflags' };

interface IsaInfo { id: string; registers: string[] }

const pairs = ISA_IDS.flatMap((from) => ISA_IDS.filter((to) => to !== from).map((to) => [from, to] as const));

for (const [from, to] of pairs) {
  test(`scripted session: list.c on ${from}, migrate to ${to}, continue`, { todo: KNOWN[from] }, async () => {
    const dc = await startClient({ supportsInvalidatedEvent: true });
    try {
      const out: string[] = [];
      dc.on('output', (e: DebugProtocol.OutputEvent) => { if (e.body.category === 'stdout') out.push(e.body.output); });
      const isas = (await custom<{ isas: IsaInfo[] }>(dc, 'isas')).isas;

      // launch with breakpoints in reverse() and total()
      const stopped = dc.waitForEvent('stopped');
      const launched = dc.launchRequest({ program: FILE, isa: from } as DebugProtocol.LaunchRequestArguments);
      const set = await dc.setBreakpointsRequest({ source: { path: FILE }, breakpoints: [{ line: BP_REVERSE }, { line: BP_TOTAL }] });
      assert.deepEqual(set.body.breakpoints.map((b) => [b.verified, b.line]), [[true, BP_REVERSE], [true, BP_TOTAL]]);
      await dc.configurationDoneRequest();
      await launched;
      assert.equal((await stopped).body.reason, 'breakpoint');
      assert.equal((await topFrame(dc)).name, 'reverse');

      // before: registers, locals, watch
      await checkRegisters(dc, from, isas);
      const before = await observe(dc);
      assert.equal(before.watch, '50');
      assert.equal(before.head, '60');

      // migrate
      const bpEvents = collect<DebugProtocol.BreakpointEvent>(dc, 'breakpoint');
      const invalidated = dc.waitForEvent('invalidated');
      const migrated = dc.waitForEvent('migrated');
      const stop = dc.waitForEvent('stopped');
      const res = await custom<{ from: string; to: string; point: { id: string; line: number }; durationMs: number; canonicalBytes: number }>(dc, 'migrate', { targetIsa: to });
      assert.deepEqual([res.from, res.to, res.point.line], [from, to, BP_REVERSE]);
      assert.match(res.point.id, /^reverse:15:/);
      assert.ok(res.canonicalBytes > 100 && res.durationMs >= 0);
      assert.deepEqual((await migrated).body, res);
      assert.deepEqual((await invalidated).body.areas, ['all']);
      assert.equal((await stop).body.reason, 'migration');

      // after: thread name, registers of the target, same locals and watch
      assert.match((await dc.threadsRequest()).body.threads[0].name, new RegExp(`${to}$`));
      assert.equal((await topFrame(dc)).name, 'reverse');
      assert.equal((await topFrame(dc)).line, BP_REVERSE);
      await checkRegisters(dc, to, isas);
      assert.deepEqual(await observe(dc), before);

      // both breakpoints re-verified at the target's addresses
      const byId = new Map(bpEvents.map((e) => [e.body.breakpoint.id, e.body.breakpoint]));
      for (const b of set.body.breakpoints) {
        const now = byId.get(b.id);
        assert.ok(now, `a breakpoint event for ${b.id}`);
        assert.equal(now.verified, true);
        assert.equal(now.line, b.line);
        assert.notEqual(now.instructionReference, b.instructionReference);
      }

      // continue: the second breakpoint, then the end
      await stopAfter(dc, () => dc.continueRequest({ threadId: 1 }));
      assert.equal((await topFrame(dc)).name, 'total');
      assert.equal((await dc.evaluateRequest({ expression: 'head->value + head->next->value', frameId: 0, context: 'watch' })).body.result, '30');
      await dc.setBreakpointsRequest({ source: { path: FILE }, breakpoints: [] });
      await Promise.all([dc.waitForEvent('terminated'), dc.continueRequest({ threadId: 1 })]);
      const plain = new TextDecoder().decode(runSource(fs.readFileSync(FILE, 'utf8'), FILE, from).stdout);
      assert.equal(out.join(''), plain);
      assert.equal(plain, 'first 10, total 210\n');
    } finally {
      await dc.stop();
    }
  });
}

/** The registers of `isa` are all there, by the names `isas` gives, with the flags register decoded. */
async function checkRegisters(dc: DebugClient, isa: string, isas: IsaInfo[]): Promise<void> {
  const scopes = (await dc.scopesRequest({ frameId: 0 })).body.scopes;
  const regScope = scopes.find((s) => s.name === `Registers (${isa})`);
  assert.ok(regScope, `Registers (${isa}) in ${scopes.map((s) => s.name)}`);
  const regs = (await dc.variablesRequest({ variablesReference: regScope.variablesReference })).body.variables;
  const names = regs.map((r) => r.name);
  assert.deepEqual(names, isas.find((i) => i.id === isa)!.registers);
  for (const n of MUST_SHOW[isa] ?? []) assert.ok(names.includes(n), `${isa} shows ${n}`);
  const flags = regs.filter((r) => r.variablesReference > 0);
  assert.deepEqual(flags.map((r) => r.name), FLAGS[isa] === undefined ? flags.map((r) => r.name) : FLAGS[isa] ? [FLAGS[isa]] : []);
  for (const f of flags) {
    const fields = (await dc.variablesRequest({ variablesReference: f.variablesReference })).body.variables;
    assert.ok(fields.length >= 4 && fields.every((x) => x.value === '0' || x.value === '1'), `${f.name} decoded`);
    if (isa === 'm68k') assert.deepEqual(fields.map((x) => x.name), ['X', 'N', 'Z', 'V', 'C']);
  }
}

/** What a user sees in reverse(): Locals (names, and the values that are not addresses), the list through head, a watch. */
async function observe(dc: DebugClient): Promise<{ locals: string[][]; head: string; second: string; watch: string }> {
  const locals = await scopeVars(dc, 0, 'Locals');
  const head = locals.find((v) => v.name === 'head')!;
  const node = (await dc.variablesRequest({ variablesReference: head.variablesReference })).body.variables[0];
  const fields = (await dc.variablesRequest({ variablesReference: node.variablesReference })).body.variables;
  const ev = async (e: string): Promise<string> => (await dc.evaluateRequest({ expression: e, frameId: 0, context: 'watch' })).body.result;
  return {
    locals: locals.map((v) => [v.name, v.type ?? '', v.type?.endsWith('*') && v.value !== '0x00000000' ? 'ptr' : v.value]),
    head: fields.find((f) => f.name === 'value')!.value,
    second: await ev('head->next->next->value'),
    watch: await ev('head->next->value'),
  };
}

// Inspection and writes through the protocol on every ISA (ISA_IDS): writes by setVariable,
// setExpression and evaluate show in canonicalState and the Canonical frame scope at once, and
// send `memory` events; writeMemory sends `memory` and `invalidated`; setVariable on a register
// and on a struct member; hex formatting of variables; memory references of pointers; explicit
// dereference; the clipboard context; paged arrays (indexedVariables, start/count); and the
// launch attributes stdin as a file, cwd, and the default ISA.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { getIsa, ISA_IDS } from '../../emulator/index';
import { collect, custom, failure, launchAndStop, PROGRAMS, scopeVars, startClient, stopAfter } from './client';

interface Local { name: string; value?: unknown }
/** The value of local `name` in the canonical frame of stack frame `frameId`. */
async function canonicalLocal(dc: DebugClient, name: string, frameId = 0): Promise<unknown> {
  const cs = await custom<{ frame?: { locals: Local[] } }>(dc, 'canonicalState', { frameId });
  return cs.frame?.locals.find((l) => l.name === name)?.value;
}

/** A scratch register of each ISA (the Registers scope's name). */
const SCRATCH: Record<string, string> = { rv32: 't6', m68k: 'd7', x86_64: 'r11' };

const ev = async (dc: DebugClient, expression: string, frameId = 0, context = 'repl'): Promise<DebugProtocol.EvaluateResponse['body']> =>
  (await dc.evaluateRequest({ expression, frameId, context })).body;

for (const isa of ISA_IDS) {
  test(`${isa}: writes show in canonicalState and the Canonical frame scope, with memory events`, async () => {
    const dc = await startClient({ supportsMemoryEvent: true, supportsInvalidatedEvent: true } as never);
    try {
      const memory = collect<DebugProtocol.MemoryEvent>(dc, 'memory');
      const invalidated = collect<DebugProtocol.InvalidatedEvent>(dc, 'invalidated');
      await launchAndStop(dc, 'basic.c', isa, [6]);
      assert.equal(await canonicalLocal(dc, 'n'), 1); // captured now, kept for this stop
      const scopes = (await dc.scopesRequest({ frameId: 0 })).body.scopes;
      const canonicalRef = scopes.find((s) => s.name === 'Canonical frame')!.variablesReference;
      const canonicalN = async (): Promise<string | undefined> => {
        const top = (await dc.variablesRequest({ variablesReference: canonicalRef })).body.variables;
        const locals = (await dc.variablesRequest({ variablesReference: top.find((v) => v.name === 'locals')!.variablesReference })).body.variables;
        return locals.find((v) => v.name === 'n')?.value;
      };
      assert.equal(await canonicalN(), '1');
      const addrN = (await ev(dc, '&n')).result;

      const sv = await dc.setVariableRequest({ variablesReference: scopes[0].variablesReference, name: 'n', value: '5' });
      assert.equal(sv.body.value, '5');
      assert.equal(await canonicalLocal(dc, 'n'), 5);
      assert.equal(await canonicalN(), '5');
      assert.deepEqual(memory.map((m) => m.body), [{ memoryReference: addrN, offset: 0, count: 4 }]);

      await dc.customRequest('setExpression', { expression: 'n', value: '7', frameId: 0 });
      assert.equal(await canonicalLocal(dc, 'n'), 7);
      assert.equal((await ev(dc, 'n = n + 2')).result, '9');
      assert.equal(await canonicalLocal(dc, 'n'), 9);
      assert.equal(await canonicalN(), '9');
      assert.equal(memory.length, 3);
      assert.equal(invalidated.length, 0); // assignments do not make the client refetch everything

      // writeMemory: a memory event for the range written, and the variables invalidated
      const four = getIsa(isa).elf.bigEndian ? [0, 0, 0, 12] : [12, 0, 0, 0];
      await dc.customRequest('writeMemory', { memoryReference: addrN, offset: 0, data: Buffer.from(four).toString('base64') });
      assert.deepEqual(memory[3].body, { memoryReference: addrN, offset: 0, count: 4 });
      assert.deepEqual(invalidated.map((e) => e.body.areas), [['variables']]);
      assert.equal(await canonicalLocal(dc, 'n'), 12);
      assert.equal((await scopeVars(dc, 0, 'Locals')).find((v) => v.name === 'n')?.value, '12');
      await dc.terminateRequest({});
    } finally { await dc.stop(); }
  });

  test(`${isa}: setVariable on a register and a struct member, hex, memory references, dereference, clipboard`, async () => {
    const dc = await startClient();
    try {
      await launchAndStop(dc, 'basic.c', isa, [6]);
      // a register, in the Registers scope
      const reg = SCRATCH[isa];
      const regScope = (await dc.scopesRequest({ frameId: 0 })).body.scopes.find((s) => s.presentationHint === 'registers')!;
      const set = await dc.setVariableRequest({ variablesReference: regScope.variablesReference, name: reg, value: '0x1234' });
      assert.match(set.body.value, /^0x0*1234$/);
      assert.equal((await ev(dc, `$${reg}`)).result, '4660');
      assert.match((await scopeVars(dc, 0, 'Registers')).find((r) => r.name === reg)!.value, /^0x0*1234$/);
      // a struct member in the caller's frame
      const p = (await scopeVars(dc, 1, 'Locals')).find((v) => v.name === 'p')!;
      assert.equal((await dc.setVariableRequest({ variablesReference: p.variablesReference, name: 'x', value: '11' })).body.value, '11');
      assert.equal((await ev(dc, 'p.x', 1)).result, '11');
      assert.match(await failure(dc.setVariableRequest({ variablesReference: p.variablesReference, name: 'z', value: '1' })), /no member 'z'/);
      // hex formatting of a scope's variables
      const hexLocals = (await dc.variablesRequest({ variablesReference: (await dc.scopesRequest({ frameId: 0 })).body.scopes[0].variablesReference, format: { hex: true } })).body.variables;
      assert.equal(hexLocals.find((v) => v.name === 'n')!.value, '0x00000001');
      const hexFields = (await dc.variablesRequest({ variablesReference: p.variablesReference, format: { hex: true } })).body.variables;
      assert.deepEqual(hexFields.map((f) => f.value), ['0x0000000b', '0x00000004']);
      // pointers carry their value as memory reference, in variables and evaluate
      const argv = (await scopeVars(dc, 1, 'Locals')).find((v) => v.name === 'argv')!;
      const argvValue = (await ev(dc, 'argv', 1)).result;
      assert.match(argvValue, /^0x[0-9a-f]{8}$/);
      assert.equal(argv.memoryReference, argvValue);
      assert.equal((await ev(dc, 'argv', 1)).memoryReference, argvValue);
      assert.equal((await ev(dc, '&p', 1)).memoryReference, (await ev(dc, '&p', 1)).result);
      // explicit dereference
      assert.match((await ev(dc, '*argv', 1)).result, /^0x[0-9a-f]{8} ".*basic\.c"$/);
      assert.equal((await ev(dc, '**argv', 1)).result, "47 '/'");
      assert.equal((await ev(dc, '*&p.y', 1)).result, '4');
      assert.equal((await ev(dc, '*(&p.x)', 1, 'watch')).result, '11');
      assert.match(await failure(dc.evaluateRequest({ expression: '*n', frameId: 0 })), /cannot dereference a value of type 'int'/);
      // the clipboard context copies what the REPL shows
      assert.equal((await ev(dc, 'p', 1, 'clipboard')).result, '{x = 11, y = 4}');
      assert.equal((await ev(dc, 'n * 3', 0, 'clipboard')).result, '3');
      await dc.terminateRequest({});
    } finally { await dc.stop(); }
  });

  test(`${isa}: a 10,000-element array is paged: indexedVariables, start and count`, async () => {
    const dc = await startClient();
    try {
      await launchAndStop(dc, 'big.c', isa, [12]);
      const big = (await scopeVars(dc, 0, 'Globals')).find((v) => v.name === 'big')!;
      assert.equal(big.indexedVariables, 10000);
      assert.match(big.value, /^\[0, 3, 6, 9, 12, 15, 18, 21, …\]$/);
      const page = (await dc.variablesRequest({ variablesReference: big.variablesReference, filter: 'indexed', start: 9990, count: 10 })).body.variables;
      assert.deepEqual(page.map((v) => [v.name, v.value]), Array.from({ length: 10 }, (_, k) => [`[${9990 + k}]`, String((9990 + k) * 3)]));
      assert.equal(page[0].evaluateName, '(big)[9990]');
      assert.deepEqual((await dc.variablesRequest({ variablesReference: big.variablesReference, filter: 'named' })).body.variables, []);
      assert.equal((await dc.variablesRequest({ variablesReference: big.variablesReference })).body.variables.length, 1000); // unpaged: the first 1000
      assert.equal((await dc.variablesRequest({ variablesReference: big.variablesReference, start: 9998, count: 50 })).body.variables.length, 2);
      // an element beyond the first page can be set
      await dc.setVariableRequest({ variablesReference: big.variablesReference, name: '[9995]', value: '-1' });
      assert.equal((await ev(dc, 'big[9995]')).result, '-1');
      // evaluate gives the count too; a small local array and a struct
      const e = await ev(dc, 'big');
      assert.equal(e.indexedVariables, 10000);
      assert.equal((await dc.variablesRequest({ variablesReference: e.variablesReference, filter: 'indexed', start: 1, count: 2 })).body.variables.map((v) => v.value).join(), '3,6');
      const locals = await scopeVars(dc, 0, 'Locals');
      assert.equal(locals.find((v) => v.name === 'small')!.indexedVariables, 3);
      assert.equal(locals.find((v) => v.name === 'pr')!.indexedVariables, undefined);
      // a pointer into the array: its memory reference is the element's address, `*` its value
      const p = locals.find((v) => v.name === 'p')!;
      assert.equal(p.memoryReference, (await ev(dc, '&big[9990]')).result);
      assert.equal((await dc.variablesRequest({ variablesReference: p.variablesReference })).body.variables[0].value, '29970');
      assert.equal((await ev(dc, '*p + p[1]')).result, String(29970 + 29973));
      await dc.terminateRequest({});
    } finally { await dc.stop(); }
  });

  test(`${isa}: launch with stdin from a file relative to cwd`, async () => {
    const dc = await startClient();
    try {
      const out = collect<DebugProtocol.OutputEvent>(dc, 'output');
      await dc.configurationDoneRequest();
      const ended = dc.waitForEvent('terminated');
      await dc.launchRequest({ program: 'echo.c', cwd: PROGRAMS, isa, args: ['x'], stdin: { file: 'echo-input.txt' } } as DebugProtocol.LaunchRequestArguments);
      await ended;
      assert.equal(out.filter((e) => e.body.category === 'stdout').map((e) => e.body.output).join(''), 'arg x\nhello from a file\n');
    } finally { await dc.stop(); }
  });
}

test('launch without isa runs on rv32; a missing stdin file or program fails the launch plainly', async () => {
  const dc = await startClient();
  try {
    const s = await launchAndStop(dc, 'basic.c', undefined as unknown as string, [], { stopOnEntry: true });
    assert.equal(s.body.reason, 'entry');
    assert.equal((await dc.threadsRequest()).body.threads[0].name, 'main · rv32');
    assert.equal((await custom<{ current: string }>(dc, 'isas')).current, 'rv32');
    assert.ok((await dc.scopesRequest({ frameId: 0 })).body.scopes.some((x) => x.name === 'Registers (rv32)'));
    await dc.terminateRequest({});
  } finally { await dc.stop(); }
  for (const [args, msg] of [
    [{ program: 'echo.c', cwd: PROGRAMS, stdin: { file: 'nosuch.txt' } }, /^cannot read stdin file nosuch\.txt: ENOENT$/],
    [{ program: 'nosuch.c', cwd: PROGRAMS }, /^cannot read .*nosuch\.c: ENOENT$/],
    [{ program: 'echo.c', cwd: PROGRAMS, stdin: 42 }, /^'stdin' must be a string or \{ file \}$/],
  ] as const) {
    const c = await startClient();
    try {
      await c.configurationDoneRequest();
      assert.match(await failure(c.launchRequest(args as unknown as DebugProtocol.LaunchRequestArguments)), msg);
    } finally { await c.stop(); }
  }
});

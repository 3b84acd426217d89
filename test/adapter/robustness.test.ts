// Robustness of the adapter, over raw stdio (no client library in between): more than 10,000
// random and malformed messages in all, spread over every ISA of ISA_IDS (unknown commands, wrong
// argument types, requests in the wrong state, breakpoints on lines without code, garbage
// expressions and addresses, bad JSON) — every well-formed request is answered, every refusal is
// a plain message (no stack trace, no "undefined"), the adapter never exits and never reports an
// internal error or an uncaught exception on stderr (adapter/main.ts would swallow one and print
// it there). Then targeted refusals: which requests must fail, and with which message.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { ISA_IDS } from '../../emulator/index';
import { ENTRY, ROOT, program } from './client';

/** Messages in all, over every ISA. */
const TOTAL = 10_000;

const COMMANDS = [
  'initialize', 'launch', 'configurationDone', 'setBreakpoints', 'setFunctionBreakpoints', 'setInstructionBreakpoints',
  'setExceptionBreakpoints', 'breakpointLocations', 'continue', 'next', 'stepIn', 'stepOut', 'pause', 'threads',
  'stackTrace', 'scopes', 'variables', 'evaluate', 'setVariable', 'setExpression', 'disassemble', 'readMemory',
  'writeMemory', 'exceptionInfo', 'restart', 'terminate', 'source', 'goto', 'gotoTargets', 'completions', 'attach', 'migrate',
  'canonicalState', 'targetPreview', 'isas', 'migrate', 'frobnicate', '', 'stepBack', 'dataBreakpointInfo',
];
const KEYS = ['program', 'isa', 'stopOnEntry', 'source', 'breakpoints', 'line', 'endLine', 'name', 'frameId', 'variablesReference',
  'expression', 'value', 'memoryReference', 'offset', 'count', 'instructionCount', 'instructionOffset', 'data', 'filters',
  'threadId', 'granularity', 'context', 'format', 'targetIsa', 'args', 'stdin', 'text', 'column', 'targetId', 'start', 'filter', 'cwd'];
const EXPRS = ['n', 'p.x', 'arr[1]', '*argv', 'argv[0][0]', '$pc', '$sp + 4', '(char)300', 'g_counter = 3', '1/0', ')(', 'p->x',
  '&&', '$nosuch', 'sizeof(int)', '"str"', '((((', 'arr[100000000]', '*(int *)0', 'i = i + 1', '$pc = 0'];

let seed = 12345;
function rnd(n: number): number { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
function pick<T>(xs: T[]): T { return xs[rnd(xs.length)]; }

function randomValue(depth = 0): unknown {
  switch (rnd(depth > 1 ? 8 : 11)) {
    case 0: return undefined; case 1: return null; case 2: return rnd(2) === 0;
    case 3: return rnd(40) - 5; case 4: return pick([1e12, -1, 0.5, NaN, 2 ** 31, 0x10000, 0x10050]);
    case 5: return pick(EXPRS); case 6: return pick(['0x10000', '0x7ffeff00', 'zz', '', '0x0', '-4', program('basic.c')]);
    case 7: return pick(['rv32', 'm68k', 'x86_64', 'vax', 'instruction', 'line', 'AAAA', 'faults', 'fault', 'migration', 'indexed', 'named']);
    case 8: return Array.from({ length: rnd(4) }, () => randomValue(depth + 1));
    default: return randomArgs(depth + 1);
  }
}

function randomArgs(depth = 0): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (let i = rnd(5); i > 0; i--) o[pick(KEYS)] = randomValue(depth);
  if (rnd(3) === 0) o.source = { path: program('basic.c') };
  if (rnd(4) === 0) o.breakpoints = [{ line: rnd(30) - 2, condition: pick(EXPRS), hitCondition: pick(['2', '% 3', 'x']) }];
  return o;
}

function frame(msg: string): string {
  return `Content-Length: ${Buffer.byteLength(msg)}\r\n\r\n${msg}`;
}

/** A refusal a user can read: a non-empty sentence, no stack trace, no JavaScript leaking through. */
function assertPlain(message: unknown, what: string): void {
  assert.equal(typeof message, 'string', `${what}: a message`);
  const m = message as string;
  assert.ok(m.trim().length > 0, `${what}: an empty message`);
  assert.doesNotMatch(m, /\n\s+at |undefined|\[object |TypeError|ReferenceError|Cannot read prop|is not a function|is not iterable|NaN/, `${what}: ${m}`);
}

/** What stderr must never show: an internal error, an uncaught exception, a stack trace. */
function assertQuietStderr(stderr: string): void {
  const bad = /internal error|Error handling data|Uncaught|\n\s+at /.exec(stderr);
  assert.equal(bad, null, bad ? stderr.slice(Math.max(0, bad.index - 200), bad.index + 1500) : '');
}

/** The adapter process over raw stdio: send anything, await responses by seq, keep events and stderr. */
class RawAdapter {
  readonly child: ChildProcessWithoutNullStreams;
  stderr = '';
  exited = false;
  readonly events: { event: string; body?: Record<string, unknown> }[] = [];
  readonly responses = new Map<number, { success: boolean; message?: string; command: string; body?: unknown }>();
  private waiting = new Map<number, (r: { success: boolean; message?: string; body?: unknown }) => void>();
  private buf = Buffer.alloc(0);
  private seq = 1;

  constructor() {
    this.child = spawn(process.execPath, ['--import', 'tsx', ENTRY], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (d: Buffer) => { this.stderr += d.toString(); });
    this.child.on('exit', () => { this.exited = true; });
    this.child.stdin.on('error', () => { /* reported as 'the adapter exited' */ });
    this.child.stdout.on('data', (d: Buffer) => this.data(d));
  }

  private data(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const head = this.buf.indexOf('\r\n\r\n');
      if (head < 0) return;
      const len = Number(/Content-Length: (\d+)/.exec(this.buf.subarray(0, head).toString())![1]);
      if (this.buf.length < head + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(head + 4, head + 4 + len).toString());
      this.buf = this.buf.subarray(head + 4 + len);
      if (msg.type === 'event') this.events.push(msg);
      if (msg.type === 'response') {
        this.responses.set(msg.request_seq, msg);
        this.waiting.get(msg.request_seq)?.(msg);
      }
    }
  }

  raw(s: string): void { if (!this.exited) this.child.stdin.write(s); }

  /** Send a request; its seq. */
  send(command: unknown, args?: unknown): number {
    const seq = this.seq++;
    this.raw(frame(JSON.stringify({ seq, type: 'request', command, arguments: args })));
    return seq;
  }

  request(command: unknown, args?: unknown): Promise<{ success: boolean; message?: string; body?: unknown }> {
    const seq = this.send(command, args);
    const done = this.responses.get(seq);
    return done ? Promise.resolve(done) : new Promise((resolve) => this.waiting.set(seq, resolve));
  }

  /** The refusal message of a request that must fail. */
  async refused(command: unknown, args?: unknown): Promise<string> {
    const r = await this.request(command, args);
    assert.equal(r.success, false, `${String(command)} ${JSON.stringify(args)} must be refused`);
    assertPlain(r.message, `${String(command)} ${JSON.stringify(args)}`);
    return r.message!;
  }

  async waitForEvent(name: string, from = 0): Promise<void> {
    for (let i = 0; i < 400 && !this.events.slice(from).some((e) => e.event === name); i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok(this.events.slice(from).some((e) => e.event === name), `no ${name} event`);
  }

  stop(): void { this.child.kill(); }
}

async function hammer(isa: string, n: number): Promise<void> {
  const a = new RawAdapter();
  try {
    const sent: number[] = [];
    sent.push(a.send('initialize', { adapterID: 'shuttle', pathFormat: 'path' }));
    sent.push(a.send('launch', { program: program('basic.c'), isa, stopOnEntry: true }));
    sent.push(a.send('configurationDone', {}));
    for (let i = 0; i < n; i++) {
      const k = rnd(20);
      if (k === 0) a.raw(frame(pick(['{', 'null', '[]', '{"type":"request"}', '"x"', '{"seq":"a","type":"request","command":5}', '7', 'true'])));
      else if (k === 1) a.raw(frame(JSON.stringify({ seq: 900000 + i, type: pick(['event', 'response', 'banana']), command: 'threads' })));
      else sent.push(a.send(pick(COMMANDS), rnd(6) === 0 ? randomValue() : randomArgs()));
      if (i % 50 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    sent.push(a.send('threads', {}));
    const deadline = Date.now() + 90000;
    while (sent.some((s) => !a.responses.has(s)) && Date.now() < deadline && !a.exited) await new Promise((r) => setTimeout(r, 50));
    const missing = sent.filter((s) => !a.responses.has(s));
    assert.equal(a.exited, false, 'the adapter exited');
    assert.deepEqual(missing.slice(0, 10), [], `${missing.length} requests unanswered`);
    for (const r of a.responses.values()) if (!r.success) assertPlain(r.message, r.command);
    assert.deepEqual(a.events.filter((e) => e.event === 'output' && /internal error/.test(String(e.body?.output))), []);
    assertQuietStderr(a.stderr);
    assert.match(a.stderr, /ignored a (malformed message|message that is not a JSON object)/); // the garbage was seen, and reported plainly
  } finally { a.stop(); }
}

for (const isa of ISA_IDS) {
  const n = Math.ceil(TOTAL / ISA_IDS.length);
  test(`${n} random and malformed messages on ${isa}: always answered plainly, never a crash`, { timeout: 180000 }, () => hammer(isa, n));
}

test('which requests are refused, and how', { timeout: 120000 }, async () => {
  const a = new RawAdapter();
  try {
    // before initialize/launch: no program
    assert.match(await a.refused('initialize'), /arguments are required/);
    assert.equal((await a.request('initialize', { adapterID: 'shuttle' })).success, true);
    for (const [command, args] of [
      ['stackTrace', { threadId: 1 }], ['scopes', { frameId: 0 }], ['variables', { variablesReference: 1 }],
      ['evaluate', { expression: '1 + 1' }], ['continue', { threadId: 1 }], ['next', { threadId: 1 }], ['stepIn', { threadId: 1 }],
      ['pause', { threadId: 1 }], ['setVariable', { variablesReference: 1, name: 'n', value: '1' }], ['goto', { threadId: 1, targetId: 1 }],
      ['disassemble', { memoryReference: '0x10000', instructionCount: 1 }], ['readMemory', { memoryReference: '0x10000', count: 4 }],
      ['migrate', { targetIsa: 'm68k' }], ['canonicalState', {}], ['targetPreview', { targetIsa: 'm68k' }],
    ] as const) assert.equal(await a.refused(command, args), 'no program: launch first', command);
    assert.equal(await a.refused('restart', {}), 'nothing to restart: launch first');
    // unknown commands and requests the adapter does not implement
    for (const c of ['frobnicate', 'stepBack', 'attach', 'source', 'dataBreakpointInfo', 'reverseContinue', 'modules']) assert.equal(await a.refused(c, {}), `unsupported request '${c}'`);
    assert.equal(await a.refused(42, {}), 'the request has no command');
    // arguments of the wrong type
    for (const [command, args, msg] of [
      ['scopes', [1, 2], 'scopes: arguments must be an object'],
      ['evaluate', 'n', 'evaluate: arguments must be an object'],
      ['variables', { variablesReference: 'a' }, 'variablesReference must be an integer'],
      ['evaluate', { expression: 5 }, 'expression must be a string'],
      ['setBreakpoints', { source: { path: 5 } }, 'source.path must be a string'],
      ['setBreakpoints', { source: { path: program('basic.c') }, breakpoints: 'x' }, 'breakpoints must be an array'],
      ['setBreakpoints', { source: { path: program('basic.c') }, breakpoints: [{ line: '6' }] }, 'line must be an integer'],
      ['setFunctionBreakpoints', { breakpoints: [{ name: 3 }] }, 'name must be a string'],
      ['setInstructionBreakpoints', { breakpoints: [{ instructionReference: 'zz' }] }, 'bad memory reference "zz": expected an address like 0x10000'],
      ['setExceptionBreakpoints', { filters: 'fault' }, 'filters must be an array of strings'],
      ['breakpointLocations', { source: { path: program('basic.c') }, line: 'x' }, 'line must be an integer'],
      ['launch', { program: 5 }, "launch needs 'program': the path of a C file"],
    ] as const) assert.equal(await a.refused(command, args), msg, `${command} ${JSON.stringify(args)}`);
    assert.match(await a.refused('launch', { program: program('basic.c'), isa: 'vax' }), /^unknown isa 'vax'$/);

    // an endless loop, running: what needs a stopped program is refused, and so is a second run
    assert.equal((await a.request('configurationDone', {})).success, true);
    assert.equal((await a.request('launch', { program: program('loop.c'), isa: 'm68k' })).success, true);
    for (const [command, args] of [
      ['stackTrace', { threadId: 1 }], ['scopes', { frameId: 0 }], ['evaluate', { expression: 'n' }],
      ['migrate', { targetIsa: 'rv32' }], ['canonicalState', {}], ['writeMemory', { memoryReference: '0x10000', data: 'AA==' }],
    ] as const) assert.equal(await a.refused(command, args), 'the program is running: pause it or wait for it to stop', command);
    for (const c of ['continue', 'next', 'stepOut']) assert.equal(await a.refused(c, { threadId: 1 }), 'the program is already running', c);
    assert.equal(await a.refused('launch', { program: program('loop.c') }), 'already launched');
    const from = a.events.length;
    assert.equal((await a.request('pause', { threadId: 1 })).success, true);
    await a.waitForEvent('stopped', from);

    // stopped: bad values, breakpoints on lines without code (answered), unknown ISAs
    assert.match(await a.refused('migrate', { targetIsa: 'vax' }), /^unknown ISA 'vax' \(known: rv32, m68k/);
    assert.equal(await a.refused('migrate', { targetIsa: 'm68k' }), 'already running on m68k');
    assert.equal(await a.refused('migrate', {}), "'targetIsa' must be a string");
    assert.match(await a.refused('evaluate', { expression: 'nosuch', frameId: 0 }), /'nosuch' is not in scope/);
    assert.match(await a.refused('evaluate', { expression: '1 +', frameId: 0 }), /unexpected end of expression/);
    assert.equal(await a.refused('evaluate', { expression: 'n', frameId: 'top' }), 'frameId must be an integer');
    assert.equal(await a.refused('evaluate', { expression: 'n', frameId: 99 }), 'no frame 99');
    assert.equal(await a.refused('variables', { variablesReference: 12345 }), 'no variables with reference 12345 (they are gone once the program runs)');
    assert.equal(await a.refused('variables', { variablesReference: 1, start: -1 }), 'start must not be negative');
    assert.equal(await a.refused('variables', { variablesReference: 1, filter: 'all' }), "filter must be 'indexed' or 'named'");
    assert.equal(await a.refused('readMemory', { memoryReference: '0x10000' }), 'count must be a non-negative integer');
    assert.equal(await a.refused('disassemble', { memoryReference: '0x10000', instructionCount: -1 }), 'instructionCount must be an integer from 0 to 100000');
    assert.match(await a.refused('writeMemory', { memoryReference: '0x0', data: 'AAAA' }), /^cannot write 3 bytes at 0x00000000: only 0 are mapped$/);
    assert.equal(await a.refused('goto', { threadId: 1, targetId: 1 }), 'a goto target must be in the current function');
    assert.equal(await a.refused('exceptionInfo', { threadId: 1 }), 'the program is not stopped at a fault or a migration point');
    const bps = await a.request('setBreakpoints', { source: { path: program('loop.c') }, breakpoints: [{ line: 1 }, { line: 5 }, { line: 6 }, { line: 400 }, { line: 0 }] });
    assert.equal(bps.success, true);
    const answered = (bps.body as { breakpoints: { verified: boolean; line?: number; message?: string }[] }).breakpoints;
    assert.equal(answered.length, 5);
    for (const b of answered) assert.ok(b.verified ? typeof b.line === 'number' : typeof b.message === 'string' && b.message.length > 0, JSON.stringify(b));
    assert.deepEqual(answered.slice(3).map((b) => b.verified), [false, false]);

    // ended: nothing runs any more
    assert.equal((await a.request('terminate', {})).success, true);
    for (const c of ['continue', 'next']) assert.equal(await a.refused(c, { threadId: 1 }), 'the program has ended', c);
    assert.equal(await a.refused('stackTrace', { threadId: 1 }), 'the program has ended');
    assert.equal(a.exited, false);
    assertQuietStderr(a.stderr);
  } finally { a.stop(); }
});

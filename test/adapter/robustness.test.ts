// Robustness of the adapter: thousands of random and malformed requests (unknown commands, wrong
// argument types, requests in the wrong state, breakpoints on lines without code, garbage
// expressions and addresses, bad JSON) sent over stdio to a live session on each ISA. The adapter
// must answer every well-formed request (success or a plain error message) and never exit.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { ENTRY, ROOT, program } from './client';

const COMMANDS = [
  'initialize', 'launch', 'configurationDone', 'setBreakpoints', 'setFunctionBreakpoints', 'setInstructionBreakpoints',
  'setExceptionBreakpoints', 'breakpointLocations', 'continue', 'next', 'stepIn', 'stepOut', 'pause', 'threads',
  'stackTrace', 'scopes', 'variables', 'evaluate', 'setVariable', 'setExpression', 'disassemble', 'readMemory',
  'writeMemory', 'exceptionInfo', 'restart', 'terminate', 'source', 'goto', 'gotoTargets', 'completions', 'attach', 'migrate',
  'canonicalState', 'targetPreview', 'isas', 'migrate', 'frobnicate', '', 'stepBack', 'dataBreakpointInfo',
];
const KEYS = ['program', 'isa', 'stopOnEntry', 'source', 'breakpoints', 'line', 'endLine', 'name', 'frameId', 'variablesReference',
  'expression', 'value', 'memoryReference', 'offset', 'count', 'instructionCount', 'instructionOffset', 'data', 'filters',
  'threadId', 'granularity', 'context', 'format', 'targetIsa', 'args', 'stdin', 'text', 'column', 'targetId'];
const EXPRS = ['n', 'p.x', 'arr[1]', '*argv', 'argv[0][0]', '$pc', '$sp + 4', '(char)300', 'g_counter = 3', '1/0', ')(', 'p->x',
  '&&', '$nosuch', 'sizeof(int)', '"str"', '((((', 'arr[100000000]', '*(int *)0', 'i = i + 1'];

let seed = 12345;
function rnd(n: number): number { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
function pick<T>(xs: T[]): T { return xs[rnd(xs.length)]; }

function randomValue(depth = 0): unknown {
  switch (rnd(depth > 1 ? 8 : 11)) {
    case 0: return undefined; case 1: return null; case 2: return rnd(2) === 0;
    case 3: return rnd(40) - 5; case 4: return pick([1e12, -1, 0.5, NaN, 2 ** 31, 0x10000, 0x10050]);
    case 5: return pick(EXPRS); case 6: return pick(['0x10000', '0x7ffeff00', 'zz', '', '0x0', '-4', program('basic.c')]);
    case 7: return pick(['rv32', 'm68k', 'x86_64', 'vax', 'instruction', 'line', 'AAAA', 'faults', 'fault', 'migration']);
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

async function hammer(isa: string, n: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-4000); });
  const answered = new Set<number>();
  const internalErrors: string[] = [];
  let buf = Buffer.alloc(0);
  let exited = false;
  child.on('exit', () => { exited = true; });
  child.stdin.on('error', () => { /* reported as 'the adapter exited' */ });
  child.stdout.on('data', (d: Buffer) => {
    buf = Buffer.concat([buf, d]);
    for (;;) {
      const head = buf.indexOf('\r\n\r\n');
      if (head < 0) return;
      const len = Number(/Content-Length: (\d+)/.exec(buf.subarray(0, head).toString())![1]);
      if (buf.length < head + 4 + len) return;
      const msg = JSON.parse(buf.subarray(head + 4, head + 4 + len).toString());
      buf = buf.subarray(head + 4 + len);
      if (msg.type === 'event' && msg.event === 'output' && /internal error/.test(msg.body.output)) internalErrors.push(msg.body.output);
      if (msg.type === 'response') {
        answered.add(msg.request_seq);
        if (!msg.success) assert.equal(typeof msg.message, 'string');
      }
    }
  });
  const send = (s: string): void => { if (!exited) child.stdin.write(s); };
  let seq = 1;
  const sent: number[] = [];
  const request = (command: string, args: unknown): void => {
    sent.push(seq);
    send(frame(JSON.stringify({ seq: seq++, type: 'request', command, arguments: args })));
  };
  request('initialize', { adapterID: 'shuttle', pathFormat: 'path' });
  request('launch', { program: program('basic.c'), isa, stopOnEntry: true });
  request('configurationDone', {});
  for (let i = 0; i < n; i++) {
    const k = rnd(20);
    if (k === 0) send(frame(pick(['{', 'null', '[]', '{"type":"request"}', '"x"', '{"seq":"a","type":"request","command":5}'])));
    else if (k === 1) send(frame(JSON.stringify({ seq: seq++, type: pick(['event', 'response', 'banana']), command: 'threads' })));
    else request(pick(COMMANDS), rnd(6) === 0 ? randomValue() : randomArgs());
    if (i % 50 === 0) await new Promise((r) => setTimeout(r, 5));
  }
  request('threads', {});
  const deadline = Date.now() + 60000;
  while (sent.some((s) => !answered.has(s)) && Date.now() < deadline && !exited) await new Promise((r) => setTimeout(r, 50));
  const missing = sent.filter((s) => !answered.has(s));
  assert.equal(exited, false, 'the adapter exited');
  assert.deepEqual(missing.slice(0, 10), [], `${missing.length} requests unanswered`);
  assert.deepEqual(internalErrors, []);
  assert.doesNotMatch(stderr, /internal error/);
  child.kill();
}

test('thousands of random and malformed requests on rv32: always answered, never a crash', { timeout: 120000 }, () => hammer('rv32', 5000));
test('thousands of random and malformed requests on m68k: always answered, never a crash', { timeout: 120000 }, () => hammer('m68k', 5000));

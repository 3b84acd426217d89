// Debug adapter latency, through the stdio adapter as a DAP client sees it (one adapter process
// per ISA, @vscode/debugadapter-testsupport's DebugClient): continue → stopped at a breakpoint,
// stop → variables (stackTrace + scopes + Locals), `next` (line) → stopped, `stepIn` by
// instruction → stopped, and `migrate` → stopped to the next ISA and back. Median and worst of N.
// `benchDap()` returns the rows (bench/run.ts adds them to the results); run directly it prints a table:
//   node --import tsx bench/dap.ts [N]

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { ISA_IDS } from '../emulator/index';

export interface DapRow { isa: string; measure: string; n: number; medianMs: number; worstMs: number }

const ROOT = path.join(__dirname, '..');
const ENTRY = path.join(ROOT, 'adapter', 'main.ts');
const BP_LINE = 3;
const PROGRAM = `#include <stdio.h>
int work(int i) {
    int a = i * 3;
    int b = a + 1;
    return a + b;
}
int main(void) {
    int i, s = 0;
    for (i = 0; i < 1000000; i++) s += work(i);
    printf("%d\\n", s);
    return 0;
}
`;

/** Latency rows for every ISA; `n` iterations each. */
export async function benchDap(n = 20, log: (s: string) => void = () => {}): Promise<DapRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuttle-bench-dap-'));
  const file = path.join(dir, 'work.c');
  fs.writeFileSync(file, PROGRAM);
  const rows: DapRow[] = [];
  try {
    for (const isa of ISA_IDS) {
      log(`dap bench: ${isa}`);
      rows.push(...await benchIsa(file, isa, ISA_IDS.find((x) => x !== isa) ?? isa, n));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

async function benchIsa(file: string, isa: string, other: string, n: number): Promise<DapRow[]> {
  const dc = new DebugClient('node', ENTRY, 'shuttle', { env: { ...process.env, NODE_OPTIONS: '--import tsx' }, cwd: ROOT }, true);
  dc.defaultTimeout = 60000;
  await dc.start();
  const times = new Map<string, number[]>();
  const note = (k: string, ms: number): void => { times.set(k, [...(times.get(k) ?? []), ms]); };
  try {
    await dc.initializeRequest({ adapterID: 'shuttle', pathFormat: 'path', linesStartAt1: true, columnsStartAt1: true });
    const first = dc.waitForEvent('stopped');
    const launched = dc.launchRequest({ program: file, isa } as DebugProtocol.LaunchRequestArguments);
    await dc.setBreakpointsRequest({ source: { path: file }, breakpoints: [{ line: BP_LINE }] });
    await dc.configurationDoneRequest();
    await launched;
    await first;
    if (other !== isa) await untilStopped(dc, () => dc.customRequest('migrate', { targetIsa: other })); // compile the other image once
    if (other !== isa) await untilStopped(dc, () => dc.customRequest('migrate', { targetIsa: isa }));
    for (let i = 0; i < n; i++) {
      note('continue → stopped (breakpoint)', await untilStopped(dc, () => dc.continueRequest({ threadId: 1 })));
      note('stop → variables', await variables(dc));
      note('next (line) → stopped', await untilStopped(dc, () => dc.nextRequest({ threadId: 1 })));
      if (other !== isa) {
        note(`migrate → stopped (${isa} → ${other})`, await untilStopped(dc, () => dc.customRequest('migrate', { targetIsa: other })));
        note(`migrate → stopped (${other} → ${isa})`, await untilStopped(dc, () => dc.customRequest('migrate', { targetIsa: isa })));
      }
      note('stepIn (instruction) → stopped', await untilStopped(dc, () => dc.stepInRequest({ threadId: 1, granularity: 'instruction' })));
    }
    await dc.terminateRequest({});
  } finally {
    await dc.stop();
  }
  return [...times].map(([measure, t]) => ({ isa, measure, n: t.length, medianMs: median(t), worstMs: Math.max(...t) }));
}

/** Milliseconds from sending a request to the stopped event it causes. */
async function untilStopped(dc: DebugClient, act: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  const stopped = dc.waitForEvent('stopped');
  await act();
  await stopped;
  return performance.now() - t;
}

/** What a client asks at every stop: the stack, the scopes of the top frame, its Locals. */
async function variables(dc: DebugClient): Promise<number> {
  const t = performance.now();
  const frames = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
  const scopes = (await dc.scopesRequest({ frameId: frames[0].id })).body.scopes;
  await dc.variablesRequest({ variablesReference: scopes[0].variablesReference });
  return performance.now() - t;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export function formatDapTable(rows: DapRow[]): string {
  const head = ['isa', 'measure', 'n', 'median ms', 'worst ms'];
  const lines = rows.map((r) => [r.isa, r.measure, String(r.n), r.medianMs.toFixed(2), r.worstMs.toFixed(2)]);
  const w = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (l: string[]): string => l.map((c, i) => (i < 2 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  return [fmt(head), ...lines.map(fmt)].join('\n');
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? 20);
  benchDap(Number.isInteger(n) && n > 0 ? n : 20, (s) => process.stderr.write(s + '\n'))
    .then((rows) => console.log(formatDapTable(rows)))
    .catch((e: Error) => { console.error(`bench/dap: ${e.stack ?? e.message}`); process.exit(1); });
}

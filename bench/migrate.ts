// Migration benchmark (part of `npm run bench`, or alone: `node --import tsx bench/migrate.ts`):
// latency of capture, restore and their total, and the canonical state's size against the raw
// state size, as the state grows — a recursive program migrated at its deepest call (frames 1 to
// 1,000) and a program holding N heap blocks in a list (1 to 100,000). Each program calls
// migrate() itself; the machine stops in the call, is captured, restored on the other ISA, and
// the restored process runs to the end to check its output. Raw state size = live stack bytes +
// live heap bytes + data/bss bytes of the source machine. No assertions on timings.

import { compile } from '../emulator/compiler/index';
import { ISA_IDS } from '../emulator/isa/index';
import type { IsaId } from '../emulator/isa/types';
import type { Image } from '../emulator/machine/image';
import { Machine } from '../emulator/machine/machine';
import { capture, restore } from '../emulator/migrate/index';
import { nextIsa } from '../emulator/migrate/process';

export interface MigrationRow {
  case: 'frames' | 'heap'; n: number; from: IsaId; to: IsaId;
  frames: number; objects: number; rawBytes: number; canonicalBytes: number;
  captureMs: number; restoreMs: number; totalMs: number; outputOk: boolean; error?: string;
}

const FRAMES = [1, 10, 100, 1000];
const HEAP = [1, 10, 100, 1000, 10000, 100000];

const framesProgram = (n: number): string => `#include <stdio.h>
#include <shuttle.h>
static int down(int n, int acc) {
    int here = n * 3 + acc;
    if (n <= 1) return migrate(current_isa()[0] == 'r' ? "m68k" : "rv32") == 0 ? here : -1;
    return down(n - 1, here % 1000) + 1;
}
int main(void) { printf("%d\\n", down(${n}, 0)); return 0; }
`;

const heapProgram = (n: number): string => `#include <stdio.h>
#include <stdlib.h>
#include <shuttle.h>
struct node { int value; struct node *next; };
int main(void) {
    struct node *head = NULL, *p;
    long sum = 0;
    int i;
    for (i = 0; i < ${n}; i++) { p = malloc(sizeof(struct node)); p->value = i % 1000; p->next = head; head = p; }
    if (migrate(current_isa()[0] == 'r' ? "m68k" : "rv32") != 0) return 1;
    for (p = head; p; p = p->next) sum += p->value;
    printf("%ld\\n", sum);
    return 0;
}
`;

const ms = (t: bigint): number => Number(process.hrtime.bigint() - t) / 1e6;

/** Bytes of live state on a stopped machine: stack in use, live heap blocks, data and bss. */
function rawStateBytes(m: Machine): number {
  const sp = m.cpu.getReg(m.isa.frame.spRegister) >>> 0;
  const stack = m.memory.region('stack')!;
  const data = m.memory.region('data')!;
  const heap = m.heap.live().reduce((n, b) => n + b.size, 0);
  return (stack.end - sp) + heap + (data.end - data.base);
}

function runOnce(kind: MigrationRow['case'], n: number, from: IsaId, to: IsaId, src: Image, dst: Image, expected: string): MigrationRow {
  const m = new Machine(src, { onMigrate: () => 'stop' });
  const r = m.run();
  if (r.status !== 'migrate') throw new Error(`the program did not stop in migrate() (${r.status})`);
  const before = new TextDecoder().decode(r.stdout);
  let t = process.hrtime.bigint();
  const state = capture(m, 'migrate() call');
  const captureMs = ms(t);
  t = process.hrtime.bigint();
  const next = restore(state, dst, {});
  const restoreMs = ms(t);
  const end = next.run();
  const out = before + new TextDecoder().decode(end.stdout);
  const rawBytes = rawStateBytes(m);
  // as a migrating process does: the machines it leaves behind give their stacks back
  m.dispose();
  next.dispose();
  return {
    case: kind, n, from, to, frames: state.frames.length, objects: state.objects.length,
    rawBytes, canonicalBytes: Buffer.byteLength(JSON.stringify(state)),
    captureMs, restoreMs, totalMs: captureMs + restoreMs, outputOk: end.status === 'exited' && out === expected,
  };
}

/**
 * The best of a few runs for small states (timer noise), one run for large ones. The images are
 * compiled once, as a migrating process compiles each ISA's image once: what is timed is the
 * capture and the restore, not the compiler or the first parse of an ELF.
 */
function measure(kind: MigrationRow['case'], n: number, from: IsaId): MigrationRow {
  const expected = kind === 'frames' ? `${expectedFrames(n)}\n` : `${expectedHeap(n)}\n`;
  const to = nextIsa(from);
  const source = kind === 'frames' ? framesProgram(n) : heapProgram(n);
  const file = `bench-${kind}-${n}.c`;
  const src = compile({ source, file, isa: from });
  const dst = compile({ source, file, isa: to });
  new Machine(dst).dispose();   // the target image's load template, as after a process's first migration there
  const reps = n <= 1000 ? 5 : 1;
  let best: MigrationRow | undefined;
  for (let i = 0; i < reps; i++) {
    const row = runOnce(kind, n, from, to, src, dst, expected);
    if (!best || row.totalMs < best.totalMs) best = row;
  }
  return best!;
}

function expectedFrames(n: number): number {
  const acc: number[] = [];
  let a = 0;
  for (let k = n; k >= 1; k--) { acc.push(a); if (k > 1) a = (k * 3 + a) % 1000; }
  return (1 * 3 + acc[acc.length - 1]) + (n - 1);
}

function expectedHeap(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += i % 1000;
  return s;
}

export function migrationBench(log: (s: string) => void = console.log): MigrationRow[] {
  const rows: MigrationRow[] = [];
  const cases: [MigrationRow['case'], number][] = [...FRAMES.map((n) => ['frames', n] as [MigrationRow['case'], number]), ...HEAP.map((n) => ['heap', n] as [MigrationRow['case'], number])];
  for (const [kind, n] of cases) {
    for (const from of ISA_IDS) {
      try { rows.push(measure(kind, n, from)); } catch (e) {
        rows.push({ case: kind, n, from, to: nextIsa(from), frames: 0, objects: 0, rawBytes: 0, canonicalBytes: 0,
          captureMs: 0, restoreMs: 0, totalMs: 0, outputOk: false, error: (e as Error).message.split('\n')[0] });
      }
    }
  }
  printTable(rows, log);
  return rows;
}

function printTable(rows: MigrationRow[], log: (s: string) => void): void {
  const head = ['case', 'n', 'from -> to', 'frames', 'objects', 'raw bytes', 'canonical bytes', 'capture ms', 'restore ms', 'total ms', 'note'];
  const lines = rows.map((r) => [
    r.case, r.n.toLocaleString('en-US'), `${r.from} -> ${r.to}`, String(r.frames), r.objects.toLocaleString('en-US'),
    r.rawBytes.toLocaleString('en-US'), r.canonicalBytes.toLocaleString('en-US'), r.captureMs.toFixed(2), r.restoreMs.toFixed(2),
    r.totalMs.toFixed(2), r.error ?? (r.outputOk ? '' : 'OUTPUT WRONG AFTER MIGRATION'),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const left = (i: number): boolean => i === 0 || i === 2 || i === head.length - 1;
  const fmt = (l: string[]): string => l.map((c, i) => (left(i) ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  log('\nmigration latency and canonical size (each program calls migrate() once, at its deepest frame / with all blocks live)');
  log(fmt(head));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) log(fmt(l));
}

if (require.main === module) migrationBench();

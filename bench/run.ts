// `npm run bench`: emulator speed per ISA. For every bench/programs/*.c and every ISA: compile, run on
// Shuttle's Machine timing wall-clock and counting instructions (→ MIPS), then run the very same ELF under
// qemu-user in the same run, timed the same way. Prints a table and writes bench/results/latest.json.
// Benchmarks never assert timings; a program whose outputs differ is flagged in the table.
// Then the migration benchmark (bench/migrate.ts): latency and canonical size against state size;
// and the debug adapter benchmark (bench/dap.ts): stop, step and migrate latency through DAP, per ISA.
// Usage: npm run bench [-- substr...]   (only programs whose name contains one of the substrings;
// the migration benchmark runs without filters or when one of them is 'migrate', the DAP one when 'dap')

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compile, formatFault, ISA_IDS, Machine } from '../emulator/index';
import type { IsaId } from '../emulator/isa/types';
import { haveTool } from '../test/helpers/programs';
import { makeTempDir, QEMU, removeTempDir, writeElf } from '../test/helpers/external';
import { benchDap, formatDapTable, type DapRow } from './dap';
import { migrationBench, type MigrationRow } from './migrate';

interface Row {
  program: string; isa: IsaId; instructions: number; compileMs: number; ourMs: number; mips: number;
  qemuMs?: number; ratio?: number; outputsAgree?: boolean; error?: string;
}

const PROGRAMS = path.join(__dirname, 'programs');
const RESULTS = path.join(__dirname, 'results');
/** A runaway benchmark stops here and is reported as 'limit' rather than hanging the run. */
const MAX_INSTRUCTIONS = 2_000_000_000;

function ms(start: bigint): number { return Number(process.hrtime.bigint() - start) / 1e6; }

function benchOne(file: string, isa: IsaId, dir: string): Row {
  const program = path.basename(file, '.c');
  const source = fs.readFileSync(file, 'utf8');
  let t = process.hrtime.bigint();
  const image = compile({ source, file, isa });
  const compileMs = ms(t);
  const m = new Machine(image, { argv: [program] });
  t = process.hrtime.bigint();
  const r = m.run({ maxInstructions: MAX_INSTRUCTIONS });
  const ourMs = ms(t);
  const row: Row = { program, isa, instructions: r.instructions, compileMs, ourMs, mips: r.instructions / ourMs / 1000 };
  if (r.status !== 'exited') row.error = r.fault ? formatFault(r.fault) : r.status;
  const q = QEMU[isa];
  if (haveTool(q.tool)) {
    const elf = writeElf(dir, `${program}.${isa}`, image.elf);
    t = process.hrtime.bigint();
    const qr = spawnSync(q.tool, [...q.args, elf], { input: new Uint8Array(0), timeout: 120_000, maxBuffer: 64 << 20 });
    row.qemuMs = ms(t);
    row.ratio = row.ourMs / row.qemuMs;
    row.outputsAgree = qr.status === r.exitCode && Buffer.compare(qr.stdout ?? Buffer.alloc(0), Buffer.from(r.stdout)) === 0;
  }
  return row;
}

function pad(s: string, n: number, right = false): string { return right ? s.padEnd(n) : s.padStart(n); }

function printTable(rows: Row[], qemuMissing: string[]): void {
  const head = ['program', 'isa', 'instructions', 'our ms', 'MIPS', 'qemu ms', 'ratio', 'note'];
  const lines = rows.map((r) => [
    r.program, r.isa, r.instructions.toLocaleString('en-US'), r.ourMs.toFixed(0), r.mips.toFixed(1),
    r.qemuMs === undefined ? '-' : r.qemuMs.toFixed(0), r.ratio === undefined ? '-' : r.ratio.toFixed(1) + 'x',
    r.error ?? (r.outputsAgree === false ? 'OUTPUT DIFFERS FROM QEMU' : ''),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (l: string[]): string => l.map((c, i) => pad(c, widths[i], i < 2 || i === 7)).join('  ').trimEnd();
  console.log(fmt(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(fmt(l));
  if (qemuMissing.length) console.log(`\n(qemu columns skipped: ${qemuMissing.join(', ')} not installed)`);
  console.log('\nratio = our wall time / qemu-user wall time (qemu time includes its process start-up).');
}

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const files = fs.readdirSync(PROGRAMS).filter((f) => f.endsWith('.c'))
    .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s))).sort()
    .map((f) => path.join(PROGRAMS, f));
  const dir = makeTempDir('shuttle-bench-');
  const rows: Row[] = [];
  try {
    for (const f of files) {
      for (const isa of ISA_IDS) {
        try { rows.push(benchOne(f, isa, dir)); } catch (e) {
          rows.push({ program: path.basename(f, '.c'), isa, instructions: 0, compileMs: 0, ourMs: 0, mips: 0, error: (e as Error).message.split('\n')[0] });
        }
      }
    }
  } finally { removeTempDir(dir); }
  const qemuMissing = ISA_IDS.map((i) => QEMU[i].tool).filter((t) => !haveTool(t));
  printTable(rows, qemuMissing);
  const migration: MigrationRow[] = filters.length === 0 || filters.includes('migrate') ? migrationBench() : [];
  let dap: DapRow[] = [];
  if (filters.length === 0 || filters.includes('dap')) {
    dap = await benchDap(20, (s) => process.stderr.write(s + '\n'));
    console.log('\ndebug adapter latency (ms, through DAP over stdio):');
    console.log(formatDapTable(dap));
  }
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, 'latest.json');
  // a filtered run replaces only the parts it measured; the others keep their last figures
  const previous = filters.length && fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown> : {};
  const measured: Record<string, unknown> = { qemuMissing };
  if (rows.length) measured.rows = rows;
  if (migration.length) measured.migration = migration;
  if (dap.length) measured.dap = dap;
  const out = {
    rows: [], migration: [], dap: [], ...previous, ...measured,
    date: new Date().toISOString(), node: process.version, platform: `${os.platform()} ${os.arch()}`,
    cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length,
  };
  fs.writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), path.join(RESULTS, 'latest.json'))}`);
}

main().catch((e: Error) => { console.error(`bench: ${e.stack ?? e.message}`); process.exit(1); });

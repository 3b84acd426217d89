// A quick status report of the program suite, one line per program and ISA (not a test):
//   node --import tsx test/helpers/suite-report.ts [--qemu] [isa...]
// prints PASS/FAIL with the first differing line, the fault, or the compile error, and a summary.
// With --qemu the ELF also runs under qemu-user and its result is shown beside ours.

import { compile, CompileError, formatFault, ISA_IDS, Machine } from '../../emulator/index';
import type { IsaId } from '../../emulator/isa/types';
import { describeDifference, listPrograms } from './programs';
import { makeTempDir, removeTempDir, runQemu, writeElf } from './external';

function firstLine(s: string): string { return s.split('\n').filter(Boolean).slice(0, 3).join(' | '); }

function main(): void {
  const args = process.argv.slice(2);
  const qemu = args.includes('--qemu');
  const isas = (args.filter((a) => !a.startsWith('--')) as IsaId[]);
  const dir = makeTempDir('shuttle-report-');
  const counts: Record<string, { pass: number; fail: number }> = {};
  try {
    for (const isa of isas.length ? isas : ISA_IDS) {
      counts[isa] = { pass: 0, fail: 0 };
      for (const p of listPrograms()) {
        let verdict: string;
        let q = '';
        try {
          const image = compile({ source: p.source, file: p.file, isa });
          const r = new Machine(image, { stdin: p.stdin, argv: [p.name, ...p.args] }).run({ maxInstructions: 500_000_000 });
          const diff = describeDifference(r.stdout, p.expected(isa));
          if (r.status !== 'exited') verdict = `FAULT ${r.fault ? formatFault(r.fault) : r.status}`;
          else if (diff) verdict = `FAIL ${firstLine(diff)}`;
          else if (r.exitCode !== p.expectExit) verdict = `FAIL exit ${r.exitCode}, expected ${p.expectExit}`;
          else verdict = `PASS (${r.instructions} insns)`;
          if (qemu) {
            const qr = runQemu(isa, writeElf(dir, `${p.name}.${isa}`, image.elf), p.args, p.stdin);
            const qd = describeDifference(qr.stdout, p.expected(isa));
            q = qd ? `  [qemu: ${firstLine(qd)} exit ${qr.status}]` : qr.status === p.expectExit ? '  [qemu ok]' : `  [qemu exit ${qr.status}]`;
          }
        } catch (e) {
          verdict = e instanceof CompileError ? `COMPILE ${firstLine(e.message)}` : `CRASH ${firstLine(String((e as Error).stack ?? e))}`;
        }
        counts[isa][verdict.startsWith('PASS') ? 'pass' : 'fail']++;
        console.log(`${isa.padEnd(5)} ${p.name.padEnd(24)} ${verdict}${q}`);
      }
    }
  } finally { removeTempDir(dir); }
  for (const [isa, c] of Object.entries(counts)) console.log(`${isa}: ${c.pass} passed, ${c.fail} failed`);
}

main();

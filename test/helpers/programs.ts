// The test-program suite on disk: finds test/programs/NN-name.c and reads each program's expectations
// (exit status from the `/* expect-exit: N */` first line, arguments from an `/* args: ... */` line,
// stdin from NN-name.stdin, stdout from NN-name.<isa>.out or NN-name.out), and compares results with a
// message that points at the first differing line. Used by the emulator, qemu and objdump harnesses.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IsaId } from '../../emulator/isa/types';

export const ROOT = path.join(__dirname, '..', '..');
export const PROGRAMS_DIR = path.join(ROOT, 'test', 'programs');
export const MALFORMED_DIR = path.join(ROOT, 'test', 'malformed');

export interface TestProgram {
  name: string;            // 'NN-name'
  file: string;            // absolute path of the .c file
  source: string;
  expectExit: number;
  args: string[];          // argv[1..]
  stdin: Uint8Array;
  /** expected stdout for an ISA */
  expected(isa: IsaId): Uint8Array;
}

/** `/* expect-exit: N *\/` on the first line (default 0). */
export function parseExpectExit(source: string): number {
  const first = source.split('\n', 1)[0];
  const m = /expect-exit:\s*(\d+)/.exec(first);
  return m ? Number(m[1]) : 0;
}

/** `/* args: a b c *\/` on a line of its own (default none). */
export function parseArgs(source: string): string[] {
  const m = /^\/\* args: (.*) \*\/$/m.exec(source);
  return m ? m[1].split(/\s+/).filter((s) => s.length > 0) : [];
}

export function loadProgram(file: string): TestProgram {
  const source = fs.readFileSync(file, 'utf8');
  const base = file.replace(/\.c$/, '');
  const name = path.basename(base);
  const stdinFile = base + '.stdin';
  return {
    name, file, source,
    expectExit: parseExpectExit(source),
    args: parseArgs(source),
    stdin: fs.existsSync(stdinFile) ? new Uint8Array(fs.readFileSync(stdinFile)) : new Uint8Array(0),
    expected(isa: IsaId): Uint8Array {
      const specific = `${base}.${isa}.out`;
      const f = fs.existsSync(specific) ? specific : `${base}.out`;
      if (!fs.existsSync(f)) throw new Error(`${name}: no expected output (${path.basename(f)})`);
      return new Uint8Array(fs.readFileSync(f));
    },
  };
}

/** Every program, sorted by name; SHUTTLE_PROGRAMS=substr[,substr] narrows the set. */
export function listPrograms(dir = PROGRAMS_DIR): TestProgram[] {
  const filter = (process.env.SHUTTLE_PROGRAMS ?? '').split(',').filter(Boolean);
  return fs.readdirSync(dir)
    .filter((f) => /^\d+-.*\.c$/.test(f))
    .filter((f) => filter.length === 0 || filter.some((s) => f.includes(s)))
    .sort()
    .map((f) => loadProgram(path.join(dir, f)));
}

const show = (s: string | undefined): string => (s === undefined ? '<end of output>' : JSON.stringify(s));

/** undefined when equal, else a one-paragraph description of the first differing line. */
export function describeDifference(got: Uint8Array, want: Uint8Array): string | undefined {
  if (Buffer.compare(Buffer.from(got), Buffer.from(want)) === 0) return undefined;
  const g = Buffer.from(got).toString('latin1').split('\n');
  const w = Buffer.from(want).toString('latin1').split('\n');
  for (let i = 0; i < Math.max(g.length, w.length); i++) {
    if (g[i] !== w[i]) {
      return `stdout differs at line ${i + 1}:\n  expected ${show(w[i])}\n  got      ${show(g[i])}` +
        `\n  (${got.length} bytes, expected ${want.length})`;
    }
  }
  return `stdout differs (${got.length} bytes, expected ${want.length})`;
}

/** Is an external tool on PATH? */
export function haveTool(tool: string): boolean {
  const dirs = (process.env.PATH ?? '').split(path.delimiter);
  return dirs.some((d) => d && fs.existsSync(path.join(d, tool)));
}

/** Skip a test for a missing tool, except on CI (CI=true) where the tool must be there. */
export function requireTool(t: { skip(msg: string): void }, tool: string): boolean {
  if (haveTool(tool)) return true;
  if (process.env.CI === 'true') throw new Error(`${tool} is not installed (required on CI)`);
  t.skip(`${tool} not installed`);
  return false;
}

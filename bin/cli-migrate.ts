// The migration side of the `shuttle` command line (issue 3), routed here by bin/cli.ts:
// `run FILE --migrate-at N:ISA / --migrate-every K / --trace-migrations` (a migrating run through
// MigratableProcess), `snapshot FILE --at N -o state.json` and `resume state.json --isa ISA`.
// Exit codes: the program's own; 1 the program ended before the snapshot point; 2 compile errors;
// 3 runtime faults; 64 usage errors; 65 a malformed state or a state of another program; 66
// unreadable input. A migration the command line asked for that is refused prints the reason on
// stderr and the program continues on the ISA it was on.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ISA_IDS, isIsaId } from '../emulator/isa/index';
import type { IsaId } from '../emulator/isa/types';
import type { RunResult } from '../emulator/machine/machine';
import type { MigratableProcess, MigrationPlan, MigrationRecord } from '../emulator/migrate/process';
import type { CanonicalState } from '../emulator/migrate/index';
import type { CliIo } from './cli';

/** The compiler and migration code, loaded on first use (help and plain runs do not need them). */
const proc = (): typeof import('../emulator/migrate/process') => require('../emulator/migrate/process');
const mig = (): typeof import('../emulator/migrate/index') => require('../emulator/migrate/index');
const machine = (): typeof import('../emulator/machine/machine') => require('../emulator/machine/machine');
const isRefusal = (e: unknown): e is Error => e instanceof mig().MigrationRefused;

const EXIT = { ended: 1, compile: 2, fault: 3, usage: 64, data: 65, noInput: 66 } as const;

/** A user error of a migration command: its message and exit status. */
class CliError extends Error {
  constructor(readonly code: number, message: string) { super(message); }
}

export const MIGRATE_HELP = {
  runOptions: `
migration options (the program must be a C file):
  --migrate-at N:ISA    migrate to ISA at the N-th migration point reached (repeatable)
  --migrate-every K     migrate at every K-th migration point, to the next ISA in turn
  --migrate-order ORDER the turn --migrate-every follows: 'forward' (the default: the ISAs in
                        registry order, rv32 -> m68k -> ... -> rv32), 'reverse', or a list such
                        as m68k,rv32
  --trace-migrations    one line per migration on stderr: point, source line, from -> to,
                        frames, objects, canonical bytes, capture and restore microseconds
A migration that cannot be done (see docs/canonical-state.md, refusals) is reported on stderr
and the program continues on the ISA it is on.
`,
  snapshot: `usage: shuttle snapshot FILE [--isa rv32|m68k] --at N -o STATE.json [--stdin FILE] [-- ARGS...]

Runs the C file FILE until the N-th migration point is reached, writes the canonical state
(shuttle.canonical/1, JSON) to STATE.json and stops. The output written up to that point is
passed through. 'shuttle resume STATE.json' continues it on any ISA.

exit status: 0 written; 1 the program ended before point N; 2 compile error; 3 runtime fault;
64 bad usage; 66 unreadable input; a refused capture prints the reason and exits 65.
`,
  resume: `usage: shuttle resume STATE.json [--isa rv32|m68k] [--stdin FILE] [--trace-migrations]

Continues the program saved by 'shuttle snapshot' on the ISA (default rv32). The program is found
by the state's file name, relative to the state file's folder and then to the current directory;
a program whose source differs from the one saved (by hash) is refused. Output continues where it
stopped; stdin continues from the saved offset (the same input must be given again).

exit status: the program's; 2 compile error; 3 runtime fault; 64 bad usage; 65 malformed state or
a state of another program; 66 unreadable input.
`,
};

/** Does this `run` command line ask for migration (so it is routed here)? */
export function wantsMigration(own: string[]): boolean {
  return own.some((a) => /^--(migrate-at|migrate-every|migrate-order|trace-migrations)(=|$)/.test(a));
}

/** Run a migration command; returns the exit status (never throws for user errors). */
export function runMigrateCommand(cmd: 'run' | 'snapshot' | 'resume', argv: string[], io: CliIo): number {
  try {
    if (cmd === 'run') return cmdRunMigrating(argv, io);
    if (cmd === 'snapshot') return cmdSnapshot(argv, io);
    return cmdResume(argv, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`shuttle: ${e.message}\n${e.code === EXIT.usage ? "(see 'shuttle --help')\n" : ''}`);
      return e.code;
    }
    throw e; // compile errors and internal errors: reported by cli.ts
  }
}

type Values = Record<string, string | boolean | string[] | undefined>;

function parse(argv: string[], options: NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>): { values: Values; file?: string; args: string[] } {
  const dd = argv.indexOf('--');
  const own = dd >= 0 ? argv.slice(0, dd) : argv;
  let r;
  try {
    r = parseArgs({ args: own, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(EXIT.usage, (e as Error).message.split('\n')[0].replace(/\. To specify a positional.*$/, ''));
  }
  if (r.positionals.length > 1) throw new CliError(EXIT.usage, `unexpected argument '${r.positionals[1]}'`);
  return { values: r.values as Values, file: r.positionals[0], args: dd >= 0 ? argv.slice(dd + 1) : [] };
}

function isaOf(v: unknown): IsaId {
  if (v === undefined) return 'rv32';
  if (typeof v !== 'string' || !isIsaId(v)) throw new CliError(EXIT.usage, `unknown ISA '${String(v)}' (expected ${ISA_IDS.join(' or ')})`);
  return v;
}

function positive(name: string, v: unknown): number {
  const n = Number(v);
  if (typeof v !== 'string' || !/^\d+$/.test(v) || !Number.isSafeInteger(n) || n <= 0) {
    throw new CliError(EXIT.usage, `${name}: expected a positive integer, got '${String(v)}'`);
  }
  return n;
}

function readFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(EXIT.noInput, `cannot read '${file}': ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`);
  }
}

function readSource(file: string): string {
  const bytes = readFile(file);
  if (bytes.length >= 4 && bytes[0] === 0x7f && bytes.toString('latin1', 1, 4) === 'ELF') {
    throw new CliError(EXIT.usage, `'${file}' is an ELF image: migration needs the C source (every ISA's image is compiled from it)`);
  }
  return bytes.toString('utf8');
}

/** `--migrate-at N:ISA` (repeatable) and `--migrate-every K` as a plan. */
function planOf(values: Values): MigrationPlan {
  const plan: MigrationPlan = {};
  const at = values['migrate-at'];
  for (const spec of Array.isArray(at) ? at : []) {
    const m = /^(\d+):(.+)$/.exec(spec);
    if (!m) throw new CliError(EXIT.usage, `--migrate-at: expected N:ISA (e.g. 3:m68k), got '${spec}'`);
    plan.at ??= new Map();
    plan.at.set(positive('--migrate-at', m[1]), isaOf(m[2]));
  }
  if (values['migrate-every'] !== undefined) plan.every = positive('--migrate-every', values['migrate-every']);
  if (values['migrate-order'] !== undefined) plan.order = orderOf(values['migrate-order']);
  return plan;
}

/** `--migrate-order forward|reverse|ISA,ISA,...`: the cycle --migrate-every follows. */
function orderOf(spec: unknown): IsaId[] {
  const ids = proc().ISA_CYCLE();
  if (spec === 'forward') return ids;
  if (spec === 'reverse') return [...ids].reverse();
  const list = String(spec).split(',').map((x) => x.trim()).filter(Boolean);
  if (list.length < 2 || new Set(list).size !== list.length) {
    throw new CliError(EXIT.usage, `--migrate-order: expected forward, reverse or a list of two or more different ISAs (e.g. m68k,rv32), got '${String(spec)}'`);
  }
  return list.map((x) => isaOf(x));
}

function stdinOf(values: Values, io: CliIo): Uint8Array | (() => Uint8Array) {
  const f = values.stdin;
  return typeof f === 'string' ? new Uint8Array(readFile(f)) : (): Uint8Array => io.stdin();
}

function newProcess(source: string, file: string, isa: IsaId, args: string[], values: Values, io: CliIo, instructionLimit?: number): MigratableProcess {
  return new (proc().MigratableProcess)({
    source, file, isa, args, stdin: stdinOf(values, io), instructionLimit,
    sizes: !!values['trace-migrations'], // the canonical size is only printed by the trace
    onOutput: (fd, data) => (fd === 1 ? io.stdout(data) : io.stderr(new TextDecoder().decode(data))),
  });
}

/** Report refusals always, every migration with --trace-migrations. */
function reporter(io: CliIo, trace: boolean): (r: MigrationRecord) => void {
  return (r) => { if (trace || r.refused) io.stderr(proc().formatRecord(r) + '\n'); };
}

function finish(r: RunResult, io: CliIo): number {
  if (r.status === 'exited') return r.exitCode ?? 0;
  if (r.fault) { io.stderr(machine().formatFault(r.fault) + '\n'); return EXIT.fault; }
  io.stderr(`shuttle: the program stopped unexpectedly (${r.status})\n`);
  return EXIT.fault;
}

const RUN_OPTIONS = {
  isa: { type: 'string' }, stdin: { type: 'string' }, 'max-instructions': { type: 'string' },
  'migrate-at': { type: 'string', multiple: true }, 'migrate-every': { type: 'string' }, 'migrate-order': { type: 'string' },
  'trace-migrations': { type: 'boolean' },
} as const;

function cmdRunMigrating(argv: string[], io: CliIo): number {
  const { values, file, args } = parse(argv, RUN_OPTIONS);
  if (values.help) { io.stdout(MIGRATE_HELP.runOptions.trimStart()); return 0; }
  if (!file) throw new CliError(EXIT.usage, 'run: missing FILE');
  const plan = planOf(values);
  const isa = isaOf(values.isa);
  const limit = values['max-instructions'] !== undefined ? positive('--max-instructions', values['max-instructions']) : undefined;
  const p = newProcess(readSource(file), file, isa, args, values, io, limit);
  return finish(p.run(plan, reporter(io, !!values['trace-migrations'])), io);
}

function cmdSnapshot(argv: string[], io: CliIo): number {
  const { values, file, args } = parse(argv, { isa: { type: 'string' }, at: { type: 'string' }, output: { type: 'string', short: 'o' }, stdin: { type: 'string' } });
  if (values.help) { io.stdout(MIGRATE_HELP.snapshot); return 0; }
  if (!file) throw new CliError(EXIT.usage, 'snapshot: missing FILE');
  if (values.at === undefined) throw new CliError(EXIT.usage, 'snapshot: missing --at N');
  const out = values.output;
  if (typeof out !== 'string') throw new CliError(EXIT.usage, 'snapshot: missing -o STATE.json');
  const n = positive('--at', values.at);
  const p = newProcess(readSource(file), file, isaOf(values.isa), args, values, io);
  const r = p.runToPoint(n, reporter(io, false));
  if (r !== 'point') {
    const code = finish(r, io);
    if (code === EXIT.fault) return code;
    throw new CliError(EXIT.ended, `the program ended (exit status ${code}) after ${p.pointsReached} migration points, before point ${n}; nothing written`);
  }
  let state: CanonicalState;
  try {
    state = p.capture('snapshot');
  } catch (e) {
    if (isRefusal(e)) throw new CliError(EXIT.data, `cannot snapshot at point ${n}: ${e.message}`);
    throw e;
  }
  try {
    fs.writeFileSync(out, JSON.stringify(state, null, 1) + '\n');
  } catch (e) {
    throw new CliError(EXIT.noInput, `cannot write '${out}': ${(e as Error).message}`);
  }
  return 0;
}

/** Read and validate a state file: malformed → exit 65 with the reason. */
export function readState(file: string): CanonicalState {
  const text = readFile(file).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new CliError(EXIT.data, `'${file}' is not a Shuttle state: malformed state: not valid JSON (${(e as Error).message})`);
  }
  try {
    return mig().validateState(json);
  } catch (e) {
    if (isRefusal(e)) throw new CliError(EXIT.data, `'${file}' is not a usable Shuttle state: ${e.message}`);
    throw e;
  }
}

/** The program of a state: by its file name, relative to the state's folder, then to cwd. */
function findProgram(stateFile: string, name: string): string {
  const candidates = path.isAbsolute(name) ? [name] : [path.join(path.dirname(stateFile), name), path.resolve(name)];
  for (const c of candidates) if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  throw new CliError(EXIT.noInput, `cannot find the program '${name}' of the state (looked in ${candidates.join(' and ')})`);
}

function cmdResume(argv: string[], io: CliIo): number {
  const { values, file } = parse(argv, { isa: { type: 'string' }, stdin: { type: 'string' }, 'trace-migrations': { type: 'boolean' } });
  if (values.help) { io.stdout(MIGRATE_HELP.resume); return 0; }
  if (!file) throw new CliError(EXIT.usage, 'resume: missing STATE.json');
  const isa = isaOf(values.isa);
  const state = readState(file);
  const source = readSource(findProgram(file, state.program.file));
  const args = (state.argv ?? []).slice(1);
  const p = newProcess(source, state.program.file, isa, args, values, io);
  try {
    mig().checkProgram(state, p.image(isa));
    p.resumeFrom(state, isa);
  } catch (e) {
    if (isRefusal(e)) throw new CliError(EXIT.data, `cannot resume '${file}': ${e.message}`);
    throw e;
  }
  return finish(p.run({}, reporter(io, !!values['trace-migrations'])), io);
}

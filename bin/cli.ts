// The `shuttle` command line: `run` (compile and run a C file, or run an image), `compile`
// (write the ELF image) and `disasm` (a listing with source lines). Exit codes: the program's own
// for `run`, 2 compile errors, 3 runtime faults, 64 usage errors, 66 unreadable input, 70 internal
// errors. User errors never print stack traces.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { CompileRequest } from '../emulator/compiler/index';
import { CompileError } from '../emulator/compiler/diagnostics';
import { getIsa, ISA_IDS, isIsaId } from '../emulator/isa/index';
import type { IsaId } from '../emulator/isa/types';
import { imageFromElf, type Image } from '../emulator/machine/image';
import { listing } from '../emulator/machine/listing';
import { ElfError } from '../emulator/machine/loader';
import { Machine, formatFault } from '../emulator/machine/machine';
import { runDap } from '../adapter/main';
import { MIGRATE_HELP, runMigrateCommand, wantsMigration } from './cli-migrate';

export interface CliIo {
  stdout(data: Uint8Array | string): void;
  stderr(text: string): void;
  /** the program's stdin when --stdin is not given (read on first use) */
  stdin(): Uint8Array;
}

const EXIT = { compile: 2, fault: 3, usage: 64, noInput: 66, internal: 70 } as const;

class UsageError extends Error {}
/** stdout was closed by the reader (`shuttle run x.c | head`): stop quietly, like other tools */
class BrokenPipe extends Error {}
class InputError extends Error {}

const HELP: Record<string, string> = {
  main: `usage: shuttle <command> [options]

Compile a C subset to real RV32IM, Motorola 68020 and x86-64 machine code, run it on Shuttle's
emulators, and migrate it between them while it runs.

commands:
  run FILE      compile FILE (or load a Shuttle ELF image) and run it
  compile FILE  write the ELF image of FILE
  disasm FILE   list the machine code of FILE with its source lines
  snapshot FILE run FILE to its N-th migration point and save its canonical state
  resume STATE  continue a saved state on any ISA
  dap           serve the Debug Adapter Protocol on stdio (or on 127.0.0.1 with --port N)

options:
  -h, --help     show help (also: shuttle <command> --help)
  --version      show the version

ISAs: ${ISA_IDS.join(', ')} (default rv32)
`,
  run: `usage: shuttle run FILE [--isa rv32|m68k|x86_64] [--stdin FILE] [--max-instructions N] [-- ARGS...]

Compiles the C file FILE (or loads FILE when it is an ELF image made by 'shuttle compile') and runs
it. The program's stdout and stderr are passed through; shuttle's exit status is the program's.
ARGS after '--' become argv[1..]. Without --stdin the program reads shuttle's own stdin (read
to its end when the program first reads).

exit status: the program's; 2 compile error; 3 runtime fault or instruction limit; 64 bad usage;
66 unreadable input file.
${MIGRATE_HELP.runOptions}`,
  snapshot: MIGRATE_HELP.snapshot,
  resume: MIGRATE_HELP.resume,
  compile: `usage: shuttle compile FILE [--isa rv32|m68k|x86_64] -o OUT

Compiles the C file FILE into a static ELF executable OUT for the ISA (default rv32; ELF32 for
rv32 and m68k, ELF64 for x86_64), with Shuttle's debug info in its .shuttle section. OUT also runs
under qemu-riscv32 / qemu-m68k / qemu-x86_64.
`,
  disasm: `usage: shuttle disasm FILE [--isa rv32|m68k|x86_64] [--runtime]

Prints the machine code of FILE (a C file, or an image made by 'shuttle compile') function by
function, each instruction as 'address: bytes  mnemonic operands', with the source lines
interleaved. --runtime also lists the runtime library's functions.
`,
};

function version(): string {
  try {
    let dir = __dirname;
    for (let i = 0; i < 6; i++) {
      const p = path.join(dir, 'package.json');
      if (fs.existsSync(p)) return (JSON.parse(fs.readFileSync(p, 'utf8')) as { version: string }).version;
      dir = path.dirname(dir);
    }
  } catch { /* fall through */ }
  return 'unknown';
}

/** Run the command line `argv` (without node and script); returns the exit status. */
export function runCli(argv: string[], io: CliIo): number {
  try {
    return dispatch(argv, io);
  } catch (e) {
    if (e instanceof BrokenPipe) return 141;
    if (e instanceof CompileError) { io.stderr(e.message + '\n'); return EXIT.compile; }
    if (e instanceof UsageError) { io.stderr(`shuttle: ${e.message}\n(see 'shuttle --help')\n`); return EXIT.usage; }
    if (e instanceof InputError || e instanceof ElfError) { io.stderr(`shuttle: ${e.message}\n`); return EXIT.noInput; }
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    io.stderr(`shuttle: internal error: ${msg} (please report this at the Shuttle issue tracker)\n`);
    if (process.env.SHUTTLE_DEBUG && e instanceof Error) io.stderr(`${e.stack}\n`);
    return EXIT.internal;
  }
}

function dispatch(argv: string[], io: CliIo): number {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === '-h' || cmd === '--help' || cmd === 'help') { io.stdout(HELP.main); return cmd === undefined ? EXIT.usage : 0; }
  if (cmd === '--version' || cmd === '-V') { io.stdout(`shuttle ${version()}\n`); return 0; }
  switch (cmd) {
    case 'run': return cmdRun(rest, io);
    case 'compile': return cmdCompile(rest, io);
    case 'disasm': return cmdDisasm(rest, io);
    case 'snapshot': case 'resume': return runMigrateCommand(cmd, rest, io);
    default: throw new UsageError(`unknown command '${cmd}'`);
  }
}

type Opts = Record<string, { type: 'string' | 'boolean'; short?: string }>;

function parse(args: string[], options: Opts): { values: Record<string, string | boolean | undefined>; file?: string; help: boolean } {
  let r;
  try {
    r = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0].replace(/\. To specify a positional.*$/, ''));
  }
  if (r.positionals.length > 1) throw new UsageError(`unexpected argument '${r.positionals[1]}'`);
  return { values: r.values as Record<string, string | boolean | undefined>, file: r.positionals[0], help: !!r.values.help };
}

function isaOf(v: string | boolean | undefined): IsaId {
  if (v === undefined) return 'rv32';
  if (typeof v !== 'string' || !isIsaId(v)) throw new UsageError(`unknown ISA '${String(v)}' (expected ${ISA_IDS.join(' or ')})`);
  return v;
}

function readInput(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read '${file}': ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`);
  }
}

/** The compiler, loaded on first use (running an image or showing help does not need it). */
function compile(req: CompileRequest): Image {
  return (require('../emulator/compiler/index') as typeof import('../emulator/compiler/index')).compile(req);
}

const isElf = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x7f && b[1] === 0x45 && b[2] === 0x4c && b[3] === 0x46;

/** Compile a C file, or load an ELF image (then --isa, when given, must match). */
function imageFor(file: string, isaOpt: string | boolean | undefined): { image: Image; source?: string } {
  const bytes = readInput(file);
  if (isElf(bytes)) {
    const image = imageFromElf(bytes);
    if (isaOpt !== undefined && isaOf(isaOpt) !== image.isa) throw new UsageError(`'${file}' is a ${image.isa} image, not ${String(isaOpt)}`);
    return { image };
  }
  const source = new TextDecoder().decode(bytes);
  return { image: compile({ source, file, isa: isaOf(isaOpt) }), source };
}

function cmdRun(argv: string[], io: CliIo): number {
  const dd = argv.indexOf('--');
  const own = dd >= 0 ? argv.slice(0, dd) : argv;
  if (wantsMigration(own) && !own.includes('--help') && !own.includes('-h')) return runMigrateCommand('run', argv, io);
  const progArgs = dd >= 0 ? argv.slice(dd + 1) : [];
  const { values, file, help } = parse(own, { isa: { type: 'string' }, stdin: { type: 'string' }, 'max-instructions': { type: 'string' } });
  if (help) { io.stdout(HELP.run); return 0; }
  if (!file) throw new UsageError('run: missing FILE');
  let max: number | undefined;
  if (values['max-instructions'] !== undefined) {
    max = Number(values['max-instructions']);
    if (!Number.isInteger(max) || max <= 0) throw new UsageError(`--max-instructions: expected a positive integer, got '${String(values['max-instructions'])}'`);
  }
  const stdinFile = values.stdin as string | undefined;
  const stdin = stdinFile !== undefined ? readInput(stdinFile) : undefined;
  isaOf(values.isa);
  const { image, source } = imageFor(file, values.isa);
  // A C program that calls migrate() itself runs as a migrating process, so the call moves it
  // (a plain machine answers -1, as outside Shuttle); the others keep the plain, faster machine.
  if (source !== undefined && image.debug.points.some((p) => p.kind === 'migrate')) return runMigrateCommand('run', argv, io);
  const m = new Machine(image, {
    stdin: stdin ?? (() => io.stdin()),
    argv: [file, ...progArgs],
    onOutput: (fd, data) => (fd === 1 ? io.stdout(data) : io.stderr(new TextDecoder().decode(data))),
  });
  if (max !== undefined) m.instructionLimit = max;
  const r = m.run();
  if (r.status === 'exited') return r.exitCode ?? 0;
  if (r.fault) { io.stderr(formatFault(r.fault) + '\n'); return EXIT.fault; }
  io.stderr(`shuttle: the program stopped unexpectedly (${r.status})\n`);
  return EXIT.internal;
}

function cmdCompile(argv: string[], io: CliIo): number {
  const { values, file, help } = parse(argv, { isa: { type: 'string' }, output: { type: 'string', short: 'o' } });
  if (help) { io.stdout(HELP.compile); return 0; }
  if (!file) throw new UsageError('compile: missing FILE');
  const out = values.output as string | undefined;
  if (!out) throw new UsageError('compile: missing -o OUT');
  const source = new TextDecoder().decode(readInput(file));
  const image = compile({ source, file, isa: isaOf(values.isa) });
  try {
    fs.writeFileSync(out, image.elf, { mode: 0o755 });
  } catch (e) {
    throw new InputError(`cannot write '${out}': ${(e as Error).message}`);
  }
  return 0;
}

function cmdDisasm(argv: string[], io: CliIo): number {
  const { values, file, help } = parse(argv, { isa: { type: 'string' }, runtime: { type: 'boolean' } });
  if (help) { io.stdout(HELP.disasm); return 0; }
  if (!file) throw new UsageError('disasm: missing FILE');
  const { image, source } = imageFor(file, values.isa);
  const sources = new Map<string, string>();
  if (source !== undefined) sources.set(file, source);
  for (const f of image.debug.files) {
    if (!sources.has(f) && path.isAbsolute(f) && fs.existsSync(f)) sources.set(f, fs.readFileSync(f, 'utf8'));
  }
  io.stdout(listing(image, getIsa(image.isa), { runtime: !!values.runtime, sources }));
  return 0;
}

/** Write everything to fd, waiting out a non-blocking pipe that is momentarily full. */
function writeAll(fd: number, data: Uint8Array | string): void {
  let buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  while (buf.length > 0) {
    try {
      const n = fs.writeSync(fd, buf);
      buf = buf.subarray(n);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') throw new BrokenPipe();
      if (code !== 'EAGAIN') throw e;
    }
  }
}

/** Entry point used by bin/shuttle. */
export function main(argv: string[]): void {
  if (argv[0] === 'dap') { runDapCommand(argv.slice(1)); return; }
  let stdinCache: Uint8Array | undefined;
  const io: CliIo = {
    stdout: (d) => writeAll(1, d),
    stderr: (t) => writeAll(2, t),
    stdin: () => {
      if (!stdinCache) {
        try { stdinCache = fs.readFileSync(0); } catch { stdinCache = new Uint8Array(0); }
      }
      return stdinCache;
    },
  };
  process.exitCode = runCli(argv, io);
}

/** `shuttle dap [--port N]`: the debug adapter (docs/debug-adapter.md); runs until its client leaves. */
function runDapCommand(args: string[]): void {
  runDap(args).catch((e: Error) => { process.stderr.write(`shuttle dap: ${e.message}\n`); process.exitCode = EXIT.usage; });
}

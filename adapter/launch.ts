// The launch attributes of a debug session: checks them, reads and compiles the program for its
// ISA (compile errors become one launch error listing every diagnostic), and gives the program's
// standard input (the text itself, or a file's bytes, relative to `cwd`).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { compile, CompileError, formatDiagnostic, isIsaId, type Image, type IsaId } from '../emulator/index';

export interface LaunchOptions {
  program: string; isa?: string; stopOnEntry?: boolean; args?: string[];
  /** the program's input: the text itself, or { file } to read it from a file */
  stdin?: string | { file: string }; cwd?: string;
}

export class LaunchError extends Error {}

/** The ISA a session starts on when `isa` is not given. */
export const DEFAULT_ISA: IsaId = 'rv32';

export interface Loaded { file: string; source: string; image: Image }

/** Check `opts` and compile the program; throws LaunchError with a plain message. */
export function compileProgram(opts: LaunchOptions): Loaded {
  if (!opts || typeof opts.program !== 'string' || !opts.program) throw new LaunchError("launch needs 'program': the path of a C file");
  const isa = opts.isa ?? DEFAULT_ISA;
  if (!isIsaId(isa)) throw new LaunchError(`unknown isa '${String(isa)}'`);
  if (opts.args !== undefined && (!Array.isArray(opts.args) || opts.args.some((a) => typeof a !== 'string'))) throw new LaunchError("'args' must be an array of strings");
  if (opts.cwd !== undefined && typeof opts.cwd !== 'string') throw new LaunchError("'cwd' must be a string");
  stdinOf(opts); // a bad stdin fails the launch, not the first read
  const file = path.resolve(opts.cwd ?? process.cwd(), opts.program);
  let source: string;
  try { source = fs.readFileSync(file, 'utf8'); } catch (e) { throw new LaunchError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`); }
  try { return { file, source, image: compile({ source, file, isa }) }; } catch (e) {
    if (e instanceof CompileError) throw new LaunchError(`compile errors:\n${e.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
    throw e;
  }
}

/** The program's standard input as bytes (undefined: none). */
export function stdinOf(opts: LaunchOptions): Uint8Array | undefined {
  const s = opts.stdin;
  if (s === undefined) return undefined;
  if (typeof s === 'string') return new TextEncoder().encode(s);
  if (s && typeof s === 'object' && typeof s.file === 'string') {
    try { return fs.readFileSync(path.resolve(opts.cwd ?? process.cwd(), s.file)); } catch (e) {
      throw new LaunchError(`cannot read stdin file ${s.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  throw new LaunchError("'stdin' must be a string or { file }");
}

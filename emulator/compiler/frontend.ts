// The C front end's entry point: preprocess, parse and type-check one translation unit into the
// typed AST of ast.ts. Every failure is a CompileError with a positioned diagnostic; an internal
// bug is reported as a positioned "internal error" too, never as another exception.

import type { Loc, TranslationUnit } from './ast';
import { CompileError } from './diagnostics';
import { P } from './parse-ctx';
import { parseUnit } from './parse-decl';
import { preprocess } from './preprocess';
import type { Token } from './tokenize';
import type { DataModel } from './types';

export interface FrontendOptions {
  dm: DataModel;                              // target data model (sizeof, char signedness, layouts)
  predefined: Record<string, string>;         // macros from the driver
  includeDirs: string[];                      // where <stdio.h> etc. live (emulator/runtime/include)
  system?: boolean;                           // compiling runtime sources: builtins and variadic definitions allowed
  readFile?: (path: string) => string | undefined;  // defaults to fs; for "..." includes relative to the file
}

/** Preprocesses and parses `source` (named `file`) for the data model `opts.dm`. Throws CompileError. */
export function parseProgram(source: string, file: string, opts: FrontendOptions): TranslationUnit {
  let p: P | undefined;
  try {
    const toks = preprocessOnly(source, file, opts);
    p = new P(toks, opts.dm, file);
    return parseUnit(p);
  } catch (e) {
    if (e instanceof CompileError) throw e;
    const loc: Loc = p ? p.peek().loc : { file, line: 1, col: 1 };
    const why = e instanceof RangeError ? 'program too deeply nested' : `internal error: ${(e as Error)?.message ?? String(e)}`;
    throw new CompileError([{ file: loc.file, line: loc.line, col: loc.col, severity: 'error', message: why }]);
  }
}

/** The token stream after preprocessing (for tests and tools). */
export function preprocessOnly(source: string, file: string, opts: FrontendOptions): Token[] {
  return preprocess(source, file, {
    predefined: opts.predefined, includeDirs: opts.includeDirs, system: opts.system, readFile: opts.readFile, dm: opts.dm,
  });
}

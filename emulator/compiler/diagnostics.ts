// Compile diagnostics: every error the compiler reports carries file, line and column and is
// printed as `file:line:col: error: message` (the form editors and the CLI understand).

import type { Loc } from './ast';

export interface Diagnostic { file: string; line: number; col: number; severity: 'error' | 'warning'; message: string }

export class CompileError extends Error {
  constructor(public diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`;
}

/** Throw a single positioned error. */
export function fail(loc: Loc, message: string): never {
  throw new CompileError([{ file: loc.file, line: loc.line, col: loc.col, severity: 'error', message }]);
}

// Diagnostics for one document: the compiler front end's errors (for every ISA; an error only
// some ISAs report says which) and the migration warnings of migration-lint.ts, as LSP
// diagnostics with ranges covering the word at the reported position.

import type { Diagnostic } from 'vscode-languageserver/node';
import type { Analysis } from './analysis';
import { migrationWarnings } from './migration-lint';
import { ISA_IDS } from '../emulator/isa/index';

/** An LSP diagnostic whose message is plain text. */
export type ShuttleDiagnostic = Diagnostic & { message: string };

const SEVERITY = { error: 1, warning: 2 } as const; // DiagnosticSeverity.Error / Warning

/** All diagnostics of the document (errors in included headers are shown at the first line). */
export function diagnosticsOf(a: Analysis): ShuttleDiagnostic[] {
  const out: ShuttleDiagnostic[] = [];
  for (const { diag, isas } of a.errors) {
    const inFile = diag.file === a.file;
    const onlySome = isas.length < ISA_IDS.length ? ` (${isas.join(', ')} only)` : '';
    const where = inFile ? '' : ` (in ${diag.file}:${diag.line}:${diag.col})`;
    const line = inFile ? diag.line : 1, col = inFile ? diag.col : 1;
    out.push({
      range: wordRange(a.text, line, col),
      severity: SEVERITY[diag.severity], source: 'shuttle',
      message: `${diag.message}${onlySome}${where}`,
    });
  }
  for (const w of migrationWarnings(a)) {
    out.push({
      range: { start: { line: w.line - 1, character: w.col - 1 }, end: { line: w.line - 1, character: w.col - 1 + w.length } },
      severity: SEVERITY.warning, source: 'shuttle migration', code: w.code, message: w.message,
    });
  }
  return out;
}

/** The range of the identifier, number or single character at 1-based line/col (at least one character). */
export function wordRange(text: string, line: number, col: number): Diagnostic['range'] {
  const lines = text.split('\n');
  const l = Math.max(0, Math.min(line - 1, lines.length - 1));
  const s = lines[l] ?? '';
  const start = Math.max(0, Math.min(col - 1, s.length));
  const m = /^[A-Za-z0-9_$]+/.exec(s.slice(start));
  const len = m ? m[0].length : Math.min(1, s.length - start);
  return { start: { line: l, character: start }, end: { line: l, character: start + Math.max(len, 0) } };
}

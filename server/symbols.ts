// Document symbols: the functions (with their parameters and locals as children), the globals
// and the struct/union/enum definitions of the document, for the outline and breadcrumbs.

import type { DocumentSymbol, Range } from 'vscode-languageserver/node';
import type { Loc } from '../emulator/compiler/ast';
import type { Token } from '../emulator/compiler/tokenize';
import { typeName } from '../emulator/compiler/types';
import { tagDefinitions, type Analysis } from './analysis';

// SymbolKind values of the LSP
const KIND = { function: 12, variable: 13, struct: 23, enum: 10, field: 8 } as const;

const point = (l: Loc | Token['loc'], len = 0): Range => ({
  start: { line: l.line - 1, character: l.col - 1 }, end: { line: l.line - 1, character: l.col - 1 + len },
});

const span = (from: Loc, to: Loc, toLen = 1): Range => ({
  start: { line: from.line - 1, character: from.col - 1 }, end: { line: to.line - 1, character: to.col - 1 + toLen },
});

/** The outline of the document (empty when it does not parse: the last good outline stays in the client). */
export function documentSymbols(a: Analysis): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const tu = a.unit;
  if (tu) {
    for (const fn of tu.functions) {
      if (fn.loc.file !== a.file) continue;
      const children = [...fn.params, ...fn.locals].filter((v) => v.loc.file === a.file && v.storage !== 'static').map((v): DocumentSymbol => ({
        name: v.name, detail: typeName(v.type), kind: KIND.variable,
        range: point(v.loc, v.name.length), selectionRange: point(v.loc, v.name.length),
      }));
      const sel = fn.sym.loc.file === a.file ? point(fn.sym.loc, fn.sym.name.length) : point(fn.loc);
      out.push({
        name: fn.sym.name, detail: typeName(fn.sym.type), kind: KIND.function,
        range: span(fn.loc, fn.endLoc), selectionRange: sel, children,
      });
    }
    for (const g of tu.globals) {
      const v = g.sym;
      if (v.loc.file !== a.file || (v.linkName ?? '').includes('.')) continue; // statics of functions are children above
      out.push({ name: v.name, detail: typeName(v.type), kind: KIND.variable, range: point(v.loc, v.name.length), selectionRange: point(v.loc, v.name.length) });
    }
  }
  for (const d of tagDefinitions(a)) {
    const sel = point(d.tok.loc, d.name.length);
    out.push({
      name: `${d.kind} ${d.name}`, kind: d.kind === 'enum' ? KIND.enum : KIND.struct,
      range: d.end ? span(d.tok.loc, d.end.loc) : sel, selectionRange: sel,
    });
  }
  return out.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
}

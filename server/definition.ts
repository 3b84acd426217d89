// Go to definition: variables (locals, parameters, globals), functions (the definition when the
// document has one, else the declaration, which may be in one of the runtime's headers) and
// struct/union/enum tags (their `struct TAG {` in the document) and typedef names (the name in
// the document's `typedef …;`).

import type { Loc } from '../emulator/compiler/ast';
import type { CType } from '../emulator/compiler/types';
import { resolve, tokenAt, type Analysis, type Pos } from './analysis';

/** A target: a file path and a 1-based position with the length of the name there. */
export interface DefinitionTarget { file: string; line: number; col: number; length: number }

export function definitionAt(a: Analysis, pos: Pos): DefinitionTarget | undefined {
  const tok = tokenAt(a, pos);
  if (!tok || tok.kind !== 'ident') return undefined;
  const r = resolve(a, tok);
  if (!r) return undefined;
  const at = (l: Loc, name: string): DefinitionTarget => ({ file: l.file, line: l.line, col: l.col, length: name.length });
  switch (r.k) {
    case 'var': return at(r.sym.loc, r.sym.name);
    case 'func': return at(r.def ? r.def.sym.loc : r.sym.loc, r.sym.name);
    case 'tag': case 'typedef': return r.tok ? at(r.tok.loc, r.name) : undefined;
    case 'field': return fieldDefinition(a, r.expr.a.type, r.expr.field);
  }
}

/** A field's declaration: the field name inside its `struct TAG { ... }` in the document. */
function fieldDefinition(a: Analysis, t: CType, field: string): DefinitionTarget | undefined {
  if (t.kind !== 'struct' && t.kind !== 'union') return undefined;
  const ts = a.tokens;
  for (let i = 0; i + 2 < ts.length; i++) {
    if (ts[i].text !== t.kind || ts[i + 1].text !== t.tag || ts[i + 2].text !== '{') continue;
    let depth = 0;
    for (let j = i + 2; j < ts.length; j++) {
      if (ts[j].text === '{') depth++;
      else if (ts[j].text === '}' && --depth === 0) break;
      else if (depth === 1 && ts[j].kind === 'ident' && ts[j].text === field && /^[;,[:]$/.test(ts[j + 1]?.text ?? '')) {
        return { file: a.file, line: ts[j].loc.line, col: ts[j].loc.col, length: field.length };
      }
    }
  }
  return undefined;
}

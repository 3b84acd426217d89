// Warnings where migration will refuse at run time (see emulator/migrate/codec.ts): an address
// kept in an integer (a pointer converted to an integer type) and a union with a member that
// holds a pointer (migration cannot tell which member is live, so it refuses when pointer bytes
// are set). Found on the typed AST, so they follow the compiler's view of the program exactly.

import type { CType } from '../emulator/compiler/types';
import { typeName } from '../emulator/compiler/types';
import { tagDefinitions, walkExprs, type Analysis } from './analysis';

export interface LintWarning { line: number; col: number; length: number; message: string; code: string }

/** Every construct of the document that makes migration refuse. */
export function migrationWarnings(a: Analysis): LintWarning[] {
  if (!a.unit) return [];
  return [...pointerToInteger(a), ...unionsWithPointers(a)].sort((x, y) => x.line - y.line || x.col - y.col);
}

function pointerToInteger(a: Analysis): LintWarning[] {
  const out: LintWarning[] = [];
  const seen = new Set<string>();
  walkExprs(a.unit!, (e) => {
    if (e.k !== 'cast' || e.type.kind !== 'int' || e.a.type.kind !== 'ptr' || e.loc.file !== a.file) return;
    if (e.type.ik === 'bool') return; // `if (p)` / `!p`: a truth value, not an address
    const key = `${e.loc.line}:${e.loc.col}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      line: e.loc.line, col: e.loc.col, length: 1, code: 'address-in-integer',
      message: `migration will refuse while this value is live: an address stored in an integer (${typeName(e.a.type)} converted to ${typeName(e.type)}). `
        + 'Keep it in a pointer so migration can translate it.',
    });
  });
  return out;
}

function unionsWithPointers(a: Analysis): LintWarning[] {
  const out: LintWarning[] = [];
  const defs = tagDefinitions(a).filter((d) => d.kind === 'union');
  for (const t of a.unit!.types) {
    if (t.kind !== 'union' || !t.fields || t.tag === undefined) continue;
    const member = t.fields.find((f) => holdsPointer(f.type));
    const def = defs.find((d) => d.name === t.tag);
    if (!member || !def) continue;
    out.push({
      line: def.tok.loc.line, col: def.tok.loc.col, length: def.tok.text.length, code: 'union-with-pointer',
      message: `migration will refuse when a ${typeName(t)} holds a pointer: member '${member.name}' (${typeName(member.type)}) `
        + 'shares its bytes with the other members, so the pointer cannot be translated.',
    });
  }
  return out;
}

/** True when a value of type `t` contains a pointer somewhere (through arrays, structs and unions). */
export function holdsPointer(t: CType, depth = 0): boolean {
  if (depth > 16) return false;
  switch (t.kind) {
    case 'ptr': return true;
    case 'array': return holdsPointer(t.of, depth + 1);
    case 'struct': case 'union': return (t.fields ?? []).some((f) => holdsPointer(f.type, depth + 1));
    default: return false;
  }
}

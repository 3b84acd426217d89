// Warnings where migration will refuse at run time (see emulator/migrate/codec.ts): an address
// kept in an integer (a pointer converted to an integer type) and a union with a member that
// holds a pointer (migration cannot tell which member is live, so it refuses when pointer bytes
// are set). Found on the typed AST, so they follow the compiler's view of the program exactly;
// the union's position comes from its definition in the document's tokens — `union TAG {`, or for
// an untagged union (`typedef union { … } u;`, a struct member `union { … } m;`) the `union {`
// whose members are the type's.

import type { Token } from '../emulator/compiler/tokenize';
import type { CType } from '../emulator/compiler/types';
import { typeName } from '../emulator/compiler/types';
import { walkExprs, type Analysis } from './analysis';

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

type Union = Extract<CType, { kind: 'struct' | 'union' }>;

function unionsWithPointers(a: Analysis): LintWarning[] {
  const out: LintWarning[] = [];
  const unions = a.unit!.types.filter((t): t is Union => t.kind === 'union' && !!t.fields);
  const used = new Set<Union>();
  for (const def of unionDefinitions(a)) {
    const t = unions.find((u) => !used.has(u) && (def.tag !== undefined ? u.tag === def.tag
      : u.tag === undefined && u.fields!.every((f) => def.members.has(f.name))));
    if (!t) continue;
    used.add(t);
    const member = t.fields!.find((f) => holdsPointer(f.type));
    if (!member) continue;
    const what = def.tag !== undefined ? `a ${typeName(t)}` : def.declared ? `'${def.declared}' (an untagged union)` : 'this untagged union';
    out.push({
      line: def.tok.loc.line, col: def.tok.loc.col, length: def.tok.text.length, code: 'union-with-pointer',
      message: `migration will refuse when ${what} holds a pointer: member '${member.name}' (${typeName(member.type)}) `
        + 'shares its bytes with the other members, so the pointer cannot be translated.',
    });
  }
  return out;
}

/**
 * The union definitions of the document, in order: the token to underline (the tag, or `union`
 * when there is none), the names declared directly inside the braces, and the name declared right
 * after the closing brace (the typedef or member name of an untagged union).
 */
function unionDefinitions(a: Analysis): { tok: Token; tag?: string; members: Set<string>; declared?: string }[] {
  const ts = a.tokens;
  const out: ReturnType<typeof unionDefinitions> = [];
  for (let i = 0; i + 1 < ts.length; i++) {
    if (ts[i].text !== 'union') continue;
    const tagged = ts[i + 1].kind === 'ident' && ts[i + 2]?.text === '{';
    if (!tagged && ts[i + 1].text !== '{') continue;
    const open = tagged ? i + 2 : i + 1;
    const members = new Set<string>();
    let depth = 0, close = open;
    for (; close < ts.length; close++) {
      const t = ts[close].text;
      if (t === '{') depth++;
      else if (t === '}' && --depth === 0) break;
      else if (depth === 1 && ts[close].kind === 'ident' && /^[;,[:)]$/.test(ts[close + 1]?.text ?? '')) members.add(t);
    }
    let j = close + 1;
    while (ts[j] && (ts[j].text === '*' || ts[j].text === 'const' || ts[j].text === 'volatile')) j++;
    const declared = ts[j]?.kind === 'ident' ? ts[j].text : undefined;
    out.push({ tok: tagged ? ts[i + 1] : ts[i], tag: tagged ? ts[i + 1].text : undefined, members, declared });
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

// struct, union and enum specifiers: tags and their scopes (forward declarations completed in
// place, so self-referential types work through pointers), member lists with their checks
// (no bit-fields, no flexible array members, no incomplete members), enumerators and their values.

import type { Loc } from './ast';
import { fail } from './diagnostics';
import { constExpr } from './parse-expr';
import { isComplete, intT } from './conv';
import type { P } from './parse-ctx';
import { parseDeclarator, parseDeclSpec } from './parse-type';
import type { CType, Field } from './types';

type StructT = Extract<CType, { kind: 'struct' | 'union' }>;

/** After `struct`/`union`: `tag`, `tag { ... }` or `{ ... }`. */
export function parseStructSpec(p: P, kind: 'struct' | 'union', loc: Loc): CType {
  const tagTok = p.ident();
  if (tagTok) p.next();
  const tag = tagTok?.text;
  if (!p.is('{')) {
    if (!tag) p.errorExpected(`identifier or '{' after '${kind}'`);
    const here = p.is(';') ? p.scope.tags.get(tag) : p.scope.lookupTag(tag);
    if (here) return checkTagKind(here, kind, tag, tagTok!.loc);
    return newStruct(p, kind, tag, true);
  }
  let t: StructT;
  const existing = tag ? p.scope.tags.get(tag) : undefined;
  if (existing) {
    const s = checkTagKind(existing, kind, tag!, tagTok!.loc) as StructT;
    if (s.fields) fail(tagTok!.loc, `redefinition of '${kind} ${tag}'`);
    t = s;
  } else t = newStruct(p, kind, tag, !!tag);
  p.next();
  t.fields = parseMembers(p, t);
  void loc;
  return t;
}

function newStruct(p: P, kind: 'struct' | 'union', tag: string | undefined, register: boolean): StructT {
  const t: StructT = { kind, tag, id: p.typeId++, fields: undefined };
  if (register && tag) p.scope.tags.set(tag, t);
  p.types.push(t);
  return t;
}

function checkTagKind(t: CType, kind: string, tag: string, loc: Loc): CType {
  const k = t.kind === 'int' ? 'enum' : t.kind;
  if (k !== kind) fail(loc, `use of '${tag}' with tag type that does not match previous declaration`);
  return t;
}

/** Members up to and including the closing brace. */
function parseMembers(p: P, owner: StructT): Field[] {
  const fields: Field[] = [];
  while (!p.accept('}')) {
    if (p.peek().kind === 'eof') p.errorExpected("'}' to end the member list");
    if (p.accept(';')) continue;
    const spec = parseDeclSpec(p, false);
    if (p.is(';')) {
      const st = spec.type;
      if ((st.kind === 'struct' || st.kind === 'union') && st.tag === undefined) {
        fail(spec.loc, 'anonymous struct/union members are not supported; give the member a name');
      }
      p.next();
      continue;
    }
    for (;;) {
      if (p.is(':')) fail(p.loc, 'bit-fields are not supported');
      const d = parseDeclarator(p, spec.type, 'named');
      const name = d.name!.text;
      if (p.is(':')) fail(p.loc, `bit-field '${name}': bit-fields are not supported`);
      checkMember(p, d.type, name, d.loc, owner);
      if (fields.some((f) => f.name === name)) fail(d.loc, `duplicate member '${name}'`);
      fields.push({ name, type: d.type });
      if (!p.accept(',')) break;
    }
    p.expect(';', 'after member declaration');
  }
  return fields;
}

function checkMember(p: P, t: CType, name: string, loc: Loc, owner: StructT): void {
  if (t.kind === 'func') fail(loc, `member '${name}' declared as a function`);
  if (t.kind === 'array' && t.length === undefined) {
    fail(loc, `flexible array member '${name}' is not supported; give the array a size`);
  }
  if ((t.kind === 'struct' || t.kind === 'union') && t.id === owner.id) {
    fail(loc, `member '${name}' has incomplete type '${owner.kind} ${owner.tag ?? ''}' (use a pointer)`);
  }
  if (!isComplete(t)) fail(loc, `member '${name}' has incomplete type`);
  void p;
}

/** After `enum`: `tag`, `tag { A, B = 3 }` or `{ ... }`. Enum types are int with a tag. */
export function parseEnumSpec(p: P, loc: Loc): CType {
  const tagTok = p.ident();
  if (tagTok) p.next();
  const tag = tagTok?.text;
  if (!p.is('{')) {
    if (!tag) p.errorExpected("identifier or '{' after 'enum'");
    const found = p.scope.lookupTag(tag);
    if (found) return checkTagKind(found, 'enum', tag, tagTok!.loc);
    const t: CType = { kind: 'int', ik: 'int', enumTag: tag };
    p.scope.tags.set(tag, t);
    p.types.push(t);
    return t;
  }
  const existing = tag ? p.scope.tags.get(tag) : undefined;
  if (existing) checkTagKind(existing, 'enum', tag!, tagTok!.loc);
  const t: CType = existing ?? { kind: 'int', ik: 'int', enumTag: tag };
  if (tag && !existing) { p.scope.tags.set(tag, t); p.types.push(t); }
  p.next();
  parseEnumerators(p, loc);
  return t;
}

function parseEnumerators(p: P, loc: Loc): void {
  let next = 0n;
  let count = 0;
  while (!p.accept('}')) {
    const id = p.expectIdent('enumerator name');
    if (p.accept('=')) next = constExpr(p);
    if (next < -(1n << 31n) || next > 0xffffffffn) fail(id.loc, `enumerator value for '${id.text}' is not representable in an int`);
    const prev = p.scope.names.get(id.text);
    if (prev) fail(id.loc, `redefinition of '${id.text}'`);
    const type = next > 0x7fffffffn ? intT('uint') : intT('int');
    p.scope.names.set(id.text, { k: 'enumconst', value: next, type });
    next++;
    count++;
    if (!p.accept(',')) { p.expect('}', 'to end the enumerator list'); break; }
  }
  if (count === 0) fail(loc, 'use of empty enum');
}

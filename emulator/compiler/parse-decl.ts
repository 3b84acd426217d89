// File-scope declarations: function declarations and definitions (parameters, labels/gotos check,
// variadic definitions only in the runtime), global variables (definitions, tentative definitions,
// extern declarations, file-scope statics with constant initializers), typedefs, and assembling
// the TranslationUnit.

import type { FuncSym, FunctionDef, Loc, Stmt, TranslationUnit, VarSym } from './ast';
import { compatible, isComplete } from './conv';
import { fail } from './diagnostics';
import { parseInitializer } from './init';
import { constExpr } from './parse-expr';
import type { P } from './parse-ctx';
import { parseBlock } from './parse-stmt';
import { parseDeclarator, parseDeclSpec, UNPROTOTYPED, type Declarator, type DeclSpec } from './parse-type';
import { typeName, type CType } from './types';

type FuncT = Extract<CType, { kind: 'func' }>;

export function declareTypedef(p: P, name: string, type: CType, loc: Loc): void {
  const prev = p.scope.names.get(name);
  if (prev && !(prev.k === 'typedef' && compatible(prev.type, type))) fail(loc, `redefinition of '${name}'${prev.k === 'typedef' ? ` with a different type ('${typeName(type)}' vs '${typeName(prev.type)}')` : ''}`);
  p.scope.names.set(name, { k: 'typedef', type });
}

export function declareFunction(p: P, name: string, type: FuncT, isStatic: boolean, loc: Loc): FuncSym {
  const prev = p.fileScope.names.get(name);
  if (prev) {
    if (prev.k !== 'func') fail(loc, `redefinition of '${name}' as a different kind of symbol`);
    const pt = prev.sym.type;
    const loose = UNPROTOTYPED.has(pt) || UNPROTOTYPED.has(type);
    if (loose ? !compatible(pt.ret, type.ret) : !compatible(pt, type)) {
      fail(loc, `conflicting types for '${name}' ('${typeName(type)}' vs '${typeName(pt)}')`);
    }
    if (UNPROTOTYPED.has(pt) && !UNPROTOTYPED.has(type)) prev.sym.type = type;
    if (isStatic) prev.sym.isStatic = true;
    return prev.sym;
  }
  const sym: FuncSym = { name, type, isStatic, loc };
  p.fileScope.names.set(name, { k: 'func', sym });
  p.funcDecls.set(name, sym);
  return sym;
}

/** `extern T name;` at file or block scope: the file-scope variable, created if needed. */
export function declareExternVar(p: P, name: string, type: CType, loc: Loc): VarSym {
  const prev = p.fileScope.names.get(name);
  if (prev) {
    if (prev.k !== 'var') fail(loc, `redefinition of '${name}' as a different kind of symbol`);
    mergeType(prev.sym, type, loc);
    return prev.sym;
  }
  const sym: VarSym = { name, type, storage: 'global', linkName: name, extern: true, addressTaken: false, loc, id: p.symId++ };
  p.fileScope.names.set(name, { k: 'var', sym });
  p.externs.set(name, sym);
  return sym;
}

function mergeType(sym: VarSym, type: CType, loc: Loc): void {
  if (!compatible(sym.type, type)) fail(loc, `conflicting types for '${sym.name}' ('${typeName(type)}' vs '${typeName(sym.type)}')`);
  if (sym.type.kind === 'array' && sym.type.length === undefined && type.kind === 'array') sym.type = type;
}

/** translation-unit := (function-definition | declaration)* */
export function parseUnit(p: P): TranslationUnit {
  while (p.peek().kind !== 'eof') {
    if (p.accept(';')) continue;
    if (p.is('_Static_assert')) { staticAssert(p); continue; }
    if (p.is('asm') || p.is('__asm__') || p.is('__asm')) fail(p.loc, 'inline assembly is not supported');
    if (p.ident() && !p.scope.lookup(p.peek().text) && (p.is('(', 1) || p.is(';', 1) || p.is(',', 1))) {
      fail(p.loc, `type specifier missing for '${p.peek().text}' (implicit int is not supported)`);
    }
    parseExternal(p);
  }
  return finish(p);
}

export function staticAssert(p: P): void {
  const loc = p.next().loc;
  p.expect('(');
  const v = constExpr(p);
  let msg = 'static assertion failed';
  if (p.accept(',')) { const s = p.next(); if (s.kind === 'str') msg += `: ${s.text}`; }
  p.expect(')');
  p.expect(';');
  if (v === 0n) fail(loc, msg);
}

function parseExternal(p: P): void {
  const spec = parseDeclSpec(p, true);
  if (spec.storage === 'auto' || spec.storage === 'register') fail(spec.loc, `illegal storage class '${spec.storage}' on file-scoped variable`);
  if (p.accept(';')) return;
  let first = true;
  for (;;) {
    const d = parseDeclarator(p, spec.type, 'named');
    const name = d.name!.text;
    if (d.type.kind === 'func' && spec.storage !== 'typedef') {
      if (first && p.is('{')) { parseFunctionDef(p, d, spec); return; }
      if (p.peek().kind === 'ident' && !p.is('__attribute__')) fail(p.loc, 'K&R-style function definitions are not supported');
      declareFunction(p, name, d.type, spec.storage === 'static', d.loc);
    } else if (spec.storage === 'typedef') declareTypedef(p, name, d.type, d.loc);
    else declareGlobal(p, d, spec);
    first = false;
    if (!p.accept(',')) break;
  }
  p.expect(';', 'after top level declarator');
}

function declareGlobal(p: P, d: Declarator, spec: DeclSpec): void {
  const name = d.name!.text;
  if (d.type.kind === 'void') fail(d.loc, `variable '${name}' has incomplete type 'void'`);
  const hasInit = p.is('=');
  if (spec.storage === 'extern' && !hasInit) { declareExternVar(p, name, d.type, d.loc); return; }
  const storage = spec.storage === 'static' ? 'static' : 'global';
  const prev = p.fileScope.names.get(name);
  let sym: VarSym;
  if (prev) {
    if (prev.k !== 'var') fail(d.loc, `redefinition of '${name}' as a different kind of symbol`);
    sym = prev.sym;
    mergeType(sym, d.type, d.loc);
    if (sym.storage === 'static' && spec.storage === undefined) fail(d.loc, `non-static declaration of '${name}' follows static declaration`);
    if (sym.storage === 'global' && !sym.extern && storage === 'static') fail(d.loc, `static declaration of '${name}' follows non-static declaration`);
    if (sym.extern && storage === 'static') fail(d.loc, `static declaration of '${name}' follows non-static declaration`);
  } else {
    sym = { name, type: d.type, storage, linkName: name, addressTaken: false, loc: d.loc, id: p.symId++ };
    p.fileScope.names.set(name, { k: 'var', sym });
  }
  sym.extern = undefined;
  p.externs.delete(name);
  let gd = p.globals.get(name);
  if (!gd) { gd = { sym }; p.globals.set(name, gd); }
  if (p.accept('=')) {
    if (gd.init) fail(d.loc, `redefinition of '${name}'`);
    const r = parseInitializer(p, sym.type, true);
    gd.init = r.init;
    sym.type = r.type;
    if (!isComplete(sym.type)) fail(d.loc, `variable '${name}' has incomplete type '${typeName(sym.type)}'`);
  }
}

function parseFunctionDef(p: P, d: Declarator, spec: DeclSpec): void {
  const name = d.name!.text;
  const type = d.type as FuncT;
  if (type.variadic && !d.name!.sys) fail(d.loc, 'variadic functions are supported only in the runtime');
  if (spec.storage === 'typedef') fail(d.loc, 'function definition declared \'typedef\'');
  const sym = declareFunction(p, name, type, spec.storage === 'static', d.loc);
  if (p.functions.some((f) => f.sym === sym)) fail(d.loc, `redefinition of '${name}'`);
  sym.loc = d.loc;
  if (type.ret.kind !== 'void' && !isComplete(type.ret)) fail(d.loc, `incomplete result type '${typeName(type.ret)}' in function definition`);
  p.fn = { sym, locals: [], labels: new Map(), gotos: [], loops: 0, breakables: 0, switches: [] };
  const scope = p.pushScope();
  try {
    const params = (d.params ?? []).map((pi) => {
      if (!pi.name) fail(pi.loc, 'parameter name omitted');
      if (!isComplete(pi.type)) fail(pi.loc, `variable has incomplete type '${typeName(pi.type)}'`);
      if (scope.names.has(pi.name.text)) fail(pi.name.loc, `redefinition of parameter '${pi.name.text}'`);
      const v: VarSym = { name: pi.name.text, type: pi.type, storage: 'param', addressTaken: false, loc: pi.name.loc, id: p.symId++ };
      scope.names.set(v.name, { k: 'var', sym: v });
      return v;
    });
    const body = parseBlock(p, true);
    for (const v of params) v.scope = { start: body.loc, end: body.endLoc };
    for (const g of p.fn.gotos) if (!p.fn.labels.has(g.label)) fail(g.loc, `use of undeclared label '${g.label}'`);
    const last = body.items[body.items.length - 1];
    if (name === 'main' && type.ret.kind === 'int' && last?.k !== 'return') body.items.push(implicitReturn(p, body.endLoc));
    const def: FunctionDef = { sym, params, locals: p.fn.locals, body, loc: d.loc, endLoc: body.endLoc };
    p.functions.push(def);
  } finally {
    p.popScope();
    p.fn = undefined;
  }
}

/** C99 5.1.2.2.3: reaching the `}` of main returns 0. */
function implicitReturn(p: P, loc: Loc): Stmt {
  return { k: 'return', e: p.mk({ k: 'num', value: 0n, type: { kind: 'int', ik: 'int' }, loc }), loc };
}

function finish(p: P): TranslationUnit {
  for (const gd of p.globals.values()) {
    const s = gd.sym;
    if (s.type.kind === 'array' && s.type.length === undefined && !gd.init) s.type = { ...s.type, length: 1 };
    if (!isComplete(s.type)) fail(s.loc, `tentative definition has type '${typeName(s.type)}' that is never completed`);
  }
  return {
    file: p.file,
    functions: p.functions,
    globals: [...p.globals.values()],
    externs: [...p.externs.values()],
    funcDecls: [...p.funcDecls.values()],
    types: p.types,
  };
}

// Statements and block-scope declarations: blocks with their scopes, if/while/do/for, switch with
// its case labels collected (duplicates rejected), break/continue checks, return conversions,
// labels and goto, local variables, static locals (as globals named `fn.name.N`), block-scope
// typedefs and extern/function declarations.

import type { Expr, Loc, Stmt, VarSym } from './ast';
import { assignConv, isComplete, promote, scalarCond, unqual } from './conv';
import { fail } from './diagnostics';
import { wrap } from './fold';
import { parseInitializer } from './init';
import type { P } from './parse-ctx';
import { declareExternVar, declareFunction, declareTypedef, staticAssert } from './parse-decl';
import { constExpr, parseExpr } from './parse-expr';
import { isDeclStart, parseDeclarator, parseDeclSpec } from './parse-type';
import { typeName } from './types';

type Block = Extract<Stmt, { k: 'block' }>;

/** compound-statement := '{' block-item* '}'. `reuseScope`: the function body shares the parameters' scope. */
export function parseBlock(p: P, reuseScope = false): Block {
  const loc = p.expect('{').loc;
  const scope = reuseScope ? p.scope : p.pushScope();
  const items: Stmt[] = [];
  while (!p.is('}')) {
    if (p.peek().kind === 'eof') p.errorExpected("'}' to end the block");
    items.push(...parseBlockItem(p));
  }
  const endLoc = p.next().loc;
  for (const v of scope.vars) v.scope = { start: loc, end: endLoc };
  if (!reuseScope) p.popScope();
  return { k: 'block', items, loc, endLoc };
}

function parseBlockItem(p: P): Stmt[] {
  if (p.is('_Static_assert')) { staticAssert(p); return []; }
  if (isDeclStart(p) && !p.is(':', 1)) return parseLocalDecl(p);
  return [parseStmt(p)];
}

function cond(p: P, what: string): Expr {
  p.expect('(', `after '${what}'`);
  const c = scalarCond(p, parseExpr(p), `'${what}' condition`);
  p.expect(')', `after the '${what}' condition`);
  return c;
}

function inLoop<T>(p: P, isLoop: boolean, f: () => T): T {
  const fn = p.fn!;
  if (isLoop) fn.loops++;
  fn.breakables++;
  try { return f(); } finally { if (isLoop) fn.loops--; fn.breakables--; }
}

export function parseStmt(p: P): Stmt {
  const t = p.peek();
  const loc = t.loc;
  const fn = p.fn!;
  if (t.kind === 'punct') {
    if (t.text === '{') return parseBlock(p);
    if (t.text === ';') { p.next(); return { k: 'empty', loc }; }
  }
  if (t.kind === 'ident') {
    if (p.is(':', 1) && p.ident()) return parseLabel(p);
    switch (t.text) {
      case 'if': {
        p.next();
        const c = cond(p, 'if');
        const then = parseStmt(p);
        const els = p.accept('else') ? parseStmt(p) : undefined;
        return { k: 'if', c, then, else: els, loc };
      }
      case 'while': {
        p.next();
        const c = cond(p, 'while');
        return { k: 'while', c, body: inLoop(p, true, () => parseStmt(p)), loc };
      }
      case 'do': {
        p.next();
        const body = inLoop(p, true, () => parseStmt(p));
        p.expect('while', "in do/while loop");
        const c = cond(p, 'while');
        p.expect(';', 'after do/while statement');
        return { k: 'dowhile', body, c, loc };
      }
      case 'for': return parseFor(p);
      case 'switch': return parseSwitch(p);
      case 'case': case 'default': return parseCase(p);
      case 'break':
        p.next(); p.expect(';', "after 'break'");
        if (fn.breakables === 0) fail(loc, "'break' statement not in loop or switch statement");
        return { k: 'break', loc };
      case 'continue':
        p.next(); p.expect(';', "after 'continue'");
        if (fn.loops === 0) fail(loc, "'continue' statement not in loop statement");
        return { k: 'continue', loc };
      case 'return': return parseReturn(p);
      case 'goto': {
        p.next();
        const id = p.expectIdent('label name');
        p.expect(';', "after 'goto'");
        fn.gotos.push({ label: id.text, loc: id.loc });
        return { k: 'goto', label: id.text, loc };
      }
      case 'else': fail(loc, "'else' without a previous 'if'");
      case 'asm': case '__asm__': case '__asm': fail(loc, 'inline assembly is not supported');
    }
    if (isDeclStart(p)) fail(loc, 'a declaration is not a statement here (wrap it in braces)');
  }
  const e = parseExpr(p);
  p.expect(';', 'after expression');
  return { k: 'expr', e, loc };
}

function parseLabel(p: P): Stmt {
  const id = p.next();
  p.next();
  const fn = p.fn!;
  if (fn.labels.has(id.text)) fail(id.loc, `redefinition of label '${id.text}'`);
  fn.labels.set(id.text, id.loc);
  if (p.is('}')) fail(p.loc, 'label at end of compound statement: expected statement');
  return { k: 'label', name: id.text, body: parseStmt(p), loc: id.loc };
}

function parseFor(p: P): Stmt {
  const loc = p.next().loc;
  p.expect('(', "after 'for'");
  const scope = p.pushScope();
  try {
    let init: Stmt | undefined;
    if (isDeclStart(p)) {
      const decls = parseLocalDecl(p);
      init = decls.length === 1 ? decls[0] : { k: 'block', items: decls, loc, endLoc: loc };
    } else if (!p.accept(';')) {
      const e = parseExpr(p);
      init = { k: 'expr', e, loc: e.loc };
      p.expect(';', "in 'for' statement");
    }
    const c = p.is(';') ? undefined : scalarCond(p, parseExpr(p), "'for' condition");
    p.expect(';', "in 'for' statement");
    const step = p.is(')') ? undefined : parseExpr(p);
    p.expect(')', "after the 'for' clauses");
    const body = inLoop(p, true, () => parseStmt(p));
    const end = p.toks[p.pos - 1]?.loc ?? loc;
    for (const v of scope.vars) v.scope = { start: loc, end };
    return { k: 'for', init, c, step, body, loc };
  } finally {
    p.popScope();
  }
}

function parseSwitch(p: P): Stmt {
  const loc = p.next().loc;
  p.expect('(', "after 'switch'");
  let c = parseExpr(p);
  p.expect(')', "after the 'switch' value");
  c = promote(p, c);
  if (c.type.kind !== 'int') fail(c.loc, `statement requires expression of integer type ('${typeName(c.type)}' invalid)`);
  const ctx = { cases: [], hasDefault: false, type: c.type, loc };
  p.fn!.switches.push(ctx);
  try {
    const body = inLoop(p, false, () => parseStmt(p));
    return { k: 'switch', c, body, cases: ctx.cases, hasDefault: ctx.hasDefault, loc };
  } finally {
    p.fn!.switches.pop();
  }
}

function parseCase(p: P): Stmt {
  const t = p.next();
  const sw = p.fn!.switches[p.fn!.switches.length - 1];
  if (!sw) fail(t.loc, `'${t.text}' statement not in switch statement`);
  let value: bigint | undefined;
  if (t.text === 'case') {
    value = wrap(constExpr(p), sw.type, p.dm);
    if (p.is('...')) fail(p.loc, 'case ranges are not supported');
    if (sw.cases.some((c) => c.value === value)) fail(t.loc, `duplicate case value '${value}'`);
  } else if (sw.hasDefault) fail(t.loc, "multiple default labels in one switch");
  else sw.hasDefault = true;
  p.expect(':', `after '${t.text}'`);
  const label = { value, id: p.nextId() };
  sw.cases.push(label);
  if (p.is('}')) fail(p.loc, 'label at end of compound statement: expected statement');
  return { k: 'case', label, body: parseStmt(p), loc: t.loc };
}

function parseReturn(p: P): Stmt {
  const loc = p.next().loc;
  const fn = p.fn!;
  const ret = fn.sym.type.ret;
  if (p.accept(';')) {
    if (ret.kind !== 'void') fail(loc, `non-void function '${fn.sym.name}' should return a value`);
    return { k: 'return', loc };
  }
  let e = parseExpr(p);
  p.expect(';', "after 'return' value");
  if (ret.kind === 'void') {
    if (e.type.kind !== 'void') fail(loc, `void function '${fn.sym.name}' should not return a value`);
    return { k: 'return', e, loc };
  }
  e = assignConv(p, e, unqual(ret), 'returning', e.loc);
  return { k: 'return', e, loc };
}

function newLocal(p: P, name: string, loc: Loc, type: VarSym['type']): VarSym {
  if (p.scope.names.has(name)) fail(loc, `redefinition of '${name}'`);
  const sym: VarSym = { name, type, storage: 'local', addressTaken: false, loc, id: p.symId++ };
  p.scope.names.set(name, { k: 'var', sym });
  p.scope.vars.push(sym);
  p.fn!.locals.push(sym);
  return sym;
}

/** A declaration inside a function; returns the `decl` statements of its automatic variables. */
export function parseLocalDecl(p: P): Stmt[] {
  const spec = parseDeclSpec(p, true);
  const out: Stmt[] = [];
  if (p.accept(';')) return out;
  for (;;) {
    const d = parseDeclarator(p, spec.type, 'named');
    const name = d.name!.text;
    if (spec.storage === 'typedef') declareTypedef(p, name, d.type, d.loc);
    else if (d.type.kind === 'func') {
      if (spec.storage === 'static') fail(d.loc, 'function declared in block scope cannot have \'static\' storage class');
      const sym = declareFunction(p, name, d.type, false, d.loc);
      p.scope.names.set(name, { k: 'func', sym });
    } else if (spec.storage === 'extern') {
      if (p.is('=')) fail(p.loc, `'extern' variable '${name}' cannot have an initializer`);
      const sym = declareExternVar(p, name, d.type, d.loc);
      if (p.scope.names.has(name) && p.scope.names.get(name)?.k !== 'var') fail(d.loc, `redefinition of '${name}'`);
      p.scope.names.set(name, { k: 'var', sym });
    } else if (spec.storage === 'static') staticLocal(p, name, d.type, d.loc);
    else out.push(autoLocal(p, name, d.type, d.loc));
    if (!p.accept(',')) break;
  }
  p.expect(';', 'after declaration');
  return out;
}

function autoLocal(p: P, name: string, type: VarSym['type'], loc: Loc): Stmt {
  if (type.kind === 'void') fail(loc, `variable '${name}' has incomplete type 'void'`);
  const sym = newLocal(p, name, loc, type);
  let init;
  if (p.accept('=')) {
    const r = parseInitializer(p, type, false);
    init = r.init;
    sym.type = r.type;
  }
  if (!isComplete(sym.type)) fail(loc, `variable '${name}' has incomplete type '${typeName(sym.type)}'`);
  return { k: 'decl', sym, init, loc };
}

function staticLocal(p: P, name: string, type: VarSym['type'], loc: Loc): void {
  if (p.scope.names.has(name)) fail(loc, `redefinition of '${name}'`);
  const linkName = `${p.fn!.sym.name}.${name}.${p.staticId++}`;
  const sym: VarSym = { name, type, storage: 'static', linkName, addressTaken: false, loc, id: p.symId++ };
  p.scope.names.set(name, { k: 'var', sym });
  const gd = { sym, init: undefined as undefined | ReturnType<typeof parseInitializer>['init'] };
  if (p.accept('=')) {
    const r = parseInitializer(p, type, true);
    gd.init = r.init;
    sym.type = r.type;
  }
  if (!isComplete(sym.type)) fail(loc, `variable '${name}' has incomplete type '${typeName(sym.type)}'`);
  p.globals.set(linkName, gd);
}

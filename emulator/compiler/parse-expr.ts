// Expression syntax: precedence climbing over C's binary operators, casts, unary and postfix
// operators, primaries (constants, strings, identifiers), calls with argument conversion, and the
// runtime-only builtins (__syscall, __builtin_va_*). Semantics are in parse-ops.ts.

import type { Expr, Loc } from './ast';
import { assignConv, castTo, intT, isComplete, longT, promote, rvalue, isLvalue, unqual } from './conv';
import { fail } from './diagnostics';
import { parseCharLiteral, parseIntLiteral, parseStringLiteral } from './literals';
import { describe, type P } from './parse-ctx';
import * as ops from './parse-ops';
import { isDeclStart, parseTypeName, UNPROTOTYPED } from './parse-type';
import { printable } from './tokenize';
import { typeName, type CType } from './types';

const PREC: Record<string, number> = {
  '||': 1, '&&': 2, '|': 3, '^': 4, '&': 5, '==': 6, '!=': 6, '<': 7, '>': 7, '<=': 7, '>=': 7,
  '<<': 8, '>>': 8, '+': 9, '-': 9, '*': 10, '/': 10, '%': 10,
};

/** expression := assignment (',' assignment)* */
export function parseExpr(p: P): Expr {
  let e = parseAssign(p);
  while (p.is(',')) {
    const loc = p.next().loc;
    e = ops.comma(p, e, parseAssign(p), loc);
  }
  return e;
}

/** assignment := conditional (assign-op assignment)? */
export function parseAssign(p: P): Expr {
  const lhs = parseConditional(p);
  const t = p.peek();
  if (t.kind === 'punct' && ops.isAssignOp(t.text)) {
    p.next();
    const rhs = parseAssign(p);
    return t.text === '=' ? ops.assign(p, lhs, rhs, t.loc) : ops.opAssign(p, t.text, lhs, rhs, t.loc);
  }
  return lhs;
}

/** conditional := binary ('?' expression ':' conditional)? */
export function parseConditional(p: P): Expr {
  const c = parseBinary(p, 1);
  if (!p.is('?')) return c;
  const q = p.next();
  const a = parseExpr(p);
  p.expect(':', "in conditional expression");
  const b = parseConditional(p);
  return ops.conditional(p, c, a, b, q.loc);
}

function parseBinary(p: P, minPrec: number): Expr {
  let a = parseCast(p);
  for (;;) {
    const t = p.peek();
    const prec = t.kind === 'punct' ? PREC[t.text] : undefined;
    if (prec === undefined || prec < minPrec) return a;
    p.next();
    const b = parseBinary(p, prec + 1);
    a = ops.binary(p, t.text, a, b, t.loc);
  }
}

/** An integer constant expression's value (array sizes, case labels, enumerators). */
export function constExpr(p: P, notConst = 'expression is not an integer constant expression'): bigint {
  const e = parseConditional(p);
  if (e.k !== 'num' || e.type.kind !== 'int') {
    const dz = divisionByZero(e);
    fail(dz?.loc ?? e.loc, dz ? 'division by zero in a constant expression' : notConst);
  }
  return e.value;
}

/** The `/` or `%` by a constant zero that kept an expression from folding, if there is one. */
function divisionByZero(e: Expr): Expr | undefined {
  if (e.k === 'binary' && (e.op === '/' || e.op === '%') && e.b.k === 'num' && e.b.value === 0n) return e;
  for (const sub of [(e as { a?: Expr }).a, (e as { b?: Expr }).b, (e as { c?: Expr }).c]) {
    const hit = sub && divisionByZero(sub);
    if (hit) return hit;
  }
  return undefined;
}

const isTypeParen = (p: P): boolean => p.is('(') && isDeclStart(p, 1);

/** cast := '(' type-name ')' cast | unary */
function parseCast(p: P): Expr {
  if (!isTypeParen(p)) return parseUnary(p);
  const lp = p.next();
  const t = parseTypeName(p);
  p.expect(')', 'after the type name');
  if (p.is('{')) fail(p.loc, 'compound literals are not supported');
  return ops.explicitCast(p, t, parseCast(p), lp.loc);
}

function parseUnary(p: P): Expr {
  const t = p.peek();
  if (t.kind === 'punct') {
    switch (t.text) {
      case '++': case '--': p.next(); return ops.incdec(p, parseUnary(p), t.text === '++' ? 1 : -1, false, t.loc);
      case '&': p.next(); return ops.addrOf(p, parseCast(p), t.loc);
      case '*': p.next(); return ops.deref(p, parseCast(p), t.loc);
      case '+': case '-': case '~': p.next(); return ops.unaryArith(p, t.text, parseCast(p), t.loc);
      case '!': p.next(); return ops.logNot(p, parseCast(p), t.loc);
      case '&&': fail(t.loc, "address of a label ('&&label') is not supported");
    }
  }
  if (t.kind === 'ident' && (t.text === 'sizeof' || t.text === '_Alignof' || t.text === '__alignof__')) {
    p.next();
    const size = t.text === 'sizeof';
    if (isTypeParen(p)) {
      p.next();
      const ty = parseTypeName(p);
      p.expect(')', 'after the type name');
      if (p.is('{')) fail(p.loc, 'compound literals are not supported');
      return size ? ops.sizeofType(p, ty, t.loc) : ops.alignofType(p, ty, t.loc);
    }
    const e = parseUnary(p);
    return size ? ops.sizeofType(p, e.type, t.loc) : ops.alignofType(p, e.type, t.loc);
  }
  return parsePostfix(p);
}

function parsePostfix(p: P): Expr {
  let e = parsePrimary(p);
  for (;;) {
    const t = p.peek();
    if (t.kind !== 'punct') return e;
    if (t.text === '[') {
      p.next();
      const idx = parseExpr(p);
      p.expect(']', 'to close the subscript');
      e = subscript(p, e, idx, t.loc);
    } else if (t.text === '(') {
      p.next();
      e = call(p, e, parseArgs(p), t.loc);
    } else if (t.text === '.' || t.text === '->') {
      p.next();
      const name = p.expectIdent('member name');
      e = ops.member(p, e, name.text, t.text === '->', name.loc);
    } else if (t.text === '++' || t.text === '--') {
      p.next();
      e = ops.incdec(p, e, t.text === '++' ? 1 : -1, true, t.loc);
    } else return e;
  }
}

function subscript(p: P, a: Expr, b: Expr, loc: Loc): Expr {
  a = rvalue(p, a); b = rvalue(p, b);
  if (a.type.kind !== 'ptr' && b.type.kind !== 'ptr') fail(loc, 'subscripted value is not an array or pointer');
  if (a.type.kind !== 'ptr') [a, b] = [b, a];
  if (b.type.kind !== 'int') fail(b.loc, 'array subscript is not an integer');
  return ops.deref(p, ops.ptrAdd(p, a, b, false, loc), loc);
}

function parseArgs(p: P): Expr[] {
  const args: Expr[] = [];
  if (p.accept(')')) return args;
  for (;;) {
    args.push(parseAssign(p));
    if (p.accept(')')) return args;
    p.expect(',', 'or \')\' in the argument list');
  }
}

/** A call: arguments converted to the parameter types (default promotions for `...`). */
export function call(p: P, callee: Expr, args: Expr[], loc: Loc): Expr {
  let ft: CType;
  if (callee.k === 'func') ft = callee.type;
  else {
    callee = rvalue(p, callee);
    const ct = callee.type;
    if (ct.kind !== 'ptr' || ct.to.kind !== 'func') fail(loc, `called object type '${typeName(ct)}' is not a function or function pointer`);
    ft = ct.to;
  }
  if (ft.kind !== 'func') fail(loc, 'internal error: call of a non-function');
  const n = UNPROTOTYPED.has(ft) ? 0 : ft.params.length;
  const variadic = ft.variadic || UNPROTOTYPED.has(ft);
  const name = callee.k === 'func' ? ` '${callee.sym.name}'` : '';
  if (args.length < n) fail(loc, `too few arguments to function call${name}, expected ${n}, have ${args.length}`);
  if (args.length > n && !variadic) fail(args[n].loc, `too many arguments to function call${name}, expected ${n}, have ${args.length}`);
  const conv = args.map((a, i) => (i < n ? assignConv(p, a, ft.kind === 'func' ? ft.params[i] : a.type, 'passing', a.loc) : variadicArg(p, a)));
  const ret = unqual(ft.ret);
  if (ret.kind !== 'void' && !isComplete(ret)) fail(loc, `calling a function with incomplete return type '${typeName(ret)}'`);
  return p.mk({ k: 'call', callee, args: conv, type: ret, loc: callee.loc });
}

function variadicArg(p: P, a: Expr): Expr {
  a = rvalue(p, a);
  if (a.type.kind === 'void') fail(a.loc, "argument may not have 'void' type");
  if (a.type.kind === 'int') return promote(p, a);
  return a;
}

function parsePrimary(p: P): Expr {
  const t = p.peek();
  switch (t.kind) {
    case 'num': {
      p.next();
      const lit = parseIntLiteral(t.text, t.loc, p.dm);
      return p.mk({ k: 'num', value: lit.value, type: intT(lit.ik), loc: t.loc });
    }
    case 'char':
      p.next();
      return p.mk({ k: 'num', value: parseCharLiteral(t.text, t.loc, p.dm), type: intT('int'), loc: t.loc });
    case 'str': return parseString(p);
    case 'ident': return parseIdent(p);
    case 'eof': p.errorExpected('expression');
    // eslint-disable-next-line no-fallthrough
    default:
      if (t.text === '(') {
        p.next();
        if (p.is('{')) fail(t.loc, 'statement expressions are not supported');
        const e = parseExpr(p);
        p.expect(')', 'to match this \'(\'');
        return e;
      }
      if (t.text === '\'' || t.text === '"') fail(t.loc, `missing terminating ${t.text} character`);
      if (!/^[-+*/%<>=!&|^~?:;,.(){}[\]#]/.test(t.text)) fail(t.loc, `stray '${printable(t.text)}' in program`);
      p.errorExpected('expression');
  }
}

/** Adjacent string literals concatenate into one array in .rodata. */
function parseString(p: P): Expr {
  const first = p.peek();
  const bytes: number[] = [];
  while (p.peek().kind === 'str') {
    const t = p.next();
    bytes.push(...parseStringLiteral(t.text, t.loc));
  }
  bytes.push(0);
  return strNode(p, Uint8Array.from(bytes), first.loc);
}

export function strNode(p: P, data: Uint8Array, loc: Loc): Expr {
  const type: CType = { kind: 'array', of: intT('char'), length: data.length };
  return p.mk({ k: 'str', data, label: `.str.${p.strId++}`, type, loc });
}

function parseIdent(p: P): Expr {
  const t = p.peek();
  const BUILTINS = ['__syscall', '__builtin_va_start', '__builtin_va_arg', '__builtin_va_end', '__builtin_va_copy'];
  if (BUILTINS.includes(t.text) && (t.sys || !p.scope.lookup(t.text))) return parseBuiltin(p);
  if (t.text === '__func__' || t.text === '__FUNCTION__') {
    p.next();
    if (!p.fn) fail(t.loc, `'${t.text}' is only available inside a function`);
    return strNode(p, Uint8Array.from([...Buffer.from(p.fn.sym.name), 0]), t.loc);
  }
  if (!p.ident()) p.errorExpected('expression');
  p.next();
  const o = p.scope.lookup(t.text);
  if (!o) {
    if (p.is('(')) fail(t.loc, `implicit declaration of function '${t.text}'`);
    if (p.ident()) fail(t.loc, `unknown type name '${t.text}'`);
    fail(t.loc, `use of undeclared identifier '${t.text}'`);
  }
  switch (o.k) {
    case 'var': return p.mk({ k: 'var', sym: o.sym, type: o.sym.type, loc: t.loc });
    case 'func': return p.mk({ k: 'func', sym: o.sym, type: o.sym.type, loc: t.loc });
    case 'enumconst': return p.mk({ k: 'num', value: o.value, type: o.type, loc: t.loc });
    case 'typedef': fail(t.loc, `unexpected type name '${t.text}': expected expression`);
  }
}

/** __syscall(n, ...) and the va_list builtins, allowed in runtime sources and built-in headers. */
function parseBuiltin(p: P): Expr {
  const t = p.next();
  if (!t.sys) fail(t.loc, `'${t.text}' is available only in the runtime`);
  p.expect('(', `after '${t.text}'`);
  const loc = t.loc;
  if (t.text === '__builtin_va_arg') {
    const ap = vaList(p, parseAssign(p));
    p.expect(',', "in '__builtin_va_arg'");
    const ty = unqual(parseTypeName(p));
    p.expect(')', "to close '__builtin_va_arg'");
    if (ty.kind !== 'int' && ty.kind !== 'ptr') fail(loc, `va_arg of type '${typeName(ty)}' is not supported`);
    return p.mk({ k: 'vaarg', ap, type: ty, loc });
  }
  const args = parseArgs(p);
  if (t.text === '__syscall') {
    if (args.length < 1 || args.length > 7) fail(loc, '__syscall takes a number and 0 to 6 arguments');
    const conv = args.map((a) => {
      const r = rvalue(p, a);
      if (r.type.kind !== 'int' && r.type.kind !== 'ptr') fail(a.loc, `__syscall argument of type '${typeName(r.type)}'`);
      return castTo(p, r.type.kind === 'int' ? promote(p, r) : r, longT);
    });
    return p.mk({ k: 'syscall', args: conv, type: longT, loc });
  }
  if (t.text === '__builtin_va_start') {
    if (args.length !== 2) fail(loc, "'__builtin_va_start' takes 2 arguments");
    if (!p.fn?.sym.type.variadic) fail(loc, "'va_start' used in a function with fixed arguments");
    return p.mk({ k: 'vastart', ap: vaList(p, args[0]), type: { kind: 'void' }, loc });
  }
  if (t.text === '__builtin_va_end') {
    if (args.length !== 1) fail(loc, "'__builtin_va_end' takes 1 argument");
    return p.mk({ k: 'cast', a: rvalue(p, vaList(p, args[0])), type: { kind: 'void' }, loc });
  }
  if (args.length !== 2) fail(loc, "'__builtin_va_copy' takes 2 arguments");
  return ops.assign(p, vaList(p, args[0]), vaList(p, args[1]), loc);
}

function vaList(p: P, e: Expr): Expr {
  if (!isLvalue(e) || e.type.kind !== 'ptr') fail(e.loc, `expected a va_list lvalue${describe(p.peek())}`);
  return e;
}

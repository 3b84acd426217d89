// The language server's view of one document: the C front end run once per ISA (so errors that
// only one target sees are found too), the file-scope typedef names each ISA's parse ended with
// (the typed AST keeps only what they stand for), the raw tokens (for words under the cursor and
// tag and typedef definitions, which the typed AST does not position), and a walk over every
// expression. Every feature module works on an Analysis; nothing here speaks LSP.

import type { Expr, FunctionDef, Loc, Stmt, TranslationUnit, VarSym, FuncSym, Init } from '../emulator/compiler/ast';
import { CompileError, type Diagnostic as CompileDiagnostic } from '../emulator/compiler/diagnostics';
import { preprocessOnly, type FrontendOptions } from '../emulator/compiler/frontend';
import { predefinedMacros } from '../emulator/compiler/index';
import { P } from '../emulator/compiler/parse-ctx';
import { parseUnit } from '../emulator/compiler/parse-decl';
import { tokenize, type Token } from '../emulator/compiler/tokenize';
import { ILP32_BE_M68K, ILP32_LE, LP64_LE, type CType, type DataModel } from '../emulator/compiler/types';
import { ISA_IDS, getIsa } from '../emulator/isa/index';
import type { IsaId } from '../emulator/isa/types';
import { INCLUDE_DIR } from '../emulator/runtime/index';

/** The data model of every ISA, for layouts shown side by side (x86-64's even before it is enabled). */
export const LAYOUT_MODELS: { isa: IsaId; dm: DataModel }[] = [
  { isa: 'rv32', dm: ILP32_LE }, { isa: 'm68k', dm: ILP32_BE_M68K }, { isa: 'x86_64', dm: LP64_LE },
];

export interface Analysis {
  file: string;
  text: string;
  /** the parse for the first ISA that accepted the program (undefined when none did) */
  unit?: TranslationUnit;
  /** front-end errors, each with the ISAs that report it */
  errors: { diag: CompileDiagnostic; isas: IsaId[] }[];
  /** tokens of the document itself (no preprocessing), or [] when it does not even tokenize */
  tokens: Token[];
  /** file-scope typedef names (the document's and its headers') and their types, per ISA that parsed the program */
  typedefs: Map<string, Map<IsaId, CType>>;
}

/** Parse `text` (named `file`, a path) for every enabled ISA. Never throws for bad programs. */
export function analyze(text: string, file: string): Analysis {
  const errors: Analysis['errors'] = [];
  const typedefs: Analysis['typedefs'] = new Map();
  let unit: TranslationUnit | undefined;
  for (const id of ISA_IDS) {
    const isa = getIsa(id);
    try {
      const parsed = parseWithTypedefs(text, file, { dm: isa.dataModel, predefined: predefinedMacros(isa), includeDirs: [INCLUDE_DIR] });
      unit ??= parsed.tu;
      for (const [name, t] of parsed.typedefs) {
        if (!typedefs.has(name)) typedefs.set(name, new Map());
        typedefs.get(name)!.set(id, t);
      }
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      for (const d of e.diagnostics) {
        const same = errors.find((x) => x.diag.message === d.message && x.diag.line === d.line && x.diag.col === d.col && x.diag.file === d.file);
        if (same) same.isas.push(id); else errors.push({ diag: d, isas: [id] });
      }
    }
  }
  return { file, text, unit, errors, tokens: safeTokens(text, file), typedefs };
}

/**
 * What the front end's parseProgram() does, keeping the parser's file scope for its typedef names.
 * Throws CompileError only (an internal error becomes a positioned one, as parseProgram reports it).
 */
function parseWithTypedefs(text: string, file: string, opts: FrontendOptions): { tu: TranslationUnit; typedefs: Map<string, CType> } {
  let p: P | undefined;
  try {
    p = new P(preprocessOnly(text, file, opts), opts.dm, file);
    const tu = parseUnit(p);
    const typedefs = new Map<string, CType>();
    for (const [name, o] of p.fileScope.names) if (o.k === 'typedef') typedefs.set(name, o.type);
    return { tu, typedefs };
  } catch (e) {
    if (e instanceof CompileError) throw e;
    const loc = p ? p.peek().loc : { file, line: 1, col: 1 };
    const why = e instanceof RangeError ? 'program too deeply nested' : `internal error: ${(e as Error)?.message ?? String(e)}`;
    throw new CompileError([{ file: loc.file, line: loc.line, col: loc.col, severity: 'error', message: why }]);
  }
}

function safeTokens(text: string, file: string): Token[] {
  try { return tokenize(text, file).filter((t) => t.kind !== 'eof'); } catch { return []; }
}

/** 1-based line/col, as the compiler counts. */
export interface Pos { line: number; col: number }

export function before(a: Pos, b: Pos): boolean {
  return a.line < b.line || (a.line === b.line && a.col <= b.col);
}

/** The token under `pos` (a position inside it or just after its last character). */
export function tokenAt(a: Analysis, pos: Pos): Token | undefined {
  let best: Token | undefined;
  for (const t of a.tokens) {
    if (t.loc.line !== pos.line) continue;
    if (t.loc.col <= pos.col && pos.col <= t.loc.col + t.text.length) {
      if (!best || t.kind === 'ident') best = t;
    }
  }
  return best;
}

/** The index of `tok` in the token list (by identity). */
export function tokenIndex(a: Analysis, tok: Token): number {
  return a.tokens.indexOf(tok);
}

/** Struct, union and enum tags defined in the document (`struct TAG {`), with their name token. */
export function tagDefinitions(a: Analysis): { kind: 'struct' | 'union' | 'enum'; name: string; tok: Token; end?: Token }[] {
  const out: ReturnType<typeof tagDefinitions> = [];
  const ts = a.tokens;
  for (let i = 0; i + 2 < ts.length; i++) {
    const k = ts[i].text;
    if ((k !== 'struct' && k !== 'union' && k !== 'enum') || ts[i + 1].kind !== 'ident' || ts[i + 2].text !== '{') continue;
    out.push({ kind: k, name: ts[i + 1].text, tok: ts[i + 1], end: matchingBrace(ts, i + 2) });
  }
  return out;
}

/** The name token of `typedef … NAME …;` in the document (not a struct/union/enum tag of the same spelling). */
export function typedefDefinition(a: Analysis, name: string): Token | undefined {
  const ts = a.tokens;
  for (let i = 0; i < ts.length; i++) {
    if (ts[i].text !== 'typedef') continue;
    let depth = 0;
    for (let j = i + 1; j < ts.length; j++) {
      const t = ts[j].text;
      if (t === '{') depth++;
      else if (t === '}') depth--;
      else if (t === ';' && depth === 0) break;
      else if (depth === 0 && t === name && ts[j].kind === 'ident' && !/^(struct|union|enum)$/.test(ts[j - 1].text)) return ts[j];
    }
  }
  return undefined;
}

function matchingBrace(ts: Token[], open: number): Token | undefined {
  let depth = 0;
  for (let i = open; i < ts.length; i++) {
    if (ts[i].text === '{') depth++;
    else if (ts[i].text === '}' && --depth === 0) return ts[i];
  }
  return undefined;
}

/** Calls `f` on every expression of the unit (functions' bodies and globals' initializers). */
export function walkExprs(tu: TranslationUnit, f: (e: Expr, fn?: FunctionDef) => void): void {
  for (const g of tu.globals) walkInit(g.init, (e) => f(e));
  for (const fn of tu.functions) walkStmt(fn.body, (e) => f(e, fn));
}

function walkInit(init: Init | undefined, f: (e: Expr) => void): void {
  if (!init) return;
  if (init.k === 'expr') walkExpr(init.e, f);
  else for (const p of init.parts) walkExpr(p.e, f);
}

function walkStmt(s: Stmt, f: (e: Expr) => void): void {
  switch (s.k) {
    case 'expr': walkExpr(s.e, f); break;
    case 'decl': walkInit(s.init, f); break;
    case 'if': walkExpr(s.c, f); walkStmt(s.then, f); if (s.else) walkStmt(s.else, f); break;
    case 'while': case 'dowhile': walkExpr(s.c, f); walkStmt(s.body, f); break;
    case 'for':
      if (s.init) walkStmt(s.init, f);
      if (s.c) walkExpr(s.c, f);
      if (s.step) walkExpr(s.step, f);
      walkStmt(s.body, f); break;
    case 'switch': walkExpr(s.c, f); walkStmt(s.body, f); break;
    case 'case': case 'label': walkStmt(s.body, f); break;
    case 'return': if (s.e) walkExpr(s.e, f); break;
    case 'block': for (const x of s.items) walkStmt(x, f); break;
    default: break;
  }
}

function walkExpr(e: Expr, f: (e: Expr) => void): void {
  f(e);
  for (const c of children(e)) walkExpr(c, f);
}

function children(e: Expr): Expr[] {
  switch (e.k) {
    case 'num': case 'str': case 'var': case 'func': return [];
    case 'unary': case 'cast': case 'decay': case 'deref': case 'addr': case 'member': return [e.a];
    case 'binary': case 'logand': case 'logor': case 'comma': case 'ptrdiff': return [e.a, e.b];
    case 'ptradd': return [e.ptr, e.index];
    case 'cond': return [e.c, e.a, e.b];
    case 'assign': case 'opassign': return [e.target, e.value];
    case 'incdec': return [e.target];
    case 'call': return [e.callee, ...e.args];
    case 'vaarg': case 'vastart': return [e.ap];
    case 'syscall': return e.args;
  }
}

/** What a name under the cursor denotes. */
export type Resolved =
  | { k: 'var'; sym: VarSym; fn?: FunctionDef }
  | { k: 'func'; sym: FuncSym; def?: FunctionDef }
  | { k: 'tag'; kind: 'struct' | 'union' | 'enum'; name: string; tok?: Token }
  | { k: 'typedef'; name: string; types: Map<IsaId, CType>; tok?: Token }
  | { k: 'field'; expr: Extract<Expr, { k: 'member' }> };

/** Resolve the identifier token `tok` of the document to a declaration. */
export function resolve(a: Analysis, tok: Token): Resolved | undefined {
  if (tok.kind !== 'ident') return undefined;
  const i = tokenIndex(a, tok);
  const prev = i > 0 ? a.tokens[i - 1].text : '';
  if (prev === 'struct' || prev === 'union' || prev === 'enum') {
    const def = tagDefinitions(a).find((d) => d.name === tok.text && d.kind === prev);
    return { k: 'tag', kind: prev, name: tok.text, tok: def?.tok };
  }
  const tu = a.unit;
  if (!tu) return undefined;
  if (prev === '.' || prev === '->') return resolveField(tu, tok, a.file);
  return resolveUse(tu, tok, a.file) ?? resolveDecl(tu, tok, a.file) ?? resolveTypedef(a, tok) ?? resolveByScope(tu, tok);
}

/** A typedef name (file scope): what it stands for on each ISA, and where the document defines it. */
function resolveTypedef(a: Analysis, tok: Token): Resolved | undefined {
  const types = a.typedefs.get(tok.text);
  return types ? { k: 'typedef', name: tok.text, types, tok: typedefDefinition(a, tok.text) } : undefined;
}

const sameLoc = (l: Loc, t: Token, file: string) => l.file === file && l.line === t.loc.line && l.col === t.loc.col;

/** An identifier used in an expression: the AST's var/func node at exactly that place. */
function resolveUse(tu: TranslationUnit, tok: Token, file: string): Resolved | undefined {
  let found: Resolved | undefined;
  walkExprs(tu, (e, fn) => {
    if (found || !sameLoc(e.loc, tok, file)) return;
    if (e.k === 'var' && e.sym.name === tok.text) found = { k: 'var', sym: e.sym, fn };
    else if (e.k === 'func' && e.sym.name === tok.text) found = { k: 'func', sym: e.sym, def: tu.functions.find((d) => d.sym.name === e.sym.name) };
  });
  return found;
}

/** An identifier at a declaration: a parameter, local, global or function name. */
function resolveDecl(tu: TranslationUnit, tok: Token, file: string): Resolved | undefined {
  for (const fn of tu.functions) {
    if (sameLoc(fn.sym.loc, tok, file)) return { k: 'func', sym: fn.sym, def: fn };
    for (const v of [...fn.params, ...fn.locals]) if (sameLoc(v.loc, tok, file) && v.name === tok.text) return { k: 'var', sym: v, fn };
  }
  for (const g of [...tu.globals.map((x) => x.sym), ...tu.externs]) if (sameLoc(g.loc, tok, file) && g.name === tok.text) return { k: 'var', sym: g };
  for (const d of tu.funcDecls) if (sameLoc(d.loc, tok, file)) return { k: 'func', sym: d, def: tu.functions.find((x) => x.sym.name === d.name) };
  return undefined;
}

/** Fallback: the innermost declaration of that name visible at the token (for names the AST folded away). */
function resolveByScope(tu: TranslationUnit, tok: Token): Resolved | undefined {
  const pos = tok.loc;
  for (const fn of tu.functions) {
    if (!before(fn.loc, pos) || !before(pos, fn.endLoc)) continue;
    const visible = [...fn.params, ...fn.locals].filter((v) => v.name === tok.text && before(v.loc, pos) && (!v.scope || before(pos, v.scope.end)));
    if (visible.length) return { k: 'var', sym: visible[visible.length - 1], fn };
  }
  const g = tu.globals.find((x) => x.sym.name === tok.text && !(x.sym.linkName ?? '').includes('.'));
  if (g) return { k: 'var', sym: g.sym };
  const def = tu.functions.find((d) => d.sym.name === tok.text);
  if (def) return { k: 'func', sym: def.sym, def };
  const decl = tu.funcDecls.find((d) => d.name === tok.text);
  return decl ? { k: 'func', sym: decl } : undefined;
}

/** A field name after `.` or `->`: the member expression of that name on that line, nearest before it. */
function resolveField(tu: TranslationUnit, tok: Token, file: string): Resolved | undefined {
  let best: Extract<Expr, { k: 'member' }> | undefined;
  walkExprs(tu, (e) => {
    if (e.k !== 'member' || e.field !== tok.text || e.loc.file !== file || e.loc.line !== tok.loc.line || e.loc.col > tok.loc.col) return;
    if (!best || e.loc.col > best.loc.col) best = e;
  });
  return best ? { k: 'field', expr: best } : undefined;
}

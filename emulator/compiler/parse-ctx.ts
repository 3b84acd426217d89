// The parser's shared state: the token cursor, the current scope, the function being parsed,
// the translation unit being built, and the counters that give expressions, symbols, string
// literals and struct types their deterministic ids. All parse-*.ts modules work on a `P`.

import type { CaseLabel, Expr, FuncSym, FunctionDef, GlobalDef, Loc, VarSym } from './ast';
import { fail } from './diagnostics';
import { Scope } from './scope';
import { printable, type Token } from './tokenize';
import type { CType, DataModel } from './types';

type DistOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type ExprInit = DistOmit<Expr, 'id'>;

export interface SwitchCtx { cases: CaseLabel[]; hasDefault: boolean; type: CType; loc: Loc }

export interface FnState {
  sym: FuncSym;
  locals: VarSym[];
  labels: Map<string, Loc>;
  gotos: { label: string; loc: Loc }[];
  loops: number;          // enclosing loops (for continue)
  breakables: number;     // enclosing loops and switches (for break)
  switches: SwitchCtx[];
}

export const KEYWORDS = new Set([
  'auto', 'break', 'case', 'char', 'const', 'continue', 'default', 'do', 'double', 'else', 'enum',
  'extern', 'float', 'for', 'goto', 'if', 'inline', 'int', 'long', 'register', 'restrict', 'return',
  'short', 'signed', 'sizeof', 'static', 'struct', 'switch', 'typedef', 'union', 'unsigned', 'void',
  'volatile', 'while', '_Bool', '_Complex', '_Imaginary', '_Noreturn', '_Static_assert', '_Alignof',
  '_Alignas', '_Thread_local', '_Atomic', '_Generic', 'asm', '__asm__', '__asm', '__inline', '__inline__',
  '__restrict', '__restrict__', '__const', '__volatile__', '__signed__', '__attribute__', '__extension__',
  '__builtin_va_list', '__typeof__', 'typeof',
]);

const PUNCT_OK = /^[-+*/%<>=!&|^~?:;,.(){}[\]#]/;

export class P {
  pos = 0;
  private exprId = 0;
  symId = 0;
  strId = 0;
  typeId = 0;
  staticId = 0;
  scope = new Scope(undefined);
  fn: FnState | undefined;
  functions: FunctionDef[] = [];
  globals = new Map<string, GlobalDef>();
  globalOrder: GlobalDef[] = [];
  externs = new Map<string, VarSym>();
  funcDecls = new Map<string, FuncSym>();
  types: CType[] = [];
  /** file-scope names, for linking block-scope `extern` declarations to them */
  fileScope: Scope;

  constructor(readonly toks: Token[], readonly dm: DataModel, readonly file: string) {
    this.fileScope = this.scope;
  }

  nextId(): number { return this.exprId++; }

  mk(e: ExprInit): Expr { return { ...e, id: this.exprId++ } as Expr; }

  peek(k = 0): Token { return this.toks[Math.min(this.pos + k, this.toks.length - 1)]; }
  get loc(): Loc { return this.peek().loc; }
  next(): Token { const t = this.peek(); if (this.pos < this.toks.length - 1) this.pos++; return t; }

  /** Is the next token the punctuator or keyword `s`? */
  is(s: string, k = 0): boolean {
    const t = this.peek(k);
    return (t.kind === 'punct' || t.kind === 'ident') && t.text === s;
  }

  accept(s: string): boolean {
    if (this.is(s)) { this.pos++; return true; }
    return false;
  }

  expect(s: string, context?: string): Token {
    if (this.is(s)) return this.next();
    this.errorExpected(`'${s}'${context ? ' ' + context : ''}`);
  }

  errorExpected(what: string): never {
    const t = this.peek();
    if (t.kind === 'punct' && (t.text === '\'' || t.text === '"')) fail(t.loc, `missing terminating ${t.text} character`);
    if (t.kind === 'punct' && !PUNCT_OK.test(t.text)) fail(t.loc, `stray '${printable(t.text)}' in program`);
    fail(t.loc, `expected ${what}${describe(t)}`);
  }

  /** The next token as an identifier (not a keyword), or undefined. */
  ident(k = 0): Token | undefined {
    const t = this.peek(k);
    return t.kind === 'ident' && !KEYWORDS.has(t.text) ? t : undefined;
  }

  expectIdent(what = 'identifier'): Token {
    const t = this.ident();
    if (!t) this.errorExpected(what);
    this.pos++;
    return t;
  }

  pushScope(): Scope { this.scope = new Scope(this.scope); return this.scope; }
  popScope(): void { this.scope = this.scope.parent ?? this.scope; }
}

/** ` before 'x'` / ` at end of input`, for "expected ..." messages. */
export function describe(t: Token): string {
  if (t.kind === 'eof') return ' at end of input';
  if (t.kind === 'punct' && (t.text === '\'' || t.text === '"')) return ` before unterminated ${t.text} literal`;
  return ` before '${t.kind === 'punct' ? printable(t.text) : t.text}'`;
}

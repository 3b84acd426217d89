// Macro expansion for the preprocessor: object-like and function-like macros with `#`
// (stringizing), `##` (pasting, with GNU's `, ## __VA_ARGS__`), `__VA_ARGS__`, and hide sets
// (Prosser's algorithm) so recursive macros stop. Tokens produced by a macro body take the
// position of the macro use; argument tokens keep their own positions.

import type { Loc } from './ast';
import { fail, CompileError } from './diagnostics';
import { tokenizeAt, type Token } from './tokenize';

export interface Macro {
  name: string;
  params?: string[];          // undefined: object-like
  variadic: boolean;          // last parameter is __VA_ARGS__
  body: Token[];
  builtin?: (use: Token) => Token[];
}

function union(a: Set<string> | undefined, b: Set<string> | undefined): Set<string> | undefined {
  if (!a || a.size === 0) return b;
  if (!b || b.size === 0) return a;
  const s = new Set(a);
  for (const x of b) s.add(x);
  return s;
}

function intersect(a: Set<string> | undefined, b: Set<string> | undefined): Set<string> | undefined {
  if (!a || !b) return undefined;
  const s = new Set<string>();
  for (const x of a) if (b.has(x)) s.add(x);
  return s;
}

export const copyTok = (t: Token, over: Partial<Token> = {}): Token => ({ ...t, ...over });

/** A marker ending a token list that is expanded on its own (macro arguments, #if lines). */
export function endMarker(loc: Loc): Token {
  return { kind: 'eof', text: '<end>', loc, bol: false, space: false, sys: false };
}

export class MacroExpander {
  /** pending input, reversed: the next token is at the end */
  protected stack: Token[] = [];
  readonly macros = new Map<string, Macro>();

  protected peek(): Token { return this.stack[this.stack.length - 1]; }

  /** If `t` names a macro to expand here, pushes its expansion and returns true. */
  protected tryExpand(t: Token): boolean {
    if (t.kind !== 'ident' || t.noexpand) return false;
    const m = this.macros.get(t.text);
    if (!m) return false;
    if (t.hide?.has(t.text)) { t.noexpand = true; return false; }
    if (m.builtin) { this.pushAll(m.builtin(t)); return true; }
    if (!m.params) {
      const hs = union(t.hide, new Set([t.text]));
      this.pushAll(m.body.map((b, i) => copyTok(b, { loc: t.loc, hide: union(b.hide, hs), bol: false, space: i === 0 ? t.space : b.space })));
      return true;
    }
    const next = this.peek();
    if (!next || next.kind !== 'punct' || next.text !== '(') return false;
    this.stack.pop();
    const { args, rparen } = this.collectArgs(m, t);
    const hs = union(intersect(t.hide, rparen.hide), new Set([t.text]));
    const body = this.substitute(m, args, t);
    this.pushAll(body.map((b, i) => copyTok(b, { hide: union(b.hide, hs), bol: false, space: i === 0 ? t.space : b.space })));
    return true;
  }

  /** Pushes tokens so that `toks[0]` is read next. */
  protected pushAll(toks: Token[]): void {
    for (let i = toks.length - 1; i >= 0; i--) this.stack.push(toks[i]);
  }

  private collectArgs(m: Macro, use: Token): { args: Token[][]; rparen: Token } {
    const args: Token[][] = [[]];
    let depth = 0;
    const nParams = m.params!.length;
    for (;;) {
      const t = this.stack.pop();
      if (!t || t.kind === 'eof') {
        if (t) this.stack.push(t);
        fail(use.loc, `unterminated argument list invoking macro '${m.name}'`);
      }
      if (t.kind === 'punct') {
        if (t.text === '(') depth++;
        else if (t.text === ')') {
          if (depth === 0) { this.checkArgCount(m, use, args, nParams); return { args, rparen: t }; }
          depth--;
        } else if (t.text === ',' && depth === 0 && !(m.variadic && args.length === nParams)) {
          args.push([]); continue;
        }
      }
      args[args.length - 1].push(t);
    }
  }

  private checkArgCount(m: Macro, use: Token, args: Token[][], n: number): void {
    if (n === 0 && args.length === 1 && args[0].length === 0) { args.pop(); return; }
    if (m.variadic && args.length === n - 1) { args.push([]); return; }
    if (args.length < n) fail(use.loc, `macro '${m.name}' requires ${n} arguments, but only ${args.length} given`);
    if (args.length > n) fail(use.loc, `macro '${m.name}' passed ${args.length} arguments, but takes just ${n}`);
  }

  /** Replaces parameters in the body: `#p`, `a ## b`, and fully expanded arguments. */
  private substitute(m: Macro, args: Token[][], use: Token): Token[] {
    const body = m.body;
    const paramIndex = (t: Token | undefined) => (t && t.kind === 'ident' ? m.params!.indexOf(t.text) : -1);
    const res: Token[] = [];
    const expanded = new Map<number, Token[]>();
    for (let i = 0; i < body.length; i++) {
      const t = body[i];
      if (t.kind === 'punct' && t.text === '#' && paramIndex(body[i + 1]) >= 0) {
        res.push(stringize(args[paramIndex(body[i + 1])], use.loc, t.space, t.sys));
        i++; continue;
      }
      if (t.kind === 'punct' && t.text === '##' && res.length + i > 0 && i + 1 < body.length) {
        const rt = body[i + 1];
        const pi = paramIndex(rt);
        const rhs = pi >= 0 ? args[pi].map((x) => copyTok(x)) : [copyTok(rt, { loc: use.loc })];
        i++;
        const gnuComma = pi >= 0 && m.variadic && pi === m.params!.length - 1 && res[res.length - 1]?.text === ',';
        if (gnuComma) {                       // GNU `, ## __VA_ARGS__`: drop the comma when empty
          if (rhs.length === 0) res.pop();
          else res.push(...this.expandList(args[pi], use.loc));
          continue;
        }
        if (rhs.length === 0) continue;
        if (res.length === 0) { res.push(...rhs); continue; }
        res.push(paste(res.pop()!, rhs[0], use.loc), ...rhs.slice(1));
        continue;
      }
      const pi = paramIndex(t);
      if (pi >= 0) {
        const nextIsPaste = body[i + 1]?.kind === 'punct' && body[i + 1].text === '##';
        let toks: Token[];
        if (nextIsPaste) toks = args[pi].map((x) => copyTok(x));
        else {
          if (!expanded.has(pi)) expanded.set(pi, this.expandList(args[pi], use.loc));
          toks = expanded.get(pi)!.map((x) => copyTok(x));
        }
        if (toks.length) toks[0].space = t.space;
        res.push(...toks);
        continue;
      }
      res.push(copyTok(t, { loc: use.loc }));
    }
    return res;
  }

  /** Fully macro-expands a token list on its own. */
  expandList(toks: Token[], loc: Loc): Token[] {
    const marker = endMarker(loc);
    this.stack.push(marker);
    this.pushAll(toks.map((t) => copyTok(t)));
    const out: Token[] = [];
    for (;;) {
      const t = this.stack.pop()!;
      if (t === marker) return out;
      if (t.kind === 'eof') { this.stack.push(t); fail(loc, 'internal error: unbalanced macro expansion'); }
      if (!this.tryExpand(t)) out.push(t);
    }
  }
}

/** `#arg`: the argument's spelling as a string literal. */
export function stringize(arg: Token[], loc: Loc, space: boolean, sys: boolean): Token {
  let s = '';
  arg.forEach((t, i) => {
    if (i > 0 && t.space) s += ' ';
    s += t.kind === 'str' || t.kind === 'char' ? t.text.replace(/[\\"]/g, (c) => '\\' + c) : t.text;
  });
  return { kind: 'str', text: `"${s}"`, loc, bol: false, space, sys };
}

/** `a ## b`: must form exactly one token. */
function paste(a: Token, b: Token, loc: Loc): Token {
  const text = a.text + b.text;
  let toks: Token[];
  try { toks = tokenizeAt(text, loc, a.sys); } catch (e) { if (e instanceof CompileError) toks = []; else throw e; }
  if (toks.length !== 1) fail(loc, `pasting "${a.text}" and "${b.text}" does not give a valid preprocessing token`);
  return copyTok(toks[0], { space: a.space, hide: a.hide });
}

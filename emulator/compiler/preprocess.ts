// The C preprocessor: directives (#include "..."/<...>, #define/#undef, #if/#ifdef/#ifndef/
// #elif/#else/#endif with `defined`, #error, #pragma once, #line and ignored pragmas), predefined
// and built-in macros (__FILE__, __LINE__), producing the token stream the parser reads.
// Headers found in the include directories are "system": their tokens may use builtins.

import * as fs from 'fs';
import * as path from 'path';
import type { Loc } from './ast';
import { fail } from './diagnostics';
import { copyTok, MacroExpander, type Macro } from './macro';
import { evalPpExpr } from './preprocess-expr';
import { tokenize, tokenizeAt, type Token } from './tokenize';
import { ILP32_LE, type DataModel } from './types';

export interface PreprocessOptions {
  predefined: Record<string, string>;
  includeDirs: string[];
  system?: boolean;
  readFile?: (path: string) => string | undefined;
  dm?: DataModel;
}

interface Cond { taken: boolean; sawElse: boolean; loc: Loc }
interface FileFrame { file: string; condDepth: number; sys: boolean }

const MAX_INCLUDE_DEPTH = 200;

export function preprocess(source: string, file: string, opts: PreprocessOptions): Token[] {
  return new Preprocessor(opts).run(source, file);
}

function defaultRead(p: string): string | undefined {
  try { return fs.readFileSync(p, 'utf8'); } catch { return undefined; }
}

class Preprocessor extends MacroExpander {
  private out: Token[] = [];
  private conds: Cond[] = [];
  private files: FileFrame[] = [];
  private once = new Set<string>();
  private readFile: (p: string) => string | undefined;
  private dm: DataModel;

  constructor(private opts: PreprocessOptions) {
    super();
    this.readFile = opts.readFile ?? defaultRead;
    this.dm = opts.dm ?? ILP32_LE;
  }

  run(source: string, file: string): Token[] {
    this.defineBuiltins(file);
    this.enterFile(source, file, !!this.opts.system);
    for (;;) {
      const t = this.stack.pop()!;
      if (t.kind === 'eof') {
        this.leaveFile(t);
        if (this.files.length === 0) { this.out.push(t); return this.out; }
        continue;
      }
      if (t.bol && t.kind === 'punct' && t.text === '#' && !t.hide) { this.directive(t); continue; }
      if (this.tryExpand(t)) continue;
      this.out.push(t);
    }
  }

  private defineBuiltins(file: string): void {
    const loc = { file, line: 0, col: 0 };
    const def = (name: string, value: string) => {
      this.macros.set(name, { name, variadic: false, body: tokenizeAt(value, loc, true) });
    };
    def('__STDC__', '1');
    def('__STDC_VERSION__', '199901L');
    def('__STDC_HOSTED__', '1');
    for (const [k, v] of Object.entries(this.opts.predefined)) def(k, v);
    this.macros.set('__FILE__', { name: '__FILE__', variadic: false, body: [],
      builtin: (u) => [copyTok(u, { kind: 'str', text: JSON.stringify(u.loc.file), hide: undefined })] });
    this.macros.set('__LINE__', { name: '__LINE__', variadic: false, body: [],
      builtin: (u) => [copyTok(u, { kind: 'num', text: String(u.loc.line), hide: undefined })] });
  }

  private enterFile(source: string, file: string, sys: boolean): void {
    if (this.files.length >= MAX_INCLUDE_DEPTH) fail({ file, line: 1, col: 1 }, '#include nested too deeply');
    const toks = tokenize(source, file, sys);
    this.files.push({ file, condDepth: this.conds.length, sys });
    this.pushAll(toks);
  }

  private leaveFile(eof: Token): void {
    const f = this.files.pop()!;
    if (this.conds.length > f.condDepth) fail(this.conds[this.conds.length - 1].loc, 'unterminated conditional directive');
    void eof;
  }

  /** The rest of the current line. */
  private readLine(): Token[] {
    const line: Token[] = [];
    while (this.stack.length) {
      const t = this.peek();
      if (t.bol || t.kind === 'eof') break;
      line.push(this.stack.pop()!);
    }
    return line;
  }

  private directive(hash: Token): void {
    const name = this.peek();
    if (name.bol || name.kind === 'eof') return;          // null directive
    this.stack.pop();
    const line = this.readLine();
    if (name.kind === 'num') return;                       // `# 12 "file"` line markers
    switch (name.text) {
      case 'include': return this.include(name, line);
      case 'define': return this.define(name, line);
      case 'undef': return this.undef(name, line);
      case 'if': return this.ifGroup(name, this.evalIf(name, line));
      case 'ifdef': case 'ifndef': return this.ifGroup(name, this.ifdef(name, line));
      case 'elif': case 'else': return this.elseInTaken(name);
      case 'endif': return this.endif(name);
      case 'error': fail(hash.loc, `#error ${spell(line)}`);
      // eslint-disable-next-line no-fallthrough
      case 'warning': case 'line': case 'ident': return;
      case 'pragma':
        if (line[0]?.text === 'once') this.once.add(name.loc.file);
        return;
      default: fail(name.loc, `invalid preprocessing directive #${name.text}`);
    }
  }

  private include(d: Token, line: Token[]): void {
    if (line.length && line[0].kind !== 'str' && line[0].text !== '<') line = this.expandList(line, d.loc);
    let target: string, quoted: boolean;
    if (line[0]?.kind === 'str') { target = line[0].text.slice(1, -1); quoted = true; }
    else if (line[0]?.text === '<') {
      const close = line.findIndex((t) => t.text === '>');
      if (close < 0) fail(line[0].loc, "expected '>' after #include <...");
      target = spell(line.slice(1, close)); quoted = false;
    } else fail(d.loc, '#include expects "FILENAME" or <FILENAME>');
    const found = this.resolve(target, quoted, d.loc.file);
    if (!found) fail(line[0].loc, `'${target}' file not found`);
    if (this.once.has(found.path)) return;
    const includer = this.files[this.files.length - 1];
    this.enterFile(found.text, found.path, found.sys || includer?.sys || d.sys);
  }

  private resolve(target: string, quoted: boolean, from: string): { path: string; text: string; sys: boolean } | undefined {
    if (quoted) {
      const p = path.isAbsolute(target) ? target : path.join(path.dirname(from), target);
      const text = this.readFile(p);
      if (text !== undefined) return { path: p, text, sys: false };
    }
    for (const dir of this.opts.includeDirs) {
      const p = path.join(dir, target);
      const text = this.readFile(p);
      if (text !== undefined) return { path: p, text, sys: true };
    }
    return undefined;
  }

  private define(d: Token, line: Token[]): void {
    const nameTok = line[0];
    if (!nameTok) fail(d.loc, 'macro name missing');
    if (nameTok.kind !== 'ident') fail(nameTok.loc, 'macro names must be identifiers');
    if (nameTok.text === 'defined') fail(nameTok.loc, '"defined" cannot be used as a macro name');
    const m: Macro = { name: nameTok.text, variadic: false, body: [] };
    let i = 1;
    if (line[1]?.text === '(' && !line[1].space) {
      m.params = [];
      i = 2;
      if (line[i]?.text === ')') i++;
      else for (;;) {
        const p = line[i];
        if (p?.text === '...') { m.params.push('__VA_ARGS__'); m.variadic = true; i++; }
        else if (p?.kind === 'ident') {
          if (m.params.includes(p.text)) fail(p.loc, `duplicate macro parameter "${p.text}"`);
          m.params.push(p.text); i++;
        } else fail((p ?? nameTok).loc, 'expected parameter name in macro parameter list');
        const sep = line[i++];
        if (sep?.text === ')') break;
        if (sep?.text !== ',' || m.variadic) fail((sep ?? nameTok).loc, "expected ',' or ')' in macro parameter list");
      }
    }
    m.body = line.slice(i);
    if (m.body.length && m.body[0].space) m.body[0] = copyTok(m.body[0], { space: false });
    this.checkBody(m);
    this.macros.set(m.name, m);
  }

  private checkBody(m: Macro): void {
    const b = m.body;
    if (b.length && (b[0].text === '##' || b[b.length - 1].text === '##') && b[0].kind === 'punct') {
      fail(b[0].text === '##' ? b[0].loc : b[b.length - 1].loc, "'##' cannot appear at either end of a macro expansion");
    }
    if (b.length && b[b.length - 1].text === '##') fail(b[b.length - 1].loc, "'##' cannot appear at either end of a macro expansion");
    if (!m.params) return;
    b.forEach((t, k) => {
      if (t.kind === 'punct' && t.text === '#' && !(b[k + 1]?.kind === 'ident' && m.params!.includes(b[k + 1].text))) {
        fail(t.loc, "'#' is not followed by a macro parameter");
      }
    });
  }

  private undef(d: Token, line: Token[]): void {
    if (line[0]?.kind !== 'ident') fail((line[0] ?? d).loc, 'macro names must be identifiers');
    this.macros.delete(line[0].text);
  }

  private ifdef(d: Token, line: Token[]): boolean {
    if (line[0]?.kind !== 'ident') fail((line[0] ?? d).loc, 'macro names must be identifiers');
    const has = this.macros.has(line[0].text);
    return d.text === 'ifdef' ? has : !has;
  }

  /** Replaces `defined X` / `defined(X)`, expands macros, and evaluates. */
  private evalIf(d: Token, line: Token[]): boolean {
    const pre: Token[] = [];
    for (let i = 0; i < line.length; i++) {
      const t = line[i];
      if (t.kind !== 'ident' || t.text !== 'defined') { pre.push(t); continue; }
      const paren = line[i + 1]?.text === '(';
      const id = line[i + (paren ? 2 : 1)];
      if (id?.kind !== 'ident') fail((id ?? t).loc, 'macro name missing after "defined"');
      if (paren && line[i + 3]?.text !== ')') fail((line[i + 3] ?? id).loc, "missing ')' after \"defined\"");
      i += paren ? 3 : 1;
      pre.push(copyTok(t, { kind: 'num', text: this.macros.has(id.text) ? '1' : '0' }));
    }
    return evalPpExpr(this.expandList(pre, d.loc), d.loc, this.dm);
  }

  private ifGroup(d: Token, value: boolean): void {
    const c: Cond = { taken: value, sawElse: false, loc: d.loc };
    this.conds.push(c);
    if (!value) this.skipUntilTaken(c);
  }

  /** In a group not taken: skip until a branch is taken or #endif closes it. */
  private skipUntilTaken(c: Cond): void {
    for (;;) {
      const d = this.skipGroup(c);
      if (d.text === 'endif') { this.readLine(); this.conds.pop(); return; }
      if (c.sawElse) fail(d.loc, `#${d.text} after #else`);
      if (d.text === 'else') {
        this.readLine(); c.sawElse = true;
        if (!c.taken) { c.taken = true; return; }
      } else {
        const line = this.readLine();
        if (!c.taken && this.evalIf(d, line)) { c.taken = true; return; }
      }
    }
  }

  /** Skips tokens up to the next #elif/#else/#endif of this group; returns that directive's name token. */
  private skipGroup(c: Cond): Token {
    let depth = 0;
    for (;;) {
      const t = this.stack.pop()!;
      if (t.kind === 'eof') { this.stack.push(t); fail(c.loc, 'unterminated conditional directive'); }
      if (!(t.bol && t.kind === 'punct' && t.text === '#')) continue;
      const n = this.peek();
      if (n.bol || n.kind !== 'ident') continue;
      if (n.text === 'if' || n.text === 'ifdef' || n.text === 'ifndef') { depth++; continue; }
      if (n.text === 'endif' && depth > 0) { depth--; continue; }
      if (depth === 0 && (n.text === 'endif' || n.text === 'else' || n.text === 'elif')) { this.stack.pop(); return n; }
    }
  }

  /** #elif/#else reached while the current group was taken: skip to #endif. */
  private elseInTaken(d: Token): void {
    const c = this.conds[this.conds.length - 1];
    if (!c || this.conds.length <= (this.files[this.files.length - 1]?.condDepth ?? 0)) fail(d.loc, `#${d.text} without #if`);
    if (c.sawElse) fail(d.loc, `#${d.text} after #else`);
    if (d.text === 'else') c.sawElse = true;
    c.taken = true;
    this.skipUntilTaken(c);
  }

  private endif(d: Token): void {
    if (this.conds.length <= (this.files[this.files.length - 1]?.condDepth ?? 0)) fail(d.loc, '#endif without #if');
    this.conds.pop();
  }
}

/** Spells tokens back as source text (for #error and <header> names). */
function spell(toks: Token[]): string {
  return toks.map((t, i) => (i > 0 && t.space ? ' ' : '') + t.text).join('');
}

// Inspection of a stopped program: scopes (Locals, Globals, Registers) of a frame, their
// variables with lazily expandable children behind numeric references, evaluation of C
// expressions in a frame, and assignment (setVariable / setExpression; every write is reported
// through `onWrite`). Arrays are paged (`indexedVariables`, `start`/`count`). References are valid
// until the program resumes (invalidate()).

import type { DebugFunction, DebugInfo } from '../emulator/compiler/debuginfo';
import type { Machine } from '../emulator/machine/machine';
import { evaluate, EvalError, rvalue, type EvalContext, type EvalValue } from './evaluate';
import type { Frame } from './frames';
import { canonicalChildren, canonicalFrameVariables, type CanonicalView } from './canonical-view';
import { displayName, registersOf, registerText, type RegisterValue } from './registers';
import type { TypeTable } from './types';
import { hexOf, type ValueReader } from './values';

export interface Variable {
  name: string; value: string; type?: string; variablesReference: number; indexedVariables?: number;
  memoryReference?: string; evaluateName?: string; presentationHint?: { kind?: string };
}
export interface Scope { name: string; variablesReference: number; presentationHint?: string; expensive: boolean }
export interface EvalResult { result: string; type?: string; variablesReference: number; indexedVariables?: number; memoryReference?: string }
/** Which children a `variables` request asks for: the elements `start`..`start + count` of an array, or a slice of any list. */
export interface Page { start?: number; count?: number; filter?: 'indexed' | 'named' }
/** What an assignment changed: bytes of memory, or a register. */
export type Written = { addr: number; size: number } | { reg: string };

type Container =
  | { kind: 'locals'; frame: number } | { kind: 'globals'; frame: number } | { kind: 'registers'; frame: number }
  | { kind: 'value'; addr: number; type: number; expr?: string } | { kind: 'flags'; frame: number; reg: string }
  | { kind: 'canonical'; frame: number; view: () => CanonicalView } | { kind: 'json'; value: unknown; view: CanonicalView };

/** Generic register names every ISA answers to, as in gdb: `$pc`, `$sp`, `$fp` name the register of that role. */
const ROLE_ALIASES = new Set(['pc', 'sp', 'fp']);

export type CanonicalSource = (frame: Frame) => (() => CanonicalView) | undefined;

export class Inspector {
  private refs = new Map<number, Container>();
  private nextRef = 1;

  constructor(private m: Machine, private dbg: DebugInfo, private types: TypeTable, private values: ValueReader, private frames: () => Frame[],
    private canonical: CanonicalSource = () => undefined, private onWrite: (w: Written) => void = () => {}) {}

  invalidate(): void { this.refs.clear(); this.nextRef = 1; }

  scopes(frameId: number): Scope[] {
    const f = this.frame(frameId);
    const scopes: Scope[] = [
      { name: 'Locals', variablesReference: this.ref({ kind: 'locals', frame: f.index }), presentationHint: 'locals', expensive: false },
      { name: 'Globals', variablesReference: this.ref({ kind: 'globals', frame: f.index }), expensive: false },
      { name: `Registers (${this.m.isa.id})`, variablesReference: this.ref({ kind: 'registers', frame: f.index }), presentationHint: 'registers', expensive: false },
    ];
    const view = this.canonical(f);
    if (view) scopes.push({ name: 'Canonical frame', variablesReference: this.ref({ kind: 'canonical', frame: f.index, view }), expensive: false });
    return scopes;
  }

  variables(ref: number, hex = false, page: Page = {}): Variable[] {
    const c = this.container(ref);
    if (c.kind === 'value' && this.values.arrayLength(c.type) !== undefined) {
      if (page.filter === 'named') return [];
      return this.values.members(c.addr, c.type, page.start ?? 0, page.count).map((mb) => this.variable(mb.name, mb.addr, mb.type, hex, childExpr(c.expr, mb.name)));
    }
    if (page.filter === 'indexed') return [];
    const all = this.children(c, hex);
    const start = page.start ?? 0;
    return start || page.count ? all.slice(start, page.count ? start + page.count : undefined) : all;
  }

  private children(c: Container, hex: boolean): Variable[] {
    switch (c.kind) {
      case 'locals': return this.locals(this.frame(c.frame)).map((v) => this.variable(v.name, v.addr, v.type, hex, v.name));
      case 'globals': return this.globals().map((g) => this.variable(g.name, g.addr, g.type, hex, g.name));
      case 'registers': return this.registers(c.frame);
      case 'flags': return (registersOf(this.m, this.frame(c.frame), this.callee(c.frame)).find((r) => r.name === c.reg)?.fields ?? [])
        .map((f) => ({ name: f.name, value: String(f.value), type: 'flag', variablesReference: 0 }));
      case 'value': return this.values.members(c.addr, c.type).map((mb) => this.variable(mb.name, mb.addr, mb.type, hex, childExpr(c.expr, mb.name)));
      case 'canonical': { const view = c.view(); return canonicalFrameVariables(view, (value) => this.ref({ kind: 'json', value, view })); }
      case 'json': return canonicalChildren(c.value, c.view, (value) => this.ref({ kind: 'json', value, view: c.view }));
    }
  }

  evaluate(expr: string, frameId: number | undefined, hex = false): EvalResult {
    const v = evaluate(expr, this.context(frameId));
    return this.result(v, expr, hex, frameId);
  }

  setVariable(ref: number, name: string, valueExpr: string, frameHint?: number): EvalResult {
    const c = this.container(ref);
    const frame = 'frame' in c ? c.frame : frameHint ?? 0;
    if (c.kind === 'value') return this.setMember(c, name, valueExpr, frame);
    if (c.kind === 'flags') throw new EvalError('set the whole flags register instead');
    if (c.kind !== 'registers') return this.evaluate(`${name} = (${valueExpr})`, frame);
    this.evaluate(`$${name} = (${valueExpr})`, frame);
    const r = this.registers(frame).find((x) => x.name === name)!; // shown as the Registers scope shows it
    return { result: r.value, type: r.type, variablesReference: r.variablesReference };
  }

  private setMember(c: Container & { kind: 'value' }, name: string, valueExpr: string, frame: number): EvalResult {
    const idx = /^\[(\d+)\]$/.exec(name); // an element of a long array: beyond the unpaged listing
    const mb = this.values.members(c.addr, c.type, idx ? Number(idx[1]) : 0, idx ? 1 : undefined).find((x) => x.name === name);
    if (!mb) throw new EvalError(`no member '${name}'`);
    const ctx = this.context(frame);
    const v = rvalue(evaluate(valueExpr, ctx), ctx);
    if (!this.values.isScalar(mb.type)) throw new EvalError(`cannot assign to a ${this.types.get(mb.type).name}`);
    this.values.write(mb.addr, mb.type, v);
    this.onWrite({ addr: mb.addr, size: this.types.get(mb.type).size });
    return this.result({ type: mb.type, addr: mb.addr }, name, false, frame);
  }

  /** REPL completions: variables in scope, globals and `$registers` starting with the word before the cursor. */
  completions(text: string, column: number, frameId: number | undefined): { label: string; type: string; start: number; length: number }[] {
    const before = text.slice(0, Math.max(0, column - 1));
    const word = /\$?[A-Za-z_][A-Za-z0-9_]*$/.exec(before)?.[0] ?? '';
    const f = this.frame(frameId ?? 0);
    const names = [
      ...this.locals(f).map((v) => ({ label: v.name, type: 'variable' })),
      ...this.globals().map((g) => ({ label: g.name, type: 'variable' })),
      ...[...new Set([...this.m.isa.registers.flatMap((r) => [displayName(this.m.isa, r.name), r.name]), ...ROLE_ALIASES])].map((n) => ({ label: `$${n}`, type: 'property' })),
    ];
    return names.filter((n) => n.label.startsWith(word)).map((n) => ({ ...n, start: before.length - word.length, length: word.length }));
  }

  /** An evaluation context for the frame (variables in scope, statics, globals, registers). */
  context(frameId: number | undefined): EvalContext {
    const f = this.frame(frameId ?? 0);
    const find = (name: string): RegisterValue | undefined => {
      const regs = registersOf(this.m, f, this.callee(f.index));
      return regs.find((r) => r.name === name || r.isaName === name) ?? (ROLE_ALIASES.has(name) ? regs.find((r) => r.role === name) : undefined);
    };
    return {
      types: this.types, values: this.values,
      lookup: (name) => this.lookup(f, name),
      register: (name) => { const r = find(name); return r && { v: r.big, bits: r.bits }; },
      setRegister: (name, v) => {
        if (f.index !== 0) throw new EvalError('registers can only be changed in the innermost frame');
        const r = find(name);
        if (!r) throw new EvalError(`no register '${name}'`);
        if (r.bits > 32) this.m.cpu.setRegBig(r.isaName, v);
        else this.m.cpu.setReg(r.isaName, Number(v));
      },
      wrote: (w) => this.onWrite(w),
    };
  }

  private result(v: EvalValue, expr: string, hex: boolean, frameId: number | undefined): EvalResult {
    const t = this.types.get(v.type);
    if (v.addr !== undefined && v.v === undefined) {
      const x = this.variable(expr, v.addr, v.type, hex, expr);
      return { result: x.value, type: x.type, variablesReference: x.variablesReference,
        ...(x.indexedVariables !== undefined ? { indexedVariables: x.indexedVariables } : {}), ...(x.memoryReference ? { memoryReference: x.memoryReference } : {}) };
    }
    const val = rvalue(v, this.context(frameId));
    const r: EvalResult = { result: this.values.formatScalar(val, v.type, hex), type: t.name, variablesReference: 0 };
    if (t.kind === 'ptr') r.memoryReference = hexOf(Number(val));
    return r;
  }

  private variable(name: string, addr: number, type: number, hex: boolean, expr?: string): Variable {
    const t = this.types.get(type);
    const v: Variable = { name, value: this.values.format(addr, type, hex), type: t.name, variablesReference: 0 };
    if (expr) v.evaluateName = expr;
    if (this.values.hasMembers(addr, type)) v.variablesReference = this.ref({ kind: 'value', addr, type, expr });
    if (t.kind === 'array') v.indexedVariables = t.length ?? 0;
    if (t.kind === 'ptr') { try { v.memoryReference = hexOf(Number(this.values.read(addr, type))); } catch { /* unreadable */ } }
    else if (t.kind === 'array' || t.kind === 'struct' || t.kind === 'union') v.memoryReference = hexOf(addr);
    return v;
  }

  private registers(frame: number): Variable[] {
    return registersOf(this.m, this.frame(frame), this.callee(frame)).map((r) => ({
      name: r.name,
      value: registerText(r),
      type: `${r.bits}-bit register`,
      variablesReference: r.fields ? this.ref({ kind: 'flags', frame, reg: r.name }) : 0,
      evaluateName: `$${r.name}`,
      ...(r.role === 'pc' || r.role === 'sp' || r.role === 'fp' ? { memoryReference: hexOf(r.value) } : {}),
    }));
  }

  private locals(f: Frame): { name: string; addr: number; type: number }[] {
    if (!f.fn || f.fp === undefined) return [];
    const seen = new Map<string, { name: string; addr: number; type: number; start: number }>();
    const body = bodyStart(f.fn);
    const pos = f.line === undefined ? undefined : Math.max(f.line * 1e4 + (f.col ?? 0), body);
    for (const v of f.fn.vars) {
      if (v.kind !== 'param' && !inScope(v.scope, pos)) continue;
      const start = v.scope ? v.scope.start[0] * 1e4 + v.scope.start[1] : 0;
      const prev = seen.get(v.name);
      if (!prev || start >= prev.start) seen.set(v.name, { name: v.name, addr: (f.fp + v.fpOffset) >>> 0, type: v.type, start });
    }
    const out = [...seen.values()].map(({ name, addr, type }) => ({ name, addr, type }));
    for (const s of staticsOf(f.fn, this.dbg)) if (!seen.has(s.name)) out.push(s);
    return out;
  }

  private globals(): { name: string; addr: number; type: number }[] {
    return this.dbg.globals.filter((g) => !g.fn && !g.name.startsWith('__')).map((g) => ({ name: g.name, addr: g.addr, type: g.type }));
  }

  private lookup(f: Frame, name: string): { addr: number; type: number } | undefined {
    return this.locals(f).find((v) => v.name === name) ?? this.dbg.globals.find((g) => g.name === name && !g.fn);
  }

  private frame(id: number): Frame {
    const frames = this.frames();
    if (!Number.isInteger(id) || id < 0 || id >= frames.length) throw new EvalError(`no frame ${id}`);
    return frames[id];
  }

  private callee(index: number): Frame | undefined {
    return index > 0 ? this.frames()[index - 1] : undefined;
  }

  private ref(c: Container): number {
    const r = this.nextRef++;
    this.refs.set(r, c);
    return r;
  }

  private container(ref: number): Container {
    const c = this.refs.get(ref);
    if (!c) throw new EvalError(`no variables with reference ${ref} (they are gone once the program runs)`);
    return c;
  }
}

/** `pos` is line * 1e4 + column. */
function inScope(scope: { start: [number, number]; end: [number, number] } | undefined, pos: number | undefined): boolean {
  if (!scope || pos === undefined) return true;
  return pos >= scope.start[0] * 1e4 + scope.start[1] && pos <= scope.end[0] * 1e4 + scope.end[1];
}

/** Where the function's body starts (its parameters' scope), so a stop in the prologue sees its outermost locals. */
function bodyStart(fn: DebugFunction): number {
  const starts = fn.vars.filter((v) => v.kind === 'param' && v.scope).map((v) => v.scope!.start[0] * 1e4 + v.scope!.start[1]);
  return starts.length ? Math.min(...starts) : 0;
}

function staticsOf(fn: DebugFunction, dbg: DebugInfo): { name: string; addr: number; type: number }[] {
  return fn.statics.flatMap((s) => {
    const g = dbg.globals.find((x) => x.symbol === s.symbol);
    return g ? [{ name: s.name, addr: g.addr, type: s.type }] : [];
  });
}

function childExpr(parent: string | undefined, name: string): string | undefined {
  if (!parent) return undefined;
  if (name === '*') return `*(${parent})`;
  return name.startsWith('[') ? `(${parent})${name}` : `(${parent}).${name}`;
}

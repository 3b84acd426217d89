// A C expression evaluator for watches, hovers, the REPL, conditional breakpoints and logpoints:
// variables of the selected frame and globals, `.` and `->`, indexing, `*`, `&`, unary and binary
// arithmetic (with pointer scaling), comparisons, logical operators, casts to named types,
// `sizeof`, integer and char literals, registers as `$name`, and `=` assignment. Its own small
// lexer (the compiler's tokenizer has no `$` and reports through compile diagnostics).

import type { TypeTable } from './types';
import type { Scalar, ValueReader } from './values';

export interface EvalValue { type: number; addr?: number; reg?: string; v?: Scalar }

export interface EvalContext {
  types: TypeTable;
  values: ValueReader;
  /** a variable of the selected frame or a global: its address and type */
  lookup(name: string): { addr: number; type: number } | undefined;
  /** a register by name (`pc`, `sp` and `fp` name those roles on every ISA): its value and width */
  register(name: string): { v: bigint; bits: number } | undefined;
  setRegister(name: string, v: bigint): void;
  /** told after an assignment wrote memory or a register */
  wrote?(w: { addr: number; size: number } | { reg: string }): void;
}

export class EvalError extends Error {}

const TYPE_WORDS = new Set(['int', 'char', 'short', 'long', 'unsigned', 'signed', 'struct', 'union', 'void', '_Bool', 'const', 'volatile']);
const BINARY: Record<string, number> = {
  '||': 1, '&&': 2, '|': 3, '^': 4, '&': 5, '==': 6, '!=': 6, '<': 7, '>': 7, '<=': 7, '>=': 7,
  '<<': 8, '>>': 8, '+': 9, '-': 9, '*': 10, '/': 10, '%': 10,
};

function lex(src: string): string[] {
  const re = /\s*(0[xX][0-9a-fA-F]+[uUlL]*|\d+[uUlL]*|'(?:\\.|[^'\\])'|\$?[A-Za-z_][A-Za-z0-9_]*|->|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%&|^!~<>=()[\].?:,])\s*/y;
  const out: string[] = [];
  re.lastIndex = 0;
  while (re.lastIndex < src.length) {
    const at = re.lastIndex;
    const m = re.exec(src);
    if (!m) throw new EvalError(`unexpected '${src.slice(at).trim()[0]}' at column ${at + 1}`);
    if (m[1]) out.push(m[1]);
    if (re.lastIndex === at) break;
  }
  return out;
}

/** Evaluate `src` in `ctx`. Throws EvalError with a plain message on bad input. */
export function evaluate(src: string, ctx: EvalContext): EvalValue {
  if (typeof src !== 'string' || !src.trim()) throw new EvalError('empty expression');
  const p = new Parser(lex(src), ctx);
  const v = p.assignment();
  if (!p.done()) throw new EvalError(`unexpected '${p.peek()}'`);
  return v;
}

class Parser {
  private i = 0;
  constructor(private toks: string[], private ctx: EvalContext) {}

  done(): boolean { return this.i >= this.toks.length; }
  peek(): string | undefined { return this.toks[this.i]; }
  private next(): string { const t = this.toks[this.i++]; if (t === undefined) throw new EvalError('unexpected end of expression'); return t; }
  private expect(t: string): void { const n = this.next(); if (n !== t) throw new EvalError(`expected '${t}' but found '${n}'`); }

  assignment(): EvalValue {
    const left = this.binary(1);
    if (this.peek() !== '=') return left;
    this.next();
    const right = this.assignment();
    return assign(left, rvalue(right, this.ctx), this.ctx);
  }

  private binary(minPrec: number): EvalValue {
    let left = this.unary();
    for (;;) {
      const op = this.peek();
      const prec = op !== undefined ? BINARY[op] : undefined;
      if (prec === undefined || prec < minPrec) return left;
      this.next();
      const right = this.binary(prec + 1);
      left = binaryOp(op!, left, right, this.ctx);
    }
  }

  private unary(): EvalValue {
    const t = this.peek();
    const { ctx } = this;
    if (t === '-' || t === '+' || t === '!' || t === '~') {
      this.next();
      const v = rvalue(this.unary(), ctx);
      const r = t === '-' ? neg(v) : t === '+' ? v : t === '!' ? (isZero(v) ? 1 : 0) : bitNot(v);
      return { type: typeof r === 'bigint' ? ctx.types.find('long long')! : ctx.types.int(), v: r };
    }
    if (t === '*') { this.next(); return deref(this.unary(), ctx); }
    if (t === '&') { this.next(); return addressOf(this.unary(), ctx); }
    if (t === 'sizeof') {
      this.next();
      const ty = this.peek() === '(' && TYPE_WORDS.has(this.toks[this.i + 1] ?? '') ? this.parenType() : this.unary().type;
      return { type: ctx.types.find('unsigned int')!, v: ctx.types.get(ty).size };
    }
    if (t === '(' && TYPE_WORDS.has(this.toks[this.i + 1] ?? '')) {
      const ty = this.parenType();
      return cast(rvalue(this.unary(), ctx), ty, ctx);
    }
    return this.postfix(this.primary());
  }

  private parenType(): number {
    this.expect('(');
    const words: string[] = [];
    while (this.peek() !== ')') {
      const w = this.next();
      if (w !== 'const' && w !== 'volatile') words.push(w);
    }
    this.next();
    const name = words.join(' ').replace(/ \*/g, ' *');
    const ty = this.ctx.types.find(name);
    if (ty === undefined) throw new EvalError(`unknown type '${name}'`);
    return ty;
  }

  private postfix(v: EvalValue): EvalValue {
    for (;;) {
      const t = this.peek();
      if (t === '[') {
        this.next();
        const idx = rvalue(this.assignment(), this.ctx);
        this.expect(']');
        v = deref(binaryOp('+', v, { type: this.ctx.types.int(), v: idx }, this.ctx), this.ctx);
      } else if (t === '.' || t === '->') {
        this.next();
        const name = this.next();
        v = member(t === '->' ? deref(v, this.ctx) : v, name, this.ctx);
      } else return v;
    }
  }

  private primary(): EvalValue {
    const t = this.next();
    const { ctx } = this;
    if (t === '(') { const v = this.assignment(); this.expect(')'); return v; }
    if (/^\d/.test(t)) return literal(t, ctx);
    if (t.startsWith("'")) return { type: ctx.types.int(), v: charValue(t) };
    if (t.startsWith('$')) {
      const name = t.slice(1);
      const r = ctx.register(name);
      if (r === undefined) throw new EvalError(`no register '${name}'`);
      return { type: ctx.types.find(r.bits > 32 ? 'unsigned long long' : 'unsigned int')!, reg: name };
    }
    if (/^[A-Za-z_]/.test(t)) {
      const hit = ctx.lookup(t);
      if (!hit) throw new EvalError(`'${t}' is not in scope`);
      return { type: hit.type, addr: hit.addr };
    }
    throw new EvalError(`unexpected '${t}'`);
  }
}

function literal(t: string, ctx: EvalContext): EvalValue {
  const body = t.replace(/[uUlL]+$/, '');
  const n = body.startsWith('0x') || body.startsWith('0X') ? parseInt(body, 16) : body.length > 1 && body.startsWith('0') ? parseInt(body, 8) : Number(body);
  if (!Number.isFinite(n)) throw new EvalError(`bad number '${t}'`);
  if (n > 0xffffffff) return { type: ctx.types.find('long long')!, v: BigInt(body) };
  return { type: ctx.types.find(/u/i.test(t) || n > 0x7fffffff ? 'unsigned int' : 'int')!, v: n > 0x7fffffff ? n >>> 0 : n };
}

function charValue(t: string): number {
  const s = t.slice(1, -1);
  if (!s.startsWith('\\')) return s.charCodeAt(0);
  const esc: Record<string, number> = { n: 10, t: 9, r: 13, '0': 0, '\\': 92, "'": 39, '"': 34 };
  return esc[s[1]] ?? s.charCodeAt(1);
}

/** The value of `v` (reads memory or a register; arrays decay to a pointer to their first element). */
export function rvalue(v: EvalValue, ctx: EvalContext): Scalar {
  if (v.v !== undefined) return v.v;
  if (v.reg !== undefined) { const r = ctx.register(v.reg); return r === undefined ? 0 : r.bits > 32 ? r.v : Number(r.v); }
  if (v.addr === undefined) throw new EvalError('no value');
  const t = ctx.types.get(v.type);
  if (t.kind === 'array' || t.kind === 'func') return v.addr;
  if (t.kind === 'struct' || t.kind === 'union') throw new EvalError(`a ${t.name} is not a number`);
  return ctx.values.read(v.addr, v.type);
}

/** The type a value has after array decay. */
function decayed(v: EvalValue, ctx: EvalContext): number {
  const t = ctx.types.get(v.type);
  return t.kind === 'array' && t.of !== undefined ? ctx.types.pointerTo(t.of) : v.type;
}

function deref(v: EvalValue, ctx: EvalContext): EvalValue {
  const t = ctx.types.get(decayed(v, ctx));
  if (t.kind !== 'ptr' || t.to === undefined) throw new EvalError(`cannot dereference a value of type '${t.name}'`);
  if (ctx.types.get(t.to).kind === 'void') throw new EvalError('cannot dereference a void pointer');
  return { type: t.to, addr: Number(rvalue(v, ctx)) >>> 0 };
}

function addressOf(v: EvalValue, ctx: EvalContext): EvalValue {
  if (v.addr === undefined || v.v !== undefined) throw new EvalError('cannot take the address of a value that is not in memory');
  return { type: ctx.types.pointerTo(v.type), v: v.addr };
}

function member(v: EvalValue, name: string, ctx: EvalContext): EvalValue {
  const t = ctx.types.get(v.type);
  if ((t.kind !== 'struct' && t.kind !== 'union') || v.addr === undefined) throw new EvalError(`'${t.name}' has no fields`);
  const f = t.fields?.find((x) => x.name === name);
  if (!f) throw new EvalError(`'${t.name}' has no field '${name}'`);
  return { type: f.type, addr: v.addr + f.offset };
}

function cast(v: Scalar, type: number, ctx: EvalContext): EvalValue {
  const t = ctx.types.get(type);
  if (t.kind !== 'int' && t.kind !== 'ptr') throw new EvalError(`cannot cast to '${t.name}'`);
  return { type, v: convert(v, type, ctx) };
}

/** `v` converted to integer/pointer type `type` (truncation and sign extension like C). */
export function convert(v: Scalar, type: number, ctx: EvalContext): Scalar {
  const t = ctx.types.get(type);
  if (t.bool) return isZero(v) ? 0 : 1;
  const bits = t.size * 8;
  const signed = t.kind === 'int' && !!t.signed;
  const b = signed ? BigInt.asIntN(bits, BigInt(v)) : BigInt.asUintN(bits, BigInt(v));
  return bits > 32 ? b : Number(b);
}

function assign(left: EvalValue, v: Scalar, ctx: EvalContext): EvalValue {
  if (left.reg !== undefined) {
    ctx.setRegister(left.reg, BigInt.asUintN(ctx.register(left.reg)?.bits ?? 32, BigInt(v)));
    ctx.wrote?.({ reg: left.reg });
    return left;
  }
  if (left.addr === undefined || left.v !== undefined) throw new EvalError('the left side of = is not assignable');
  if (!ctx.values.isScalar(left.type)) throw new EvalError(`cannot assign to a ${ctx.types.get(left.type).name}`);
  ctx.values.write(left.addr, left.type, convert(v, left.type, ctx));
  ctx.wrote?.({ addr: left.addr, size: ctx.types.get(left.type).size });
  return left;
}

function isZero(v: Scalar): boolean { return typeof v === 'bigint' ? v === 0n : v === 0; }
function neg(v: Scalar): Scalar { return typeof v === 'bigint' ? -v : -v | 0; }
function bitNot(v: Scalar): Scalar { return typeof v === 'bigint' ? ~v : ~v; }

function binaryOp(op: string, l: EvalValue, r: EvalValue, ctx: EvalContext): EvalValue {
  const lt = ctx.types.get(decayed(l, ctx)), rt = ctx.types.get(decayed(r, ctx));
  const a = rvalue(l, ctx);
  if (op === '&&' && isZero(a)) return { type: ctx.types.int(), v: 0 };
  if (op === '||' && !isZero(a)) return { type: ctx.types.int(), v: 1 };
  const b = rvalue(r, ctx);
  if ((op === '+' || op === '-') && lt.kind === 'ptr' && rt.kind !== 'ptr') {
    const size = Math.max(1, ctx.types.get(lt.to ?? 0).size);
    const off = Number(b) * size;
    return { type: decayed(l, ctx), v: (Number(a) + (op === '+' ? off : -off)) >>> 0 };
  }
  if (op === '+' && rt.kind === 'ptr' && lt.kind !== 'ptr') return binaryOp('+', r, l, ctx);
  if (op === '-' && lt.kind === 'ptr' && rt.kind === 'ptr') {
    return { type: ctx.types.int(), v: Math.trunc((Number(a) - Number(b)) / Math.max(1, ctx.types.get(lt.to ?? 0).size)) };
  }
  const wide = typeof a === 'bigint' || typeof b === 'bigint';
  const unsigned = (lt.kind === 'ptr' || (lt.kind === 'int' && !lt.signed && lt.size >= 4)) || (rt.kind === 'ptr' || (rt.kind === 'int' && !rt.signed && rt.size >= 4));
  const x = BigInt(a), y = BigInt(b);
  const res = arith(op, x, y);
  const type = ctx.types.find(`${unsigned && !isCompare(op) ? 'unsigned ' : ''}${wide ? 'long long' : 'int'}`)!;
  return { type, v: convert(res, type, ctx) };
}

function isCompare(op: string): boolean { return ['==', '!=', '<', '>', '<=', '>=', '&&', '||'].includes(op); }

function arith(op: string, x: bigint, y: bigint): bigint {
  const b = (c: boolean): bigint => (c ? 1n : 0n);
  switch (op) {
    case '+': return x + y; case '-': return x - y; case '*': return x * y;
    case '/': if (y === 0n) throw new EvalError('division by zero'); return x / y;
    case '%': if (y === 0n) throw new EvalError('division by zero'); return x % y;
    case '<<': return x << (y & 63n); case '>>': return x >> (y & 63n);
    case '&': return x & y; case '|': return x | y; case '^': return x ^ y;
    case '==': return b(x === y); case '!=': return b(x !== y); case '<': return b(x < y);
    case '>': return b(x > y); case '<=': return b(x <= y); case '>=': return b(x >= y);
    case '&&': return b(x !== 0n && y !== 0n); case '||': return b(x !== 0n || y !== 0n);
    default: throw new EvalError(`unknown operator '${op}'`);
  }
}

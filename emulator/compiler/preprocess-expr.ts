// `#if` expression evaluation: integer constant expressions in intmax_t / uintmax_t (64-bit)
// arithmetic with C's operators, precedence, short-circuiting and the usual conversions between
// signed and unsigned. Identifiers left after macro expansion count as 0.

import type { Loc } from './ast';
import { fail } from './diagnostics';
import { parseCharLiteral, parseIntLiteral } from './literals';
import type { Token } from './tokenize';
import type { DataModel } from './types';

interface V { v: bigint; u: boolean }

const M64 = (1n << 64n) - 1n;
const norm = (v: bigint, u: boolean): V => ({ v: u ? BigInt.asUintN(64, v) : BigInt.asIntN(64, v), u });

const BIN_PREC: Record<string, number> = {
  '||': 1, '&&': 2, '|': 3, '^': 4, '&': 5, '==': 6, '!=': 6, '<': 7, '>': 7, '<=': 7, '>=': 7,
  '<<': 8, '>>': 8, '+': 9, '-': 9, '*': 10, '/': 10, '%': 10,
};

export function evalPpExpr(toks: Token[], loc: Loc, dm: DataModel): boolean {
  if (toks.length === 0) fail(loc, '#if with no expression');
  let pos = 0;
  const peek = () => toks[pos];
  const at = () => (toks[pos] ?? toks[toks.length - 1]).loc;
  const isP = (s: string) => peek()?.kind === 'punct' && peek().text === s;

  function primary(live: boolean): V {
    const t = toks[pos++];
    if (!t) fail(toks[toks.length - 1].loc, 'expected value in expression');
    if (t.kind === 'num') { const l = parseIntLiteral(t.text, t.loc, dm); return norm(l.value, l.ik.startsWith('u')); }
    if (t.kind === 'char') return norm(parseCharLiteral(t.text, t.loc, dm), false);
    if (t.kind === 'ident') return { v: 0n, u: false };
    if (t.kind === 'punct') {
      if (t.text === '(') {
        const v = cond(live);
        if (!isP(')')) fail(at(), "expected ')' in preprocessor expression");
        pos++;
        return v;
      }
      const un = ['+', '-', '~', '!'];
      if (un.includes(t.text)) {
        const a = primary(live);
        if (t.text === '+') return a;
        if (t.text === '-') return norm(-a.v, a.u);
        if (t.text === '~') return norm(~a.v, a.u);
        return { v: a.v === 0n ? 1n : 0n, u: false };
      }
    }
    fail(t.loc, `invalid token '${t.text}' in preprocessor expression`);
  }

  function binary(minPrec: number, live: boolean): V {
    let a = primary(live);
    for (;;) {
      const t = peek();
      const prec = t?.kind === 'punct' ? BIN_PREC[t.text] : undefined;
      if (prec === undefined || prec < minPrec) return a;
      pos++;
      const shortLive = t.text === '&&' ? live && a.v !== 0n : t.text === '||' ? live && a.v === 0n : live;
      const b = binary(prec + 1, shortLive);
      a = apply(t, a, b, live);
    }
  }

  function cond(live: boolean): V {
    const c = binary(1, live);
    if (!isP('?')) return c;
    pos++;
    const a = cond(live && c.v !== 0n);
    if (!isP(':')) fail(at(), "expected ':' in preprocessor expression");
    pos++;
    const b = cond(live && c.v === 0n);
    const u = a.u || b.u;
    return norm(c.v !== 0n ? a.v : b.v, u);
  }

  const r = cond(true);
  if (pos < toks.length) fail(toks[pos].loc, `unexpected token '${toks[pos].text}' in preprocessor expression`);
  return r.v !== 0n;
}

function apply(t: Token, a: V, b: V, live: boolean): V {
  const op = t.text;
  if (op === '&&') return { v: a.v !== 0n && b.v !== 0n ? 1n : 0n, u: false };
  if (op === '||') return { v: a.v !== 0n || b.v !== 0n ? 1n : 0n, u: false };
  if (op === '<<' || op === '>>') {
    const n = b.v & 63n;
    return norm(op === '<<' ? a.v << n : (a.u ? (a.v & M64) >> n : a.v >> n), a.u);
  }
  const u = a.u || b.u;
  const x = norm(a.v, u).v, y = norm(b.v, u).v;
  const bool = (c: boolean): V => ({ v: c ? 1n : 0n, u: false });
  switch (op) {
    case '+': return norm(x + y, u);
    case '-': return norm(x - y, u);
    case '*': return norm(x * y, u);
    case '/': case '%':
      if (y === 0n) { if (live) fail(t.loc, 'division by zero in preprocessor expression'); return { v: 0n, u }; }
      return norm(op === '/' ? x / y : x % y, u);
    case '&': return norm(x & y, u);
    case '|': return norm(x | y, u);
    case '^': return norm(x ^ y, u);
    case '==': return bool(x === y);
    case '!=': return bool(x !== y);
    case '<': return bool(x < y);
    case '>': return bool(x > y);
    case '<=': return bool(x <= y);
    default: return bool(x >= y);
  }
}

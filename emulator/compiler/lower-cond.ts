// Conditions: lowering an expression used for control flow straight into branches
// (short-circuit `&&` / `||` / `!` without materialising 0/1), and `&&` / `||` as values.

import type { Expr } from './ast';
import type { Label, Temp } from './ir';
import type { FnCtx } from './lower-ctx';
import { isCmpOp, value } from './lower-expr';

/** Jump to `ifTrue` when scalar `e` is nonzero, else to `ifFalse`. */
export function condBranch(c: FnCtx, e: Expr, ifTrue: Label, ifFalse: Label): void {
  c.at(e.loc, () => {
    if (e.k === 'logand' || e.k === 'logor') {
      const mid = c.label();
      if (e.k === 'logand') condBranch(c, e.a, mid, ifFalse);
      else condBranch(c, e.a, ifTrue, mid);
      c.place(mid);
      condBranch(c, e.b, ifTrue, ifFalse);
      return;
    }
    if (e.k === 'unary' && e.op === '!') { condBranch(c, e.a, ifFalse, ifTrue); return; }
    if (e.k === 'num') { c.emit({ op: 'jump', target: e.value !== 0n ? ifTrue : ifFalse }); return; }
    c.emit({ op: 'branch', cond: truth(c, e), ifTrue, ifFalse });
  });
}

/** An i32 temp that is nonzero exactly when `e` is (comparisons are used as they are). */
function truth(c: FnCtx, e: Expr): Temp {
  const v = value(c, e);
  if (e.k === 'binary' && isCmpOp(e.op)) return v;
  return c.cmp('ne', v, c.const(0n, c.tyOf(v)));
}

/** `a && b`, `a || b` as an int 0/1 value. */
export function lowerLogical(c: FnCtx, e: Extract<Expr, { k: 'logand' | 'logor' }>): Temp {
  const dst = c.temp('i32', e.id, e.type);
  const lt = c.label(), lf = c.label(), end = c.label();
  condBranch(c, e, lt, lf);
  c.place(lt);
  c.emit({ op: 'const', dst, value: 1n });
  c.emit({ op: 'jump', target: end });
  c.place(lf);
  c.emit({ op: 'const', dst, value: 0n });
  c.place(end);
  return dst;
}

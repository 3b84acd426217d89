// Constant folding of integer expressions in the target's types: values wrap to the width and
// signedness of the operation's type on the data model, exactly as the generated code would
// compute them. Undefined cases (division by zero, out-of-range shifts) are not folded.

import type { BinOp } from './ast';
import { intSize, isSigned, type CType, type DataModel } from './types';

/** `v` converted to type `t` (an integer or pointer type). */
export function wrap(v: bigint, t: CType, dm: DataModel): bigint {
  if (t.kind === 'ptr') return BigInt.asUintN(dm.ptr * 8, v);
  if (t.kind !== 'int') return v;
  if (t.ik === 'bool') return v !== 0n ? 1n : 0n;
  const bits = intSize(t.ik, dm) * 8;
  return isSigned(t.ik, dm) ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
}

/** Folds `a op b` computed in type `t` (the operands' common type); undefined when not foldable. */
export function foldBinary(op: BinOp, a: bigint, b: bigint, t: CType, dm: DataModel): bigint | undefined {
  const bits = t.kind === 'int' ? intSize(t.ik, dm) * 8 : dm.ptr * 8;
  switch (op) {
    case '+': return wrap(a + b, t, dm);
    case '-': return wrap(a - b, t, dm);
    case '*': return wrap(a * b, t, dm);
    case '/': return b === 0n ? undefined : wrap(a / b, t, dm);
    case '%': return b === 0n ? undefined : wrap(a % b, t, dm);
    case '<<': return b < 0n || b >= BigInt(bits) ? undefined : wrap(a << b, t, dm);
    case '>>': return b < 0n || b >= BigInt(bits) ? undefined : wrap(a >> b, t, dm);
    case '&': return wrap(a & b, t, dm);
    case '|': return wrap(a | b, t, dm);
    case '^': return wrap(a ^ b, t, dm);
    case '==': return a === b ? 1n : 0n;
    case '!=': return a !== b ? 1n : 0n;
    case '<': return a < b ? 1n : 0n;
    case '<=': return a <= b ? 1n : 0n;
    case '>': return a > b ? 1n : 0n;
    case '>=': return a >= b ? 1n : 0n;
  }
}

export function foldUnary(op: '-' | '~' | '!', a: bigint, t: CType, dm: DataModel): bigint {
  if (op === '!') return a === 0n ? 1n : 0n;
  return wrap(op === '-' ? -a : ~a, t, dm);
}

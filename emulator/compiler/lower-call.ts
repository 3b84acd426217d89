// Calls and the runtime-only builtins: function calls (struct arguments as pointers to
// caller-made copies, struct results through a hidden first pointer argument, typed-allocation
// hints before malloc/calloc/realloc, migration points before migrate()/migration_point()),
// `__syscall`, `va_start` and `va_arg`.

import type { Expr } from './ast';
import { fail } from './diagnostics';
import { type ArgIR, type Callee, SHUTTLE_SYSCALLS, type Temp } from './ir';
import type { FnCtx } from './lower-ctx';
import { addrOf, convert, load, value } from './lower-expr';
import { byAddress, irTy, ptrTy, sizeOf } from './lower-types';
import { type CType, roundUp, structLayout } from './types';

const MIGRATE_FUNCS = new Set(['migrate', 'migration_point']);

type CallExpr = Extract<Expr, { k: 'call' }>;

export function lowerCall(c: FnCtx, e: CallExpr): Temp | undefined {
  const site = c.callSite(e.loc);
  const fnType = calleeType(e);
  const pty = ptrTy(c.dm);
  const callee = lowerCallee(c, e.callee);
  const args: ArgIR[] = [];
  // all argument values first, then the struct copies and the result buffer: no frame address
  // the call needs is live across a nested call
  const vals = e.args.map((a) => value(c, a));
  e.args.forEach((a, k) => args.push(passArg(c, a, vals[k])));
  let sret: Temp | undefined;
  if (byAddress(fnType.ret)) {
    sret = c.slotAddr(c.scratch(sizeOf(fnType.ret, c.dm), aggAlign(c, fnType.ret)), pty);
    c.fn.temps[sret].origin = e.id;
    c.fn.temps[sret].ctype = { kind: 'ptr', to: fnType.ret };
    args.unshift({ t: sret, ty: pty });
  }
  if (e.builtin?.kind === 'alloc') allocHint(c, e.builtin.elemType);
  if ('sym' in callee && MIGRATE_FUNCS.has(callee.sym)) c.point(e.loc, 'migrate');
  // unprototyped callees (`int f();`) take every argument as a named one
  const named = fnType.variadic || fnType.params.length > 0 ? (sret !== undefined ? 1 : 0) + fnType.params.length : args.length;
  const fixedArgs = Math.min(args.length, named);
  const dst = sret !== undefined || fnType.ret.kind === 'void' ? undefined : c.temp(irTy(fnType.ret, c.dm), e.id, fnType.ret);
  c.emit({ op: 'call', dst, callee, args, fixedArgs, site });
  return sret ?? dst;
}

function calleeType(e: CallExpr): Extract<CType, { kind: 'func' }> {
  const t = e.callee.type;
  if (t.kind === 'func') return t;
  if (t.kind === 'ptr' && t.to.kind === 'func') return t.to;
  return fail(e.loc, 'called object is not a function');
}

function lowerCallee(c: FnCtx, callee: Expr): Callee {
  let f = callee;
  for (;;) {
    if (f.k === 'addr' && f.a.k === 'func') f = f.a;
    else if (f.k === 'deref' && f.a.k === 'addr' && f.a.a.k === 'func') f = f.a.a;
    else break;
  }
  if (f.k === 'func') { c.mod.ref(f.sym.name); return { sym: f.sym.name }; }
  return { temp: value(c, callee) };
}

function aggAlign(c: FnCtx, t: CType): number {
  return t.kind === 'struct' || t.kind === 'union' ? structLayout(t, c.dm).align : 1;
}

/** One argument: scalars by value, structs as a pointer to a fresh copy in the caller's frame. */
function passArg(c: FnCtx, a: Expr, v: Temp): ArgIR {
  const pty = ptrTy(c.dm);
  if (!byAddress(a.type)) return { t: v, ty: irTy(a.type, c.dm) };
  const size = sizeOf(a.type, c.dm), align = aggAlign(c, a.type);
  const copy = c.slotAddr(c.scratch(size, align), pty);
  c.fn.temps[copy].origin = a.id;
  c.fn.temps[copy].ctype = { kind: 'ptr', to: a.type };
  c.emit({ op: 'copymem', dst: copy, src: v, size, align });
  return { t: copy, ty: pty };
}

/** `syscall(allocType, typeId)` right before a malloc/calloc/realloc whose result type is known. */
function allocHint(c: FnCtx, elemType: CType): void {
  const pty = ptrTy(c.dm);
  const id = c.const(BigInt(c.mod.types.idOf(elemType)), pty);
  c.emit({ op: 'syscall', dst: c.temp(pty), num: SHUTTLE_SYSCALLS.allocType, args: [id] });
}

/** `__syscall(n, args...)`: n must be an integer constant; arguments are passed pointer-width. */
export function lowerSyscall(c: FnCtx, e: Extract<Expr, { k: 'syscall' }>): Temp {
  if (e.args.length < 1 || e.args.length > 7) fail(e.loc, '__syscall takes a number and 0 to 6 arguments');
  const num = constValue(e.args[0]);
  if (num === undefined) fail(e.args[0].loc, 'the syscall number must be an integer constant');
  const pty = ptrTy(c.dm);
  const wordType: CType = { kind: 'int', ik: pty === 'i64' ? 'long' : 'int' };
  const args = e.args.slice(1).map((a) => {
    const v = value(c, a);
    if (byAddress(a.type)) return v;
    return irTy(a.type, c.dm) === pty ? v : convert(c, v, a.type, wordType);
  });
  const dst = c.temp(pty, e.id, e.type);
  c.emit({ op: 'syscall', dst, num: Number(num), args });
  if (irTy(e.type, c.dm) === pty) return dst;
  return convert(c, dst, wordType, e.type, e.id);
}

function constValue(e: Expr): bigint | undefined {
  if (e.k === 'num') return e.value;
  if (e.k === 'cast') return constValue(e.a);
  return undefined;
}

/** va_start(ap, last): ap = address of the first variadic argument. */
export function lowerVaStart(c: FnCtx, e: Extract<Expr, { k: 'vastart' }>): void {
  if (!c.fn.variadic) fail(e.loc, 'va_start used in a function with fixed arguments');
  const t = c.temp(ptrTy(c.dm), e.id, e.ap.type);
  c.emit({ op: 'vastart', dst: t });
  c.emit({ op: 'store', addr: addrOf(c, e.ap), offset: 0, src: t, size: c.dm.ptr as 4 | 8 });
}

/**
 * va_arg(ap, T): align the pointer held in `ap` for T, load T there, advance `ap` by T's slot.
 * Struct arguments travel as pointers (Shuttle's convention), so for them the slot holds an address.
 */
export function lowerVaArg(c: FnCtx, e: Extract<Expr, { k: 'vaarg' }>): Temp {
  const dm = c.dm, pty = ptrTy(dm);
  const apAddr = addrOf(c, e.ap);
  const p0 = load(c, apAddr, e.ap.type);
  const size = byAddress(e.type) ? dm.ptr : sizeOf(e.type, dm);
  const align = dm.vaAlign(size);
  let p = p0;
  if (align > 1) {
    const bumped = c.bin('add', p0, c.const(BigInt(align - 1), pty));
    p = c.bin('and', bumped, c.const(BigInt(-align), pty));
  }
  const v = byAddress(e.type) ? load(c, p, { kind: 'ptr', to: e.type }, e.id) : load(c, p, e.type, e.id);
  const next = c.bin('add', p, c.const(BigInt(roundUp(size, dm.vaSlot)), pty));
  c.emit({ op: 'store', addr: apAddr, offset: 0, src: next, size: dm.ptr as 4 | 8 });
  return v;
}

// AST -> IR lowering (the -O0 model): every named variable gets a home slot, every expression
// value a fresh temp, every statement a migration point. This file drives a translation unit:
// functions (params, home slots, body, implicit return), globals, the type table and externs.
// Expressions: lower-expr.ts / lower-call.ts / lower-cond.ts; statements: lower-stmt.ts;
// static data: lower-data.ts.
//
// Conventions the backends, the linker and migration rely on:
// - `const` values and switch case values are in signed two's complement form for their IR type
//   (BigInt.asIntN(32|64)); compare case values by bit pattern.
// - Points: one `stmt` point before each statement (not blocks, empty statements or the labels
//   themselves; a `decl` only when it has an initializer; `for` init shares the `for`'s point);
//   id `fn:line:col`, repeats get `#2`, `#3`; a `migrate` point right before each call of
//   migrate()/migration_point(). No temp is live at a `stmt` point.
// - Call sites are numbered when the call expression is entered (source order, outer call first).
//   Argument values are computed first, then struct copies and the struct-result buffer, so the
//   only temps live across a call are source-level values (each has an `origin`).
// - Frame slots not named by the source are role 'scratch': `.result` (a struct-returning
//   function's hidden result pointer, first parameter), `.<param>.ptr` (the incoming pointer of a
//   struct parameter, copied into the parameter's home slot before the first point), and the
//   caller-side struct argument copies and result buffers.
// - Every local (not parameter) whose type is or contains a pointer has its home slot zeroed at
//   function entry, before the first point: a pointer not yet assigned reads as null rather than
//   stale stack bytes, so a migration never sees garbage pointers (runtime functions too: they
//   can be caller frames, e.g. qsort calling a user comparison function).

import type { FunctionDef, TranslationUnit } from './ast';
import type { IRFunction, IRModule } from './ir';
import { FnCtx, ModCtx } from './lower-ctx';
import { lowerGlobal } from './lower-data';
import { lowerFallOff, lowerStmt } from './lower-stmt';
import { byAddress, containsPointer, irTy, ptrTy, scalarSize } from './lower-types';
import { type DataModel, layoutOf } from './types';

export function lowerUnit(tu: TranslationUnit, dm: DataModel, opts: { runtime: boolean }): IRModule {
  const m = new ModCtx(dm, opts.runtime, tu.file);
  for (const t of tu.types) m.types.idOf(t);
  for (const g of tu.globals) lowerGlobal(m, g);
  const functions = tu.functions.map((f) => lowerFunction(m, f));
  for (const f of functions) m.defined.add(f.name);
  const externs = [...m.referenced].filter((s) => !m.defined.has(s)).sort();
  return { file: tu.file, dataModel: dm.name, functions, data: m.data, externs, types: m.types.types };
}

function lowerFunction(m: ModCtx, def: FunctionDef): IRFunction {
  const dm = m.dm;
  const ft = def.sym.type;
  const fn: IRFunction = {
    name: def.sym.name, isStatic: def.sym.isStatic, runtime: m.runtime, params: [],
    ret: ft.ret.kind === 'void' || byAddress(ft.ret) ? 'void' : irTy(ft.ret, dm),
    variadic: ft.variadic, slots: [], temps: [], body: [], points: [], callSites: [], labels: 0,
    loc: def.loc, endLoc: def.endLoc,
  };
  const c = new FnCtx(m, fn, ft.ret);
  const pty = ptrTy(dm), psize = dm.ptr;
  if (byAddress(ft.ret)) {
    c.sretSlot = c.slot({ size: psize, align: dm.alignOf(psize), role: 'scratch', name: '.result' });
    fn.params.push({ slot: c.sretSlot, ty: pty, size: psize });
  }
  const structParams: { ptrSlot: number; home: number; size: number; align: number }[] = [];
  for (const p of def.params) {
    const home = c.homeSlot(p, 'param');
    if (byAddress(p.type)) {
      const ptrSlot = c.slot({ size: psize, align: dm.alignOf(psize), role: 'scratch', name: `.${p.name}.ptr` });
      fn.params.push({ slot: ptrSlot, ty: pty, size: psize });
      const l = layoutOf(p.type, dm);
      structParams.push({ ptrSlot, home, size: l.size, align: l.align });
    } else {
      fn.params.push({ slot: home, ty: irTy(p.type, dm), size: scalarSize(p.type, dm) });
    }
  }
  const pointerLocals: number[] = [];
  for (const v of def.locals) {
    if (v.storage !== 'local') continue;
    const slot = c.homeSlot(v, 'var');
    if (containsPointer(v.type)) pointerLocals.push(slot);
  }
  c.at(def.loc, () => {
    for (const sp of structParams) {
      const src = c.temp(pty);
      c.emit({ op: 'load', dst: src, addr: c.slotAddr(sp.ptrSlot, pty), offset: 0, size: psize as 4 | 8, signed: false });
      c.emit({ op: 'copymem', dst: c.slotAddr(sp.home, pty), src, size: sp.size, align: sp.align });
    }
    for (const slot of pointerLocals) zeroSlot(c, slot);
  });
  lowerStmt(c, def.body);
  lowerFallOff(c);
  c.checkLabels();
  for (const t of fn.temps) if (t.ctype) m.types.idOf(t.ctype);
  return fn;
}

/** Zero a home slot: one store for a pointer-sized slot, a zeromem for an aggregate. */
function zeroSlot(c: FnCtx, slot: number): void {
  const dm = c.mod.dm, pty = ptrTy(dm);
  const s = c.fn.slots[slot];
  if (s.size === dm.ptr && s.ctype?.kind === 'ptr') {
    c.emit({ op: 'store', addr: c.slotAddr(slot, pty), offset: 0, size: dm.ptr as 4 | 8, src: c.const(0n, pty) });
    return;
  }
  c.emit({ op: 'zeromem', dst: c.slotAddr(slot, pty), size: s.size, align: s.align });
}

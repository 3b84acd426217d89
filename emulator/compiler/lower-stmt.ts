// Statement lowering: control flow with labels and branches (if, loops, switch with
// fall-through, break/continue, goto), local initializers, returns (struct results copied
// through the hidden result pointer), and a migration point before every statement.

import type { Init, Stmt } from './ast';
import { fail } from './diagnostics';
import { condBranch } from './lower-cond';
import type { FnCtx } from './lower-ctx';
import { load, rvalue, store, value } from './lower-expr';
import { byAddress, irTy, normConst, ptrTy } from './lower-types';
import type { CType } from './types';

export function lowerStmt(c: FnCtx, s: Stmt, withPoint = true): void {
  switch (s.k) {
    case 'block': for (const it of s.items) lowerStmt(c, it); return;
    case 'empty': return;
    case 'label': c.at(s.loc, () => c.placeNamed(s.name)); lowerStmt(c, s.body); return;
    case 'case': c.at(s.loc, () => c.place(caseLabel(c, s))); lowerStmt(c, s.body); return;
    case 'decl': if (!s.init || s.sym.storage === 'static') return; break;
    default: break;
  }
  if (withPoint) c.point(s.loc, 'stmt');
  c.at(s.loc, () => lowerSimple(c, s));
}

function lowerSimple(c: FnCtx, s: Stmt): void {
  switch (s.k) {
    case 'expr': rvalue(c, s.e); return;
    case 'decl': lowerLocalInit(c, s); return;
    case 'if': return lowerIf(c, s);
    case 'while': return lowerWhile(c, s);
    case 'dowhile': return lowerDoWhile(c, s);
    case 'for': return lowerFor(c, s);
    case 'switch': return lowerSwitch(c, s);
    case 'break': return jumpTo(c, c.breaks, s.loc, 'break');
    case 'continue': return jumpTo(c, c.continues, s.loc, 'continue');
    case 'return': return lowerReturn(c, s.e);
    case 'goto': c.emit({ op: 'jump', target: c.namedLabel(s.label) }); return;
    default: return;
  }
}

function jumpTo(c: FnCtx, stack: number[], loc: Stmt['loc'], what: string): void {
  if (!stack.length) fail(loc, `'${what}' statement not in a loop${what === 'break' ? ' or switch' : ''}`);
  c.emit({ op: 'jump', target: stack[stack.length - 1] });
}

function lowerIf(c: FnCtx, s: Extract<Stmt, { k: 'if' }>): void {
  const lt = c.label(), lf = c.label(), end = s.else ? c.label() : lf;
  condBranch(c, s.c, lt, lf);
  c.place(lt);
  lowerStmt(c, s.then);
  if (s.else) {
    c.emit({ op: 'jump', target: end });
    c.place(lf);
    lowerStmt(c, s.else);
  }
  c.place(end);
}

function loopBody(c: FnCtx, body: Stmt, brk: number, cont: number): void {
  c.breaks.push(brk);
  c.continues.push(cont);
  lowerStmt(c, body);
  c.breaks.pop();
  c.continues.pop();
}

function lowerWhile(c: FnCtx, s: Extract<Stmt, { k: 'while' }>): void {
  const top = c.label(), body = c.label(), end = c.label();
  c.place(top);
  condBranch(c, s.c, body, end);
  c.place(body);
  loopBody(c, s.body, end, top);
  c.emit({ op: 'jump', target: top });
  c.place(end);
}

function lowerDoWhile(c: FnCtx, s: Extract<Stmt, { k: 'dowhile' }>): void {
  const body = c.label(), cont = c.label(), end = c.label();
  c.place(body);
  loopBody(c, s.body, end, cont);
  c.place(cont);
  condBranch(c, s.c, body, end);
  c.place(end);
}

function lowerFor(c: FnCtx, s: Extract<Stmt, { k: 'for' }>): void {
  if (s.init) lowerStmt(c, s.init, false);
  const top = c.label(), body = c.label(), step = c.label(), end = c.label();
  c.place(top);
  if (s.c) condBranch(c, s.c, body, end);
  c.place(body);
  loopBody(c, s.body, end, step);
  c.place(step);
  if (s.step) rvalue(c, s.step);
  c.emit({ op: 'jump', target: top });
  c.place(end);
}

function lowerSwitch(c: FnCtx, s: Extract<Stmt, { k: 'switch' }>): void {
  const v = value(c, s.c);
  const ty = c.tyOf(v);
  const end = c.label();
  const ctx = { cases: new Map<number, number>(), dflt: s.hasDefault ? c.label() : undefined };
  const cases: { value: bigint; target: number }[] = [];
  for (const cl of s.cases) {
    if (cl.value === undefined) { if (ctx.dflt !== undefined) ctx.cases.set(cl.id, ctx.dflt); continue; }
    const l = c.label();
    ctx.cases.set(cl.id, l);
    cases.push({ value: normConst(cl.value, ty), target: l });
  }
  c.emit({ op: 'switch', value: v, cases, dflt: ctx.dflt ?? end });
  c.switches.push(ctx);
  c.breaks.push(end);
  lowerStmt(c, s.body);
  c.breaks.pop();
  c.switches.pop();
  c.place(end);
}

function caseLabel(c: FnCtx, s: Extract<Stmt, { k: 'case' }>): number {
  const sw = c.switches[c.switches.length - 1];
  if (!sw) return fail(s.loc, 'case label not within a switch statement');
  const l = sw.cases.get(s.label.id) ?? (s.label.value === undefined ? sw.dflt : undefined);
  if (l === undefined) return fail(s.loc, 'internal: case label not registered with its switch');
  return l;
}

function lowerReturn(c: FnCtx, e: Extract<Stmt, { k: 'return' }>['e']): void {
  if (!e) { c.emit({ op: 'ret' }); return; }
  const v = rvalue(c, e);
  if (v === undefined || c.retType.kind === 'void') { c.emit({ op: 'ret' }); return; }
  if (byAddress(c.retType)) {
    if (c.sretSlot === undefined) fail(e.loc, 'internal: no result pointer');
    const pty = ptrTy(c.dm);
    const dst = load(c, c.slotAddr(c.sretSlot, pty), { kind: 'ptr', to: c.retType });
    store(c, dst, v, c.retType);
    c.emit({ op: 'ret' });
    return;
  }
  c.emit({ op: 'ret', value: v });
}

function lowerLocalInit(c: FnCtx, s: Extract<Stmt, { k: 'decl' }>): void {
  const slot = c.varSlot(s.sym, s.loc);
  const addr = (): number => {
    const t = c.slotAddr(slot, ptrTy(c.dm));
    c.fn.temps[t].ctype = { kind: 'ptr', to: s.sym.type };
    return t;
  };
  if (s.init) lowerInit(c, addr, s.sym.type, s.init);
}

/**
 * Initialise the object whose address `addr()` gives (a fresh temp each call, so no address stays
 * live across the calls an initializer makes): scalars, structs, lists, byte runs.
 */
export function lowerInit(c: FnCtx, addr: () => number, type: CType, init: Init): void {
  if (init.k === 'expr') {
    const v = value(c, init.e);
    store(c, addr(), v, type);
    return;
  }
  c.emit({ op: 'zeromem', dst: addr(), size: init.size, align: 1 });
  for (const p of init.parts) {
    const v = value(c, p.e);
    store(c, addr(), v, p.type, p.offset);
  }
  for (const b of init.bytes) storeBytes(c, addr(), b.offset, b.data);
}

function storeBytes(c: FnCtx, addr: number, offset: number, data: Uint8Array): void {
  if (data.length <= 8) {
    for (let i = 0; i < data.length; i++) {
      if (data[i] === 0) continue;
      c.emit({ op: 'store', addr, offset: offset + i, src: c.const(BigInt(data[i]), 'i32'), size: 1 });
    }
    return;
  }
  const pty = ptrTy(c.dm);
  const src = c.temp(pty);
  c.emit({ op: 'symaddr', dst: src, sym: c.mod.addBlob(c.fn.name, data), offset: 0 });
  const dst = offset ? c.bin('add', addr, c.const(BigInt(offset), pty)) : addr;
  c.emit({ op: 'copymem', dst, src, size: data.length, align: 1 });
}

/** The implicit `return` at the closing brace (main returns 0; other functions an unspecified 0). */
export function lowerFallOff(c: FnCtx): void {
  const last = c.fn.body[c.fn.body.length - 1];
  if (last && (last.op === 'ret' || last.op === 'jump')) return;
  c.at(c.fn.endLoc, () => {
    if (c.retType.kind === 'void' || byAddress(c.retType)) { c.emit({ op: 'ret' }); return; }
    c.emit({ op: 'ret', value: c.const(0n, irTy(c.retType, c.dm)) });
  });
}

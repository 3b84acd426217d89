// Checks the debug info's stack offsets that migration's restore relies on: for every program of
// test/programs on every ISA, at each statement/migration point sp - fp equals the function's
// `spOffset`, and at each call instruction sp - fp equals the call site's `spOffset`. Each address
// is checked a few times (its breakpoint is then removed) so that loops stay cheap. At each
// function's prologue end it also checks how restore derives a callee's fp from its caller's:
// callee fp = caller's sp at the call - isa.frame.linkBytes (m68k 8: return address, old a6;
// x86_64 16: return address, old rbp; rv32 0) - variadicSaveBytes for variadic callees (rv32's
// a0-a7 save area: 32).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile, Machine, ISA_IDS } from '../emulator/index';
import { functionAt, type DebugInfo } from '../emulator/compiler/debuginfo';
import { listPrograms } from './helpers/programs';

const CHECKS_PER_ADDRESS = 3;

type Want = { what: string; spOffset?: number; calleeOf?: boolean };

/** At a prologue end: the callee's fp derived from the caller's fp and the call site's spOffset. */
function checkCalleeFp(m: Machine, debug: DebugInfo, fnName: string): boolean {
  const fr = m.isa.frame, fp = m.currentFp();
  const ret = m.memory.read32(fp + fr.returnAddressOffset) >>> 0;
  const cs = debug.callSites.find((c) => c.ret === ret);
  if (!cs) return false;                              // called from _start (no debug call site)
  const callee = debug.functions.find((f) => f.name === fnName)!;
  const callerFp = m.memory.read32(fp + fr.savedFpOffset) >>> 0;
  const below = fr.linkBytes + (callee.variadic ? fr.variadicSaveBytes : 0);
  assert.equal(fp, (callerFp + cs.spOffset - below) >>> 0, `fp of ${fnName} called at ${cs.id}`);
  return callee.variadic;
}

/** expected sp - fp by address: points of every function, and call instructions */
function expectations(debug: DebugInfo): Map<number, Want[]> {
  const want = new Map<number, Want[]>();
  const add = (addr: number, w: Want): void => { want.set(addr, [...(want.get(addr) ?? []), w]); };
  for (const f of debug.functions) if (f.prologueEnd > f.lo) add(f.prologueEnd, { what: f.name, calleeOf: true });
  for (const p of debug.points) {
    const fn = functionAt(debug, p.addr)!;
    add(p.addr, { what: `point ${p.id}`, spOffset: fn.spOffset });
  }
  for (const c of debug.callSites) add(c.at, { what: `call site ${c.id}`, spOffset: c.spOffset });
  return want;
}

for (const isa of ISA_IDS) {
  for (const prog of listPrograms()) {
    test(`${isa}: ${prog.name}: sp - fp matches spOffset at points and calls`, () => {
      const image = compile({ source: prog.source, file: prog.name + '.c', isa });
      const want = expectations(image.debug);
      const hits = new Map<number, number>();
      const m = new Machine(image, { argv: [prog.name, ...prog.args], stdin: prog.stdin });
      for (const a of want.keys()) m.cpu.breakpoints.add(a);
      let checked = 0, variadicCalls = 0;
      for (;;) {
        const r = m.run();
        if (r.status !== 'breakpoint') { assert.equal(r.status, 'exited', `${prog.name} did not exit`); break; }
        const pc = m.cpu.pc;
        const diff = (m.cpu.getReg(m.isa.frame.spRegister) - m.currentFp()) | 0;
        for (const w of want.get(pc)!) {
          if (w.calleeOf) variadicCalls += checkCalleeFp(m, image.debug, w.what) ? 1 : 0;
          else assert.equal(diff, w.spOffset, `${w.what} at 0x${pc.toString(16)}`);
          checked++;
        }
        const n = (hits.get(pc) ?? 0) + 1;
        hits.set(pc, n);
        if (n >= CHECKS_PER_ADDRESS) m.cpu.breakpoints.delete(pc);
      }
      assert.ok(checked > 0, 'at least one point reached');
      if (/printf/.test(prog.source)) assert.ok(variadicCalls > 0, 'a variadic callee was checked');
    });
  }
}

// Registers as the debugger shows them: every register of the ISA by its ABI name, for the
// selected frame (outer frames get their own pc, fp and sp from the frame walk; other registers
// are the current values), with flags registers decoded into the bit fields their ISA names (m68k ccr: X N Z V C).

import type { Machine } from '../emulator/machine/machine';
import type { Frame } from './frames';

export interface RegisterValue { name: string; value: number; bits: number; fields?: { name: string; value: number }[] }

export function registersOf(m: Machine, frame: Frame | undefined, callee: Frame | undefined): RegisterValue[] {
  const cur = new Map(m.cpu.registers().map((r) => [r.name, r.value >>> 0]));
  if (frame && frame.index > 0) {
    cur.set('pc', frame.pc);
    if (frame.fp !== undefined) cur.set(m.isa.frame.fpRegister, frame.fp);
    const sp = callerSp(m, callee);
    if (sp !== undefined) cur.set(m.isa.frame.spRegister, sp);
  }
  return m.isa.registers.map((info) => {
    const value = cur.get(info.name) ?? 0;
    const r: RegisterValue = { name: info.name, value, bits: info.bits };
    if (info.fields) r.fields = info.fields.map((f) => ({ name: f.name, value: (value >> f.bit) & 1 }));
    return r;
  });
}

/** The caller's sp once `callee` returned (best effort: above the return address and saved fp). */
function callerSp(m: Machine, callee: Frame | undefined): number | undefined {
  if (!callee || callee.fp === undefined) return undefined;
  const fr = m.isa.frame;
  return callee.fp + fr.linkBytes + (callee.fn?.variadic ? fr.variadicSaveBytes : 0);
}

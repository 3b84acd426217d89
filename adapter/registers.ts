// Registers as the debugger shows them: every register of the ISA by its ABI name, for the
// selected frame (outer frames get their own pc, fp and sp from the frame walk; other registers
// are the current values), registers wider than 32 bits in full, and flags registers decoded into
// the bit fields their RegisterInfo names (m68k: X N Z V C; x86-64 rflags: CF ZF SF OF PF …).
// A few registers are shown under the name users of that ISA expect (m68k: `a7` for `sp`, and the
// user-visible status register `sr`, whose low byte is the ccr the CPU keeps); `$sp`/`$ccr` still work,
// and `$pc`/`$sp`/`$fp` name those roles on every ISA (inspect.ts).

import type { Machine } from '../emulator/machine/machine';
import type { IsaModule, RegisterInfo } from '../emulator/isa/types';
import type { Frame } from './frames';

export interface RegisterValue {
  /** the name shown (see DISPLAY) */
  name: string;
  /** the ISA module's name (for getReg/setReg) */
  isaName: string;
  /** unsigned; the low 32 bits of a wider register */
  value: number;
  /** the full value */
  big: bigint;
  bits: number;
  role: RegisterInfo['role'];
  fields?: { name: string; value: number }[];
}

/** Display names (and widths) differing from the ISA module's, per ISA. */
const DISPLAY: Record<string, Record<string, { name: string; bits?: 8 | 16 | 32 | 64 }>> = {
  m68k: { sp: { name: 'a7' }, ccr: { name: 'sr', bits: 16 } },
};

/** The register name shown for the ISA module's `name`. */
export function displayName(isa: IsaModule, name: string): string {
  return DISPLAY[isa.id]?.[name]?.name ?? name;
}

/** Every register of the ISA in RegisterInfo order, as shown for `frame`. */
export function registersOf(m: Machine, frame: Frame | undefined, callee: Frame | undefined): RegisterValue[] {
  const cur = new Map(m.cpu.registers().map((r) => [r.name, r.big ?? BigInt(r.value >>> 0)]));
  if (frame && frame.index > 0) {
    cur.set('pc', BigInt(frame.pc >>> 0));
    if (frame.fp !== undefined) cur.set(m.isa.frame.fpRegister, BigInt(frame.fp >>> 0));
    const sp = callerSp(m, callee);
    if (sp !== undefined) cur.set(m.isa.frame.spRegister, BigInt(sp >>> 0));
  }
  return m.isa.registers.map((info) => {
    const big = cur.get(info.name) ?? 0n;
    const view = DISPLAY[m.isa.id]?.[info.name];
    const r: RegisterValue = {
      name: view?.name ?? info.name, isaName: info.name, value: Number(big & 0xffffffffn), big,
      bits: view?.bits ?? info.bits, role: info.role,
    };
    if (info.fields) r.fields = info.fields.map((f) => ({ name: f.name, value: Number((big >> BigInt(f.bit)) & 1n) }));
    return r;
  });
}

/** `0x…` with every digit of the register's width. */
export function registerHex(r: Pick<RegisterValue, 'big' | 'bits'>): string {
  return '0x' + r.big.toString(16).padStart(Math.max(2, r.bits / 4), '0');
}

/** The shown value: hex at full width, flags registers with their set bits (`0x0004 [--Z--]`). */
export function registerText(r: RegisterValue): string {
  if (!r.fields) return registerHex(r);
  const wide = r.fields.some((f) => f.name.length > 1);
  const bits = wide ? r.fields.filter((f) => f.value).map((f) => f.name).join(' ') || '-' : r.fields.map((f) => (f.value ? f.name : '-')).join('');
  return `${registerHex(r)} [${bits}]`;
}

/** The caller's sp once `callee` returned (best effort: above the return address and saved fp). */
function callerSp(m: Machine, callee: Frame | undefined): number | undefined {
  if (!callee || callee.fp === undefined) return undefined;
  const fr = m.isa.frame;
  return callee.fp + fr.linkBytes + (callee.fn?.variadic ? fr.variadicSaveBytes : 0);
}

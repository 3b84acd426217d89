// What the extension shows about an ISA (quick picks, the status bar, the Migration view's target
// picker): the shape the adapter's custom `isas` request answers with, a local fallback built from
// the emulator's ISA registry (for commands that need no debug session, and for adapters that
// predate `isas`), and the one-line description `big-endian · 32-bit · 18 registers`.
// No `vscode` import: unit-tested with node:test.

import { getIsa, ISA_IDS } from '../emulator/isa/index';

export interface IsaInfo {
  id: string;
  title: string;
  byteOrder: 'little' | 'big';
  wordBits: number;
  pointerBytes: number;
  registers: string[];
}

/** The body of the adapter's `isas` response. */
export interface IsasBody { current: string; isas: IsaInfo[] }

/** `big-endian · 32-bit · 18 registers` */
export function describeIsa(i: IsaInfo): string {
  return `${i.byteOrder}-endian · ${i.wordBits}-bit · ${i.registers.length} registers`;
}

/** The ISAs this build of the emulator knows (an ISA that fails to load is left out). */
export function localIsas(): IsaInfo[] {
  const out: IsaInfo[] = [];
  for (const id of ISA_IDS) {
    try {
      const m = getIsa(id);
      out.push({
        id: m.id, title: m.title, byteOrder: m.elf.bigEndian ? 'big' : 'little',
        wordBits: m.elf.class, pointerBytes: m.dataModel.ptr, registers: m.registers.map((r) => r.name),
      });
    } catch { /* an ISA under development that is not in this build */ }
  }
  return out;
}

/** Check the shape of an `isas` response body; undefined when it is not one. */
export function parseIsas(body: unknown): IsasBody | undefined {
  const b = body as Partial<IsasBody> | undefined;
  if (!b || typeof b.current !== 'string' || !Array.isArray(b.isas)) return undefined;
  const ok = b.isas.every((i) => i && typeof i.id === 'string' && typeof i.title === 'string' && Array.isArray(i.registers));
  return ok ? { current: b.current, isas: b.isas } : undefined;
}

/** The title of `id` among `isas` (the id itself when unknown). */
export function isaTitle(id: string, isas: IsaInfo[] = localIsas()): string {
  return isas.find((i) => i.id === id)?.title ?? id;
}

// Normalisation that makes GNU objdump's disassembly and Shuttle's isa.disassemble() text comparable
// (documented in docs/testing.md): parse objdump's instruction lines, drop what is annotation rather
// than instruction (`<symbol+off>` labels, rv32 `# comment`s), and canonicalise whitespace and case.

import type { IsaId } from '../../emulator/isa/types';

export interface ObjdumpInsn { addr: number; bytes: string; text: string }

/**
 * Instruction lines of `objdump -d` output: `   10074:\t00150513          \taddi\ta0,a0,1`.
 * Continuation lines (the rest of a long instruction's bytes, no mnemonic) are folded into the
 * previous instruction's bytes; symbol headers, blank lines and section titles are ignored.
 */
export function parseObjdump(output: string): ObjdumpInsn[] {
  const out: ObjdumpInsn[] = [];
  for (const line of output.split('\n')) {
    const m = /^\s*([0-9a-f]+):\t([0-9a-f ]+?)\s*(?:\t(.*))?$/.exec(line);
    if (!m) continue;
    const text = (m[3] ?? '').trim();
    if (text === '') {
      const prev = out[out.length - 1];
      if (prev) prev.bytes += ' ' + m[2].trim();
      continue;
    }
    out.push({ addr: parseInt(m[1], 16), bytes: m[2].trim(), text });
  }
  return out;
}

/**
 * One canonical spelling of an instruction:
 * - `<symbol>` / `<symbol+0x10>` annotations are removed (both sides print the absolute target address);
 * - on rv32 and x86_64, a trailing `# comment` is removed (x86-64: rip-relative `# address`; on m68k
 *   `#` starts an immediate and is kept);
 * - runs of blanks and tabs become one space, and the blank after a comma is dropped;
 * - everything is lower-cased (hex digits may be printed in either case).
 */
export function normaliseInsn(text: string, isa: IsaId): string {
  let s = text.replace(/\s*<[^<>]*>/g, '');
  if (isa === 'rv32' || isa === 'x86_64') s = s.replace(/\s+#\s.*$/, '').replace(/\s+#$/, '');
  s = s.replace(/[\t ]+/g, ' ').replace(/, /g, ',').trim();
  return s.toLowerCase();
}

/** Shuttle's disassembly in the same shape: `mnemonic operands`. */
export function normaliseOurs(d: { mnemonic: string; operands: string }, isa: IsaId): string {
  return normaliseInsn(d.operands ? `${d.mnemonic} ${d.operands}` : d.mnemonic, isa);
}


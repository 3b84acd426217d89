// x86-64 disassembler: objdump-compatible AT&T text (`x86_64-linux-gnu-objdump -d`) from the
// decoder's records. Branch and call targets are absolute hex addresses without `0x` (objdump's
// `<symbol>` annotations and rip-relative `# address` comments are not produced). Undecodable
// bytes give `(bad)` with length 1 and `illegal: true`.

import type { Disassembled, Mem } from '../types';
import { decode, Op, type Insn } from './decode';

/** The Disassembled record of a decoded instruction. */
export function toDisassembled(i: Insn): Disassembled {
  if (i.op === Op.BAD) return { length: 1, mnemonic: '(bad)', operands: '', illegal: true };
  const d: Disassembled = { length: i.len, mnemonic: i.mn, operands: i.ops };
  if (i.op === Op.JCC || i.op === Op.JMP || i.op === Op.CALL) d.target = i.target;
  return d;
}

/** Disassemble the instruction at `addr` in `mem`. An unreadable first byte throws (as on the other
 *  ISAs); an instruction cut off by the end of mapped memory is `(bad)`. */
export function disassemble(mem: Mem, addr: number): Disassembled {
  mem.read8(addr);
  try {
    return toDisassembled(decode((a) => mem.read8(a), addr));
  } catch {
    return { length: 1, mnemonic: '(bad)', operands: '', illegal: true };
  }
}

/** Disassemble bytes as if they were at `addr` (tests, listings of raw code). */
export function disassembleBytes(bytes: Uint8Array, addr: number): Disassembled {
  try {
    return toDisassembled(decode((a) => {
      const k = a - addr;
      if (k < 0 || k >= bytes.length) throw new RangeError('past the end of the bytes');
      return bytes[k];
    }, addr));
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return { length: 1, mnemonic: '(bad)', operands: '', illegal: true };
  }
}

/** `mnemonic operands` as one line. */
export function formatInsn(d: Disassembled): string {
  return d.operands ? `${d.mnemonic} ${d.operands}` : d.mnemonic;
}

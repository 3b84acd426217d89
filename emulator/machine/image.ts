// An image: what the compiler makes for one ISA (a static ELF executable plus its `.shuttle`
// debug info, also kept parsed). `imageFromElf` rebuilds one from ELF bytes (CLI, tests).

import type { DebugInfo } from '../compiler/debuginfo';
import type { IsaId } from '../isa/types';
import { ISA_IDS } from '../isa/index';
import { ElfError, readDebugInfo, readElf } from './loader';

export interface Image { isa: IsaId; elf: Uint8Array; debug: DebugInfo }

/** Parse ELF bytes written by Shuttle back into an Image (throws ElfError without `.shuttle`). */
export function imageFromElf(bytes: Uint8Array): Image {
  const elf = readElf(bytes);
  const debug = readDebugInfo(elf);
  if (!debug) throw new ElfError('the ELF file has no .shuttle debug info (was it made by shuttle?)');
  if (!ISA_IDS.includes(debug.isa)) throw new ElfError(`unknown ISA '${debug.isa}' in the debug info`);
  return { isa: debug.isa, elf: bytes, debug };
}

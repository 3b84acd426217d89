// "Show Assembly for…" without the editor: compile a C source for one ISA and make the listing
// `shuttle disasm` prints (machine/listing.ts: functions, `address: bytes  mnemonic operands`,
// the source lines interleaved). No `vscode` import: unit-tested with node:test.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { compile } from '../emulator/compiler/index';
import { getIsa } from '../emulator/isa/index';
import { listing } from '../emulator/machine/listing';

/** The language id of an ISA's listings (grammar syntaxes/shuttle-asm-<isa>.tmLanguage.json). */
export function asmLanguageId(isa: string): string {
  return `shuttle-asm-${isa}`;
}

/** The listing of `source` (the text of `file`, possibly unsaved) on `isa`; throws CompileError. */
export function assemblyListing(source: string, file: string, isa: string, runtime = false): string {
  const image = compile({ source, file, isa: getIsa(isa).id });
  const sources = new Map<string, string>([[file, source]]);
  for (const f of image.debug.files) {
    if (!sources.has(f) && path.isAbsolute(f) && fs.existsSync(f)) sources.set(f, fs.readFileSync(f, 'utf8'));
  }
  return listing(image, getIsa(image.isa), { runtime, sources });
}

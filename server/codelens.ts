// CodeLens on every migrate() call and migration_point(): "migration point · rv32 0x… · m68k 0x…",
// the address of that point in each ISA's image. The document is compiled (the whole pipeline,
// compile()) once per ISA; the points of kind 'migrate' in the debug info carry the source
// position of the call, which is the same on every ISA (point ids are stable across ISAs).

import { compile } from '../emulator/compiler/index';
import { CompileError } from '../emulator/compiler/diagnostics';
import { ISA_IDS } from '../emulator/isa/index';
import type { IsaId } from '../emulator/isa/types';

export interface MigrationLens { line: number; col: number; id: string; call: string; addresses: { isa: IsaId; addr: number }[]; title: string }

const hex = (n: number) => `0x${n.toString(16).padStart(8, '0')}`;

/** Lenses for the document's migration points; [] when it does not compile on some ISA. */
export function migrationLenses(text: string, file: string): MigrationLens[] {
  const byPos = new Map<string, MigrationLens>();
  for (const isa of ISA_IDS) {
    let points;
    try {
      points = compile({ source: text, file, isa }).debug;
    } catch (e) {
      if (e instanceof CompileError) return [];
      throw e;
    }
    const fi = points.files.indexOf(file);
    for (const p of points.points) {
      if (p.kind !== 'migrate' || p.file !== fi) continue;
      const key = `${p.line}:${p.col}`;
      let lens = byPos.get(key);
      if (!lens) {
        lens = { line: p.line, col: p.col, id: p.id, call: callName(text, p.line, p.col), addresses: [], title: '' };
        byPos.set(key, lens);
      }
      lens.addresses.push({ isa, addr: p.addr });
    }
  }
  const lenses = [...byPos.values()].sort((a, b) => a.line - b.line || a.col - b.col);
  for (const l of lenses) l.title = `migration point · ${l.addresses.map((a) => `${a.isa} ${hex(a.addr)}`).join(' · ')}`;
  return lenses;
}

/** `migrate` or `migration_point`: the word at the point's position. */
function callName(text: string, line: number, col: number): string {
  const s = text.split('\n')[line - 1] ?? '';
  return /^[A-Za-z_]\w*/.exec(s.slice(col - 1))?.[0] ?? 'migrate';
}

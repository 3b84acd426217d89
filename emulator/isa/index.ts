// The ISA registry: every IsaModule Shuttle knows, by id. Each ISA lives in emulator/isa/<id>/
// and exports `isa`; modules are loaded on first use so one missing or broken ISA does not stop
// the others (and the CLI starts fast).

import type { IsaId, IsaModule } from './types';

// Every ISA takes part in every test matrix (programs, qemu, objdump, migration pairs).
export const ISA_IDS: IsaId[] = ['rv32', 'm68k', 'x86_64'];

const cache = new Map<IsaId, IsaModule>();

function load(id: IsaId): IsaModule {
  switch (id) {
    case 'rv32': return (require('./rv32/index') as { isa: IsaModule }).isa;
    case 'm68k': return (require('./m68k/index') as { isa: IsaModule }).isa;
    case 'x86_64': return (require('./x86_64/index') as { isa: IsaModule }).isa;
  }
}

export function isIsaId(id: string): id is IsaId {
  return (ISA_IDS as string[]).includes(id);
}

/** The IsaModule for `id`; throws a plain Error for an unknown id. */
export function getIsa(id: IsaId | string): IsaModule {
  if (!isIsaId(id)) throw new Error(`unknown ISA '${id}' (known: ${ISA_IDS.join(', ')})`);
  let m = cache.get(id);
  if (!m) {
    m = load(id);
    if (!m) throw new Error(`the ${id} ISA module does not export 'isa'`);
    cache.set(id, m);
  }
  return m;
}

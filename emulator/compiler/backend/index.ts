// The backend registry: instruction selection for each ISA (compiler/backend/<id>.ts exports
// `backend`). Loaded on first use, like the ISA registry.

import type { IsaId } from '../../isa/types';
import { isIsaId, ISA_IDS } from '../../isa/index';
import type { Backend } from './types';

const cache = new Map<IsaId, Backend>();

function load(id: IsaId): Backend {
  switch (id) {
    case 'rv32': return (require('./rv32') as { backend: Backend }).backend;
    case 'm68k': return (require('./m68k') as { backend: Backend }).backend;
    case 'x86_64': return (require('./x86_64') as { backend: Backend }).backend;
  }
}

/** The Backend for `id`; throws a plain Error for an unknown id. */
export function getBackend(id: IsaId | string): Backend {
  if (!isIsaId(id)) throw new Error(`unknown ISA '${id}' (known: ${ISA_IDS.join(', ')})`);
  let b = cache.get(id);
  if (!b) {
    b = load(id);
    if (!b) throw new Error(`the ${id} backend module does not export 'backend'`);
    cache.set(id, b);
  }
  return b;
}

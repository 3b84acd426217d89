// Lexical scopes of the parser: ordinary identifiers (variables, functions, typedef names,
// enum constants) and struct/union/enum tags, each block nesting in its parent.

import type { FuncSym, VarSym } from './ast';
import type { CType } from './types';

export type Ordinary =
  | { k: 'var'; sym: VarSym }
  | { k: 'func'; sym: FuncSym }
  | { k: 'typedef'; type: CType }
  | { k: 'enumconst'; value: bigint; type: CType };

export class Scope {
  readonly names = new Map<string, Ordinary>();
  readonly tags = new Map<string, CType>();
  /** variables declared directly in this block (to fill in their lexical extent) */
  readonly vars: VarSym[] = [];
  constructor(readonly parent: Scope | undefined) {}

  lookup(name: string): Ordinary | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const o = s.names.get(name);
      if (o) return o;
    }
    return undefined;
  }

  lookupTag(name: string): CType | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const t = s.tags.get(name);
      if (t) return t;
    }
    return undefined;
  }

  get isFile(): boolean { return this.parent === undefined; }
}

// The debugger's view of an image's C types: the debug info's type table (with this ISA's sizes
// and field offsets) plus types the debugger makes up while evaluating (pointers to a type the
// program never names, `int` results of arithmetic). Looked up by id or by C spelling.

import type { DebugType } from '../emulator/compiler/debuginfo';

export class TypeTable {
  readonly all: DebugType[];
  private byName = new Map<string, number>();

  constructor(types: DebugType[], private ptrSize = 4) {
    this.all = types.slice();
    this.all.forEach((t, i) => { if (!this.byName.has(t.name)) this.byName.set(t.name, i); });
  }

  get(id: number): DebugType {
    return this.all[id] ?? this.all[0];
  }

  /** The id of the type spelled `name` (`int`, `struct node *`), made up for common ints and pointers. */
  find(name: string): number | undefined {
    const n = name.replace(/\s+/g, ' ').replace(/\s*\*/g, ' *').trim();
    const hit = this.byName.get(n);
    if (hit !== undefined) return hit;
    if (n.endsWith(' *')) {
      const to = this.find(n.slice(0, -2));
      return to === undefined ? undefined : this.pointerTo(to);
    }
    const ints: Record<string, [number, boolean]> = {
      'int': [4, true], 'unsigned int': [4, false], 'unsigned': [4, false], 'char': [1, true], 'signed char': [1, true],
      'unsigned char': [1, false], 'short': [2, true], 'unsigned short': [2, false], 'long': [4, true],
      'unsigned long': [4, false], 'long long': [8, true], 'unsigned long long': [8, false], '_Bool': [1, false],
    };
    const i = ints[n];
    if (!i) return undefined;
    return this.add({ name: n, kind: 'int', size: i[0], align: i[0], signed: i[1], ...(n === '_Bool' ? { bool: true } : {}) });
  }

  /** `int` (for arithmetic results and literals). */
  int(): number { return this.find('int')!; }

  pointerTo(to: number): number {
    const name = `${this.get(to).name} *`;
    return this.byName.get(name) ?? this.add({ name, kind: 'ptr', size: this.ptrSize, align: this.ptrSize, to });
  }

  private add(t: DebugType): number {
    this.all.push(t);
    this.byName.set(t.name, this.all.length - 1);
    return this.all.length - 1;
  }
}

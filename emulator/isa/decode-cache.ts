// A dense, growable cache of decoded instructions for the interpreters, indexed by
// (pc - base) / step. It starts small and doubles up to a fixed span as code at higher addresses
// runs, so a new CPU costs microseconds (a migration builds one per restore) instead of filling a
// whole-span array up front. The array is always filled with `undefined` up to its length: holes
// would turn it into a slow dictionary. Code outside the span goes to `far`, keyed by address.
// Shared by every ISA's cpu.ts (it knows nothing of any ISA); rv32 packs into typed arrays instead.

export class DecodeCache<T> {
  /** the slots; read it directly in hot loops (re-read after insert(), which may replace it) */
  slots: (T | undefined)[] = newSlots(0, INITIAL);
  /** the lowest cached address, or -1 until the first insert */
  base = -1;
  private far = new Map<number, T>();

  /** `span`: bytes of code cached by index; `step`: the instruction alignment (index = offset / step) */
  constructor(private readonly span: number, private readonly step: 1 | 2, private readonly align = 0x10000) {}

  /** The instruction cached for `pc`, decoding it with `decode` the first time. */
  get(pc: number, decode: (pc: number) => T): T {
    if (this.base < 0) this.base = pc - (pc % this.align);
    const off = pc - this.base;
    if (off >= 0 && off < this.span) {
      const idx = off / this.step;
      let i = idx < this.slots.length ? this.slots[idx] : undefined;
      if (i === undefined) {
        i = decode(pc);
        if (idx >= this.slots.length) this.slots = newSlots(this.slots, Math.min(this.span / this.step, grownLength(this.slots.length, idx + 1)));
        this.slots[idx] = i;
      }
      return i;
    }
    let i = this.far.get(pc);
    if (i === undefined) { i = decode(pc); this.far.set(pc, i); }
    return i;
  }

  /** Forget everything (code was rewritten). */
  clear(): void { this.slots = newSlots(0, INITIAL); this.base = -1; this.far.clear(); }
}

const INITIAL = 1024;

function grownLength(n: number, min: number): number {
  let len = Math.max(INITIAL, n);
  while (len < min) len *= 2;
  return len;
}

/** A dense array of `length` slots, copying `from` (an array) or all `undefined` (a number). */
function newSlots<T>(from: (T | undefined)[] | number, length: number): (T | undefined)[] {
  const a = new Array<T | undefined>(length).fill(undefined);
  if (typeof from !== 'number') for (let k = 0; k < from.length; k++) a[k] = from[k];
  return a;
}

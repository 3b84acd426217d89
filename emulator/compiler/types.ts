// C types of the Shuttle subset and their layout on each target's data model.
// Types are target-independent values; sizes, alignments and field offsets are
// computed from a DataModel (ILP32 big/little endian, LP64, m68k's 2-byte alignment).

export type IntKind =
  | 'bool' | 'char' | 'schar' | 'uchar' | 'short' | 'ushort'
  | 'int' | 'uint' | 'long' | 'ulong' | 'llong' | 'ullong';

export interface Field { name: string; type: CType }

export type CType =
  | { kind: 'void'; const?: boolean }
  | { kind: 'int'; ik: IntKind; const?: boolean; enumTag?: string }
  | { kind: 'ptr'; to: CType; const?: boolean }
  | { kind: 'array'; of: CType; length: number | undefined; const?: boolean }
  | { kind: 'struct' | 'union'; tag: string | undefined; id: number; fields: Field[] | undefined; const?: boolean }
  | { kind: 'func'; ret: CType; params: CType[]; variadic: boolean; const?: boolean };

/** What a target says about C data: sizes, alignments, signedness of plain char, byte order. */
export interface DataModel {
  name: string;              // 'ilp32-le', 'ilp32-be-m68k', 'lp64-le'
  bigEndian: boolean;
  charSigned: boolean;       // plain `char`: unsigned on RISC-V, signed on m68k and x86-64
  short: number; int: number; long: number; llong: number; ptr: number;
  /** alignment of a scalar of the given size; m68k caps it at 2 */
  alignOf(size: number): number;
  /** the widest alignment used for structs' and stack slots' rounding */
  maxAlign: number;
  /** va_arg: alignment of an argument of `size` bytes in the variadic save area, and the slot size */
  vaSlot: number;
  vaAlign(size: number): number;
}

export const INT_SIZES = ['bool', 'char', 'schar', 'uchar', 'short', 'ushort', 'int', 'uint', 'long', 'ulong', 'llong', 'ullong'] as const;

export function intSize(ik: IntKind, dm: DataModel): number {
  switch (ik) {
    case 'bool': case 'char': case 'schar': case 'uchar': return 1;
    case 'short': case 'ushort': return dm.short;
    case 'int': case 'uint': return dm.int;
    case 'long': case 'ulong': return dm.long;
    case 'llong': case 'ullong': return dm.llong;
  }
}

export function isSigned(ik: IntKind, dm: DataModel): boolean {
  switch (ik) {
    case 'char': return dm.charSigned;
    case 'schar': case 'short': case 'int': case 'long': case 'llong': return true;
    default: return false;
  }
}

export const isInteger = (t: CType): t is Extract<CType, { kind: 'int' }> => t.kind === 'int';
export const isPointer = (t: CType): t is Extract<CType, { kind: 'ptr' }> => t.kind === 'ptr';
export const isScalar = (t: CType): boolean => t.kind === 'int' || t.kind === 'ptr';
export const isAggregate = (t: CType): boolean => t.kind === 'struct' || t.kind === 'union' || t.kind === 'array';

export interface Layout { size: number; align: number }
export interface StructLayout extends Layout { offsets: number[] }

const structCache = new WeakMap<object, Map<string, StructLayout>>();

/** Size and alignment of `t` on data model `dm`. Incomplete types and functions are errors for the caller. */
export function layoutOf(t: CType, dm: DataModel): Layout {
  switch (t.kind) {
    case 'void': return { size: 1, align: 1 };       // GNU: sizeof(void) == 1 for pointer arithmetic
    case 'func': return { size: 1, align: 1 };
    case 'int': { const s = intSize(t.ik, dm); return { size: s, align: dm.alignOf(s) }; }
    case 'ptr': return { size: dm.ptr, align: dm.alignOf(dm.ptr) };
    case 'array': { const e = layoutOf(t.of, dm); return { size: e.size * (t.length ?? 0), align: e.align }; }
    case 'struct': case 'union': { const l = structLayout(t, dm); return { size: l.size, align: l.align }; }
  }
}

/** Field offsets of a struct or union (all zero for a union), its size rounded to its alignment. */
export function structLayout(t: Extract<CType, { kind: 'struct' | 'union' }>, dm: DataModel): StructLayout {
  let byModel = structCache.get(t);
  if (!byModel) { byModel = new Map(); structCache.set(t, byModel); }
  const hit = byModel.get(dm.name);
  if (hit) return hit;
  let size = 0, align = 1;
  const offsets: number[] = [];
  for (const f of t.fields ?? []) {
    const l = layoutOf(f.type, dm);
    align = Math.max(align, l.align);
    if (t.kind === 'union') { offsets.push(0); size = Math.max(size, l.size); }
    else { size = roundUp(size, l.align); offsets.push(size); size += l.size; }
  }
  const res = { size: roundUp(size, align), align, offsets };
  byModel.set(dm.name, res);
  return res;
}

export const roundUp = (n: number, a: number): number => Math.ceil(n / a) * a;

/** C spelling of a type, for diagnostics, debug info and the canonical state: `struct node *`, `int [4]`. */
export function typeName(t: CType): string {
  switch (t.kind) {
    case 'void': return 'void';
    case 'int': return t.enumTag !== undefined ? `enum ${t.enumTag}` : INT_NAMES[t.ik];
    case 'ptr': return t.to.kind === 'func' ? `${typeName(t.to.ret)} (*)(${paramNames(t.to)})` : `${typeName(t.to)} *`;
    case 'array': return `${typeName(t.of)} [${t.length ?? ''}]`;
    case 'struct': case 'union': return `${t.kind} ${t.tag ?? `<anonymous#${t.id}>`}`;
    case 'func': return `${typeName(t.ret)} (${paramNames(t)})`;
  }
}

function paramNames(f: Extract<CType, { kind: 'func' }>): string {
  const ps = f.params.map(typeName);
  if (f.variadic) ps.push('...');
  return ps.length ? ps.join(', ') : 'void';
}

const INT_NAMES: Record<IntKind, string> = {
  bool: '_Bool', char: 'char', schar: 'signed char', uchar: 'unsigned char', short: 'short',
  ushort: 'unsigned short', int: 'int', uint: 'unsigned int', long: 'long', ulong: 'unsigned long',
  llong: 'long long', ullong: 'unsigned long long',
};

export const T = {
  void: { kind: 'void' } as CType,
  bool: { kind: 'int', ik: 'bool' } as CType,
  char: { kind: 'int', ik: 'char' } as CType,
  int: { kind: 'int', ik: 'int' } as CType,
  uint: { kind: 'int', ik: 'uint' } as CType,
  long: { kind: 'int', ik: 'long' } as CType,
  ulong: { kind: 'int', ik: 'ulong' } as CType,
  llong: { kind: 'int', ik: 'llong' } as CType,
  ullong: { kind: 'int', ik: 'ullong' } as CType,
  ptr: (to: CType): CType => ({ kind: 'ptr', to }),
};

/** The three data models Shuttle targets (x86-64's is used once that ISA lands). */
export const ILP32_LE: DataModel = {
  name: 'ilp32-le', bigEndian: false, charSigned: false,
  short: 2, int: 4, long: 4, llong: 8, ptr: 4,
  alignOf: (s) => s, maxAlign: 16, vaSlot: 4, vaAlign: (s) => (s === 8 ? 8 : 4),
};
export const ILP32_BE_M68K: DataModel = {
  name: 'ilp32-be-m68k', bigEndian: true, charSigned: true,
  short: 2, int: 4, long: 4, llong: 8, ptr: 4,
  alignOf: (s) => Math.min(s, 2), maxAlign: 2, vaSlot: 4, vaAlign: () => 4,
};
export const LP64_LE: DataModel = {
  name: 'lp64-le', bigEndian: false, charSigned: true,
  short: 2, int: 4, long: 8, llong: 8, ptr: 8,
  alignOf: (s) => s, maxAlign: 16, vaSlot: 8, vaAlign: () => 8,
};

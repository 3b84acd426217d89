// Lowering helpers about C types: which IR type (i32/i64) holds a C value on a data model,
// load/store sizes and signedness, and the module's type table (IRModule.types), whose
// index is the type id used by debug info and by the typed-allocation syscall.

import type { Ty } from './ir';
import { type CType, type DataModel, intSize, isSigned, layoutOf } from './types';

/** The IR type holding a scalar of C type `t` (structs/arrays/functions are held by address). */
export function irTy(t: CType, dm: DataModel): Ty {
  if (t.kind === 'int') return intSize(t.ik, dm) === 8 ? 'i64' : 'i32';
  return dm.ptr === 8 ? 'i64' : 'i32';
}

export const ptrTy = (dm: DataModel): Ty => (dm.ptr === 8 ? 'i64' : 'i32');

/** True for values lowering keeps as the address of their storage (struct, union, array, function). */
export const byAddress = (t: CType): boolean =>
  t.kind === 'struct' || t.kind === 'union' || t.kind === 'array' || t.kind === 'func';

/** Byte size of a scalar of type `t` in memory. */
export function scalarSize(t: CType, dm: DataModel): 1 | 2 | 4 | 8 {
  const s = t.kind === 'int' ? intSize(t.ik, dm) : dm.ptr;
  return s as 1 | 2 | 4 | 8;
}

/** Signedness of a scalar (pointers are unsigned). */
export const scalarSigned = (t: CType, dm: DataModel): boolean => t.kind === 'int' && isSigned(t.ik, dm);

/** True for a pointer, and for an array, struct or union with a pointer somewhere inside. */
export function containsPointer(t: CType): boolean {
  switch (t.kind) {
    case 'ptr': return true;
    case 'array': return containsPointer(t.of);
    case 'struct': case 'union': return (t.fields ?? []).some((f) => containsPointer(f.type));
    default: return false;
  }
}

export const isBool = (t: CType): boolean => t.kind === 'int' && t.ik === 'bool';

export const tyBits = (ty: Ty): number => (ty === 'i64' ? 64 : 32);

/** A constant of IR type `ty` in the canonical (two's complement, signed) representation. */
export const normConst = (v: bigint, ty: Ty): bigint => BigInt.asIntN(tyBits(ty), v);

/** Size of any complete object type (arrays of unknown length count as 0). */
export const sizeOf = (t: CType, dm: DataModel): number => layoutOf(t, dm).size;
export const alignOf = (t: CType, dm: DataModel): number => layoutOf(t, dm).align;

/** A structural key: equal keys mean the same C type for debug purposes (qualifiers ignored). */
export function typeKey(t: CType): string {
  switch (t.kind) {
    case 'void': return 'v';
    case 'int': return t.enumTag !== undefined ? `e:${t.enumTag}:${t.ik}` : t.ik;
    case 'ptr': return `${typeKey(t.to)}*`;
    case 'array': return `${typeKey(t.of)}[${t.length ?? ''}]`;
    case 'struct': case 'union': return `${t.kind}#${t.id}`;
    case 'func': return `fn(${t.params.map(typeKey).join(',')}${t.variadic ? ',...' : ''})${typeKey(t.ret)}`;
  }
}

/**
 * The module's type table: id 0 is the `bytes` placeholder ({kind:'void'}); every other type is
 * added once (by structural key) together with the types it refers to, so a consumer can resolve
 * pointee, element, field, return and parameter types to ids with `idOf`.
 */
export class TypeTable {
  readonly types: CType[] = [{ kind: 'void' }];
  private readonly ids = new Map<string, number>();

  /** The id of `t`, adding it (and what it refers to) when new. */
  idOf(t: CType): number {
    const key = typeKey(t);
    const hit = this.ids.get(key);
    if (hit !== undefined) return hit;
    const id = this.types.length;
    this.types.push(t);
    this.ids.set(key, id);
    this.addReferenced(t);
    return id;
  }

  private addReferenced(t: CType): void {
    switch (t.kind) {
      case 'ptr': this.idOf(t.to); break;
      case 'array': this.idOf(t.of); break;
      case 'struct': case 'union': for (const f of t.fields ?? []) this.idOf(f.type); break;
      case 'func': this.idOf(t.ret); for (const p of t.params) this.idOf(p); break;
      default: break;
    }
  }
}

/** Rebuild a lookup over an existing IRModule.types array (for the driver / debug info). */
export function typeIdLookup(types: CType[]): (t: CType) => number {
  const ids = new Map<string, number>();
  types.forEach((t, i) => { if (i > 0 && !ids.has(typeKey(t))) ids.set(typeKey(t), i); });
  return (t) => ids.get(typeKey(t)) ?? 0;
}

// The typed IR shared by every backend: the contract between lowering (compiler/lower.ts,
// followed on 32-bit targets by compiler/legalize.ts) and instruction selection
// (compiler/backend/<isa>.ts).
//
// Model: each function has frame *slots* (named variables in their home slots, spilled
// temporaries, outgoing copies) and *temps* (virtual registers, typed i32 or i64). Code is a
// flat list of instructions with labels. A backend may keep every temp in a frame slot (the
// -O0 model): that is what makes every statement boundary a migration point, because between
// statements no temp is live and every named variable is in its home slot.
//
// Widths: `i32` and `i64` only; narrower C values live in i32 temps and are narrowed by
// loads/stores (`size`) and `ext`. Pointers are `ptrTy` of the target (i32 on ILP32, i64 on
// LP64). After legalize.ts no i64 temp remains on 32-bit targets: 64-bit values become pairs.

import type { Loc } from './ast';
import type { CType } from './types';

export type Ty = 'i32' | 'i64';
export type Temp = number;
export type Label = number;

export type BinKind =
  | 'add' | 'sub' | 'mul' | 'mulhu' | 'divs' | 'divu' | 'rems' | 'remu'
  | 'and' | 'or' | 'xor' | 'shl' | 'shrs' | 'shru';
export type CmpKind = 'eq' | 'ne' | 'lts' | 'les' | 'gts' | 'ges' | 'ltu' | 'leu' | 'gtu' | 'geu';

export type Callee = { sym: string } | { temp: Temp };

/** One argument of a call or one parameter. `part` marks the halves of a legalized 64-bit value. */
export interface ArgIR { t: Temp; ty: Ty; part?: 'lo' | 'hi' }

export type Instr = (
  | { op: 'const'; dst: Temp; value: bigint }                       // value fits dst's type (two's complement)
  | { op: 'copy'; dst: Temp; a: Temp }
  | { op: 'bin'; kind: BinKind; dst: Temp; a: Temp; b: Temp }       // all three of one type; shifts use b mod width
  | { op: 'cmp'; kind: CmpKind; dst: Temp; a: Temp; b: Temp }       // dst is i32 0/1; a and b of one type
  | { op: 'neg' | 'not'; dst: Temp; a: Temp }                       // two's complement negation, bitwise not
  | { op: 'ext'; dst: Temp; a: Temp; bits: 1 | 8 | 16 | 32; signed: boolean }
      // same type in and out: keep the low `bits` bits, sign- or zero-extend them
      // (bits 1 unsigned: _Bool normalisation is done by cmp ne 0, not by ext)
  | { op: 'widen'; dst: Temp; a: Temp; signed: boolean }             // i32 -> i64
  | { op: 'trunc'; dst: Temp; a: Temp }                              // i64 -> i32
  | { op: 'load'; dst: Temp; addr: Temp; offset: number; size: 1 | 2 | 4 | 8; signed: boolean }
      // sizes 1,2,4 give i32 (or i64 when dst is i64: extended to 64 bits); size 8 gives i64
  | { op: 'store'; addr: Temp; offset: number; src: Temp; size: 1 | 2 | 4 | 8 }
  | { op: 'copymem'; dst: Temp; src: Temp; size: number; align: number }   // struct assignment; no overlap
  | { op: 'zeromem'; dst: Temp; size: number; align: number }
  | { op: 'slotaddr'; dst: Temp; slot: number }                     // address of a frame slot
  | { op: 'symaddr'; dst: Temp; sym: string; offset: number }       // address of a global, string or function
  | { op: 'vastart'; dst: Temp }                                    // address of the first variadic argument
  | { op: 'call'; dst?: Temp; dstHi?: Temp; callee: Callee; args: ArgIR[]; fixedArgs: number; site: number }
      // fixedArgs: how many entries of args belong to named parameters (the rest are variadic);
      // dst/dstHi receive the result (dstHi: the high half of a legalized 64-bit result)
  | { op: 'syscall'; dst: Temp; num: number; args: Temp[] }          // Linux or Shuttle syscall; dst = raw result
  | { op: 'label'; label: Label }
  | { op: 'jump'; target: Label }
  | { op: 'branch'; cond: Temp; ifTrue: Label; ifFalse: Label }     // cond i32, nonzero = true
  | { op: 'switch'; value: Temp; cases: { value: bigint; target: Label }[]; dflt: Label }
  | { op: 'ret'; value?: Temp; valueHi?: Temp }
  | { op: 'point'; point: number }                                  // a migration point: index into IRFunction.points
) & { loc?: Loc };

export interface Slot {
  size: number;
  align: number;
  /** what lives here: a named variable (home slot), a spilled temp, or scratch memory */
  role: 'var' | 'param' | 'temp' | 'scratch';
  name?: string;
  ctype?: CType;
  /** the VarSym id of a named variable */
  varId?: number;
  addressTaken?: boolean;
  scope?: { start: Loc; end: Loc };
}

/** A migration point: every statement boundary, and the call of migrate()/migration_point(). */
export interface PointIR {
  /** stable, ISA-independent id: `main:14:5`; duplicates within a function get `#2`, `#3` */
  id: string;
  kind: 'stmt' | 'migrate';
  loc: Loc;
}

/** A call site. Its id is stable across ISAs: `fn@callN` (N counts the calls of the source, in order). */
export interface CallSiteIR {
  id: string;
  loc: Loc;
  /** true for calls the compiler inserted (64-bit division helpers): never migration frames */
  synthetic: boolean;
  /** temps live across the call, filled in by liveness (compiler/liveness.ts) */
  live: Temp[];
}

/** Where a temp came from: the AST expression whose value it holds (ids match across ISAs). */
export interface TempInfo { ty: Ty; origin?: number; ctype?: CType; part?: 'lo' | 'hi'; whole?: Temp }

export interface IRFunction {
  name: string;
  isStatic: boolean;
  /** runtime functions carry no statement points and are hidden from users' call stacks by default */
  runtime: boolean;
  params: { slot: number; ty: Ty; size: number; part?: 'lo' | 'hi' }[];
  /** value returned: its type, or 'void'; `hi` when a legalized 64-bit result is returned as a pair */
  ret: Ty | 'void' | 'pair';
  variadic: boolean;
  slots: Slot[];
  temps: TempInfo[];
  body: Instr[];
  points: PointIR[];
  callSites: CallSiteIR[];
  labels: number;            // labels are 0 .. labels-1
  loc: Loc;
  endLoc: Loc;
}

/** Static data: string literals, globals, static locals. Initial bytes are in the target's byte order. */
export interface IRData {
  name: string;
  isStatic: boolean;
  section: 'rodata' | 'data' | 'bss';
  size: number;
  align: number;
  bytes?: Uint8Array;                                             // absent for bss
  relocs: { offset: number; sym: string; addend: number; size: number }[];   // pointer-sized absolute addresses
  ctype?: CType;
  /** the C name (globals and statics), undefined for string literals */
  cname?: string;
  loc?: Loc;
}

export interface IRModule {
  file: string;
  /** the data model the module was lowered for (its name) */
  dataModel: string;
  functions: IRFunction[];
  data: IRData[];
  /** external symbols referenced (resolved at link time against the runtime) */
  externs: string[];
  /** the types named by debug info, by id (typeId is the index); id 0 is `bytes` (unknown) */
  types: CType[];
}

/** Shuttle's private syscalls. Under qemu-user they return -ENOSYS and the runtime falls back. */
export const SHUTTLE_SYSCALLS = {
  /** the next allocation from this thread is of C type a0 (a type id of the image's debug info) */
  allocType: 0x5300,
  /** alloc(size, zeroed) -> address or 0 */
  alloc: 0x5301,
  /** free(address) */
  free: 0x5302,
  /** realloc(address, size) -> address or 0 */
  realloc: 0x5303,
  /** migrate(isa name address) -> 0 on success (returns on the target), -1 refused */
  migrate: 0x5304,
  /** a migration_point(): lets a pending debugger request take effect */
  point: 0x5305,
} as const;

export const ENOSYS = 38;

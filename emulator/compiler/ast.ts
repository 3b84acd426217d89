// The typed abstract syntax tree: the contract between the parser (which builds it,
// checks types and makes every implicit conversion explicit) and the lowering to IR.
//
// Invariants the parser guarantees, so lowering never has to think about C's rules:
// - every Expr has its C type in `type` and a unique `id` (creation order, identical for the
//   same source on every target: ids name IR values across ISAs);
// - integer promotions and the usual arithmetic conversions are explicit `cast` nodes: both
//   operands of a `binary` have the operation's type (for shifts: each operand is promoted
//   separately, the result has the left operand's type); comparison results are `int`;
// - arrays used as values appear under a `decay` node (type: pointer to element), functions used
//   as values under `addr`; call arguments are already converted to parameter types (default
//   argument promotions for variadic arguments); `assign.value` has the target's type;
// - `sizeof`, enum constants and other integer constant expressions are folded to `num`;
// - pointer arithmetic is explicit: `ptradd` (pointer ± integer, integer already converted to the
//   target's `long`), `ptrdiff` (pointer - pointer, result `long`).

import type { CType } from './types';

export interface Loc { file: string; line: number; col: number }

export type BinOp = '+' | '-' | '*' | '/' | '%' | '<<' | '>>' | '&' | '|' | '^' | '==' | '!=' | '<' | '<=' | '>' | '>=';

interface E { id: number; type: CType; loc: Loc }

export type Expr =
  | E & { k: 'num'; value: bigint }                              // any integer constant, already in `type`'s range
  | E & { k: 'str'; data: Uint8Array; label: string }            // string literal: an array lvalue in .rodata (data includes the NUL)
  | E & { k: 'var'; sym: VarSym }                                // lvalue
  | E & { k: 'func'; sym: FuncSym }                              // function designator (only under `addr` or as a call's callee)
  | E & { k: 'unary'; op: '-' | '~' | '!'; a: Expr }
  | E & { k: 'binary'; op: BinOp; a: Expr; b: Expr }
  | E & { k: 'ptradd'; ptr: Expr; index: Expr; negate: boolean } // ptr + index*sizeof(*ptr) (or minus)
  | E & { k: 'ptrdiff'; a: Expr; b: Expr }                       // (a - b) / sizeof(*a)
  | E & { k: 'logand' | 'logor'; a: Expr; b: Expr }              // operands are scalars; result int 0/1
  | E & { k: 'cond'; c: Expr; a: Expr; b: Expr }                 // a and b already converted to `type` (may be void)
  | E & { k: 'assign'; target: Expr; value: Expr }               // simple assignment, struct copy included
  | E & { k: 'opassign'; op: BinOp; target: Expr; value: Expr; opType: CType }
      // target op= value: computes ((opType)target op value) and converts back to target's type.
      // For pointer targets op is '+' or '-' and value is the (long) index: scaled by the element size.
  | E & { k: 'incdec'; target: Expr; delta: 1 | -1; post: boolean } // ++/--; pointers step by element size
  | E & { k: 'cast'; a: Expr }                                   // conversion to `type` (void too)
  | E & { k: 'decay'; a: Expr }                                  // array lvalue -> pointer to its first element
  | E & { k: 'deref'; a: Expr }                                  // *a, lvalue (a is a pointer)
  | E & { k: 'addr'; a: Expr }                                   // &a (a lvalue or function designator)
  | E & { k: 'member'; a: Expr; field: string; index: number }   // a.field (a is a struct/union lvalue or value); index into fields
  | E & { k: 'call'; callee: Expr; args: Expr[]; builtin?: Builtin }
  | E & { k: 'comma'; a: Expr; b: Expr }
  | E & { k: 'vaarg'; ap: Expr }                                 // va_arg(ap, type): ap is an lvalue of type va_list (char *)
  | E & { k: 'vastart'; ap: Expr }                              // va_start(ap, last): type void
  | E & { k: 'syscall'; args: Expr[] };                          // __syscall(n, a, b, c, ...): long, runtime only

/** Calls that lowering treats specially. `alloc`: malloc/calloc/realloc whose result type is known. */
export type Builtin = { kind: 'alloc'; elemType: CType };

export type Stmt =
  | { k: 'expr'; e: Expr; loc: Loc }
  | { k: 'decl'; sym: VarSym; init?: Init; loc: Loc }           // local definition (statics are globals)
  | { k: 'if'; c: Expr; then: Stmt; else?: Stmt; loc: Loc }
  | { k: 'while'; c: Expr; body: Stmt; loc: Loc }
  | { k: 'dowhile'; body: Stmt; c: Expr; loc: Loc }
  | { k: 'for'; init?: Stmt; c?: Expr; step?: Expr; body: Stmt; loc: Loc }
  | { k: 'switch'; c: Expr; body: Stmt; cases: CaseLabel[]; hasDefault: boolean; loc: Loc }
  | { k: 'case'; label: CaseLabel; body: Stmt; loc: Loc }       // also `default:` (label.value undefined)
  | { k: 'break'; loc: Loc }
  | { k: 'continue'; loc: Loc }
  | { k: 'return'; e?: Expr; loc: Loc }                         // e already converted to the return type
  | { k: 'goto'; label: string; loc: Loc }
  | { k: 'label'; name: string; body: Stmt; loc: Loc }
  | { k: 'block'; items: Stmt[]; loc: Loc; endLoc: Loc }
  | { k: 'empty'; loc: Loc };

export interface CaseLabel { value: bigint | undefined; id: number }

/**
 * An initializer, already resolved against the target's layout: a scalar expression, or the list
 * of scalar parts of an aggregate at byte offsets (everything not listed is zero). A string
 * literal initializing a char array is given as `bytes`.
 */
export type Init =
  | { k: 'expr'; e: Expr }
  | { k: 'list'; size: number; parts: { offset: number; type: CType; e: Expr }[]; bytes: { offset: number; data: Uint8Array }[] };

export interface VarSym {
  name: string;
  type: CType;
  storage: 'local' | 'param' | 'global' | 'static';  // 'static': file-scope static or static local
  /** unique symbol name for globals/statics (static locals: `fn.name.N`), undefined for locals */
  linkName?: string;
  /** true when the variable is only declared (extern) in this translation unit */
  extern?: boolean;
  /** true when `&` is applied anywhere (or an array is decayed): the canonical state makes it an object */
  addressTaken: boolean;
  loc: Loc;
  /** lexical scope of a local: the enclosing block's start and end */
  scope?: { start: Loc; end: Loc };
  id: number;
}

export interface FuncSym { name: string; type: Extract<CType, { kind: 'func' }>; isStatic: boolean; loc: Loc }

export interface FunctionDef {
  sym: FuncSym;
  params: VarSym[];
  locals: VarSym[];        // every local of every block, params excluded, in declaration order
  body: Extract<Stmt, { k: 'block' }>;
  loc: Loc;
  endLoc: Loc;             // the closing brace
}

export interface GlobalDef { sym: VarSym; init?: Init }

export interface TranslationUnit {
  file: string;
  functions: FunctionDef[];
  globals: GlobalDef[];    // definitions and tentative definitions; statics of functions too
  externs: VarSym[];       // declared, defined elsewhere (e.g. in the runtime)
  funcDecls: FuncSym[];    // every function declared or defined
  /** every struct/union/enum type seen, for the debug info's type table */
  types: CType[];
}

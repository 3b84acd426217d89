// The canonical process state, format `shuttle.canonical/1` (docs/canonical-state.md): the
// TypeScript types, and validateState, which checks any JSON against canonical.schema.json with
// ajv and turns the first schema error into MigrationRefused('malformed state: <where>: <what>').

import Ajv from 'ajv';
import schema from './canonical.schema.json';
import { MigrationRefused } from './refusal';

export const CANONICAL_FORMAT = 'shuttle.canonical/1';

/** A path step: a struct/union field name, an array index, or '@end' / '@byteN' (see the docs). */
export type PathStep = string | number;

/** A value in the canonical state (JSON). */
export type CanonicalValue =
  | null
  | number
  | string                                   // an integer beyond 2^53 (decimal), or a string object's bytes
  | CanonicalValue[]
  | { ref: string; path: PathStep[] }        // a pointer into an object
  | { function: string }                     // a function pointer
  | { member: string; value: CanonicalValue } // a union, by its first member
  | { [field: string]: CanonicalValue };      // a struct

export interface NamedValue { name: string; type: string; value: CanonicalValue }

/** A local: its value, or (address-taken) the id of the object that holds it. */
/** `dead`: never read again before it is rewritten, so its value is carried when it translates and is zero otherwise (docs/canonical-state.md) */
export interface CanonicalLocal { name: string; type: string; value?: CanonicalValue; object?: string; dead?: true }

export interface CanonicalTemp { origin: number; type: string; part?: 'lo' | 'hi'; value: CanonicalValue }

export interface CanonicalFrame {
  function: string;
  /** top frame stopped at a statement point */
  point?: string;
  /** top frame suspended in migrate()/migration_point(): continue after that call site */
  resume?: { callSite: string; result?: number };
  /** caller frames: the call site they are suspended at */
  callSite?: string;
  locals: CanonicalLocal[];
  temps: CanonicalTemp[];
  /** hidden parameters the compiler made: `.result` (a struct-returning function's pointer to its caller's result buffer) */
  hidden?: NamedValue[];
}

export type ObjectKind = 'global' | 'local' | 'heap' | 'string' | 'argv' | 'scratch';

export interface CanonicalObject {
  id: string;
  kind: ObjectKind;
  /** C type of the object, or of each element when `count` is present */
  type: string;
  /** the object is an array of `count` elements of `type` (heap blocks, strings, argv) */
  count?: number;
  value: CanonicalValue;
}

export type CaptureReason = 'migrate() call' | 'debugger' | 'snapshot';

export interface CanonicalState {
  format: typeof CANONICAL_FORMAT;
  program: { file: string; sha256: string };
  from: string;
  reason: CaptureReason;
  argv: string[];
  io: { stdoutBytes: number; stderrBytes: number; stdinOffset: number };
  /** outermost (the runtime's __shuttle_start) first */
  frames: CanonicalFrame[];
  /** globals and static locals by symbol: their values (their object ids are `global:<symbol>`) */
  globals: NamedValue[];
  /** address-taken locals, compiler scratch buffers, heap blocks, string literals, argv */
  objects: CanonicalObject[];
}

let validator: ReturnType<Ajv['compile']> | undefined;

/** Check `json` (parsed JSON, or a JSON text) against the schema; returns it typed. */
export function validateState(json: unknown): CanonicalState {
  if (typeof json === 'string') {
    try { json = JSON.parse(json); } catch (e) {
      throw new MigrationRefused(`malformed state: (text): not JSON (${(e as Error).message})`);
    }
  }
  if (json && typeof json === 'object' && 'format' in json && (json as { format: unknown }).format !== CANONICAL_FORMAT) {
    throw new MigrationRefused(`malformed state: /format: unsupported format ${JSON.stringify((json as { format: unknown }).format)} (expected ${CANONICAL_FORMAT})`);
  }
  validator ??= new Ajv({ allErrors: false, strict: false }).compile(schema);
  if (!validator(json)) {
    const err = validator.errors?.[0];
    const where = err?.instancePath || '(top)';
    let what = err?.message ?? 'invalid';
    if (err?.keyword === 'additionalProperties') what += ` '${(err.params as { additionalProperty: string }).additionalProperty}'`;
    throw new MigrationRefused(`malformed state: ${where}: ${what}`);
  }
  return json as CanonicalState;
}

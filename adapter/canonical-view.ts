// The `Canonical frame` scope: one stack frame as the canonical state (shuttle.canonical/1)
// describes it — function, point or call site, locals and live temps — rendered as DAP variables.
// Canonical values are shown readably: pointers `{ref, path}` as `→ heap:3.next`, function
// pointers as `→ fn()`, structs as `{x = 1, y = 2}`, unions by their member; structs, arrays,
// unions and address-taken locals (their object) expand lazily.

import type { CanonicalFrame, CanonicalObject, CanonicalValue, PathStep } from '../emulator/migrate/index';
import type { Variable } from './inspect';

/** A frame's canonical description, or the refusal that prevents one. */
export type CanonicalView =
  | { frame: CanonicalFrame; objects: Map<string, CanonicalObject> }
  | { refused: string };

type Ref = (value: unknown) => number;

/** The scope's top level: function, position, locals and temps (or the refusal). */
export function canonicalFrameVariables(view: CanonicalView, ref: Ref): Variable[] {
  if ('refused' in view) return [{ name: 'refused', value: view.refused, variablesReference: 0 }];
  const f = view.frame;
  const out: Variable[] = [{ name: 'function', value: f.function, variablesReference: 0 }];
  if (f.point) out.push({ name: 'point', value: f.point, variablesReference: 0 });
  if (f.callSite) out.push({ name: 'callSite', value: f.callSite, variablesReference: 0 });
  if (f.resume) out.push({ name: 'resume', value: `after ${f.resume.callSite}${f.resume.result !== undefined ? ` (result ${f.resume.result})` : ''}`, variablesReference: 0 });
  out.push({ name: 'locals', value: `${f.locals.length} local${f.locals.length === 1 ? '' : 's'}`, variablesReference: f.locals.length ? ref({ locals: f.locals }) : 0 });
  out.push({ name: 'temps', value: `${f.temps.length} live temp${f.temps.length === 1 ? '' : 's'}`, variablesReference: f.temps.length ? ref({ temps: f.temps }) : 0 });
  return out;
}

/** The children of an expandable node made by canonicalFrameVariables or by a value. */
export function canonicalChildren(node: unknown, view: CanonicalView, ref: Ref): Variable[] {
  if ('refused' in view) return [];
  const n = node as { locals?: CanonicalFrame['locals']; temps?: CanonicalFrame['temps']; value?: CanonicalValue; object?: string };
  if (n.locals) return n.locals.map((l) => l.object ? objectVariable(l.name, l.type, l.object, view, ref) : valueVariable(l.name, l.type, l.value ?? null, ref));
  if (n.temps) return n.temps.map((t) => valueVariable(`temp ${t.origin}${t.part ? '.' + t.part : ''}`, t.type, t.value, ref));
  if (n.object !== undefined) { const o = view.objects.get(n.object); return o ? [valueVariable(o.id, o.count !== undefined ? `${o.type}[${o.count}]` : o.type, o.value, ref)] : []; }
  return members(n.value ?? null).map(([name, v]) => valueVariable(name, undefined, v, ref));
}

function objectVariable(name: string, type: string, object: string, view: CanonicalView, ref: Ref): Variable {
  const o = 'objects' in view ? view.objects.get(object) : undefined;
  return { name, type, value: `object ${object}${o ? ' = ' + render(o.value) : ''}`, variablesReference: ref({ object }) };
}

function valueVariable(name: string, type: string | undefined, v: CanonicalValue, ref: Ref): Variable {
  const out: Variable = { name, value: render(v), variablesReference: members(v).length ? ref({ value: v }) : 0 };
  if (type) out.type = type;
  return out;
}

/** The expandable parts of a value: array elements, struct fields, a union's member. */
function members(v: CanonicalValue): [string, CanonicalValue][] {
  if (Array.isArray(v)) return v.map((e, i) => [`[${i}]`, e]);
  if (!v || typeof v !== 'object' || isPointer(v) || 'function' in v) return [];
  if (isUnion(v)) return [[String(v.member), v.value]];
  return Object.entries(v as Record<string, CanonicalValue>);
}

const isPointer = (v: object): v is { ref: string; path: PathStep[] } => 'ref' in v && 'path' in v && Object.keys(v).length === 2;
const isUnion = (v: object): v is { member: string; value: CanonicalValue } => 'member' in v && 'value' in v && Object.keys(v).length === 2;

/** A canonical value on one line. */
export function render(v: CanonicalValue, depth = 0): string {
  if (v === null) return 'null';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return /^-?\d+$/.test(v) ? v : JSON.stringify(v);
  if (depth > 2) return '…';
  if (Array.isArray(v)) return `[${v.slice(0, 8).map((e) => render(e, depth + 1)).join(', ')}${v.length > 8 ? ', …' : ''}]`;
  if (isPointer(v)) return `→ ${v.ref}${pathText(v.path)}`;
  if ('function' in v && Object.keys(v).length === 1) return `→ ${String(v.function)}()`;
  if (isUnion(v)) return `{.${v.member} = ${render(v.value, depth + 1)}}`;
  return `{${Object.entries(v).map(([k, x]) => `${k} = ${render(x as CanonicalValue, depth + 1)}`).join(', ')}}`;
}

function pathText(path: PathStep[]): string {
  return path.map((s) => {
    if (typeof s === 'number') return `[${s}]`;
    if (s === '@end') return ' (end)';
    if (s.startsWith('@byte')) return ` +${s.slice(5)} bytes`;
    return `.${s}`;
  }).join('');
}

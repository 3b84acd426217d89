// Hover: what the name under the cursor is, its C type, and the type's layout on every ISA side
// by side (size, alignment, and for structs and unions every field's offset) — the facts that
// decide what migration has to translate. A typedef name shows what it stands for (on each ISA
// when that differs, as size_t does) and the layout of the struct or union behind it. Returns
// markdown; main.ts wraps it as an LSP Hover.

import type { CType } from '../emulator/compiler/types';
import { layoutOf, structLayout, typeName } from '../emulator/compiler/types';
import type { IsaId } from '../emulator/isa/types';
import { LAYOUT_MODELS, resolve, tokenAt, type Analysis, type Pos, type Resolved } from './analysis';

type Aggregate = Extract<CType, { kind: 'struct' | 'union' }>;

/** Markdown for a hover at `pos`, or undefined when there is nothing to say. */
export function hoverAt(a: Analysis, pos: Pos): string | undefined {
  const tok = tokenAt(a, pos);
  if (!tok || tok.kind !== 'ident') return undefined;
  const r = resolve(a, tok);
  return r ? describe(a, r) : undefined;
}

function describe(a: Analysis, r: Resolved): string | undefined {
  switch (r.k) {
    case 'var': {
      const what = r.sym.storage === 'param' ? 'parameter' : r.sym.storage === 'local' ? 'local variable' : r.sym.storage === 'static' ? 'static variable' : 'global variable';
      const where = r.fn ? ` of \`${r.fn.sym.name}\`` : '';
      return [`**${r.sym.name}** — ${what}${where}`, code(declaration(r.sym.name, r.sym.type)), layoutSection(r.sym.type)].join('\n\n');
    }
    case 'func': {
      const t = r.sym.type;
      const params = r.def ? r.def.params.map((p) => declaration(p.name, p.type)) : t.params.map(typeName);
      if (t.variadic) params.push('...');
      const sig = declaration(`${r.sym.name}(${params.length ? params.join(', ') : 'void'})`, t.ret);
      const kind = r.def ? (r.sym.isStatic ? 'static function' : 'function') : 'function (declared)';
      return [`**${r.sym.name}** — ${kind}`, code(sig)].join('\n\n');
    }
    case 'field': {
      const agg = r.expr.a.type as Aggregate;
      const fields = agg.fields ?? [];
      const f = fields[r.expr.index];
      if (!f) return undefined;
      const offsets = LAYOUT_MODELS.map((m) => structLayout(agg, m.dm).offsets[r.expr.index]);
      const head = `**${f.name}** — field of \`${shownName(agg)}\`, offset ${LAYOUT_MODELS.map((m, i) => `${m.isa} ${offsets[i]}`).join(' · ')}`;
      return [head, code(declaration(f.name, f.type)), layoutSection(f.type), aggregateSection(agg)].join('\n\n');
    }
    case 'tag': {
      const t = findTag(a, r.kind, r.name);
      if (!t) return `**${r.kind} ${r.name}**`;
      return [`**${r.kind} ${r.name}**`, layoutSection(t)].join('\n\n');
    }
    case 'typedef': return typedefHover(r.name, r.types);
  }
}

/** `typedef struct node Node` and struct node's layout; per ISA where the typedef differs (size_t). */
function typedefHover(name: string, types: Map<IsaId, CType>): string {
  const first = [...types.values()][0];
  const per = LAYOUT_MODELS.map((m) => types.get(m.isa) ?? first);
  const same = per.every((t) => shownName(t) === shownName(per[0]));
  const decl = same ? `typedef ${declaration(name, per[0])};`
    : LAYOUT_MODELS.map((m, i) => `typedef ${declaration(name, per[i])};  // ${m.isa}`).join('\n');
  const agg = innerAggregate(per[0]);
  return [`**${name}** — typedef`, code(decl), sizeTable(per), agg ? aggregateSection(agg) : ''].filter(Boolean).join('\n\n');
}

/** A type as C writes it; an anonymous struct or union reads `struct { … }`. */
function shownName(t: CType): string {
  return typeName(t).replace(/ <anonymous#\d+>/g, ' { … }');
}

/** The struct/union type of that tag, from the unit's type table. */
function findTag(a: Analysis, kind: 'struct' | 'union' | 'enum', name: string): CType | undefined {
  if (kind === 'enum') return a.unit ? { kind: 'int', ik: 'int', enumTag: name } : undefined;
  const types = (a.unit?.types ?? []).filter((t): t is Aggregate => t.kind === kind && t.tag === name);
  return types.find((t) => t.fields) ?? types[0];
}

function code(text: string): string {
  return '```c\n' + text + '\n```';
}

/** `int a[4]`, `struct node *next`: a declaration as C writes it (arrays and function pointers simplified). */
export function declaration(name: string, t: CType): string {
  if (t.kind === 'array') {
    let base: CType = t;
    let dims = '';
    while (base.kind === 'array') { dims += `[${base.length ?? ''}]`; base = base.of; }
    return `${shownName(base)} ${name}${dims}`;
  }
  const tn = shownName(t);
  return tn.endsWith('*') ? `${tn}${name}` : `${tn} ${name}`;
}

/** Size and alignment per ISA, plus the layout of the struct it is, points to or holds. */
export function layoutSection(t: CType): string {
  const parts = [sizeTable(LAYOUT_MODELS.map(() => t))];
  const agg = innerAggregate(t);
  if (agg) parts.push(aggregateSection(agg));
  return parts.join('\n\n');
}

function innerAggregate(t: CType): Aggregate | undefined {
  let x: CType = t;
  for (let i = 0; i < 8; i++) {
    if (x.kind === 'struct' || x.kind === 'union') return x;
    if (x.kind === 'ptr') x = x.to;
    else if (x.kind === 'array') x = x.of;
    else return undefined;
  }
  return undefined;
}

const header = (first: string) =>
  `| ${first} | ${LAYOUT_MODELS.map((m) => m.isa).join(' | ')} |\n|${' --- |'.repeat(LAYOUT_MODELS.length + 1)}`;

/** Size and alignment on every ISA; `types[i]` is the type on LAYOUT_MODELS[i]. */
function sizeTable(types: CType[]): string {
  const t = types[0];
  if (t.kind === 'void' || t.kind === 'func' || ((t.kind === 'struct' || t.kind === 'union') && !t.fields)) {
    return t.kind === 'func' ? '' : '_incomplete type: no size_';
  }
  const ls = LAYOUT_MODELS.map((m, i) => layoutOf(types[i], m.dm));
  return [
    header(''),
    `| size | ${ls.map((l) => l.size).join(' | ')} |`,
    `| align | ${ls.map((l) => l.align).join(' | ')} |`,
  ].join('\n');
}

/** Field offsets of a struct/union on every ISA, with its size and alignment. */
export function aggregateSection(t: Aggregate): string {
  if (!t.fields) return `\`${shownName(t)}\`: incomplete`;
  const ls = LAYOUT_MODELS.map((m) => structLayout(t, m.dm));
  const rows = t.fields.map((f, i) => `| \`${f.name}\` ${escapeCell(shownName(f.type))} | ${ls.map((l) => l.offsets[i]).join(' | ')} |`);
  return [
    `**${shownName(t)}** field offsets`,
    [header('field'), ...rows,
      `| _size_ | ${ls.map((l) => l.size).join(' | ')} |`,
      `| _align_ | ${ls.map((l) => l.align).join(' | ')} |`].join('\n'),
  ].join('\n\n');
}

const escapeCell = (s: string) => s.replace(/\|/g, '\\|');

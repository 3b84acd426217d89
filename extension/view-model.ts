// The Migration view's model, built from what the debug adapter answered at a stop: the source
// ISA's registers (Registers scope of the selected frame), the canonical state as an expandable
// tree, the target ISA's registers from `targetPreview`, the target picker and the timeline of
// migrations. Values that differ from the previous stop are marked `changed` (ChangeTracker).
// Pure data in, pure data out — no `vscode` import; the webview (extension/webview/view.js)
// renders the model and the tests check it with node:test.

import { describeIsa, type IsaInfo } from './isa-info';

/** The body of the adapter's `migrate` response and `migrated` event. */
export interface MigrationRecord {
  from: string; to: string; point: { id: string; file?: string; line?: number };
  durationMs: number; canonicalBytes?: number;
}
export interface RegisterValue { name: string; value: string; fields?: { name: string; value: string }[] }
/** One answer from the adapter, or the error message it gave. */
export type Answer<T> = { ok: T } | { error: string };

export interface CanonicalAnswer { state: unknown; frame?: unknown; bytes?: number; point?: { id: string; file?: string; line?: number } }
export interface PreviewAnswer { targetIsa: string; pc: string; registers: RegisterValue[]; frames?: { name: string; file?: string; line?: number; pc: string; fp: string }[] }

export interface StopInput {
  isa: string;
  isas: IsaInfo[];
  target: string;
  /** the selected frame: its name and depth (0 = innermost) */
  frame: { name: string; depth: number };
  registers: Answer<RegisterValue[]>;
  canonical: Answer<CanonicalAnswer>;
  preview: Answer<PreviewAnswer>;
}

export interface Row { key: string; name: string; value: string; changed: boolean; fields?: Row[] }
export interface TreeNode { key: string; label: string; value?: string; changed: boolean; open?: boolean; selected?: boolean; children?: TreeNode[] }
export interface Column<T> { title: string; subtitle?: string; items: T[]; error?: string }

export interface ViewModel {
  /** 'none': no Shuttle session; 'running': the program runs; 'stopped': the columns are filled */
  state: 'none' | 'running' | 'stopped';
  message?: string;
  isa?: string;
  targets: { id: string; label: string; description: string }[];
  target?: string;
  canMigrate: boolean;
  source?: Column<Row>;
  canonical?: Column<TreeNode>;
  preview?: Column<Row>;
  timeline: string[];
}

/** Remembers the values shown at the previous stop, to mark what changed since. */
export class ChangeTracker {
  private previous = new Map<string, string>();
  private current = new Map<string, string>();

  /** A new stop: what the previous stop showed becomes the baseline (values not shown then compare with nothing). */
  nextStop(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** Record `value` under `key`; true when the previous stop showed a different value there. */
  mark(key: string, value: string): boolean {
    this.current.set(key, value);
    const before = this.previous.get(key);
    return before !== undefined && before !== value;
  }

  reset(): void { this.previous.clear(); this.current.clear(); }
}

/** `rv32 → m68k · main:31:5 · 1.2 ms` */
export function formatMigration(m: MigrationRecord): string {
  return `${m.from} → ${m.to} · ${m.point?.id ?? '?'} · ${formatMs(m.durationMs)}`;
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '? ms';
  return ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}

/** The ISAs one can migrate to from `isa`, for the picker. */
export function targetChoices(isa: string, isas: IsaInfo[]): ViewModel['targets'] {
  return isas.filter((i) => i.id !== isa).map((i) => ({ id: i.id, label: `${i.id} — ${i.title}`, description: describeIsa(i) }));
}

/** The model while no stop is shown (no session, or the program is running — perhaps to the migration point of a pending migration). */
export function idleModel(state: 'none' | 'running', timeline: MigrationRecord[], isa?: string, migratingTo?: string): ViewModel {
  const message = state === 'none' ? 'Start a Shuttle debug session (F5 on a C file) to see its migration state here.'
    : migratingTo ? `The program is running to the next migration point, to migrate to ${migratingTo} there.`
      : 'The program is running. The columns fill in at the next stop.';
  return { state, message, isa, targets: [], canMigrate: false, timeline: timeline.map(formatMigration) };
}

/** The model at a stop; marks values changed since the previous stop through `changes`. */
export function stopModel(input: StopInput, timeline: MigrationRecord[], changes: ChangeTracker): ViewModel {
  const { isa, frame } = input;
  const srcKey = (name: string): string => `src:${isa}:${frame.depth}:${frame.name}:${name}`;
  const source: Column<Row> = 'ok' in input.registers
    ? { title: `Source · ${isa}`, subtitle: `registers of ${frame.name}`, items: registerRows(input.registers.ok, srcKey, changes) }
    : { title: `Source · ${isa}`, items: [], error: input.registers.error };
  const canonical: Column<TreeNode> = 'ok' in input.canonical
    ? { title: 'Canonical state', subtitle: canonicalSubtitle(input.canonical.ok), items: canonicalTree(input.canonical.ok, changes) }
    : { title: 'Canonical state', items: [], error: input.canonical.error };
  const tgtKey = (name: string): string => `tgt:${input.target}:${frame.depth}:${frame.name}:${name}`;
  const preview: Column<Row> = 'ok' in input.preview
    ? { title: `Target · ${input.target}`, subtitle: `pc ${input.preview.ok.pc}`, items: registerRows(input.preview.ok.registers, tgtKey, changes) }
    : { title: `Target · ${input.target}`, items: [], error: input.preview.error };
  return {
    state: 'stopped', isa, targets: targetChoices(isa, input.isas), target: input.target,
    canMigrate: input.target !== isa, source, canonical, preview, timeline: timeline.map(formatMigration),
  };
}

function registerRows(regs: RegisterValue[], key: (name: string) => string, changes: ChangeTracker): Row[] {
  return regs.map((r) => ({
    key: key(r.name), name: r.name, value: r.value, changed: changes.mark(key(r.name), r.value),
    fields: r.fields?.map((f) => ({ key: key(`${r.name}.${f.name}`), name: f.name, value: f.value, changed: changes.mark(key(`${r.name}.${f.name}`), f.value) })),
  }));
}

function canonicalSubtitle(c: CanonicalAnswer): string {
  const at = c.point ? `at ${c.point.id}` : '';
  const size = c.bytes !== undefined ? `${c.bytes} bytes` : '';
  return [at, size].filter(Boolean).join(' · ');
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
interface CFrame { function?: string; point?: string; callSite?: string; resume?: { callSite?: string }; locals?: Named[]; temps?: { origin: string; value: Json; part?: string }[] }
interface Named { name: string; type?: string; value?: Json; object?: string }
interface CObject { id: string; kind?: string; type?: string; count?: number; value?: Json }

/** The canonical state as a tree: frames innermost first (the selected one open), then globals and objects. */
export function canonicalTree(c: CanonicalAnswer, changes: ChangeTracker): TreeNode[] {
  const state = (c.state ?? {}) as { frames?: CFrame[]; globals?: Named[]; objects?: CObject[] };
  const frames = Array.isArray(state.frames) ? state.frames : [];
  const selected = selectedFrameIndex(frames, c.frame);
  const nodes: TreeNode[] = [];
  const objects = new Map((Array.isArray(state.objects) ? state.objects : []).map((o) => [o.id, o]));
  for (let i = frames.length - 1; i >= 0; i--) nodes.push(frameNode(frames[i], i, i === selected, objects, changes));
  const globals = Array.isArray(state.globals) ? state.globals : [];
  nodes.push(group('globals', `Globals`, `${globals.length}`, globals.map((g) => valueNode(`canon/globals/${g.name}`, g.name, g.value ?? null, changes))));
  const shown = [...objects.values()].filter((o) => o.kind !== 'string' && o.kind !== 'global');
  nodes.push(group('objects', 'Heap and objects', `${shown.length}`, shown.map((o) => {
    const n = valueNode(`canon/objects/${o.id}`, o.id, o.value ?? null, changes);
    return { ...n, value: n.children ? `${o.type ?? ''}${o.count !== undefined ? ` × ${o.count}` : ''}` : n.value };
  })));
  return nodes;
}

function selectedFrameIndex(frames: CFrame[], frame: unknown): number {
  if (frame !== undefined) {
    const want = JSON.stringify(frame);
    for (let i = frames.length - 1; i >= 0; i--) if (JSON.stringify(frames[i]) === want) return i;
  }
  return frames.length - 1;
}

function frameNode(f: CFrame, index: number, selected: boolean, objects: Map<string, CObject>, changes: ChangeTracker): TreeNode {
  const base = `canon/frame${index}:${f.function ?? '?'}`;
  const where = f.point ? `point ${f.point}` : f.resume ? `in migrate() at ${f.resume.callSite ?? '?'}` : f.callSite ? `at ${f.callSite}` : '';
  const children = (f.locals ?? []).map((l) => {
    if (l.object === undefined) return valueNode(`${base}/${l.name}`, l.name, l.value ?? null, changes);
    // an address-taken variable lives in an object (pointers refer to it by that id): show its value here
    const o = objects.get(l.object);
    const n = valueNode(`${base}/${l.name}`, l.name, o?.value ?? null, changes);
    return { ...n, value: `${n.children ? `${n.value} ` : `${n.value} · `}${l.object}` };
  });
  for (const t of f.temps ?? []) children.push(leaf(`${base}/temp:${t.origin}${t.part ?? ''}`, `temp ${t.origin}${t.part ? ` (${t.part})` : ''}`, formatScalar(t.value), changes));
  const node = group(`frame${index}`, `#${index} ${f.function ?? '?'}`, where, children);
  return { ...node, open: selected, selected };
}

function group(key: string, label: string, value: string, children: TreeNode[]): TreeNode {
  return { key: `canon/${key}`, label, value, changed: children.some((c) => c.changed), children };
}

function leaf(key: string, label: string, value: string, changes: ChangeTracker): TreeNode {
  return { key, label, value, changed: changes.mark(key, value) };
}

/** A canonical value as a node: scalars and pointers are leaves, arrays/structs/unions have children. */
export function valueNode(key: string, label: string, v: Json, changes: ChangeTracker): TreeNode {
  if (isPointer(v) || !v || typeof v !== 'object') return leaf(key, label, formatScalar(v), changes);
  if (isUnion(v)) {
    const child = valueNode(`${key}.${v.member}`, String(v.member), v.value as Json, changes);
    return { key, label, value: `union · ${v.member}`, changed: child.changed, children: [child] };
  }
  const entries: [string, Json][] = Array.isArray(v) ? v.map((x, i) => [`[${i}]`, x]) : Object.entries(v);
  const children = entries.map(([k, x]) => valueNode(`${key}/${k}`, k, x, changes));
  const value = Array.isArray(v) ? `[${v.length}]` : '{…}';
  return { key, label, value, changed: children.some((c) => c.changed), children };
}

function isPointer(v: Json): v is { ref: string; path?: Json[] } | { function: string } {
  return !!v && typeof v === 'object' && !Array.isArray(v) && (typeof v.ref === 'string' || (typeof v.function === 'string' && Object.keys(v).length === 1));
}
function isUnion(v: Json): v is { member: string; value: Json } {
  return !!v && typeof v === 'object' && !Array.isArray(v) && typeof v.member === 'string' && 'value' in v && Object.keys(v).length === 2;
}

/** Scalars as text; pointers as `→ heap:1[2].next`, functions as `&name`, null as NULL. */
export function formatScalar(v: Json): string {
  if (v === null) return 'NULL';
  if (typeof v === 'string') return /^-?\d+$/.test(v) ? v : JSON.stringify(v);
  if (typeof v !== 'object') return String(v);
  if (!Array.isArray(v) && typeof v.function === 'string') return `&${v.function}`;
  if (!Array.isArray(v) && typeof v.ref === 'string') return `→ ${v.ref}${formatPath(Array.isArray(v.path) ? v.path : [])}`;
  return JSON.stringify(v);
}

export function formatPath(path: Json[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : p === '@end' ? ' (end)' : typeof p === 'string' && p.startsWith('@byte') ? ` + ${p.slice(5)} bytes` : `.${String(p)}`)).join('');
}

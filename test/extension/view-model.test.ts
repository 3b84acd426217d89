// The Migration view's model (extension/view-model.ts) and the ISA descriptions (isa-info.ts):
// change highlighting across stops, the canonical state as a tree — built from a real state that
// `shuttle snapshot` wrote for examples/migrate.c — and the timeline and picker texts.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli, type CliIo } from '../../bin/cli';
import { describeIsa, localIsas, parseIsas } from '../../extension/isa-info';
import {
  ChangeTracker, canonicalTree, formatMigration, formatScalar, idleModel, stopModel, type StopInput, type TreeNode,
} from '../../extension/view-model';

const ROOT = path.join(__dirname, '..', '..');

/** The canonical state of examples/migrate.c at its `n`-th migration point. */
function snapshot(n: number): unknown {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuttle-view-'));
  try {
    const out = path.join(dir, 'state.json');
    let err = '';
    const io: CliIo = { stdout: () => {}, stderr: (t) => { err += t; }, stdin: () => new Uint8Array(0) };
    const code = runCli(['snapshot', path.join(ROOT, 'examples', 'migrate.c'), '--at', String(n), '-o', out], io);
    assert.equal(code, 0, err);
    return JSON.parse(fs.readFileSync(out, 'utf8'));
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
}

const find = (nodes: TreeNode[], label: string): TreeNode | undefined => {
  for (const n of nodes) {
    if (n.label === label) return n;
    const inner = n.children && find(n.children, label);
    if (inner) return inner;
  }
  return undefined;
};

describe('ISA descriptions', () => {
  test('every ISA of this build is described by byte order, word size and register count', () => {
    const isas = localIsas();
    assert.ok(isas.length >= 2);
    const m68k = isas.find((i) => i.id === 'm68k');
    assert.ok(m68k);
    assert.equal(describeIsa(m68k), `big-endian · 32-bit · ${m68k.registers.length} registers`);
    assert.equal(describeIsa(isas.find((i) => i.id === 'rv32')!).startsWith('little-endian · 32-bit · '), true);
  });
  test('parseIsas accepts the adapter\'s shape and refuses others', () => {
    assert.equal(parseIsas({ current: 'rv32', isas: localIsas() })?.current, 'rv32');
    assert.equal(parseIsas({ isas: [] }), undefined);
    assert.equal(parseIsas({ current: 'rv32', isas: [{ id: 'x' }] }), undefined);
  });
});

describe('ChangeTracker', () => {
  test('marks a value changed only against the previous stop', () => {
    const c = new ChangeTracker();
    assert.equal(c.mark('a', '1'), false); // first sight: nothing to compare with
    c.nextStop();
    assert.equal(c.mark('a', '2'), true);
    assert.equal(c.mark('a', '2'), true); // same stop, seen again (another frame switch)
    c.nextStop();
    assert.equal(c.mark('a', '2'), false);
  });
  test('only the previous stop counts', () => {
    const c = new ChangeTracker();
    c.mark('rv32 pc', 'x');
    c.nextStop();
    c.mark('m68k pc', 'y'); // a stop on another ISA
    c.nextStop();
    assert.equal(c.mark('rv32 pc', 'z'), false);
  });
});

describe('the canonical state as a tree', () => {
  const state = snapshot(4);
  test('frames innermost first, the selected (top) one open, then globals and objects', () => {
    const nodes = canonicalTree({ state }, new ChangeTracker());
    const frames = nodes.filter((n) => n.label.startsWith('#'));
    assert.ok(frames.length >= 2);
    assert.match(frames[frames.length - 1].label, /__shuttle_start$/);
    assert.equal(frames[0].open, true);
    assert.equal(frames.slice(1).some((f) => f.open), false);
    assert.deepEqual(nodes.slice(-2).map((n) => n.label), ['Globals', 'Heap and objects']);
  });
  test('an address-taken array shows its object\'s values', () => {
    const nodes = canonicalTree({ state }, new ChangeTracker());
    const steps = find(nodes, 'steps');
    assert.ok(steps?.children, 'steps has no elements');
    assert.deepEqual(steps.children.map((c) => c.value), ['1', '2', '3', '4']);
    assert.match(steps.value ?? '', /frame\d+:main:steps/);
  });
  test('values that changed between two stops are marked, and their groups too', () => {
    const changes = new ChangeTracker();
    canonicalTree({ state: snapshot(4) }, changes);
    changes.nextStop();
    const later = canonicalTree({ state: snapshot(12) }, changes);
    const main = later.find((n) => /main$/.test(n.label));
    assert.ok(main);
    assert.ok(main.children?.some((c) => c.changed), 'nothing in main changed');
    assert.equal(main.changed, true);
  });
});

describe('formatting', () => {
  test('timeline entries', () => {
    assert.equal(formatMigration({ from: 'rv32', to: 'm68k', point: { id: 'main:31:5' }, durationMs: 1.234 }), 'rv32 → m68k · main:31:5 · 1.2 ms');
    assert.equal(formatMigration({ from: 'm68k', to: 'rv32', point: { id: 'hop@call1' }, durationMs: 250.4 }), 'm68k → rv32 · hop@call1 · 250 ms');
  });
  test('canonical scalars and pointers', () => {
    assert.equal(formatScalar(null), 'NULL');
    assert.equal(formatScalar({ function: 'twice' }), '&twice');
    assert.equal(formatScalar({ ref: 'heap:1', path: [2, 'best'] }), '→ heap:1[2].best');
    assert.equal(formatScalar({ ref: 'frame1:main:steps', path: [4] }), '→ frame1:main:steps[4]');
    assert.equal(formatScalar('-9007199254740993'), '-9007199254740993');
  });
});

describe('the model', () => {
  const isas = localIsas();
  const input = (pc: string, canonicalError?: string): StopInput => ({
    isa: 'rv32', isas, target: 'm68k', frame: { name: 'main', depth: 0 },
    registers: { ok: [{ name: 'pc', value: pc }, { name: 'sp', value: '0x7ffeff00' }] },
    canonical: canonicalError ? { error: canonicalError } : { ok: { state: {}, point: { id: 'main:31:5' }, bytes: 100 } },
    preview: { ok: { targetIsa: 'm68k', pc: '0x00010040', registers: [{ name: 'sr', value: '0x0000', fields: [{ name: 'Z', value: '0' }] }] } },
  });
  test('at a stop: three columns, target picker without the current ISA, changes since the last stop', () => {
    const changes = new ChangeTracker();
    stopModel(input('0x00010000'), [], changes);
    changes.nextStop();
    const m = stopModel(input('0x00010010'), [{ from: 'm68k', to: 'rv32', point: { id: 'p' }, durationMs: 2 }], changes);
    assert.equal(m.state, 'stopped');
    assert.equal(m.canMigrate, true);
    assert.deepEqual(m.targets.map((t) => t.id), isas.filter((i) => i.id !== 'rv32').map((i) => i.id));
    assert.deepEqual(m.source?.items.map((r) => [r.name, r.changed]), [['pc', true], ['sp', false]]);
    assert.equal(m.canonical?.subtitle, 'at main:31:5 · 100 bytes');
    assert.deepEqual(m.preview?.items[0].fields?.map((f) => f.name), ['Z']);
    assert.deepEqual(m.timeline, ['m68k → rv32 · p · 2.0 ms']);
  });
  test('an adapter error fills its column\'s error and keeps the others', () => {
    const m = stopModel(input('0x0', 'not at a migration point'), [], new ChangeTracker());
    assert.equal(m.canonical?.error, 'not at a migration point');
    assert.equal(m.source?.items.length, 2);
  });
  test('idle models explain themselves and keep the timeline', () => {
    const m = idleModel('none', [{ from: 'rv32', to: 'm68k', point: { id: 'x' }, durationMs: 1 }]);
    assert.match(m.message ?? '', /Start a Shuttle debug session/);
    assert.equal(m.timeline.length, 1);
    assert.equal(m.canMigrate, false);
  });
});

// Tests of the linker, ELF writer and loader with hand-built modules and rv32 code: placement,
// relocations (code through the backend, data by the linker), symbol rules (statics renamed,
// redefinitions and undefined references are positioned errors), garbage collection of the
// runtime, debug info, ELF read-back, objdump acceptance, and a run on the machine and qemu.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as E from '../isa/rv32/encode';
import { getIsa } from '../isa/index';
import { getBackend } from './backend/index';
import { link, type LinkInput, type LinkUnit } from './link';
import { writeElf } from './elf';
import { CompileError } from './diagnostics';
import { readElf, readDebugInfo } from '../machine/loader';
import { Machine } from '../machine/machine';
import { asmFunction, irData, irFunction, irModule, leWords, loc, unit, bytesOf, textOf } from '../machine/test-support';
import { lineAt, functionAt } from './debuginfo';

const A0 = 10, A1 = 11, A2 = 12, A7 = 17, RA = 1, T0 = 5, ZERO = 0, S0 = 8, SP = 2;

/** main: write(1, ptr, 6); return counter;  with ptr -> msg (data reloc), counter = 7 */
function userUnit(): LinkUnit {
  const code = leWords([
    E.addi(SP, SP, -16), E.sw(RA, SP, 12), E.sw(S0, SP, 8), E.addi(S0, SP, 16),
    E.lui(A1, 0), E.lw(A1, A1, 0),              // a1 = ptr           (hi20/lo12i ptr)
    E.addi(A0, ZERO, 1), E.addi(A2, ZERO, 6), E.addi(A7, ZERO, 64), E.ecall(),
    E.lui(T0, 0), E.lw(A0, T0, 0),              // a0 = counter       (hi20/lo12i counter)
    E.jal(RA, 0),                                // helper()           (jal helper, static)
    E.lw(RA, SP, 12), E.lw(S0, SP, 8), E.addi(SP, SP, 16), E.jalr(ZERO, RA, 0),
  ]);
  const main = asmFunction('main', code, [
    { offset: 16, kind: 'hi20', sym: 'ptr', addend: 0 }, { offset: 20, kind: 'lo12i', sym: 'ptr', addend: 0 },
    { offset: 40, kind: 'hi20', sym: 'counter', addend: 0 }, { offset: 44, kind: 'lo12i', sym: 'counter', addend: 0 },
    { offset: 48, kind: 'jal', sym: 'helper', addend: 0 },
  ], {
    lines: [{ offset: 0, line: 3, col: 1, file: 'prog.c' }, { offset: 16, line: 4, col: 3, file: 'prog.c' }, { offset: 16, line: 5, col: 3, file: 'prog.c' }, { offset: 40, line: 6, col: 3, file: 'prog.c' }],
    slotOffsets: [-12], prologueEnd: 16, frameSize: 16,
  });
  const helper = asmFunction('helper', leWords([E.jalr(ZERO, RA, 0)]), [], { isStatic: true });
  const c = new Uint8Array(4); c[0] = 7;
  const mod = irModule('prog.c', [
    irFunction('main', { loc: loc(3), endLoc: loc(8), slots: [{ size: 4, align: 4, role: 'var', name: 'x', ctype: { kind: 'int', ik: 'int' } }] }),
    irFunction('helper', { isStatic: true }),
  ], [
    irData('.Lstr0', { section: 'rodata', size: 7, align: 1, bytes: bytesOf('hello\n\0'), cname: undefined, isStatic: true }),
    irData('ptr', { relocs: [{ offset: 0, sym: '.Lstr0', addend: 0, size: 4 }], ctype: { kind: 'ptr', to: { kind: 'int', ik: 'char' } } }),
    irData('counter', { bytes: c, ctype: { kind: 'int', ik: 'int' } }),
    irData('main.calls.1', { section: 'bss', bytes: undefined, isStatic: true, cname: 'calls', ctype: { kind: 'int', ik: 'int' } }),
  ], [{ kind: 'void' }, { kind: 'struct', tag: 'p', id: 1, fields: [{ name: 'c', type: { kind: 'int', ik: 'char' } }, { name: 'i', type: { kind: 'int', ik: 'int' } }] }]);
  return unit(mod, [main, helper]);
}

/** The runtime: __shuttle_start calls main then exits; a static 'helper' and an unused 'unused'. */
function runtimeUnit(): LinkUnit {
  const start = asmFunction('__shuttle_start', leWords([E.jal(RA, 0), E.jal(RA, 0), E.addi(A7, ZERO, 93), E.ecall()]),
    [{ offset: 0, kind: 'jal', sym: 'main', addend: 0 }, { offset: 4, kind: 'jal', sym: 'helper', addend: 0 }]);
  const helper = asmFunction('helper', leWords([E.jalr(ZERO, RA, 0)]), [], { isStatic: true });
  const unused = asmFunction('unused', leWords([E.jalr(ZERO, RA, 0)]));
  const mod = irModule('/rt/start.c', [
    irFunction('__shuttle_start', { runtime: true }), irFunction('helper', { runtime: true, isStatic: true }), irFunction('unused', { runtime: true }),
  ], [irData('rt_table', { relocs: [{ offset: 0, sym: 'unused', addend: 0, size: 4 }] })]);
  return unit(mod, [start, helper, unused], true);
}

function input(units: LinkUnit[]): LinkInput {
  return { isa: getIsa('rv32'), backend: getBackend('rv32'), units, entry: getBackend('rv32').entryStub(), program: { file: 'prog.c', sha256: 'x' } };
}

function buildImage(units = [userUnit(), runtimeUnit()]) {
  const out = link(input(units));
  const isa = getIsa('rv32');
  const elf = writeElf({ machine: isa.elf.machine, flags: isa.elf.flags, bigEndian: false, entry: out.entry, text: out.text, rodata: out.rodata, data: out.data, bss: out.bss, symbols: out.symbols, debug: bytesOf(JSON.stringify(out.debug)) });
  return { out, elf, image: { isa: 'rv32' as const, elf, debug: out.debug } };
}

test('layout: _start at 0x10000, user code first, data on the next page, unreachable runtime dropped', () => {
  const { out } = buildImage();
  const names = out.debug.functions.map((f) => f.name);
  assert.deepEqual(names, ['_start', 'main', 'helper', '__shuttle_start', 'helper']);
  assert.equal(out.entry, 0x10000);
  assert.equal(out.data.addr % 0x1000, 0);
  assert.ok(out.data.addr > out.rodata.addr);
  assert.ok(!out.symbols.some((s) => s.name === 'unused' || s.name === 'rt_table'));
  const statics = out.symbols.filter((s) => s.name.startsWith('helper'));
  assert.deepEqual(statics.map((s) => s.name).sort(), ['helper', 'helper.1'], 'colliding statics renamed');
  assert.ok(statics.every((s) => s.local));
});

test('data relocations hold final addresses; debug info describes globals, vars, lines, types', () => {
  const { out } = buildImage();
  const d = out.debug;
  const ptr = d.globals.find((g) => g.name === 'ptr')!;
  const msg = out.symbols.find((s) => s.name === '.Lstr0')!;
  const v = new DataView(out.data.bytes.buffer);
  assert.equal(v.getUint32(ptr.addr - out.data.addr, true), msg.value);
  assert.equal(d.types[d.types[ptr.type].to!].name, 'char');
  const calls = d.globals.find((g) => g.name === 'calls')!;
  assert.equal(calls.fn, 'main');
  assert.equal(calls.addr, out.bss.addr);
  const main = d.functions.find((f) => f.name === 'main')!;
  assert.deepEqual(main.vars, [{ name: 'x', type: d.types.findIndex((t) => t.name === 'int'), fpOffset: -12, kind: 'local', addressTaken: false }]);
  assert.deepEqual(main.statics, [{ name: 'calls', symbol: 'main.calls.1', type: calls.type }]);
  assert.equal(main.prologueEnd, main.lo + 16);
  assert.deepEqual(d.lines.filter((l) => l[0] >= main.lo && l[0] < main.hi).map((l) => [l[0] - main.lo, l[2]]), [[0, 3], [16, 5], [40, 6]]);
  assert.deepEqual(lineAt(d, main.lo + 20), { file: 'prog.c', line: 5, col: 3 });
  assert.equal(functionAt(d, main.lo + 20)?.name, 'main');
  assert.equal(d.types[1].name, 'struct p', 'user type ids are kept');
  assert.deepEqual(d.types[1].fields!.map((f) => f.offset), [0, 4]);
});

test('undefined references and redefinitions are positioned compile errors', () => {
  const u = userUnit();
  u.asm[0].relocs.push({ offset: 48, kind: 'jal', sym: 'nowhere', addend: 0 });
  u.mod.functions[0].body.push({ op: 'call', callee: { sym: 'nowhere' }, args: [], fixedArgs: 0, site: 0, loc: loc(6, 9) });
  assert.throws(() => link(input([u, runtimeUnit()])), (e) => e instanceof CompileError && e.message === "prog.c:6:9: error: undefined reference to 'nowhere'");
  const r = runtimeUnit();
  const u2 = userUnit();
  u2.mod.functions.push(irFunction('__shuttle_start', { loc: loc(9, 5) }));
  u2.asm.push(asmFunction('__shuttle_start', leWords([E.jalr(ZERO, RA, 0)])));
  assert.throws(() => link(input([u2, r])), (e) => e instanceof CompileError && /^prog\.c:9:5: error: redefinition of '__shuttle_start'/.test(e.message));
});

test('the ELF reads back: header, segments, sections, symbols, .shuttle', () => {
  const { elf, out } = buildImage();
  const f = readElf(elf);
  assert.equal(f.machine, 243);
  assert.equal(f.entry, 0x10000);
  const loads = f.segments.filter((s) => s.type === 1);
  assert.equal(loads.length, 2);
  assert.equal(loads[0].flags, 5);
  assert.equal(loads[1].flags, 6);
  assert.ok(loads[1].memsz > loads[1].filesz, 'bss');
  assert.deepEqual(f.sections.map((s) => s.name), ['', '.text', '.rodata', '.data', '.bss', '.symtab', '.strtab', '.shstrtab', '.shuttle']);
  const main = f.symbols.find((s) => s.name === 'main')!;
  assert.equal(main.type, 2);
  assert.equal(main.bind, 1);
  assert.deepEqual(readDebugInfo(f), JSON.parse(JSON.stringify(out.debug)));
});

test('binutils objdump accepts the ELF', (t) => {
  const tool = 'riscv64-linux-gnu-objdump';
  if (spawnSync(tool, ['--version']).status !== 0) {
    if (process.env.CI === 'true') assert.fail(`${tool} is required under CI`);
    t.skip(`${tool} not installed`);
    return;
  }
  const { elf } = buildImage();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shuttle-')), 'a.elf');
  fs.writeFileSync(file, elf);
  const h = execFileSync(tool, ['-h', file], { encoding: 'utf8' });
  for (const s of ['.text', '.rodata', '.data', '.bss', '.shuttle']) assert.match(h, new RegExp(`\\${s}\\s`));
  const d = execFileSync(tool, ['-d', file], { encoding: 'utf8' });
  assert.match(d, /<main>:/);
  assert.match(d, /jal\s+.*<main>/);
});

test('the image runs on the machine and under qemu-riscv32 with the same result', (t) => {
  const { image, elf } = buildImage();
  const r = new Machine(image).run();
  assert.equal(r.status, 'exited');
  assert.equal(r.exitCode, 7);
  assert.equal(textOf(r.stdout), 'hello\n');
  if (spawnSync('qemu-riscv32', ['--version']).status !== 0) {
    if (process.env.CI === 'true') assert.fail('qemu-riscv32 is required under CI');
    t.skip('qemu-riscv32 not installed');
    return;
  }
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shuttle-')), 'a.elf');
  fs.writeFileSync(file, elf, { mode: 0o755 });
  const q = spawnSync('qemu-riscv32', [file], { encoding: 'utf8' });
  assert.equal(q.stdout, 'hello\n');
  assert.equal(q.status, 7);
});

test('a big-endian m68k image runs on the machine and under qemu-m68k', (t) => {
  const be16 = (ws: number[]) => { const b = new Uint8Array(ws.length * 2); ws.forEach((w, i) => { b[2 * i] = w >> 8; b[2 * i + 1] = w & 0xff; }); return b; };
  // _start: moveq #4,d0; moveq #1,d1; move.l #msg,d2; moveq #6,d3; trap #0; moveq #1,d0; moveq #7,d1; trap #0
  const code = be16([0x7004, 0x7201, 0x243c, 0, 0, 0x7606, 0x4e40, 0x7001, 0x7207, 0x4e40]);
  const entry = asmFunction('_start', code, [{ offset: 6, kind: 'abs32', sym: 'msg', addend: 0 }]);
  const backend = {
    isa: 'm68k' as const, compileFunction: () => { throw new Error('unused'); }, entryStub: () => entry,
    applyReloc: (c: Uint8Array, r: { offset: number; addend: number }, _place: number, sym: number) => new DataView(c.buffer, c.byteOffset).setUint32(r.offset, sym + r.addend),
  };
  const mod = irModule('prog.c', [], [irData('msg', { section: 'rodata', size: 6, align: 1, bytes: bytesOf('hello\n') })]);
  const isa = getIsa('m68k');
  const out = link({ isa, backend, units: [unit(mod, [])], entry, program: { file: 'prog.c', sha256: '' } });
  const elf = writeElf({ machine: 4, flags: 0, bigEndian: true, entry: out.entry, text: out.text, rodata: out.rodata, data: out.data, bss: out.bss, symbols: out.symbols, debug: bytesOf(JSON.stringify(out.debug)) });
  const f = readElf(elf);
  assert.equal(f.bigEndian, true);
  assert.equal(f.machine, 4);
  assert.equal(f.segments.filter((s) => s.type === 1).length, 1, 'no data: one PT_LOAD');
  const r = new Machine({ isa: 'm68k', elf, debug: out.debug }).run();
  assert.deepEqual([r.status, r.exitCode, textOf(r.stdout)], ['exited', 7, 'hello\n']);
  if (spawnSync('qemu-m68k', ['--version']).status !== 0) {
    if (process.env.CI === 'true') assert.fail('qemu-m68k is required under CI');
    t.skip('qemu-m68k not installed');
    return;
  }
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shuttle-')), 'a.elf');
  fs.writeFileSync(file, elf, { mode: 0o755 });
  const q = spawnSync('qemu-m68k', ['-cpu', 'm68020', file], { encoding: 'utf8' });
  assert.equal(q.stdout, 'hello\n');
  assert.equal(q.status, 7);
  const h = spawnSync('m68k-linux-gnu-objdump', ['-h', file], { encoding: 'utf8' });
  if (h.status !== null) assert.match(h.stdout, /\.shuttle/);
});

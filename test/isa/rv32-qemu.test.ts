// The rv32 backend's code against real hardware semantics: hand-built IR (every binary operator
// and comparison over edge-case operands, a 10-argument call, a variadic call) is compiled,
// linked into a static ELF (compiler/elf.ts) and run under qemu-riscv32; its stdout must equal the
// output of the same code on Shuttle's rv32 CPU. Skipped (visibly) without qemu unless CI=true.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FnBuilder, link, TestHost, STACK_TOP, TEXT } from './rv32-harness';
import type { BinKind, CmpKind } from '../../emulator/compiler/ir';
import { writeElf } from '../../emulator/compiler/elf';
import { isa } from '../../emulator/isa/rv32/index';
import { formatInsn } from '../../emulator/isa/rv32/disasm';
import type { Mem } from '../../emulator/isa/types';

/** our disassembly of every instruction in the ELF's .text equals objdump -d -M no-aliases (normalised) */
function checkObjdump(file: string, mem: Mem): void {
  const r = spawnSync('riscv64-linux-gnu-objdump', ['-d', '-M', 'no-aliases', file]);
  if (r.status !== 0) { if (process.env.CI === 'true') assert.fail('objdump missing'); return; }
  let n = 0;
  for (const line of r.stdout.toString().split('\n')) {
    const m = /^\s*([0-9a-f]+):\s+[0-9a-f]{8}\s+(.*)$/.exec(line);
    if (!m) continue;
    let want = m[2].replace(/\s*#.*$/, '').replace(/\s*<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
    if (/^(b|jal )/.test(want)) want = want.replace(/,0x([0-9a-f]+)$/, ',$1');   // no symbols: objdump writes 0x
    assert.equal(formatInsn(isa.disassemble(mem, parseInt(m[1], 16))), want, `at ${m[1]}`);
    n++;
  }
  assert.ok(n > 1000, `only ${n} instructions compared`);
}

const QEMU = 'qemu-riscv32';
const skip = spawnSync(QEMU, ['--version']).status !== 0 && process.env.CI !== 'true' ? 'qemu-riscv32 not installed' : false;

const BINS: BinKind[] = ['add', 'sub', 'mul', 'mulhu', 'divs', 'divu', 'rems', 'remu', 'and', 'or', 'xor', 'shl', 'shrs', 'shru'];
const CMPS: CmpKind[] = ['eq', 'ne', 'lts', 'les', 'gts', 'ges', 'ltu', 'leu', 'gtu', 'geu'];
const VALUES = [1, -1, 7, -7, 31, 33, 0x7fffffff, -0x80000000, 0x12345678];

function program(): ReturnType<typeof link> {
  const fns = [...BINS, ...CMPS].map((k) => {
    const f = new FnBuilder(`op_${k}`);
    const a = f.param(), b = f.param();
    f.ret((BINS as string[]).includes(k) ? f.bin(k as BinKind, a, b) : f.cmp(k as CmpKind, a, b));
    return f.build();
  });
  const m = new FnBuilder('__shuttle_start');
  m.param(); m.param();
  const n = (BINS.length + CMPS.length) * VALUES.length * VALUES.length;
  const buf = m.slot(4 * n);
  const base = m.t(); m.emit({ op: 'slotaddr', dst: base, slot: buf });
  let i = 0;
  for (const k of [...BINS, ...CMPS]) for (const a of VALUES) for (const b of VALUES) {
    const r = m.call(`op_${k}`, [m.c(a), m.c(b)]).lo;
    m.emit({ op: 'store', addr: base, offset: 4 * i++, src: r, size: 4 });
  }
  const w = m.t(); m.emit({ op: 'syscall', dst: w, num: 64, args: [m.c(1), base, m.c(4 * n)] });
  const e = m.t(); m.emit({ op: 'syscall', dst: e, num: 93, args: [m.c(0)] });
  m.ret();
  return link([...fns, m.build('void')]);
}

test('hand-built IR gives the same output under qemu-riscv32 and on the rv32 CPU', { skip }, () => {
  const l = program();
  const end = Math.max(...l.fns.map((f) => l.syms.get(f.name)! + f.code.length));
  const text = l.mem.bytes.slice(TEXT, end);
  const elf = writeElf({
    machine: isa.elf.machine, flags: isa.elf.flags, bigEndian: false, entry: l.syms.get('_start')!,
    text: { addr: TEXT, bytes: text, align: 16 }, rodata: { addr: end, bytes: new Uint8Array(0), align: 1 },
    data: { addr: 0x400000, bytes: new Uint8Array(0), align: 4 }, bss: { addr: 0x400000, size: 0, align: 4 },
    symbols: [], debug: new TextEncoder().encode('{}'),
  });
  const dir = mkdtempSync(join(tmpdir(), 'rv32q-'));
  writeFileSync(join(dir, 'a.out'), elf); chmodSync(join(dir, 'a.out'), 0o755);
  checkObjdump(join(dir, 'a.out'), l.mem);
  const q = spawnSync(QEMU, [join(dir, 'a.out')]);
  assert.equal(q.status, 0, q.stderr.toString());

  const host = new TestHost(l.mem);
  const cpu = isa.createCpu(l.mem, host);
  cpu.setReg('sp', STACK_TOP - 16);
  l.mem.write32(STACK_TOP - 16, 1);
  cpu.pc = l.syms.get('_start')!;
  assert.equal(cpu.run(1e8), 'host');
  assert.equal(host.exitCode, 0);
  assert.equal(Buffer.from(host.out, 'latin1').toString('hex'), q.stdout.toString('hex'));
});

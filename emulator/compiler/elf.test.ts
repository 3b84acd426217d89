// The ELF writer for both classes, read back by the loader's reader: ELF32 and ELF64 headers,
// program headers, section headers and symbols survive a round trip, and (when binutils is
// installed) x86_64-linux-gnu-readelf accepts the ELF64 file without a warning.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeElf, type ElfInput } from './elf';
import { readElf, sectionBytes, ElfError } from '../machine/loader';
import { makeTempDir, removeTempDir, writeElf as writeFile } from '../../test/helpers/external';
import { requireTool } from '../../test/helpers/programs';

function input(cls: 32 | 64): ElfInput {
  return {
    machine: cls === 64 ? 62 : 243, flags: 0, bigEndian: false, class: cls, entry: 0x10004,
    text: { addr: 0x10000, bytes: new Uint8Array([0x90, 0x90, 0x90, 0x90, 0xc3]), align: 1 },
    rodata: { addr: 0x10010, bytes: new Uint8Array([1, 2, 3]), align: 4 },
    data: { addr: 0x11000, bytes: new Uint8Array([7, 7, 7, 7, 7, 7, 7, 7]), align: 8 },
    bss: { addr: 0x11010, size: 32, align: 8 },
    symbols: [
      { name: 'main', value: 0x10000, size: 5, kind: 'func', local: false, section: '.text' },
      { name: 'helper', value: 0x10004, size: 1, kind: 'func', local: true, section: '.text' },
      { name: 'table', value: 0x11000, size: 8, kind: 'object', local: false, section: '.data' },
    ],
    debug: new TextEncoder().encode('{"format":"test"}'),
  };
}

for (const cls of [32, 64] as const) {
  test(`ELF${cls}: header, segments, sections and symbols round-trip`, () => {
    const elf = readElf(writeElf(input(cls)));
    assert.equal(elf.class, cls);
    assert.equal(elf.machine, cls === 64 ? 62 : 243);
    assert.equal(elf.entry, 0x10004);
    assert.deepEqual(elf.segments.map((s) => [s.type, s.vaddr, s.filesz, s.memsz, s.flags]), [
      [1, 0x10000, 0x13, 0x13, 5],
      [1, 0x11000, 8, 0x30, 6],
    ]);
    assert.deepEqual(elf.sections.map((s) => s.name), ['', '.text', '.rodata', '.data', '.bss', '.symtab', '.strtab', '.shstrtab', '.shuttle']);
    assert.equal(new TextDecoder().decode(sectionBytes(elf, '.shuttle')), '{"format":"test"}');
    assert.deepEqual(Array.from(sectionBytes(elf, '.rodata')!), [1, 2, 3]);
    assert.deepEqual(elf.symbols.map((s) => [s.name, s.value, s.size, s.type, s.bind, s.shndx]), [
      ['helper', 0x10004, 1, 2, 0, 1], ['main', 0x10000, 5, 2, 1, 1], ['table', 0x11000, 8, 1, 1, 3],
    ]);
  });
}

test('a 64-bit field beyond 2^32 and an unknown class are refused with plain messages', () => {
  const bytes = writeElf(input(64));
  const bad = bytes.slice();
  new DataView(bad.buffer).setBigUint64(24, 1n << 40n, true);     // e_entry
  assert.throws(() => readElf(bad), (e: unknown) => e instanceof ElfError && /does not fit/.test(e.message));
  const cls = bytes.slice();
  cls[4] = 3;
  assert.throws(() => readElf(cls), /unknown ELF class/);
});

test('x86_64-linux-gnu-readelf reads the ELF64 file without warnings', (t) => {
  if (!requireTool(t, 'x86_64-linux-gnu-readelf')) return;
  const dir = makeTempDir('shuttle-elf64-');
  try {
    const f = writeFile(dir, 'a.elf', writeElf(input(64)));
    const r = spawnSync('x86_64-linux-gnu-readelf', ['-a', '-W', f], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /Class:\s+ELF64/);
    assert.match(r.stdout, /Machine:\s+Advanced Micro Devices X86-64/);
    assert.match(r.stdout, /FUNC\s+GLOBAL\s+DEFAULT\s+1 main/);
  } finally { removeTempDir(dir); }
});

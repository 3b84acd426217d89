// External truth, part 2: for every test program's ELF, GNU objdump's disassembly of .text and
// Shuttle's isa.disassemble() agree instruction by instruction (same addresses, same text after
// test/helpers/objdump-normalise.ts; see docs/testing.md).

import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { compile, getIsa, ISA_IDS, Machine, type Image } from '../../emulator/index';
import type { IsaId } from '../../emulator/isa/types';
import { listPrograms, requireTool } from '../helpers/programs';
import { makeTempDir, OBJDUMP, removeTempDir, runObjdump, writeElf } from '../helpers/external';
import { normaliseInsn, normaliseOurs, parseObjdump } from '../helpers/objdump-normalise';

const programs = listPrograms();
let dir = '';
before(() => { dir = makeTempDir('shuttle-objdump-'); });
after(() => removeTempDir(dir));

const hex = (n: number): string => '0x' + n.toString(16);

/** Mismatches between objdump and our disassembler for one image (empty when they agree). */
function compareImage(isa: IsaId, image: Image, elfPath: string): { checked: number; problems: string[] } {
  const insns = parseObjdump(runObjdump(isa, elfPath));
  const m = new Machine(image);
  const module = getIsa(isa);
  const problems: string[] = [];
  insns.forEach((ins, k) => {
    const theirs = normaliseInsn(ins.text, isa);
    let ours: string;
    let length = 0;
    try {
      const d = module.disassemble(m.memory, ins.addr);
      ours = d.illegal ? '(illegal)' : normaliseOurs(d, isa);
      length = d.length;
    } catch (e) { ours = `(threw ${(e as Error).message})`; }
    if (ours !== theirs) problems.push(`${hex(ins.addr)} [${ins.bytes}]: objdump "${theirs}", shuttle "${ours}"`);
    else if (k + 1 < insns.length && !walksTo(ins.addr + length, insns[k + 1].addr)) {
      problems.push(`${hex(ins.addr)} [${ins.bytes}]: length ${length}, objdump ${insns[k + 1].addr - ins.addr}`);
    }
  });
  return { checked: insns.length, problems };
}

/**
 * Our instruction boundaries must land on objdump's: the address after each instruction is the next
 * one objdump lists (objdump restarts its sweep at every function symbol, so on x86-64 a wrong
 * length could otherwise resynchronise unnoticed). Together with the text comparison this is the
 * walk of instruction boundaries from every function symbol, checked against objdump's.
 */
function walksTo(ourNext: number, theirNext: number): boolean {
  return ourNext === theirNext;
}

for (const isa of ISA_IDS) {
  describe(`disassembly agrees with ${OBJDUMP[isa].tool}`, () => {
    for (const p of programs) {
      test(p.name, (t) => {
        if (!requireTool(t, OBJDUMP[isa].tool)) return;
        const image = compile({ source: p.source, file: p.file, isa });
        const elfPath = writeElf(dir, `${p.name}.${isa}`, image.elf);
        const { checked, problems } = compareImage(isa, image, elfPath);
        assert.ok(checked > 0, `${p.name}: objdump found no instructions`);
        if (problems.length) {
          assert.fail(`${p.name} on ${isa}: ${problems.length} of ${checked} instructions differ; first ones:\n  ` +
            problems.slice(0, 8).join('\n  '));
        }
      });
    }
  });
}

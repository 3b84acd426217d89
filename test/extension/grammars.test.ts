// The TextMate grammars in syntaxes/: the assembly grammar of every ISA covers every line of a
// real listing ("Show Assembly for…" of examples/list.c) — header, function headers, instruction
// lines with mnemonic and operands, interleaved source lines — and knows the ISA's registers; the
// C grammar marks Shuttle's built-ins. Patterns are checked with JavaScript regular expressions
// (the constructs used are the same in Oniguruma).

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ISA_IDS, getIsa } from '../../emulator/isa/index';
import { asmLanguageId, assemblyListing } from '../../extension/assembly';

const ROOT = path.join(__dirname, '..', '..');
const grammar = (name: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes', name), 'utf8'));
const LIST = path.join(ROOT, 'examples', 'list.c');

for (const isa of ISA_IDS) {
  describe(`assembly grammar of ${isa}`, () => {
    const g = grammar(`shuttle-asm-${isa}.tmLanguage.json`);
    const rx = (k: string) => new RegExp(g.repository[k].match);
    const text = assemblyListing(fs.readFileSync(LIST, 'utf8'), LIST, isa);

    test('names its scope and language', () => {
      assert.equal(g.scopeName, `source.shuttle-asm.${isa}`);
      assert.equal(asmLanguageId(isa), `shuttle-asm-${isa}`);
      const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      assert.ok(manifest.contributes.grammars.some((x: { language: string; path: string }) => x.language === `shuttle-asm-${isa}` && x.path.endsWith(`shuttle-asm-${isa}.tmLanguage.json`)));
    });

    test('every line of a listing is a header, function, instruction or source line', () => {
      const kinds = { header: 0, function: 0, instruction: 0, source: 0 };
      for (const line of text.split('\n').filter((l) => l.trim())) {
        const kind = (Object.keys(kinds) as (keyof typeof kinds)[]).find((k) => rx(k).test(line));
        assert.ok(kind, `no pattern matches: ${JSON.stringify(line)}`);
        kinds[kind]++;
      }
      assert.equal(kinds.header, 1);
      assert.ok(kinds.function >= 4 && kinds.instruction > 50 && kinds.source > 10, JSON.stringify(kinds));
    });

    test('instruction lines split into address, bytes, mnemonic, operands', () => {
      const m = text.split('\n').map((l) => rx('instruction').exec(l)).filter((x) => x !== null);
      for (const x of m) {
        assert.match(x[1], /^[0-9a-f]+$/);
        assert.match(x[2].trim(), /^([0-9a-f]{2} )*[0-9a-f]{2}$/);
        assert.match(x[3], /^[a-z][a-z0-9.]*$/, `mnemonic ${x[3]}`);
      }
    });

    test('the register pattern knows every register the ISA names', () => {
      const ops = g.repository.operands.patterns as { name: string; match: string }[];
      const reg = new RegExp(`^(?:${ops.find((p) => p.name.startsWith('variable.language.register'))!.match})$`);
      const prefix = isa === 'rv32' ? '' : '%';
      for (const r of getIsa(isa).registers) assert.ok(reg.test(prefix + r.name), `register ${r.name} is not highlighted`);
    });
  });
}

describe('C grammar', () => {
  const g = grammar('shuttle-c.tmLanguage.json');
  test('marks Shuttle built-ins as support functions', () => {
    const b = g.repository.builtins.patterns[0];
    assert.equal(b.name.startsWith('support.function'), true);
    for (const call of ['migrate("m68k")', 'migration_point()', 'current_isa ()']) assert.match(call, new RegExp(b.match));
    assert.doesNotMatch('migrated(1)', new RegExp(b.match));
  });
  test('the built-ins are injected into VS Code\'s C grammar for .c files', () => {
    const inj = grammar('shuttle-builtins.injection.json');
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const entry = manifest.contributes.grammars.find((x: { scopeName: string }) => x.scopeName === inj.scopeName);
    assert.deepEqual(entry?.injectTo, ['source.c']);
    assert.match('if (migrate("m68k") != 0)', new RegExp(inj.patterns[0].match));
  });
  test('every top-level include exists in the repository', () => {
    for (const p of g.patterns) assert.ok(g.repository[p.include.slice(1)], `missing ${p.include}`);
  });
});

// Malformed and unsupported C: every test/malformed/NN-name.c starts with
// `/* expect-error: LINE:COL: text */`; compiling it for every ISA must throw a CompileError whose first
// diagnostic has that position and whose message contains the text (case-insensitive), and
// `shuttle run FILE` must exit with status 2 printing `FILE:LINE:COL: error: ...` and no stack trace.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compile, CompileError, ISA_IDS } from '../emulator/index';
import { MALFORMED_DIR, ROOT } from './helpers/programs';

interface Malformed { name: string; file: string; source: string; line: number; col: number; text: string }

function loadMalformed(): Malformed[] {
  return fs.readdirSync(MALFORMED_DIR).filter((f) => /^\d+-.*\.c$/.test(f)).sort().map((f) => {
    const file = path.join(MALFORMED_DIR, f);
    const source = fs.readFileSync(file, 'utf8');
    const m = /^\/\* expect-error: (\d+):(\d+): (.*?) \*\//.exec(source);
    if (!m) throw new Error(`${f}: first line must be /* expect-error: LINE:COL: text */`);
    return { name: f.replace(/\.c$/, ''), file, source, line: Number(m[1]), col: Number(m[2]), text: m[3] };
  });
}

const cases = loadMalformed();

test('the malformed suite has at least 30 programs', () => {
  assert.ok(cases.length >= 30, `only ${cases.length}`);
});

for (const isa of ISA_IDS) {
  describe(`malformed programs are rejected on ${isa}`, () => {
    for (const c of cases) {
      test(c.name, () => {
        let err: unknown;
        try { compile({ source: c.source, file: c.file, isa }); } catch (e) { err = e; }
        if (err === undefined) assert.fail(`${c.name} compiled without an error (expected ${c.line}:${c.col}: ${c.text})`);
        if (!(err instanceof CompileError)) {
          assert.fail(`${c.name}: threw ${(err as Error)?.constructor?.name ?? typeof err}, not CompileError: ${String((err as Error)?.stack ?? err)}`);
        }
        const d = err.diagnostics[0];
        const got = `${d.line}:${d.col}: ${d.message}`;
        assert.ok(d.message.toLowerCase().includes(c.text.toLowerCase()), `${c.name}: message ${JSON.stringify(got)} lacks ${JSON.stringify(c.text)}`);
        assert.equal(`${d.line}:${d.col}`, `${c.line}:${c.col}`, `${c.name}: position of ${JSON.stringify(got)}`);
        assert.equal(d.severity, 'error');
      });
    }
  });
}

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'bin', 'shuttle'), ...args], { cwd: ROOT, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      });
  });
}

describe('shuttle run reports compile errors', { concurrency: 4 }, () => {
  for (const c of cases) {
    test(c.name, async () => {
      const rel = path.relative(ROOT, c.file);
      const r = await runCli(['run', rel, '--isa', 'rv32']);
      assert.equal(r.code, 2, `${c.name}: exit status ${r.code}; stderr:\n${r.stderr}`);
      const where = new RegExp(`${path.basename(c.file).replace(/[.]/g, '\\.')}:${c.line}:${c.col}: error: `);
      assert.match(r.stderr, where, `${c.name}: stderr lacks file:${c.line}:${c.col}: error:\n${r.stderr}`);
      assert.ok(!/^ {4}at /m.test(r.stderr), `${c.name}: stack trace printed:\n${r.stderr}`);
    });
  }
});

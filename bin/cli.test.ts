// Tests of the command line: help, version, usage errors (64), unreadable input (66), running an
// image (the program's exit status and output), faults (3), instruction limits, compile errors (2),
// disasm listings; and the real `bin/shuttle` process for exit status and stream separation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as E from '../emulator/isa/rv32/encode';
import { runCli } from './cli';
import { rvImage, bytesOf } from '../emulator/machine/test-support';

const A0 = 10, A1 = 11, A2 = 12, A7 = 17, RA = 1, ZERO = 0;
const RET = E.jalr(ZERO, RA, 0);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shuttle-cli-'));

function cli(args: string[], stdin = '') {
  let out = '', err = '';
  const code = runCli(args, {
    stdout: (d) => { out += typeof d === 'string' ? d : new TextDecoder().decode(d); },
    stderr: (t) => { err += t; },
    stdin: () => bytesOf(stdin),
  });
  return { code, out, err };
}

function writeImage(name: string, code: number[], lines?: { offset: number; line: number; col: number; file: string }[]): string {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, rvImage(code, lines ? { lines } : {}).elf);
  return f;
}

/** echo: copy up to 64 bytes of stdin to stdout, exit 3 + argc */
const ECHO = [
  E.addi(5, A0, 3), E.addi(2, 2, -80), E.addi(A1, 2, 0), E.addi(A0, ZERO, 0), E.addi(A2, ZERO, 64), E.addi(A7, ZERO, 63), E.ecall(),
  E.addi(A2, A0, 0), E.addi(A0, ZERO, 1), E.addi(A7, ZERO, 64), E.ecall(), E.addi(2, 2, 80), E.addi(A0, 5, 0), RET,
];

test('help and version', () => {
  for (const args of [['--help'], ['-h'], ['run', '--help'], ['compile', '-h'], ['disasm', '--help']]) {
    const r = cli(args);
    assert.equal(r.code, 0, args.join(' '));
    assert.match(r.out, /^usage: shuttle/);
  }
  assert.match(cli(['--version']).out, /^shuttle \d+\.\d+\.\d+\n$/);
  assert.equal(cli([]).code, 64);
});

test('usage errors exit 64 with one message and no stack trace', () => {
  for (const args of [['frobnicate'], ['run'], ['run', 'a.c', '--isa', 'vax'], ['run', 'a.c', '--bogus'], ['compile', 'a.c'], ['run', 'a.c', 'b.c'], ['run', 'a.c', '--max-instructions', 'x']]) {
    const r = cli(args);
    assert.equal(r.code, 64, args.join(' '));
    assert.match(r.err, /^shuttle: /);
    assert.doesNotMatch(r.err, /\n\s+at /);
  }
});

test('a missing input file exits 66', () => {
  const r = cli(['run', path.join(tmp, 'nope.c')]);
  assert.equal(r.code, 66);
  assert.match(r.err, /cannot read .*nope\.c.*no such file/);
});

test('run an image: output, stdin, argv and exit status pass through', () => {
  const f = writeImage('echo.elf', ECHO);
  const r = cli(['run', f, '--', 'x', 'y'], 'hello');
  assert.deepEqual(r, { code: 6, out: 'hello', err: '' });
  const input = path.join(tmp, 'in.txt');
  fs.writeFileSync(input, 'from file');
  assert.equal(cli(['run', f, '--stdin', input]).out, 'from file');
  assert.equal(cli(['run', f, '--isa', 'm68k']).code, 64, 'ISA mismatch');
});

test('faults and instruction limits exit 3 with one line', () => {
  const f = writeImage('null.elf', [E.lw(A0, ZERO, 0), RET]);
  const r = cli(['run', f]);
  assert.equal(r.code, 3);
  assert.match(r.err, /^shuttle: bad access at 0x0 \(pc 0x[0-9a-f]+, rv32\) in main, prog\.c:2:3: .*\n$/);
  const loop = writeImage('loop.elf', [E.jal(ZERO, 0)]);
  const l = cli(['run', loop, '--max-instructions', '10000']);
  assert.equal(l.code, 3);
  assert.match(l.err, /^shuttle: instruction limit/);
});

test('disasm lists functions with addresses, bytes and mnemonics', () => {
  const f = writeImage('d.elf', [E.addi(A0, ZERO, 1), RET]);
  const r = cli(['disasm', f]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /<main>:/);
  assert.match(r.out, /prog\.c:2:/);
  assert.match(r.out, /\s+[0-9a-f]+:\s+13 05 10 00\s+(li a0,1|addi a0,zero,1)/);
  assert.doesNotMatch(r.out, /<__shuttle_start>:/);
  assert.match(cli(['disasm', f, '--runtime']).out, /<__shuttle_start>:/);
});

test('the bin/shuttle process: exit status and separate streams', () => {
  const f = writeImage('echo2.elf', ECHO);
  const bin = path.join(__dirname, 'shuttle');
  const r = spawnSync(process.execPath, [bin, 'run', f, '--', 'a'], { input: 'abc', encoding: 'utf8' });
  assert.equal(r.stdout, 'abc');
  assert.equal(r.stderr, '');
  assert.equal(r.status, 5);
  const u = spawnSync(process.execPath, [bin, 'nope'], { encoding: 'utf8' });
  assert.equal(u.status, 64);
  assert.equal(u.stdout, '');
});

test('compile errors exit 2 with file:line:col; compile -o writes a runnable image', () => {
  const bad = path.join(tmp, 'bad.c');
  fs.writeFileSync(bad, 'int main(void) {\n  return x;\n}\n');
  const r = cli(['run', bad]);
  assert.equal(r.code, 2);
  assert.match(r.err, /^.*bad\.c:2:\d+: error: .+\n$/);
  const good = path.join(tmp, 'good.c');
  fs.writeFileSync(good, '#include <stdio.h>\nint main(void) { puts("hi"); return 9; }\n');
  for (const isa of ['rv32', 'm68k']) {
    const out = path.join(tmp, `good.${isa}`);
    assert.deepEqual(cli(['compile', good, '--isa', isa, '-o', out]), { code: 0, out: '', err: '' });
    assert.deepEqual(cli(['run', out]), { code: 9, out: 'hi\n', err: '' });
    const d = cli(['disasm', good, '--isa', isa]);
    assert.match(d.out, /<main>:/);
    assert.match(d.out, /good\.c:2:  int main\(void\)/);
  }
});

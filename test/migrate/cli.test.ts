// The migration command line (issue 3): `run --migrate-at/--migrate-every/--trace-migrations`,
// `snapshot` then `resume` on the other ISA (the output continues where it stopped), help texts,
// usage errors (64), refused migrations (reported, the program continues), and snapshot files
// that are corrupted, truncated, of another format version or of another program (65).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../bin/cli';
import { loadProgram, PROGRAMS_DIR } from '../helpers/programs';
import { ISA_IDS, otherIsa } from './helpers';
import { nextIsa } from '../../emulator/migrate/process';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shuttle-migrate-cli-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[]) {
  let out = '', err = '';
  const code = runCli(args, {
    stdout: (d) => { out += typeof d === 'string' ? d : new TextDecoder().decode(d); },
    stderr: (t) => { err += t; },
    stdin: () => new Uint8Array(0),
  });
  return { code, out, err };
}

const list = loadProgram(path.join(PROGRAMS_DIR, '04-linked-list.c'));
const want = new TextDecoder().decode(list.expected('rv32'));

test('run without migration flags: a program calling migrate() moves itself (from every ISA)', () => {
  const dir = path.join(PROGRAMS_DIR, 'migrate');
  const p = loadProgram(path.join(dir, '04-sort-callbacks.c'));
  for (const isa of ISA_IDS) {
    const r = cli(['run', p.file, '--isa', isa]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, fs.readFileSync(path.join(dir, '04-sort-callbacks.out'), 'utf8'));
    assert.match(r.err, new RegExp(`^now on ${nextIsa(isa)}\n`), 'the first migrate() call moved it');
  }
});

test('run --migrate-every 1 --trace-migrations: same output, one trace line per migration', () => {
  const small = loadProgram(path.join(PROGRAMS_DIR, '07-pointer-middle.c'));
  const r = cli(['run', small.file, '--isa', 'm68k', '--migrate-every', '1', '--trace-migrations']);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, new TextDecoder().decode(small.expected('m68k')));
  const lines = r.err.trim().split('\n');
  assert.ok(lines.length > 10);
  const second = nextIsa('m68k'), third = nextIsa(second);
  assert.match(lines[0], new RegExp(`^shuttle: migration at point #1 \\S+ \\(.*07-pointer-middle\\.c:\\d+\\): m68k -> ${second}, \\d+ frames, \\d+ objects, \\d+ canonical bytes, capture \\d+ us, restore \\d+ us$`));
  assert.match(lines[1], new RegExp(`point #2 .*: ${second} -> ${third}`));
});

test('run --migrate-order reverse (or a list) turns the other way round the ISAs', () => {
  const small = loadProgram(path.join(PROGRAMS_DIR, '07-pointer-middle.c'));
  const reverse = [...ISA_IDS].reverse();
  for (const [flag, order] of [['reverse', reverse], ['m68k,rv32', ['m68k', 'rv32']]] as const) {
    const r = cli(['run', small.file, '--isa', 'rv32', '--migrate-every', '2', '--migrate-order', flag, '--trace-migrations']);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, new TextDecoder().decode(small.expected('rv32')));
    const hops = [...r.err.matchAll(/: (\w+) -> (\w+),/g)].map((m) => [m[1], m[2]]);
    assert.ok(hops.length >= 3, r.err);
    for (const [from, to] of hops) assert.equal(to, order[(order.indexOf(from as never) + 1) % order.length], `${flag}: ${from} -> ${to}`);
  }
  const bad = cli(['run', small.file, '--migrate-every', '2', '--migrate-order', 'rv32,rv32']);
  assert.equal(bad.code, 64);
  assert.match(bad.err, /--migrate-order: expected forward, reverse or a list/);
});

test('run --migrate-at N:ISA (repeatable) migrates exactly there', () => {
  const r = cli(['run', list.file, '--migrate-at', '3:m68k', '--migrate-at=9:rv32', '--trace-migrations']);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, want);
  const lines = r.err.trim().split('\n');
  assert.equal(lines.length, 2, r.err);
  assert.match(lines[0], /point #3 .*rv32 -> m68k/);
  assert.match(lines[1], /point #9 .*m68k -> rv32/);
});

test('run with migration flags: usage errors exit 64', () => {
  for (const bad of [['--migrate-at', '3'], ['--migrate-at', 'x:m68k'], ['--migrate-at', '3:vax'], ['--migrate-every', '0'], ['--migrate-every', 'two']]) {
    const r = cli(['run', list.file, ...bad]);
    assert.equal(r.code, 64, `${bad.join(' ')}: ${r.err}`);
    assert.match(r.err, /^shuttle: --migrate-(at|every)|^shuttle: unknown ISA/);
  }
  const elf = path.join(tmp, 'list.elf');
  assert.equal(cli(['compile', list.file, '-o', elf]).code, 0);
  const r = cli(['run', elf, '--migrate-every', '2']);
  assert.equal(r.code, 64);
  assert.match(r.err, /needs the C source/);
});

test('help for run, snapshot and resume', () => {
  const run = cli(['run', '--help']);
  assert.equal(run.code, 0);
  assert.match(run.out, /--migrate-at N:ISA/);
  assert.match(run.out, /--trace-migrations/);
  for (const c of ['snapshot', 'resume']) {
    const r = cli([c, '--help']);
    assert.equal(r.code, 0);
    assert.match(r.out, new RegExp(`^usage: shuttle ${c} `));
  }
  assert.match(cli(['--help']).out, /snapshot FILE[\s\S]*resume STATE/);
});

for (const isa of ISA_IDS) {
  test(`snapshot on ${isa}, resume on ${otherIsa(isa)}: the output continues where it stopped`, () => {
    const state = path.join(tmp, `list-${isa}.json`);
    const s = cli(['snapshot', list.file, '--isa', isa, '--at', '25', '-o', state]);
    assert.equal(s.code, 0, s.err);
    assert.ok(want.startsWith(s.out));
    const json = JSON.parse(fs.readFileSync(state, 'utf8'));
    assert.equal(json.format, 'shuttle.canonical/1');
    assert.equal(json.from, isa);
    assert.equal(json.reason, 'snapshot');
    const r = cli(['resume', state, '--isa', otherIsa(isa)]);
    assert.equal(r.code, 0, r.err);
    assert.equal(s.out + r.out, want);
  });
}

test('resume finds the program relative to the state file folder', () => {
  const dir = path.join(tmp, 'rel');
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(list.file, path.join(dir, 'prog.c'));
  const state = path.join(dir, 'state.json');
  const cwd = process.cwd();
  process.chdir(dir);
  let s;
  try { s = cli(['snapshot', 'prog.c', '--at', '10', '-o', 'state.json']); } finally { process.chdir(cwd); }
  assert.equal(s.code, 0, s.err);
  const r = cli(['resume', state, '--isa', 'm68k']);
  assert.equal(r.code, 0, r.err);
  assert.equal(s.out + r.out, want);
});

test('snapshot past the end of the program: exit 1, nothing written', () => {
  const out = path.join(tmp, 'never.json');
  const r = cli(['snapshot', list.file, '--at', '100000000', '-o', out]);
  assert.equal(r.code, 1);
  assert.match(r.err, /ended .*before point 100000000; nothing written/);
  assert.equal(fs.existsSync(out), false);
  assert.equal(cli(['snapshot', list.file, '-o', out]).code, 64);
});

test('resume rejects corrupted, truncated, wrong-version and wrong-program states (65)', () => {
  const dir = path.join(tmp, 'bad');
  fs.mkdirSync(dir, { recursive: true });
  const prog = path.join(dir, 'prog.c');
  fs.copyFileSync(list.file, prog);
  const good = path.join(dir, 'good.json');
  assert.equal(cli(['snapshot', prog, '--at', '10', '-o', good]).code, 0);
  const text = fs.readFileSync(good, 'utf8');
  const state = JSON.parse(text);
  const write = (name: string, content: string): string => { const f = path.join(dir, name); fs.writeFileSync(f, content); return f; };
  const cases: [string, RegExp][] = [
    [write('garbage.json', '\u0000\u0001 not a state'), /not a Shuttle state: malformed state: not valid JSON/],
    [write('truncated.json', text.slice(0, Math.floor(text.length / 2))), /malformed state: not valid JSON/],
    [write('version.json', JSON.stringify({ ...state, format: 'shuttle.canonical/2' })), /malformed state: \/format: unsupported format "shuttle.canonical\/2"/],
    [write('missing.json', JSON.stringify({ ...state, frames: undefined })), /malformed state: .*frames/],
    [write('corrupt.json', JSON.stringify({ ...state, frames: 'nope' })), /malformed state: \/frames/],
  ];
  for (const [file, re] of cases) {
    const r = cli(['resume', file, '--isa', 'm68k']);
    assert.equal(r.code, 65, `${path.basename(file)}: ${r.err}`);
    assert.match(r.err, re);
    assert.equal(r.out, '');
  }
  fs.appendFileSync(prog, '/* edited */\n');
  const r = cli(['resume', good, '--isa', 'm68k']);
  assert.equal(r.code, 65, r.err);
  assert.match(r.err, /cannot resume .*good\.json.*: migration refused/);
  fs.rmSync(prog);
  const gone = cli(['resume', good]);
  assert.equal(gone.code, 66);
  assert.match(gone.err, /cannot find the program/);
  assert.equal(cli(['resume', path.join(dir, 'absent.json')]).code, 66);
});

test('a refused command-line migration is reported and the program continues on its ISA', () => {
  const src = `#include <stdio.h>
#include <stdlib.h>
int main(void) {
    int *p = malloc(4);
    int i, s = 0;
    free(p);
    for (i = 0; i < 3; i++) s += i;
    if (p != NULL) p = NULL;
    for (i = 0; i < 3; i++) s += i;
    printf("%d\\n", s);
    return 0;
}
`;
  const f = path.join(tmp, 'dangling.c');
  fs.writeFileSync(f, src);
  const r = cli(['run', f, '--migrate-every', '1']);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, '6\n');
  assert.match(r.err, /(rv32 -> m68k|m68k -> rv32) refused: migration refused: variable 'p' in frame [^:]*main[^:]*: points to freed or unmapped memory/);
});

test('snapshot/resume keep argv (from the state) and continue stdin from the saved offset', () => {
  for (const name of ['78-stdin-numbers', '37-argv']) {
    const p = loadProgram(path.join(PROGRAMS_DIR, `${name}.c`));
    const stdinFile = p.file.replace(/\.c$/, '.stdin');
    const stdin = fs.existsSync(stdinFile) ? ['--stdin', stdinFile] : [];
    const state = path.join(tmp, `${name}.json`);
    const s = cli(['snapshot', p.file, '--at', '4', ...stdin, '-o', state, '--', ...p.args]);
    assert.equal(s.code, 0, s.err);
    const r = cli(['resume', state, '--isa', 'm68k', ...stdin]);
    assert.equal(r.code, p.expectExit, r.err);
    assert.equal(s.out + r.out, new TextDecoder().decode(p.expected('m68k')), name);
  }
});

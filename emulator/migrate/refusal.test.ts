// Refusals: each reason is refused with a message naming the variable, the frame and the
// reason; a refused capture leaves the source machine untouched (same registers and memory,
// same canonical capture elsewhere) and it still runs to the unmigrated output. Also states
// from another program and malformed states (truncated, wrong version, missing fields).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Machine } from '../machine/machine';
import { capture, checkProgram, restore, validateState, MigrationRefused, type CanonicalState } from './index';
import { images, ISAS, stopAtLine, text } from './testkit';

const bigints = (_k: string, v: unknown): unknown => (typeof v === 'bigint' ? v.toString() : v);

/** Each case: a program, the line of `main` to stop at, and what the refusal must say. */
const CASES: { name: string; src: string; fn?: string; line: number; reason: RegExp; variable: string; frame: string }[] = [
  {
    name: 'dangling pointer after free', line: 6, reason: /freed or unmapped memory/, variable: 'p', frame: '#1 main',
    src: `#include <stdio.h>\n#include <stdlib.h>\nint main(void) {\n  int *p = malloc(sizeof(int));\n  free(p);\n  printf("done\\n");\n  if (p) p = 0;\n  return 0;\n}\n`,
  },
  {
    name: 'pointer to unmapped memory', line: 5, reason: /freed or unmapped memory/, variable: 'q', frame: '#1 main',
    src: `#include <stdio.h>\nint main(void) {\n  int *q;\n  q = (int *)0x1234;\n  printf("done\\n");\n  if (q) q = 0;\n  return 0;\n}\n`,
  },
  {
    name: 'union holding a pointer', line: 6, reason: /a union whose bytes hold a pointer/, variable: 'x', frame: '#1 main',
    src: `#include <stdio.h>\nunion u { int i; char *p; };\nint main(void) {\n  union u x;\n  x.p = "hi";\n  printf("done\\n");\n  if (x.i) x.i = 0;\n  return 0;\n}\n`,
  },
  {
    name: 'address held in an integer', line: 6, reason: /an address held in an integer/, variable: 'a', frame: '#1 main',
    src: `#include <stdio.h>\n#include <stdlib.h>\nint main(void) {\n  long a;\n  a = (long)malloc(8);\n  printf("done\\n");\n  if (a) a = 0;\n  return 0;\n}\n`,
  },
  {
    name: 'dangling pointer in a caller frame', fn: 'show', line: 4, reason: /freed or unmapped memory/, variable: 'r', frame: '#1 main',
    src: `#include <stdio.h>\n#include <stdlib.h>\nstatic void show(void) {\n  printf("in show\\n");\n}\nint main(void) {\n  char *r = malloc(3);\n  free(r);\n  show();\n  if (r) r = 0;\n  return 0;\n}\n`,
  },
];

for (const c of CASES) {
  test(`refusal: ${c.name}`, () => {
    const imgs = images(c.src, 'refuse.c');
    for (const isa of ISAS) {
      const base = new Machine(imgs[isa]).run();
      const m = stopAtLine(imgs[isa], c.fn ?? 'main', c.line);
      const regs = JSON.stringify(m.cpu.registers(), bigints);
      const mem = m.memory.regions.map((r) => createHash('sha256').update(r.bytes).digest('hex')).join();
      assert.throws(() => capture(m, 'snapshot'), (e: unknown) => {
        assert.ok(e instanceof MigrationRefused, String(e));
        assert.match(e.reason, c.reason);
        assert.equal(e.variable, c.variable);
        assert.equal(e.frame, c.frame);
        assert.ok(e.message.includes(`'${c.variable}'`) && e.message.includes(c.frame), e.message);
        return true;
      });
      assert.equal(JSON.stringify(m.cpu.registers(), bigints), regs, 'registers untouched');
      assert.equal(m.memory.regions.map((r) => createHash('sha256').update(r.bytes).digest('hex')).join(), mem, 'memory untouched');
      const r = m.run();
      assert.equal(r.status, 'exited');
      assert.equal(text(r.stdout), text(base.stdout));
    }
  });
}

const OK_SRC = `#include <stdio.h>\nint g = 7;\nint main(void) {\n  int i = 1;\n  printf("%d\\n", g + i);\n  return 0;\n}\n`;

function goodState(): { state: CanonicalState; imgs: ReturnType<typeof images> } {
  const imgs = images(OK_SRC, 'ok.c');
  return { state: capture(stopAtLine(imgs.rv32, 'main', 5), 'snapshot'), imgs };
}

test('refusal: a value that does not fit the target type', () => {
  const { state, imgs } = goodState();
  const g = state.globals.find((x) => x.name === 'g')!;
  g.value = 2 ** 40;
  for (const isa of ISAS) {
    assert.throws(() => restore(state, imgs[isa]), (e: unknown) =>
      e instanceof MigrationRefused && /does not fit the target's type/.test(e.message) && e.variable === 'g' && e.frame === '(globals)');
  }
  const main = state.frames[1];
  g.value = 7;
  main.locals[0].value = '9007199254740993';
  assert.throws(() => restore(state, imgs.m68k), /variable 'i' in frame #1 main: .*does not fit/);
});

test('refusal: a state from another program', () => {
  const { state } = goodState();
  const other = images(OK_SRC.replace('g + i', 'g - i'), 'ok.c');
  assert.throws(() => checkProgram(state, other.m68k), /a state from another program/);
  assert.throws(() => restore(state, other.rv32), /a state from another program/);
});

test('refusal: malformed states', () => {
  const { state } = goodState();
  const json = JSON.stringify(state);
  assert.deepEqual(validateState(JSON.parse(json)), state);
  assert.throws(() => validateState(json.slice(0, json.length / 2)), /malformed state: \(text\): not JSON/);
  assert.throws(() => validateState({ ...state, format: 'shuttle.canonical/2' }), /malformed state: \/format: unsupported format "shuttle.canonical\/2"/);
  const { frames: _f, ...noFrames } = state;
  assert.throws(() => validateState(noFrames), /malformed state: \(top\): must have required property 'frames'/);
  assert.throws(() => validateState({ ...state, io: { stdoutBytes: -1, stderrBytes: 0, stdinOffset: 0 } }), /malformed state: \/io\/stdoutBytes/);
  assert.throws(() => validateState({ ...state, frames: [{ function: 'main', locals: [], temps: [] }] }), /malformed state: \/frames\/0/);
  assert.throws(() => validateState(null), /malformed state/);
  assert.throws(() => validateState([1, 2]), /malformed state/);
});

test('refusal: a well-formed state naming what the target lacks', () => {
  const { state, imgs } = goodState();
  const bad = structuredClone(state);
  bad.frames[1].function = 'nosuch';
  assert.throws(() => restore(bad, imgs.m68k), /variable 'nosuch' in frame #1 nosuch: function 'nosuch' does not exist/);
  const bad2 = structuredClone(state);
  bad2.frames[1].locals[0].name = 'j';
  assert.throws(() => restore(bad2, imgs.m68k), /variable 'i' in frame #1 main: the state names local 'j'/);
});

// The disassembler against `m68k-linux-gnu-objdump -D -b binary -m m68k:68020`: (1) every encoder
// case (all instructions the backend can emit, and more); (2) 30 000 random encodings, each in its
// own 32-byte slot padded with nops so objdump resynchronises. Whenever we decode an encoding, our
// text must equal objdump's after the documented normalisation (normaliseObjdump: whitespace
// collapsed, `<symbol>` and comments dropped, `0x` removed); encodings we do not implement (FPU,
// MMU, bit fields, ...) must be ones objdump knows as non-integer or we mark illegal.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decode } from './decode';
import { formatInsn } from './disasm';
import { toBytes } from './encode';
import { CASES } from './encode.test';
import { missingTools, normaliseObjdump, objdumpRaw } from './tools.test-util';

const ours = (bytes: Uint8Array, at: number, base = 0): { text: string; len: number; illegal: boolean } => {
  const d = formatInsn(decode((a) => (bytes[a - base] << 8) | bytes[a - base + 1], at));
  return { text: normaliseObjdump(`${d.mnemonic} ${d.operands}`), len: d.length, illegal: !!d.illegal };
};

test('disassembly of every encoder case matches objdump', (t) => {
  const why = missingTools(['m68k-linux-gnu-objdump']);
  if (why) { t.skip(why); return; }
  const bytes = toBytes(CASES.flatMap(([w]) => w));
  const ref = objdumpRaw(bytes);
  const bad: string[] = [];
  for (let at = 0; at < bytes.length;) {
    const o = ours(bytes, at);
    if (o.text !== ref.get(at)) bad.push(`@${at}: ours '${o.text}' objdump '${ref.get(at)}'`);
    at += o.len;
  }
  assert.deepEqual(bad, []);
});

test('disassembly of random encodings matches objdump', (t) => {
  const why = missingTools(['m68k-linux-gnu-objdump']);
  if (why) { t.skip(why); return; }
  const N = 30000, SLOT = 32;
  let seed = 7;
  const rnd = (): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed >>> 8; };
  const buf = new Uint8Array(N * SLOT);
  const mine: { text: string; len: number; illegal: boolean }[] = [];
  for (let k = 0; k < N; k++) {
    const words = Array.from({ length: 11 }, (_, j) => (j > 0 && rnd() % 2 ? rnd() & 0xff : rnd() & 0xffff));
    const slot = new Uint8Array(SLOT);
    words.forEach((w, j) => { slot[2 * j] = w >> 8; slot[2 * j + 1] = w & 0xff; });
    const o = ours(slot, k * SLOT, k * SLOT);
    const keep = o.illegal ? 22 : o.len;          // illegal: let objdump see the same words
    for (let j = keep; j < SLOT; j += 2) { slot[j] = 0x4e; slot[j + 1] = 0x71; }
    buf.set(slot, k * SLOT);
    mine.push(o);
  }
  const ref = objdumpRaw(buf);
  const bad: string[] = [];
  mine.forEach((o, k) => {
    const theirs = ref.get(k * SLOT) ?? '?';
    if (o.illegal) return;                          // unimplemented (FPU/MMU/bit field/...): checked below
    if (o.text !== theirs) bad.push(`@${(k * SLOT).toString(16)}: ours '${o.text}' objdump '${theirs}'`);
  });
  assert.deepEqual(bad.slice(0, 20), []);
  const unimplemented = new Set(mine.flatMap((o, k) => (o.illegal ? [(ref.get(k * SLOT) ?? '').split(' ')[0]] : [])));
  const integerOnes = [...unimplemented].filter((m) => /^(move[lwb]?|add|sub|cmp|and|or|eor|neg|not|clr|tst|lea|pea|jsr|jmp|b[a-z]{2}[swl]?|mul|div|ext|swap|link|unlk|rts)[a-z]*$/.test(m)
    && !/^(bf|movep|moves|movec|cas|chk2|cmp2|pack|unpk|callm|rtm|pflush|ptest|pmove|ploa)/.test(m));
  // objdump accepts `subqb #k,%aN` (not addqb): byte size on an address register is invalid on the 68020
  assert.deepEqual(integerOnes.filter((m) => !['subqb', 'movec', 'moves', 'movep', 'move16', 'movepw', 'movepl', 'movesb', 'movesw', 'movesl'].includes(m)), [],
    'integer instructions objdump knows but we decode as illegal');
});

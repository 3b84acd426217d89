// Unit tests of the objdump parsing and normalisation used by test/external/objdump.test.ts.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { normaliseInsn, normaliseOurs, parseObjdump } from './helpers/objdump-normalise';

test('parses instruction lines and folds continuation lines', () => {
  const out = [
    '', 'prog:     file format elf32-m68k', '', 'Disassembly of section .text:', '',
    '00010000 <_start>:',
    '   10000:\t4e56 fff8      \tlinkw %fp,#-8',
    '   10004:\t23fc 1234 5678 \tmovel #305419896,0x20000',
    '   1000a:\t0002 0000 ',
    '   1000e:\t4e75           \trts',
  ].join('\n');
  const insns = parseObjdump(out);
  assert.deepEqual(insns.map((i) => i.addr), [0x10000, 0x10004, 0x1000e]);
  assert.equal(insns[1].bytes, '23fc 1234 5678 0002 0000');
  assert.equal(insns[1].text, 'movel #305419896,0x20000');
});

test('normalises annotations, comments, whitespace and case', () => {
  assert.equal(normaliseInsn('jal\tra,100b0 <main>', 'rv32'), 'jal ra,100b0');
  assert.equal(normaliseInsn('auipc\ta0,0x1   # 11074 <buf+0x10>', 'rv32'), 'auipc a0,0x1');
  assert.equal(normaliseInsn('beq\ta0,a1,1000c <.L1^B1>', 'rv32'), 'beq a0,a1,1000c');
  assert.equal(normaliseInsn('moveq #-1,%d0', 'm68k'), 'moveq #-1,%d0');
  assert.equal(normaliseInsn('jsr 0x10080 <printf>', 'm68k'), 'jsr 0x10080');
  assert.equal(normaliseInsn('LINKW %FP, #-8', 'm68k'), 'linkw %fp,#-8');
  assert.equal(normaliseOurs({ mnemonic: 'ecall', operands: '' }, 'rv32'), 'ecall');
  assert.equal(normaliseOurs({ mnemonic: 'addi', operands: 'a0,a0,1' }, 'rv32'), 'addi a0,a0,1');
});

test('x86_64: rip-relative comments, symbol annotations and 64-bit objdump lines', () => {
  const out = [
    '0000000000401000 <_start>:',
    '  401000:\t48 8d 05 f9 0f 00 00 \tlea    0xff9(%rip),%rax        # 402000 <buf>',
    '  401007:\t48 c7 45 f0 fb ff ff \tmovq   $0xfffffffffffffffb,-0x10(%rbp)',
    '  40100e:\tff ',
    '  40100f:\te8 ec ff ff ff       \tcall   401000 <_start>',
  ].join('\n');
  const insns = parseObjdump(out);
  assert.deepEqual(insns.map((i) => i.addr), [0x401000, 0x401007, 0x40100f]);
  assert.equal(insns[1].bytes, '48 c7 45 f0 fb ff ff ff');
  assert.equal(normaliseInsn(insns[0].text, 'x86_64'), 'lea 0xff9(%rip),%rax');
  assert.equal(normaliseInsn(insns[2].text, 'x86_64'), 'call 401000');
  assert.equal(normaliseInsn('rep stos %al,%es:(%rdi)', 'x86_64'), 'rep stos %al,%es:(%rdi)');
  assert.equal(normaliseOurs({ mnemonic: 'mov', operands: '%rsp,%rbp' }, 'x86_64'), 'mov %rsp,%rbp');
});

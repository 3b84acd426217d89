// The x86-64 disassembler against GNU objdump: (1) a generated list of every instruction form the
// backend may emit (all registers incl. r8-r15 and the REX byte registers, every SIB scale,
// rip-relative, 66/REX prefixes), assembled with x86_64-linux-gnu-as, must disassemble exactly as
// objdump prints it at every instruction; (2) random byte strings that objdump decodes as one of the
// subset's mnemonics must give the same length and text. Skipped visibly without binutils.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { disassembleBytes } from '../../emulator/isa/x86_64/disasm';
import { REG16, REG32, REG64, REG8 } from '../../emulator/isa/x86_64/regs';
import { makeTempDir, removeTempDir } from '../helpers/external';
import { normaliseInsn, normaliseOurs } from '../helpers/objdump-normalise';
import { requireTool } from '../helpers/programs';
import { AS, assemble, objdumpInsns, rng, textBytes } from './x86_64-tools';

let dir = '';
before(() => { dir = makeTempDir('shuttle-x86dis-'); });
after(() => removeTempDir(dir));

const SIZES: [string, string[]][] = [['b', REG8.slice(0, 16)], ['w', REG16], ['l', REG32], ['q', REG64]];
const MEMS = ['(%rax)', '-0x8(%rbp)', '0x7f(%rsp)', '0x1000(%r12)', '(%r13)', '0x0(%rbp)', '-0x80(%r8,%r9,2)',
  '(%rax,%rcx,1)', '0x10(%rdx,%r15,4)', '-0x12345(%rsi,%rdi,8)', '0x0(,%rcx,4)', '0x10(%rip)', '-0x20(%rip)', '0x1234'];

/** Every form of the subset, as assembler lines. */
function subsetSource(): string {
  const L: string[] = [];
  const alu = ['add', 'sub', 'and', 'or', 'xor', 'cmp', 'adc', 'sbb', 'test', 'mov'];
  for (const [sfx, regs] of SIZES) {
    for (let k = 0; k < 16; k++) {
      const a = `%${regs[k]}`, b = `%${regs[(k * 5 + 3) % 16]}`;
      for (const op of alu) L.push(`${op} ${a},${b}`);
      L.push(`add ${MEMS[k % MEMS.length]},${a}`, `mov ${a},${MEMS[(k + 3) % MEMS.length]}`);
      for (const op of ['inc', 'dec', 'neg', 'not', 'mul', 'imul', 'div', 'idiv']) L.push(`${op} ${a}`, `${op}${sfx} ${MEMS[k % MEMS.length]}`);
      for (const op of ['shl', 'shr', 'sar', 'rol', 'ror']) L.push(`${op} ${a}`, `${op} $${k},${a}`, `${op} %cl,${a}`, `${op}${sfx} $3,${MEMS[k % 7]}`, `${op}${sfx} %cl,(%rax)`);
      for (const v of ['0', '1', '-1', '0x7f', '-0x80', sfx === 'b' ? '0x12' : '0x1234', sfx === 'b' ? '-0x13' : '-0x1235']) {
        for (const op of alu) L.push(`${op}${sfx} $${v},${a}`);
        L.push(`${alu[k % alu.length]}${sfx} $${v},${MEMS[k % MEMS.length]}`);
      }
      if (sfx !== 'b') {
        L.push(`imul ${b},${a}`, `imul $0x10,${b},${a}`, `imul $-0x1000,${b},${a}`, `imul ${MEMS[k % MEMS.length]},${a}`);
        L.push(`lea ${MEMS[k % MEMS.length]},${a}`);
        for (let c = 0; c < 16; c++) L.push(`cmov${CC[c]} ${b},${a}`);
        L.push(`xchg ${a},${b}`, `xchg %${regs[0]},${a}`);
      }
    }
  }
  for (let k = 0; k < 16; k++) {
    const q = `%${REG64[k]}`, l = `%${REG32[k]}`, w = `%${REG16[k]}`, b = `%${REG8[k]}`;
    L.push(`push ${q}`, `pop ${q}`, `jmp *${q}`, `call *${q}`, `movabs $0x123456789abcdef0,${q}`, `movabs $-2,${q}`, `mov $0x12345678,${l}`, `mov $-1,${q}`);
    L.push(`movzbl ${b},${l}`, `movzwl ${w},${l}`, `movsbl ${b},${l}`, `movswl ${w},${l}`, `movsbq ${b},${q}`, `movswq ${w},${q}`,
      `movzbq ${b},${q}`, `movzwq ${w},${q}`, `movslq ${l},${q}`, `movsbw ${b},${w}`, `movzbw ${b},${w}`);
    L.push(`movzbl ${MEMS[k % MEMS.length]},${l}`, `movslq ${MEMS[k % MEMS.length]},${q}`, `movswq ${MEMS[k % MEMS.length]},${q}`);
    L.push(`set${CC[k]} ${b}`, `set${CC[k]} ${MEMS[k % MEMS.length]}`, `jmp *${MEMS[k % MEMS.length]}`, `call *${MEMS[k % MEMS.length]}`, `push ${MEMS[k % MEMS.length]}`);
  }
  for (const h of ['%ah', '%ch', '%dh', '%bh']) L.push(`mov ${h},%al`, `add %bl,${h}`, `movzbl ${h},%eax`);
  for (let c = 0; c < 16; c++) L.push(`j${CC[c]} .+2`, `j${CC[c]} .+0x200`, `j${CC[c]} .-0x200`);
  L.push('jmp .+2', 'jmp .+0x300', 'call .+0x100', 'call .-0x100', 'ret', 'leave', 'syscall', 'nop', 'ud2', 'int3', 'hlt',
    'cltd', 'cqto', 'cltq', 'cwtl', 'push $1', 'push $-1', 'push $0x12345', 'nopw 0x0(%rax,%rax,1)', 'nopl 0x0(%rax)', 'nopl (%rax)',
    'nopw %cs:0x0(%rax,%rax,1)', '.byte 0x66,0x66,0x2e,0x0f,0x1f,0x84,0,0,0,0,0', 'xchg %ax,%ax', 'xchg %eax,%r8d', 'clc', 'stc', 'cmc', 'cld', 'bt %eax,%ecx', 'bt $5,%rax', 'bsf %rax,%rcx', 'bsr %ecx,%edx',
    'bswap %eax', 'bswap %r9', 'pushw (%rax)', 'popw 8(%rax)', 'rep stosb', 'rep movsq', 'repz cmpsb', 'repnz scasb', 'lodsq', 'movsxd %eax,%ecx',
    'ret $8', 'enter $0x10,$0', 'movabs 0x1122334455667788,%al', 'movabs %rax,0x1122334455667788', 'bts %eax,%ecx', 'btr $3,%rax',
    'btcl $5,(%rax)', 'shld $3,%eax,%ecx', 'shrd %cl,%rax,(%rdx)', 'cmpxchg %ecx,(%rdx)', 'lock cmpxchg %rcx,(%rdx)', 'lock addl $1,(%rax)',
    'xadd %al,%bl', 'endbr64', 'repz ret', 'bnd ret', 'bnd jmp .+2', 'pause', 'tzcnt %eax,%ecx', 'lzcnt (%rax),%rcx', 'popcnt %ax,%dx', '.byte 0x0f,0x1e,0xc8', 'rcl %eax', 'rcrq $3,(%rax)', 'pushf', 'popf', '.byte 0x66,0x48,0x90', '.byte 0x48,0x90', '.byte 0x46,0x90', '.byte 0x40,0x90', '.byte 0x66,0x41,0x90', '.byte 0x49,0x90', 'push %ax', 'pop %r9w', '.byte 0x8b,0x04,0x64', '.byte 0x8b,0x04,0xa5,0x10,0,0,0', 'mov 0x0(%r13,%r12,1),%rax');
  return '.text\nf:\n' + L.map((s) => s + '\n').join('');
}
const CC = ['o', 'no', 'b', 'ae', 'e', 'ne', 'be', 'a', 's', 'ns', 'p', 'np', 'l', 'ge', 'le', 'g'];

/** Compare our disassembly of `bytes` with objdump at each listed address; returns mismatch lines. */
function compare(bytes: Uint8Array, insns: { addr: number; bytes: string; text: string }[]): string[] {
  const problems: string[] = [];
  for (const ins of insns) {
    const d = disassembleBytes(bytes.subarray(ins.addr), ins.addr);
    const ours = d.illegal ? '(bad)' : normaliseOurs(d, 'x86_64');
    const theirs = normaliseInsn(ins.text, 'x86_64');
    const len = ins.bytes.split(' ').length;
    if (ours !== theirs || d.length !== len) problems.push(`${ins.bytes}: objdump "${theirs}" (${len}), ours "${ours}" (${d.length})`);
  }
  return problems;
}

test('every subset form disassembles exactly as objdump prints it', (t) => {
  if (!requireTool(t, AS)) return;
  const obj = assemble(dir, 'subset', subsetSource());
  const insns = objdumpInsns(obj);
  assert.ok(insns.length > 2500, `only ${insns.length} instructions`);
  const problems = compare(textBytes(obj), insns);
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} of ${insns.length} differ`);
});


const OPCODES = [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x08, 0x09, 0x0b, 0x11, 0x13, 0x19, 0x1b, 0x21, 0x23, 0x25, 0x29,
  0x2b, 0x31, 0x33, 0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x50, 0x55, 0x58, 0x5d, 0x63, 0x68, 0x69, 0x6a, 0x6b, 0x70, 0x74, 0x7f,
  0x80, 0x81, 0x83, 0x84, 0x85, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8d, 0x8f, 0x90, 0x93, 0x98, 0x99, 0xa8, 0xa9, 0xb0, 0xb7, 0xb8, 0xbf,
  0xc0, 0xc1, 0xc3, 0xc6, 0xc7, 0xc9, 0xcc, 0xd0, 0xd1, 0xd2, 0xd3, 0xe8, 0xe9, 0xeb, 0xf4, 0xf6, 0xf7, 0xfe, 0xff,
  0x0f05, 0x0f0b, 0x0f1f, 0x0f40, 0x0f44, 0x0f4f, 0x0f80, 0x0f85, 0x0f8f, 0x0f90, 0x0f94, 0x0f9f, 0x0faf, 0x0fb6, 0x0fb7,
  0x0fbe, 0x0fbf, 0x0fa3, 0x0fba, 0x0fbc, 0x0fbd, 0x0fc8,
  // decoded for display only
  0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf, 0xc2, 0xc8, 0x0fab, 0x0fb3,
  0x0fbb, 0x0fa4, 0x0fa5, 0x0fac, 0x0fad, 0x0fb0, 0x0fb1, 0x0fc0, 0x0fc1, 0x0f1e, 0x0fb8];
/** The subset's mnemonics and the display-only ones (objdump spelling, suffix stripped by the filter). */
const SUBSET = new Set(['add', 'or', 'adc', 'sbb', 'and', 'sub', 'xor', 'cmp', 'test', 'mov', 'movabs', 'movzbl', 'movzwl',
  'movsbl', 'movswl', 'movsbq', 'movswq', 'movzbq', 'movzwq', 'movslq', 'movsbw', 'movzbw', 'lea', 'inc', 'dec', 'neg', 'not',
  'imul', 'mul', 'div', 'idiv', 'cltd', 'cqto', 'cltq', 'cwtl', 'shl', 'shr', 'sar', 'rol', 'ror', 'jmp', 'call', 'ret', 'push',
  'pop', 'leave', 'syscall', 'nop', 'ud2', 'int3', 'hlt', 'xchg',
  ...CC.map((c) => 'j' + c), ...CC.map((c) => 'set' + c), ...CC.map((c) => 'cmov' + c),
  // decoded beyond the subset (shown, not executed)
  'rcl', 'rcr', 'bt', 'bts', 'btr', 'btc', 'bsf', 'bsr', 'bswap', 'movs', 'cmps', 'stos', 'lods', 'scas', 'movsxd', 'enter',
  'shld', 'shrd', 'cmpxchg', 'xadd', 'rep', 'repz', 'repnz', 'lock', 'pushf', 'popf', 'endbr64', 'tzcnt', 'lzcnt', 'popcnt']);

function inSubset(text: string): boolean {
  // objdump's names for prefixes that have no effect are not reproduced (the backend emits none)
  if (/\brex\b|\brex\.|data16|\(bad\)|addr32/.test(text)) return false;
  const mn = text.split(/\s+/)[0];
  return SUBSET.has(mn) || (/^[a-z]+[bwlq]$/.test(mn) && SUBSET.has(mn.slice(0, -1)));
}

test('random encodings objdump reads as subset instructions disassemble identically', (t) => {
  if (!requireTool(t, AS)) return;
  const r = rng(Number(process.env.X86_FUZZ_SEED ?? 0x5eed));   // other seeds: X86_FUZZ_SEED=n
  const N = 12000, SLOT = 16, lines: string[] = ['.text'];
  for (let k = 0; k < N; k++) {
    const b: number[] = [];
    const p = r();
    if (p < 0.15) b.push(0x66);
    else if (p < 0.2) b.push([0xf3, 0xf2, 0xf0][Math.floor(r() * 3)]);
    if (r() < 0.6) b.push(0x40 | Math.floor(r() * 16));
    const op = OPCODES[Math.floor(r() * OPCODES.length)];
    if (op > 0xff) b.push(0x0f, op & 0xff); else b.push(op);
    while (b.length < SLOT) b.push(Math.floor(r() * 256));
    lines.push(`c${k}: .byte ${b.join(',')}`);
  }
  const obj = assemble(dir, 'fuzz', lines.join('\n') + '\n');
  const bytes = textBytes(obj);
  const all = objdumpInsns(obj).filter((i) => i.addr % SLOT === 0);
  if (process.env.X86_FUZZ_DEBUG) console.log(all.filter((i) => !inSubset(normaliseInsn(i.text, 'x86_64'))).map((i) => i.text).join('\n'));
  const firsts = all.filter((i) => inSubset(normaliseInsn(i.text, 'x86_64')));
  assert.ok(firsts.length > N / 3, `only ${firsts.length} subset instructions generated`);
  const problems = compare(bytes, firsts);
  if (process.env.X86_FUZZ_DEBUG) console.log(problems.join('\n'));
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} of ${firsts.length} differ`);
});

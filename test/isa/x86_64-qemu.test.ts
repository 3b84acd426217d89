// x86-64 CPU semantics against qemu-x86_64: generated static ELF64 programs run each instruction on
// boundary values and record, per block, rbx rdx rax and the defined rflags bits (pushfq) into a
// buffer that is written to stdout. The same ELF runs on our CPU (loaded into a flat memory) and
// the records must be byte-identical. Undefined flags are masked per block (AF after logic ops,
// OF after multi-bit shifts, SF/ZF/PF/AF after multiplies). Skipped visibly without binutils/qemu.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { makeTempDir, removeTempDir } from '../helpers/external';
import { requireTool } from '../helpers/programs';
import { AS, linkProgram, QEMU, rng, runOnCpu, runOnQemu } from './x86_64-tools';

let dir = '';
before(() => { dir = makeTempDir('shuttle-x86sem-'); });
after(() => removeTempDir(dir));

const CC = ['o', 'no', 'b', 'ae', 'e', 'ne', 'be', 'a', 's', 'ns', 'p', 'np', 'l', 'ge', 'le', 'g'];
const SFX = { 1: 'b', 2: 'w', 4: 'l', 8: 'q' } as Record<number, string>;
const RB: Record<number, string> = { 1: '%bl', 2: '%bx', 4: '%ebx', 8: '%rbx' };
const RC: Record<number, string> = { 1: '%cl', 2: '%cx', 4: '%ecx', 8: '%rcx' };
const ALL = 0x8d5, NO_AF = 0x8c5, CF_OF = 0x801, CF_FLAG = 0x1, ZF_FLAG = 0x40, OF = 0x800;
const GARBAGE = 0x5a5a5a5a5a5a5a00n;

/** Interesting values at a size, with garbage above the operand so merges and zero-extension show. */
function values(size: number): bigint[] {
  const bits = BigInt(size * 8), m = (1n << bits) - 1n, top = 1n << (bits - 1n);
  const base = [0n, 1n, 2n, 0x7fn, 0x80n, top - 1n, top, top + 1n, m, m - 1n, 0x3cn, 0x1234567890abcdefn & m];
  // 64-bit values whose halves matter separately (equal high halves, low halves across 2^31)
  if (size === 8) base.push(0x7fffffffn, 0x80000000n, 0xffffffffn, 0x100000000n, 0xffffffff80000000n);
  return base.map((v) => (size === 8 ? v : ((GARBAGE << bits) & 0xffffffffffffffffn) | v));
}

const hex = (v: bigint): string => '0x' + BigInt.asUintN(64, v).toString(16);

/** A program of blocks, each recording some registers (default rbx rdx rax) and the masked flags. */
class Program {
  lines: string[] = [];
  names: string[] = [];
  /** record sizes in bytes, one per block */
  sizes: number[] = [];
  regNames: string[][] = [];
  masks: number[] = [];
  /** The record neither changes a register nor the flags (pushfq/pop to memory, lea to advance);
   *  unless `flow`, the block starts from known flags (those of `cmp %r14,%r15`). */
  block(name: string, code: string[], mask = ALL, regs = ['rbx', 'rdx', 'rax'], flow = false): void {
    this.names.push(name);
    this.sizes.push((regs.length + 1) * 8);
    this.regNames.push([...regs, 'flags']);
    this.masks.push(mask);
    this.lines.push(`# ${name}`, ...(flow ? [] : ['cmp %r14,%r15']), ...code, ...regs.map((r, k) => `mov %${r},${k * 8}(%r15)`),
      'pushfq', `pop ${regs.length * 8}(%r15)`, `lea ${(regs.length + 1) * 8}(%r15),%r15`);
  }
  source(): string {
    return ['.text', '.globl _start', '_start:', 'lea buf(%rip),%r15', 'lea scratch(%rip),%r14', ...this.lines,
      'lea buf(%rip),%rsi', 'mov %r15,%rdx', 'sub %rsi,%rdx', 'mov $1,%edi', 'mov $1,%eax', 'syscall',
      'mov $0,%edi', 'mov $60,%eax', 'syscall', '.bss', '.align 16', 'scratch: .zero 64', 'buf: .zero 0x400000', ''].join('\n');
  }
}

/** Run on both and compare records; fails with the first differing block's name. */
function check(t: { skip(msg: string): void }, name: string, p: Program): void {
  if (!requireTool(t, AS) || !requireTool(t, QEMU)) return;
  const exe = linkProgram(dir, name, p.source());
  const q = runOnQemu(exe), o = runOnCpu(exe);
  assert.equal(q.status, 0, `qemu exit ${q.status} ${q.signal}`);
  assert.equal(o.fault, undefined, o.fault?.message);
  assert.equal(o.status, 0);
  const total = p.sizes.reduce((a, b) => a + b, 0);
  assert.equal(q.out.length, total, 'qemu record bytes');
  let off = 0;
  p.names.forEach((blockName, k) => {
    const n = p.sizes[k], a = Buffer.from(q.out.subarray(off, off + n)), b = Buffer.from(o.out.subarray(off, off + n));
    for (const x of [a, b]) x.writeUInt32LE(x.readUInt32LE(n - 8) & p.masks[k], n - 8);   // undefined flags masked
    if (!a.equals(b)) {
      const fmt = (x: Buffer): string => p.regNames[k].map((r, j) => `${r}=${hex(x.readBigUInt64LE(j * 8))}`).join(' ');
      assert.fail(`${blockName}:\n  qemu ${fmt(a)}\n  ours ${fmt(b)}`);
    }
    off += n;
  });
  assert.ok(p.names.length > 0);
}

describe('x86-64 CPU agrees with qemu-x86_64', () => {
  test('add/sub/adc/sbb/cmp/and/or/xor/test at every size, register, memory and immediate forms', (t) => {
    const p = new Program();
    for (const size of [1, 2, 4, 8]) {
      const vs = values(size), s = SFX[size];
      for (const op of ['add', 'sub', 'adc', 'sbb', 'cmp', 'and', 'or', 'xor', 'test']) {
        const mask = ['and', 'or', 'xor', 'test'].includes(op) ? NO_AF : ALL;
        for (const a of vs) for (const b of vs) {
          for (const carry of op === 'adc' || op === 'sbb' ? ['clc', 'stc'] : ['clc']) {
            p.block(`${op}${s} ${hex(b)},${hex(a)} ${carry}`, [`movabs $${hex(a)},%rbx`, `movabs $${hex(b)},%rcx`, carry, `${op} ${RC[size]},${RB[size]}`], mask);
          }
        }
        for (const a of vs.slice(0, 6)) {
          p.block(`${op}${s} mem ${hex(a)}`, [`movabs $${hex(a)},%rbx`, 'movabs $0x1122334455667788,%rcx', 'mov %rcx,(%r14)',
            'stc', `${op}${s} ${RB[size]},(%r14)`, 'mov (%r14),%rdx'], mask);
          for (const imm of size === 1 ? ['0x7f', '-0x80', '1'] : ['0x7f', '-0x80', '-1', '0x1234']) {
            p.block(`${op}${s} $${imm},${hex(a)}`, [`movabs $${hex(a)},%rbx`, 'clc', `${op}${s} $${imm},${RB[size]}`], mask);
          }
        }
      }
    }
    check(t, 'alu', p);
  });

  test('neg/not/inc/dec, movzx/movsx/movslq, cltq/cwtl/cltd/cqto, xchg, bswap, bsf/bsr, bt', (t) => {
    const p = new Program();
    for (const size of [1, 2, 4, 8]) {
      for (const a of values(size)) {
        for (const op of ['neg', 'not', 'inc', 'dec']) {
          for (const carry of ['clc', 'stc']) p.block(`${op} ${size} ${hex(a)} ${carry}`, [`movabs $${hex(a)},%rbx`, carry, `${op} ${RB[size]}`]);
        }
        p.block(`conversions of ${hex(a)}`, [`movabs $${hex(a)},%rax`, 'movabs $-1,%rdx', 'mov %rax,%rbx', size === 8 ? 'cqto' : size === 4 ? 'cltd' : size === 2 ? 'cwtd' : 'cltq']);
        p.block(`conversions2 of ${hex(a)}`, [`movabs $${hex(a)},%rax`, 'mov %rax,%rdx', size === 8 ? 'cltq' : 'cwtl', size === 1 ? 'cbtw' : 'nop', 'mov %rax,%rbx']);
      }
      if (size > 1) {
        for (const a of values(size)) {
          p.block(`bsf/bsr ${size} ${hex(a)}`, [`movabs $${hex(a)},%rcx`, 'mov $77,%ebx', 'mov $77,%edx', `bsf ${RC[size]},${RB[size]}`, 'sete %al', `bsr ${RC[size]},${size === 8 ? '%rdx' : size === 4 ? '%edx' : '%dx'}`], ZF_FLAG);
          p.block(`bt ${size} ${hex(a)}`, [`movabs $${hex(a)},%rbx`, 'mov $5,%ecx', `bt ${RC[size]},${RB[size]}`, 'setc %dl', `bt $${size * 8 - 1},${RB[size]}`, 'setc %al'], 0x1);
        }
      }
    }
    for (const a of values(8)) {
      const l = hex(a);
      p.block(`movzx/movsx ${l}`, [`movabs $${l},%rcx`, 'movabs $-1,%rbx', 'movabs $-1,%rdx', 'movzbl %cl,%ebx', 'movsbq %cl,%rdx', 'movswl %cx,%eax']);
      p.block(`movzx/movsx 2 ${l}`, [`movabs $${l},%rcx`, 'movabs $-1,%rbx', 'movabs $-1,%rdx', 'movzwl %cx,%ebx', 'movswq %cx,%rdx', 'movsbl %cl,%eax']);
      p.block(`movsx 3 ${l}`, [`movabs $${l},%rcx`, 'movabs $-1,%rbx', 'movabs $-1,%rdx', 'movslq %ecx,%rbx', 'movsbw %cl,%dx', 'movzbw %cl,%ax']);
      p.block(`movsx mem ${l}`, [`movabs $${l},%rcx`, 'mov %rcx,(%r14)', 'movslq (%r14),%rbx', 'movzbq 1(%r14),%rdx', 'movswq 2(%r14),%rax']);
      p.block(`xchg/bswap ${l}`, [`movabs $${l},%rcx`, 'movabs $0x1122334455667788,%rbx', 'xchg %rcx,%rbx', 'mov %rcx,%rdx', 'bswap %rdx', 'mov %ebx,%eax', 'bswap %eax', 'xchg %al,%ah']);
      p.block(`byte regs ${l}`, [`movabs $${l},%rbx`, 'movabs $0x1122334455667788,%rdx', 'mov %bh,%dl', 'add %dh,%bl', 'mov %dl,%sil', 'movzbl %sil,%eax', 'mov %ah,%al']);
    }
    check(t, 'unary', p);
  });

  test('shifts and rotates: counts 0, 1, size-1, size and above (masking), by 1, imm8 and %cl', (t) => {
    const p = new Program();
    for (const size of [1, 2, 4, 8]) {
      const bits = size * 8;
      for (const op of ['shl', 'shr', 'sar', 'rol', 'ror']) {
        for (const a of values(size)) {
          for (const n of [0, 1, 2, bits - 1, bits, bits + 1, 31, 32, 33, 63, 64, 255]) {
            const masked = n & (size === 8 ? 63 : 31);
            // OF is defined only for a (masked) count of 1; shifts leave AF undefined
            const mask = masked === 1 ? NO_AF : 0x8c5 & ~0x800;
            const rotMask = masked === 1 ? CF_OF : 0x1;
            // byte/word shifts by more than the width leave CF undefined
            const m = op.startsWith('ro') ? rotMask : masked > bits ? mask & ~1 : mask;
            p.block(`${op}${SFX[size]} %cl=${n},${hex(a)}`, ['cmp $0,%r14', `movabs $${hex(a)},%rbx`, `mov $${n},%ecx`, `${op} %cl,${RB[size]}`], m);
            if (n < 256 && n === 1) p.block(`${op}${SFX[size]} 1,${hex(a)}`, ['cmp $0,%r14', `movabs $${hex(a)},%rbx`, `${op} ${RB[size]}`], m);
            if (n < 256) p.block(`${op}${SFX[size]} $${n},${hex(a)}`, ['cmp $0,%r14', `movabs $${hex(a)},%rbx`, `mov %rbx,(%r14)`, `${op}${SFX[size]} $${n},(%r14)`, 'mov (%r14),%rbx'], m);
          }
        }
      }
    }
    for (const size of [1, 2, 4, 8]) {
      const bits = size * 8;
      for (const op of ['rcl', 'rcr']) {
        for (const a of values(size).slice(0, 9)) {
          for (const n of [0, 1, 2, bits - 1, bits, bits + 1, 31, 33, 63]) {
            const masked = n & (size === 8 ? 63 : 31);
            for (const carry of ['clc', 'stc']) {
              p.block(`${op}${SFX[size]} %cl=${n},${hex(a)} ${carry}`, [`movabs $${hex(a)},%rbx`, `mov $${n},%ecx`, carry, `${op} %cl,${RB[size]}`], masked === 1 ? CF_OF : 0x1);
            }
          }
        }
      }
    }
    check(t, 'shifts', p);
  });

  test('imul (1, 2, 3 operands), mul, div, idiv incl. negative and 64-bit', (t) => {
    const p = new Program();
    for (const size of [1, 2, 4, 8]) {
      const vs = values(size);
      for (const a of vs) for (const b of vs) {
        const A = hex(a), B = hex(b);
        for (const op of ['mul', 'imul']) {
          p.block(`${op}${SFX[size]} ${B}*${A}`, [`movabs $${A},%rax`, `movabs $${B},%rcx`, 'movabs $-1,%rdx', `${op} ${RC[size]}`, 'mov %rcx,%rbx'], CF_OF);
        }
        if (size > 1) {
          p.block(`imul2 ${size} ${B}*${A}`, [`movabs $${A},%rbx`, `movabs $${B},%rcx`, `imul ${RC[size]},${RB[size]}`], CF_OF);
          p.block(`imul3 ${size} ${B}*-3`, [`movabs $${B},%rcx`, `movabs $${A},%rbx`, `imul $-3,${RC[size]},${RB[size]}`, `imul $0x1234,${RC[size]},${size === 8 ? '%rdx' : size === 4 ? '%edx' : '%dx'}`], CF_OF);
        }
        const bits = BigInt(size * 8), m = (1n << bits) - 1n;
        const ua = a & m, ub = b & m;
        if (ub !== 0n) {
          // unsigned: rdx:rax = (high 0 or a small value below the divisor) so the quotient fits
          p.block(`div${SFX[size]} ${A}/${B}`, size === 1
            ? [`movabs $${A},%rax`, 'movzbl %al,%eax', `movabs $${B},%rcx`, 'mov $77,%ebx', 'div %cl', 'mov %rcx,%rdx']
            : [`movabs $${A},%rax`, `movabs $${hex(ub > 1n ? ub - 1n : 0n)},%rdx`, `movabs $${B},%rcx`, 'mov $77,%ebx', `div ${RC[size]}`], 0);
          const sa = BigInt.asIntN(Number(bits), ua), sb = BigInt.asIntN(Number(bits), ub);
          if (!(sa === -(1n << (bits - 1n)) && sb === -1n)) {
            const ext = size === 8 ? 'cqto' : size === 4 ? 'cltd' : size === 2 ? 'cwtd' : 'cbtw';
            p.block(`idiv${SFX[size]} ${A}/${B}`, [`movabs $${A},%rax`, ext, `movabs $${B},%rcx`, 'mov $77,%ebx', `idiv ${RC[size]}`], 0);
          }
        }
      }
    }
    check(t, 'muldiv', p);
  });

  test('setcc, cmovcc and jcc for all 16 conditions right after cmp/add/test/sub/sbb/and', (t) => {
    const p = new Program();
    for (const size of [1, 2, 4, 8]) {
      const vs = values(size);
      for (const a of vs) for (const b of vs) {
        for (const op of ['cmp', 'add', 'test', 'sub', 'sbb', 'and']) {
          // the flag-setting op runs again before each condition, so every condition reads the
          // lazily kept flags of that op directly (setcc → rdx bits, cmovcc → rdi bits, jcc → r9 bits)
          const flagOp = ['mov %r10,%rbx', 'mov %r11,%rcx', 'stc', `${op} ${RC[size]},${RB[size]}`];
          const code: string[] = [`movabs $${hex(a)},%r10`, `movabs $${hex(b)},%r11`, 'xor %edx,%edx', 'xor %edi,%edi', 'xor %r9d,%r9d'];
          CC.forEach((c, k) => {
            code.push(...flagOp, `set${c} %al`, 'movzbl %al,%eax', 'shl $1,%rdx', 'or %rax,%rdx');
            code.push(...flagOp, 'mov $0,%esi', 'mov $1,%r8d', `cmov${c} %r8,%rsi`, 'shl $1,%rdi', 'or %rsi,%rdi');
            code.push(...flagOp, `j${c} 1f`, `xor $${1 << k},%r9d`, '1:');
          });
          p.block(`${op}${SFX[size]} ${hex(b)},${hex(a)}`, code, 0, ['rdx', 'rdi', 'r9']);
        }
      }
    }
    check(t, 'conds', p);
  });

  test('push/pop/call/ret/leave, lea, indirect calls and jumps', (t) => {
    const p = new Program();
    p.block('push/pop', ['movabs $0x8877665544332211,%rax', 'push %rax', 'push $-5', 'pushq (%r14)', 'pop %rdx', 'pop %rbx', 'pop %rcx', 'mov %rsp,%rax', 'sub %rsp,%rax']);
    p.block('call/ret/leave', ['call 2f', 'jmp 3f', '2: push %rbp', 'mov %rsp,%rbp', 'sub $32,%rsp', 'mov $5,%ebx', 'mov %rbx,-8(%rbp)', 'mov 8(%rbp),%rdx', 'leave', 'ret', '3: lea 2b(%rip),%rax', 'sub %rax,%rdx']);
    p.block('indirect', ['lea 2f(%rip),%rax', 'mov %rax,(%r14)', 'call *(%r14)', 'lea 3f(%rip),%rcx', 'jmp *%rcx', '2: mov $7,%ebx', 'ret', '3: mov $9,%edx']);
    p.block('lea', ['movabs $-0x100000000,%rcx', 'mov $3,%edx', 'lea -0x10(%rcx,%rdx,8),%rbx', 'lea 0x7fffffff(%rcx,%rcx,1),%rdx', 'lea (%rdx,%rdx,2),%eax']);
    check(t, 'stack', p);
  });
});

// ---- random instruction sequences ----

const POOL = ['rax', 'rbx', 'rcx', 'rdx', 'rsi', 'rdi', 'rbp', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13'];
const NAMES: Record<string, string[]> = {
  rax: ['al', 'ax', 'eax'], rbx: ['bl', 'bx', 'ebx'], rcx: ['cl', 'cx', 'ecx'], rdx: ['dl', 'dx', 'edx'],
  rsi: ['sil', 'si', 'esi'], rdi: ['dil', 'di', 'edi'], rbp: ['bpl', 'bp', 'ebp'],
};
for (let n = 8; n <= 13; n++) NAMES[`r${n}`] = [`r${n}b`, `r${n}w`, `r${n}d`];
const regAt = (r: string, size: number): string => '%' + (size === 8 ? r : NAMES[r][size === 1 ? 0 : size === 2 ? 1 : 2]);


/**
 * One random instruction and the flags it leaves defined. Instructions that read flags (adc, sbb,
 * setcc, cmovcc, jcc) are only generated while every flag is defined, so undefined flags never
 * reach a register.
 */
function randomInsn(r: () => number, flagsDefined: boolean): { code: string[]; mask: number | 'keep' | 'rotate' | 'rotate1' } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const size = pick([1, 2, 4, 8]), a = pick(POOL), b = pick(POOL), A = regAt(a, size), B = regAt(b, size);
  const sfx = SFX[size], mem = `${Math.floor(r() * 7) * 8}(%r14)`;
  const k = Math.floor(r() * 15);
  switch (k) {
    case 0: case 1: {
      const op = pick(flagsDefined ? ['add', 'sub', 'cmp', 'adc', 'sbb', 'and', 'or', 'xor', 'test'] : ['add', 'sub', 'cmp', 'and', 'or', 'xor', 'test']);
      const form = Math.floor(r() * 4);
      const code = form === 0 ? `${op} ${B},${A}` : form === 1 ? `${op}${sfx} $${pick(['0', '1', '-1', '0x7f', '-0x80'])},${A}`
        : form === 2 ? `${op} ${B},${mem}` : `${op}${sfx} $${pick(['3', '-3', '0x40'])},${mem}`;
      return { code: [code], mask: ['and', 'or', 'xor', 'test'].includes(op) ? NO_AF : ALL };
    }
    case 2: return { code: [`movabs $${hex(BigInt.asIntN(64, BigInt(Math.floor(r() * 2 ** 32)) << BigInt(Math.floor(r() * 33))))},%${a}`], mask: 'keep' };
    case 3: return { code: [pick([`mov ${B},${A}`, `mov ${A},${mem}`, `mov ${mem},${A}`, `mov${sfx} $-2,${mem}`])], mask: 'keep' };
    case 4: {
      const forms = [`movzbl ${regAt(b, 1)},${regAt(a, 4)}`, `movsbq ${regAt(b, 1)},%${a}`, `movswl ${regAt(b, 2)},${regAt(a, 4)}`,
        `movslq ${regAt(b, 4)},%${a}`, `movzwq ${mem},%${a}`, `movsbw ${regAt(b, 1)},${regAt(a, 2)}`, 'cltq', 'cqto', 'cltd', 'cwtl'];
      return { code: [pick(forms)], mask: 'keep' };
    }
    case 5: return { code: [`${pick(['inc', 'dec', 'neg'])} ${A}`], mask: ALL };
    case 6: return { code: [`not ${A}`], mask: 'keep' };
    case 7: {
      const n = Math.floor(r() * size * 8);
      const op = pick(['shl', 'shr', 'sar', 'rol', 'ror', 'rcl', 'rcr']);   // CF is always defined here
      if (n === 0) return { code: [`${op} $0,${A}`], mask: 'keep' };
      const rot = op.startsWith('r');
      return { code: [r() < 0.5 ? `${op} $${n},${A}` : `mov $${n},%cl\n${op} %cl,${size === 1 && a === 'rcx' ? '%dl' : A}`], mask: rot ? (n === 1 ? 'rotate1' : 'rotate') : n === 1 ? NO_AF : 0xc5 };
    }
    case 8: {
      if (size === 1) return { code: [`imul ${regAt(b, 1)}`], mask: CF_OF };
      return { code: [pick([`imul ${B},${A}`, `imul $${pick(['3', '-7', '0x12345'])},${B},${A}`, `imul ${mem},${A}`])], mask: CF_OF };
    }
    case 9: {
      const base = pick(POOL), idx = pick(POOL), sc = pick([1, 2, 4, 8]), disp = pick(['', '0x10', '-0x80', '0x7fffffff']);
      return { code: [`lea ${disp}(%${base},%${idx},${sc}),${size === 8 || size === 1 ? '%' + a : regAt(a, size)}`], mask: 'keep' };
    }
    case 10: case 11:
      if (!flagsDefined) return { code: ['cmp %rax,%rbx'], mask: ALL };
      return { code: [pick([`set${pick(CC)} ${regAt(a, 1)}`, `cmov${pick(CC)} ${regAt(b, size === 1 ? 8 : size)},${regAt(a, size === 1 ? 8 : size)}`,
        `j${pick(CC)} 1f\nxor %${b},%${a}\n1:`])], mask: 'keep' };
    case 12: return { code: [pick([`xchg ${B},${A}`, `bswap ${regAt(a, size < 4 ? 4 : size)}`, `xchg ${A},${mem}`])], mask: 'keep' };
    case 13: return { code: [`push %${a}`, `pop %${b}`], mask: 'keep' };
    default: return { code: [`${pick(['mul', 'imul'])}${sfx} ${mem}`], mask: CF_OF };
  }
}

test('random instruction sequences over r8-r13 and the byte registers agree with qemu', (t) => {
  const p = new Program(), r = rng(0xc0ffee);
  const regs = [...POOL];
  for (let seq = 0; seq < 60; seq++) {
    // fresh random register and scratch values
    p.block(`seq ${seq} init`, [...POOL.map((x) => `movabs $${hex(BigInt.asIntN(64, (BigInt(Math.floor(r() * 2 ** 32)) << 32n) | BigInt(Math.floor(r() * 2 ** 32))))},%${x}`),
      'mov %rax,0(%r14)', 'mov %rbx,8(%r14)', 'mov %rcx,16(%r14)', 'mov %rdx,24(%r14)', 'mov %rsi,32(%r14)', 'mov %rdi,40(%r14)', 'mov %r8,48(%r14)',
      'cmp %rax,%rbx'], ALL, regs, true);
    let mask = ALL;
    for (let k = 0; k < 60; k++) {
      const ins = randomInsn(r, mask === ALL || mask === NO_AF);
      // rotates define CF (and OF for a count of 1) and keep the other flags as they were
      if (ins.mask === 'rotate' || ins.mask === 'rotate1') mask = (mask & ~OF) | CF_FLAG | (ins.mask === 'rotate1' ? OF : 0);
      else if (ins.mask !== 'keep') mask = ins.mask;
      p.block(`seq ${seq} #${k}: ${ins.code.join('; ')}`, ins.code.flatMap((c) => c.split('\n')), mask, regs, true);
    }
  }
  check(t, 'random', p);
});

test('#DE: a zero divisor and a quotient overflow are SIGFPE under qemu and division-by-zero faults here', (t) => {
  if (!requireTool(t, AS) || !requireTool(t, QEMU)) return;
  const cases: [string, string[]][] = [
    ['div0', ['mov $5,%eax', 'xor %edx,%edx', 'xor %ecx,%ecx', 'div %ecx']],
    ['idiv0q', ['mov $5,%eax', 'cqto', 'xor %ecx,%ecx', 'idiv %rcx']],
    ['idivovf', ['movabs $0x8000000000000000,%rax', 'cqto', 'mov $-1,%rcx', 'idiv %rcx']],
    ['divovf8', ['mov $0x1000,%eax', 'mov $2,%cl', 'div %cl']],
  ];
  for (const [name, code] of cases) {
    const exe = linkProgram(dir, name, ['.text', '.globl _start', '_start:', ...code, 'mov $0,%edi', 'mov $60,%eax', 'syscall', ''].join('\n'));
    const q = runOnQemu(exe), o = runOnCpu(exe);
    assert.equal(q.signal, 'SIGFPE', `${name}: qemu ${q.status} ${q.signal}`);
    assert.equal(o.fault?.kind, 'division by zero', name);
    assert.equal(o.fault?.pc, o.cpu.pc, `${name}: the fault is at the dividing instruction`);
  }
});

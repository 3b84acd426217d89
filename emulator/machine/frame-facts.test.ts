// The ISAs' frame facts against real code: while a function has no frame of its own (from its
// first instruction until the one that sets the frame pointer, and at its return instruction),
// `entryReturnAddress` must give the return address of the call being made — the debugger walks
// the stack of a function stopped there with it (x86-64: after `push %rbp` it sits one slot up).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile, ISA_IDS, Machine } from '../index';

const SRC = `
static int leaf(int x) { int y = x * 3; return y + 1; }
int main(void) { int r = leaf(4); return r == 13 ? 0 : 1; }
`;

for (const isa of ISA_IDS) {
  test(`${isa}: entryReturnAddress gives the caller's return address in leaf's prologue and at its return`, () => {
    const image = compile({ source: SRC, file: 'leaf.c', isa });
    const leaf = image.debug.functions.find((f) => f.name === 'leaf')!;
    const call = image.debug.callSites.find((c) => c.fn === 'main')!;
    const m = new Machine(image);
    const fr = m.isa.frame;
    // every instruction of the prologue up to and including the one that sets the frame pointer
    assert.equal(m.runTo(leaf.lo).status, 'breakpoint');
    const seen: number[] = [];
    for (;;) {
      const pc = m.cpu.pc >>> 0;
      seen.push(pc);
      assert.equal(fr.entryReturnAddress(m.cpu, m.memory, leaf.lo) >>> 0, call.ret >>> 0, `at 0x${pc.toString(16)}`);
      const d = m.isa.disassemble(m.memory, pc);
      if (fr.setsFramePointer(d)) break;
      m.cpu.run(1);
      assert.ok(seen.length < 10, 'the frame pointer is never set');
    }
    // the return instruction
    let ret = leaf.lo;
    while (!fr.isReturn(m.isa.disassemble(m.memory, ret))) ret += Math.max(m.isa.disassemble(m.memory, ret).length, m.isa.insnAlign);
    assert.equal(m.runTo(ret).status, 'breakpoint');
    assert.equal(fr.entryReturnAddress(m.cpu, m.memory, leaf.lo) >>> 0, call.ret >>> 0, 'at the return instruction');
    assert.equal(m.run().exitCode, 0);
  });
}

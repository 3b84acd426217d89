// A disposed machine's stack buffer is reused by the next machine (restore builds one per
// migration): it must come back all zero, however deep the first program wrote, including writes
// made through the debugger's bulk writeBytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile, ISA_IDS, Machine } from '../index';

const DEEP = `
int depth(int n) { volatile int pad[64]; pad[0] = n; return n == 0 ? 0 : 1 + depth(n - 1) + pad[0] - n; }
int main(void) { return depth(2000) == 2000 ? 0 : 1; }
`;

for (const isa of ISA_IDS) {
  test(`${isa}: a recycled stack is all zero, however deep the last machine wrote`, () => {
    const image = compile({ source: DEEP, file: 'deep.c', isa });
    const first = new Machine(image);
    assert.equal(first.run().exitCode, 0);
    const region = first.memory.region('stack')!;
    const deepest = region.low;
    assert.ok(deepest < region.bytes.length - 64 * 2000, `the recursion wrote deep (lowest offset ${deepest})`);
    first.memory.writeBytes(region.base + 16, new Uint8Array([1, 2, 3]), true);   // below everything the program wrote
    const buffer = region.bytes;
    first.dispose();
    const second = new Machine(image);
    const reused = second.memory.region('stack')!;
    assert.equal(reused.bytes.buffer, buffer.buffer, 'the buffer was reused');
    const fresh = new Machine(image).memory.region('stack')!;   // the pool is empty now: a new buffer
    assert.notEqual(fresh.bytes.buffer, buffer.buffer);
    // both start as a machine loaded from scratch: identical stacks (argv and the initial frame only)
    assert.equal(Buffer.compare(Buffer.from(reused.bytes), Buffer.from(fresh.bytes)), 0);
    assert.equal(reused.bytes[16], 0);
  });
}

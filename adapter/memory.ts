// Raw memory access for the debugger's memory view: read a range (stopping at the first
// unmapped byte), write bytes (text included, the CPU's decode cache flushed), and parse the
// memory references the adapter hands out (`0x`-prefixed hex addresses).

import type { Machine } from '../emulator/machine/machine';
import { hexOf } from './values';

const MAX_READ = 1 << 20;

export function parseAddress(ref: unknown, offset: unknown = 0): number {
  const off = offset === undefined || offset === null ? 0 : offset;
  if (typeof off !== 'number' || !Number.isInteger(off)) throw new Error('offset must be an integer');
  let base: number;
  if (typeof ref === 'number' && Number.isInteger(ref)) base = ref;
  else if (typeof ref === 'string' && /^\s*(0x[0-9a-f]+|\d+)\s*$/i.test(ref)) base = Number(ref.trim());
  else throw new Error(`bad memory reference ${JSON.stringify(ref)}: expected an address like 0x10000`);
  const a = base + off;
  if (a < 0 || a > 0xffffffff) throw new Error('the address is outside the 32-bit address space');
  return a;
}

export function readMemory(m: Machine, addr: number, count: unknown): { address: string; data: string; unreadableBytes: number } {
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw new Error('count must be a non-negative integer');
  const n = Math.min(count, MAX_READ, 0x100000000 - addr);
  const bytes: number[] = [];
  while (bytes.length < n && m.memory.isMapped(addr + bytes.length)) bytes.push(m.memory.read8(addr + bytes.length));
  return { address: hexOf(addr), data: Buffer.from(bytes).toString('base64'), unreadableBytes: count - bytes.length };
}

export function writeMemory(m: Machine, addr: number, data: unknown, allowPartial: boolean): { offset: number; bytesWritten: number } {
  if (typeof data !== 'string') throw new Error('data must be a base64 string');
  const bytes = Buffer.from(data, 'base64');
  let n = 0;
  while (n < bytes.length && m.memory.isMapped(addr + n)) n++;
  if (n < bytes.length && !allowPartial) throw new Error(`cannot write ${bytes.length} bytes at ${hexOf(addr)}: only ${n} are mapped`);
  m.memory.writeBytes(addr, new Uint8Array(bytes.subarray(0, n)), true);
  m.cpu.flushDecodeCache();
  return { offset: 0, bytesWritten: n };
}

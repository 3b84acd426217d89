// The machine's syscall dispatcher (the CPUs' CpuHost): Linux write/read/exit/exit_group/brk with
// each ISA's numbers, and Shuttle's private services (typed allocation on the private heap,
// migrate/point, which answer -1 until migration lands). Unknown numbers answer -ENOSYS.
// It also keeps the process's I/O state: collected stdout/stderr and the stdin read offset.

import { ENOSYS, SHUTTLE_SYSCALLS } from '../compiler/ir';
import type { CpuHost, SyscallNumbers } from '../isa/types';
import { Heap } from './heap';
import { PAGE, type Memory, type Region } from './memory';

const EBADF = 9;
const EFAULT = 14;

export interface IoOptions {
  /** the program's input, or a function giving it on the first read (the CLI reads its own stdin lazily) */
  stdin?: Uint8Array | (() => Uint8Array);
  onOutput?: (fd: number, data: Uint8Array) => void;
}

/** Growable byte sink for stdout/stderr. */
export class ByteSink {
  private buf = new Uint8Array(256);
  length = 0;
  push(data: Uint8Array): void {
    if (this.length + data.length > this.buf.length) {
      const n = new Uint8Array(Math.max(this.buf.length * 2, this.length + data.length));
      n.set(this.buf.subarray(0, this.length));
      this.buf = n;
    }
    this.buf.set(data, this.length);
    this.length += data.length;
  }
  bytes(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

export class SyscallHost implements CpuHost {
  stopped = false;
  exitCode: number | undefined;
  readonly stdout = new ByteSink();
  readonly stderr = new ByteSink();
  stdinOffset = 0;
  /** current program break, and where it started */
  brk: number;
  readonly brkStart: number;
  /** type id announced by the allocType syscall for the next alloc/realloc */
  pendingType: number | undefined;
  /** set by a `migrate` syscall once migration exists; for now always undefined */
  migrateRequest: string | undefined;
  /** count of syscalls served, by number (for tests and benchmarks) */
  readonly counts = new Map<number, number>();

  constructor(
    private mem: Memory,
    private nums: SyscallNumbers,
    private data: Region,
    readonly heap: Heap,
    private io: IoOptions = {},
  ) {
    this.brkStart = this.brk = data.end;
  }

  syscall(num: number, args: number[]): number {
    this.counts.set(num, (this.counts.get(num) ?? 0) + 1);
    const a = (i: number): number => (args[i] ?? 0) >>> 0;
    const n = this.nums;
    switch (num) {
      case n.write: return this.write(a(0), a(1), a(2));
      case n.read: return this.read(a(0), a(1), a(2));
      case n.exit: case n.exit_group: return this.exit(args[0] ?? 0);
      case n.brk: return this.setBrk(a(0));
      case SHUTTLE_SYSCALLS.allocType: this.pendingType = a(0); return 0;
      case SHUTTLE_SYSCALLS.alloc: return this.heap.alloc(a(0), this.takeType());
      case SHUTTLE_SYSCALLS.free: this.heap.release(a(0)); return 0;
      case SHUTTLE_SYSCALLS.realloc: return this.heap.realloc(a(0), a(1), this.takeTypeOrUndefined());
      case SHUTTLE_SYSCALLS.migrate: return -1;
      case SHUTTLE_SYSCALLS.point: return -1;
      default: return -ENOSYS;
    }
  }

  private takeType(): number {
    return this.takeTypeOrUndefined() ?? 0;
  }

  private takeTypeOrUndefined(): number | undefined {
    const t = this.pendingType;
    this.pendingType = undefined;
    return t;
  }

  private write(fd: number, buf: number, len: number): number {
    if (fd !== 1 && fd !== 2) return -EBADF;
    if (len === 0) return 0;
    if (!this.mem.isMapped(buf, len)) return -EFAULT;
    const data = this.mem.readBytes(buf, len);
    (fd === 1 ? this.stdout : this.stderr).push(data);
    this.io.onOutput?.(fd, data);
    return len;
  }

  private read(fd: number, buf: number, len: number): number {
    if (fd !== 0) return -EBADF;
    const input = this.input();
    const n = Math.min(len, input.length - this.stdinOffset);
    if (n <= 0) return 0;
    if (!this.mem.isMapped(buf, n)) return -EFAULT;
    this.mem.writeBytes(buf, input.subarray(this.stdinOffset, this.stdinOffset + n));
    this.stdinOffset += n;
    return n;
  }

  private stdinBytes: Uint8Array | undefined;

  private input(): Uint8Array {
    if (!this.stdinBytes) {
      const s = this.io.stdin;
      this.stdinBytes = typeof s === 'function' ? s() : s ?? new Uint8Array(0);
    }
    return this.stdinBytes;
  }

  private exit(code: number): number {
    this.exitCode = code & 0xff;
    this.stopped = true;
    return 0;
  }

  /** Linux brk: move the break when the request is valid, and always answer the current break. */
  private setBrk(addr: number): number {
    if (addr === 0 || addr < this.brkStart) return this.brk;
    const mapEnd = Math.ceil(addr / PAGE) * PAGE;
    if (!this.mem.resize(this.data, Math.max(mapEnd, this.brkStart))) return this.brk;
    this.brk = addr;
    return this.brk;
  }
}

// The machine's syscall dispatcher (the CPUs' CpuHost): Linux write/read/exit/exit_group/brk with
// each ISA's numbers, and Shuttle's private services (typed allocation on the private heap,
// migrate/point, served by the optional onMigrate/onPoint hooks and answering -1 without them).
// Unknown numbers answer -ENOSYS. It also keeps the process's I/O state: collected stdout/stderr,
// the total bytes written to each (a restored process continues the counts) and the stdin offset.

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
  /** I/O state a restored process continues from: bytes already written, and where stdin reading resumes */
  io?: IoState;
  /**
   * the `migrate(isa)` syscall: answer a result for the program, or 'stop' to make Machine.run()
   * return status 'migrate' (pc after the trap, result register untouched). Without it: -1.
   */
  onMigrate?: (isaName: string) => number | 'stop';
  /** the `migration_point()` syscall, likewise (without it: -1, which the runtime ignores) */
  onPoint?: () => number | 'stop';
}

export interface IoState { stdoutWritten: number; stderrWritten: number; stdinOffset: number }

/** Longest ISA name the migrate syscall reads from the program's memory. */
const MAX_ISA_NAME = 64;

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
  /** why the host stopped for migration ('migrate' or 'point'), and the requested ISA name */
  migrationStop: 'migrate' | 'point' | undefined;
  migrateRequest: string | undefined;
  /** reads the result register, so a stopping hook can leave it as it was (set by the Machine) */
  currentResult: () => number = () => 0;
  /** bytes written before this process started (a restored process continues the counts) */
  private writtenBefore: { out: number; err: number };
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
    this.writtenBefore = { out: io.io?.stdoutWritten ?? 0, err: io.io?.stderrWritten ?? 0 };
    this.stdinOffset = io.io?.stdinOffset ?? 0;
  }

  /** total bytes written to stdout / stderr, including those written before a restore */
  get stdoutWritten(): number { return this.writtenBefore.out + this.stdout.length; }
  get stderrWritten(): number { return this.writtenBefore.err + this.stderr.length; }

  /** the I/O state to carry to a restored process */
  ioState(): IoState {
    return { stdoutWritten: this.stdoutWritten, stderrWritten: this.stderrWritten, stdinOffset: this.stdinOffset };
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
      case SHUTTLE_SYSCALLS.migrate: return this.migrate(a(0));
      case SHUTTLE_SYSCALLS.point: return this.point();
      default: return -ENOSYS;
    }
  }

  private migrate(nameAddr: number): number {
    const hook = this.io.onMigrate;
    if (!hook) return -1;
    const name = this.cString(nameAddr);
    if (name === undefined) return -1;
    const r = hook(name);
    if (r !== 'stop') return r;
    this.migrateRequest = name;
    return this.stopForMigration('migrate');
  }

  private point(): number {
    const hook = this.io.onPoint;
    if (!hook) return -1;
    const r = hook();
    return r === 'stop' ? this.stopForMigration('point') : r;
  }

  /** stop the CPU after this syscall; the result register keeps its value */
  private stopForMigration(why: 'migrate' | 'point'): number {
    this.migrationStop = why;
    this.stopped = true;
    return this.currentResult();
  }

  /** A NUL-terminated string of at most MAX_ISA_NAME bytes, or undefined (unmapped or too long). */
  private cString(addr: number): string | undefined {
    let s = '';
    for (let i = 0; i < MAX_ISA_NAME; i++) {
      if (!this.mem.isMapped(addr + i, 1)) return undefined;
      const c = this.mem.read8(addr + i);
      if (c === 0) return s;
      s += String.fromCharCode(c);
    }
    return undefined;
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

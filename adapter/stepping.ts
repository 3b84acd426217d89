// Where stepping stops: the statement addresses of user code (migration/statement points and
// function prologue ends), the line a pc belongs to, the call instruction at a pc and whether
// it calls into the runtime (which line stepping steps over rather than into).

import { functionAt, lineAt, type DebugInfo } from '../emulator/compiler/debuginfo';
import type { Machine } from '../emulator/machine/machine';

/** Where a step began: stop at a statement on another line, in another frame, or after looping back. */
export interface StepStart { pc: number; fp: number; line: number | undefined }

export class StepMap {
  private stmts = new Set<number>();
  private calls = new Map<number, number>();

  constructor(private m: Machine, private dbg: DebugInfo) {
    const user = new Set(dbg.functions.filter((f) => !f.runtime).map((f) => f.name));
    for (const p of dbg.points) if (user.has(p.fn)) this.stmts.add(p.addr);
    for (const f of dbg.functions) if (!f.runtime) this.stmts.add(f.prologueEnd);
    for (const c of dbg.callSites) this.calls.set(c.at, c.ret);
  }

  start(): StepStart {
    const pc = this.m.cpu.pc >>> 0;
    return { pc, fp: this.m.currentFp(), line: lineAt(this.dbg, pc)?.line };
  }

  /** True when the pc is a statement start where a line step that began at `s` ends. */
  shouldStop(s: StepStart): boolean {
    const pc = this.m.cpu.pc >>> 0;
    if (!this.stmts.has(pc)) return false;
    return lineAt(this.dbg, pc)?.line !== s.line || this.m.currentFp() !== s.fp || pc <= s.pc;
  }

  /** Statement addresses of `line` (of the current function's file) inside the function containing `pc` (goto targets). */
  targetsInFunction(pc: number, line: number): number[] {
    const fn = functionAt(this.dbg, pc);
    if (!fn || fn.runtime) return [];
    return this.dbg.lines.filter((e) => e[1] === fn.file && e[2] === line && e[0] >= fn.prologueEnd && e[0] < fn.hi && this.stmts.has(e[0])).map((e) => e[0]);
  }

  /** The return address of the call instruction at `pc`, if it is one. */
  callAt(pc: number): number | undefined {
    return this.calls.get(pc);
  }

  /** True when the instruction at `pc` calls a runtime function (stepped over by "step in"). */
  callsRuntime(pc: number): boolean {
    if (!this.calls.has(pc)) return false;
    try {
      const t = this.m.isa.disassemble(this.m.memory, pc).target;
      const fn = t !== undefined ? functionAt(this.dbg, t) : undefined;
      return !fn || fn.runtime;
    } catch {
      return true;
    }
  }
}

// Shuttle's public library surface (no vscode, no DAP): compile C for an ISA, run images on the
// emulated machines, format faults, and the ISA registry. Everything else imports from here.

import { compile } from './compiler/index';
import type { IsaId } from './isa/types';
import { Machine, type MachineOptions, type RunResult } from './machine/machine';

export { compile, predefinedMacros, type CompileRequest } from './compiler/index';
export { CompileError, formatDiagnostic, type Diagnostic } from './compiler/diagnostics';
export type { DebugInfo } from './compiler/debuginfo';
export { lineAt, functionAt, addressesOfLine } from './compiler/debuginfo';
export { Machine, formatFault, type FaultInfo, type RunResult, type MachineOptions } from './machine/machine';
export { Memory } from './machine/memory';
export { imageFromElf, type Image } from './machine/image';
export { getIsa, ISA_IDS, isIsaId } from './isa/index';
export { getBackend } from './compiler/backend/index';
export { MachineFault, type IsaId, type IsaModule, type Cpu, type FaultKind } from './isa/types';

/** Compile `source` for `isa` and run it to the end (for tests): throws CompileError on bad C. */
export function runSource(
  source: string, file: string, isa: IsaId,
  opts: MachineOptions & { maxInstructions?: number } = {},
): RunResult {
  const m = new Machine(compile({ source, file, isa }), opts);
  return m.run(opts.maxInstructions !== undefined ? { maxInstructions: opts.maxInstructions } : {});
}

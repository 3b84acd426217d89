// Locates the runtime's C sources and built-in headers on disk, for the compiler driver.
// The folder is found by walking up from this module's directory to the package root (the
// directory holding package.json and emulator/runtime/include), which works both from the
// TypeScript sources (run through tsx) and from the esbuild bundle in dist/.

import * as fs from 'node:fs';
import * as path from 'node:path';

/** The runtime's C files, in link order (start.c first). */
const SOURCE_NAMES = [
  'start.c', 'stdio.c', 'printf.c', 'scanf.c', 'stdlib.c', 'malloc.c', 'qsort.c', 'string.c', 'ctype.c', 'shuttle.c', 'divdi3.c',
] as const;

/** The built-in headers user programs may include. */
export const HEADER_NAMES = [
  'assert.h', 'ctype.h', 'limits.h', 'shuttle.h', 'stdarg.h', 'stdbool.h', 'stddef.h', 'stdint.h',
  'stdio.h', 'stdlib.h', 'string.h',
] as const;

function findRuntimeDir(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, 'emulator', 'runtime');
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(candidate, 'include', 'stdio.h'))) {
      return candidate;
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`shuttle: cannot find the runtime (emulator/runtime) above ${__dirname}`);
    dir = up;
  }
}

/** Absolute path of emulator/runtime. */
export const RUNTIME_DIR: string = findRuntimeDir();

/** Absolute path of the built-in headers (`#include <stdio.h>` resolves here). */
export const INCLUDE_DIR: string = path.join(RUNTIME_DIR, 'include');

/** Absolute paths of the runtime's C sources, compiled with every program (in "system" mode). */
export const RUNTIME_SOURCES: string[] = SOURCE_NAMES.map((n) => path.join(RUNTIME_DIR, n));

/** The text of one runtime source or header, by file name ("stdio.c", "stdio.h") or absolute path. */
export function readRuntimeSource(name: string): string {
  const file = path.isAbsolute(name) ? name
    : name.endsWith('.h') ? path.join(INCLUDE_DIR, name) : path.join(RUNTIME_DIR, name);
  return fs.readFileSync(file, 'utf8');
}

/** Absolute path of a built-in header, or undefined when `name` is not one. */
export function builtinHeaderPath(name: string): string | undefined {
  const file = path.join(INCLUDE_DIR, name);
  if (name.includes('/') || name.includes('\\') || !fs.existsSync(file)) return undefined;
  return file;
}

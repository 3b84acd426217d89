// Tests of the runtime on the host: index.ts finds the sources and headers; every runtime
// source compiles as strict C99 with host gcc against the built-in headers alone; and the
// test programs in test/, linked with the runtime (no libc) for i386 and x86-64, print exactly
// what glibc prints (test/*.expected are glibc's i386 outputs). The same programs run on
// Shuttle's own machines in runtime-targets.test.ts.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HEADER_NAMES, INCLUDE_DIR, RUNTIME_SOURCES, builtinHeaderPath, readRuntimeSource } from './index';
import {
  GLIBC_REFERENCE, PROGRAMS, buildWithGlibc, buildWithRuntime, expectedOutput, hostCanBuild, programPath, runHost, type HostArch,
} from './test/harness';

test('index.ts locates the runtime sources and headers', () => {
  assert.ok(RUNTIME_SOURCES.length >= 8);
  for (const f of RUNTIME_SOURCES) assert.ok(path.isAbsolute(f) && fs.existsSync(f), f);
  assert.equal(path.basename(RUNTIME_SOURCES[0]), 'start.c');
  for (const h of HEADER_NAMES) assert.ok(fs.existsSync(path.join(INCLUDE_DIR, h)), h);
  assert.match(readRuntimeSource('start.c'), /__shuttle_start/);
  assert.match(readRuntimeSource('stdio.h'), /int printf\(/);
  assert.equal(builtinHeaderPath('stdio.h'), path.join(INCLUDE_DIR, 'stdio.h'));
  assert.equal(builtinHeaderPath('nope.h'), undefined);
  assert.equal(builtinHeaderPath('../index.ts'), undefined);
});

test('every runtime file starts with a comment saying what it is for', () => {
  for (const f of [...RUNTIME_SOURCES, ...HEADER_NAMES.map((h) => path.join(INCLUDE_DIR, h))]) {
    assert.match(fs.readFileSync(f, 'utf8'), /^\/\* Shuttle runtime: /, f);
  }
});

for (const arch of ['m32', 'm64'] as HostArch[]) {
  // Not required under CI: Debian's gcc-multilib (for -m32) conflicts with the m68k cross gcc that
  // .ci/run installs for the 68020 reference tests, so CI runs the m64 half only.
  const skip = hostCanBuild(arch) ? false : `host gcc cannot build -${arch} executables (needs gcc-multilib, which conflicts with gcc-m68k-linux-gnu)`;
  for (const p of PROGRAMS) {
    test(`host ${arch}: ${p.name}.c with the Shuttle runtime prints what glibc prints`, { skip }, () => {
      const mine = runHost(buildWithRuntime(programPath(p.name), arch), p.stdin);
      assert.equal(mine.status, p.status, mine.stderr);
      if (p.stderr) assert.match(mine.stderr, p.stderr);
      if (!GLIBC_REFERENCE(p)) {
        assert.equal(mine.stdout, expectedOutput(p.name));
        return;
      }
      const ref = runHost(buildWithGlibc(programPath(p.name), arch), p.stdin);
      assert.equal(mine.stdout, ref.stdout);
      if (arch === 'm32') assert.equal(ref.stdout, expectedOutput(p.name), `${p.name}.expected is stale`);
    });
  }
  test(`host ${arch}: shuttle.h falls back when the private syscalls answer -ENOSYS`, { skip }, () => {
    const r = runHost(buildWithRuntime(programPath('shuttle-host'), arch), '');
    assert.equal(r.stdout, '-1 host\n');
    assert.equal(r.status, 0);
  });
}

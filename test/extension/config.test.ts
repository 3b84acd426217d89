// Launch configuration handling (extension/config-provider.ts) and the adapter factory's two modes
// (extension/adapter-factory.ts), against a stand-in `vscode` module with chosen settings.

import { describe, test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { installVscode, vscodeMock } from './vscode-mock';

const ROOT = path.join(__dirname, '..', '..');
const LIST = path.join(ROOT, 'examples', 'list.c');

describe('launch configurations', () => {
  const { mock } = vscodeMock({ 'shuttle.defaultIsa': 'm68k' });
  let restore: () => void;
  let cp: typeof import('../../extension/config-provider');
  before(() => { restore = installVscode(mock); cp = require('../../extension/config-provider'); });
  after(() => restore());

  test('defaults: isa from shuttle.defaultIsa, cwd the program\'s folder, program the current file', () => {
    const c = cp.withDefaults(undefined, { type: 'shuttle', request: 'launch', name: 'x', program: LIST });
    assert.equal(c.isa, 'm68k');
    assert.equal(c.cwd, path.dirname(LIST));
    assert.equal(cp.withDefaults(undefined, { type: 'shuttle', request: 'launch', name: 'x' }).program, '${file}');
    assert.equal(cp.withDefaults(undefined, { type: 'shuttle', request: 'launch', name: 'x', isa: 'rv32' }).isa, 'rv32');
  });

  test('problems are found before the adapter starts', () => {
    const ok = { type: 'shuttle', request: 'launch', name: 'x', program: 'list.c', isa: 'rv32', cwd: path.dirname(LIST) };
    assert.equal(cp.checkConfiguration(ok), undefined);
    assert.match(cp.checkConfiguration({ ...ok, request: 'attach' }) ?? '', /not supported/);
    assert.match(cp.checkConfiguration({ ...ok, isa: 'z80' }) ?? '', /unknown ISA "z80"/);
    assert.match(cp.checkConfiguration({ ...ok, program: 'nope.c' }) ?? '', /nope\.c does not exist/);
    assert.match(cp.checkConfiguration({ ...ok, program: '' }) ?? '', /needs a "program"/);
  });

  test('initial configurations: one per ISA', () => {
    const configs = new cp.ShuttleConfigurationProvider().provideDebugConfigurations();
    assert.ok(configs.some((c) => c.isa === 'rv32') && configs.some((c) => c.isa === 'm68k'));
    assert.ok(configs.every((c) => c.type === 'shuttle' && c.program === '${file}'));
  });
});

describe('the adapter factory', () => {
  for (const mode of ['inline', 'process'] as const) {
    test(`${mode} mode`, () => {
      const { mock, calls } = vscodeMock({ 'shuttle.debugAdapter.mode': mode });
      const restore = installVscode(mock);
      try {
        delete require.cache[require.resolve('../../extension/adapter-factory')];
        const { ShuttleAdapterFactory } = require('../../extension/adapter-factory') as typeof import('../../extension/adapter-factory');
        new ShuttleAdapterFactory('/ext').createDebugAdapterDescriptor();
        const made = calls.filter((c) => c.api.startsWith('new vscode.DebugAdapter'));
        assert.equal(made.length, 1);
        if (mode === 'inline') {
          assert.equal(made[0].api, 'new vscode.DebugAdapterInlineImplementation');
          const session = made[0].args[0] as { handleMessage?: unknown; onDidSendMessage?: unknown };
          assert.equal(typeof session.handleMessage, 'function');
          assert.ok(session.onDidSendMessage);
          (session as unknown as { dispose(): void }).dispose();
        } else {
          assert.equal(made[0].api, 'new vscode.DebugAdapterExecutable');
          const [cmd, args, opts] = made[0].args as [string, string[], { env: Record<string, string> }];
          assert.equal(cmd, process.execPath);
          assert.equal(args[0], '-e');
          assert.match(args[1], /\/ext\/dist\/cli\.js/);
          assert.deepEqual(args.slice(2), ['dap']);
          assert.equal(opts.env.ELECTRON_RUN_AS_NODE, '1');
        }
      } finally { restore(); }
    });
  }

  test('process mode: the command speaks DAP (initialize answers with capabilities)', async (t) => {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) { t.skip('dist/cli.js is not built (npm run build)'); return; }
    const { mock, calls } = vscodeMock({ 'shuttle.debugAdapter.mode': 'process' });
    const restore = installVscode(mock);
    let cmd: string, args: string[];
    try {
      delete require.cache[require.resolve('../../extension/adapter-factory')]; // bind it to this mock
      const { ShuttleAdapterFactory } = require('../../extension/adapter-factory') as typeof import('../../extension/adapter-factory');
      new ShuttleAdapterFactory(ROOT).createDebugAdapterDescriptor();
      [cmd, args] = calls.find((c) => c.api === 'new vscode.DebugAdapterExecutable')!.args as [string, string[]];
    } finally { restore(); }
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    const body = JSON.stringify({ seq: 1, type: 'request', command: 'initialize', arguments: { adapterID: 'shuttle', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' } });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    let out = '';
    const response = await new Promise<{ success: boolean; body: Record<string, unknown> }>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (code) => reject(new Error(`the adapter exited (${code}) before answering: ${out}`)));
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /Content-Length: (\d+)\r\n\r\n/.exec(out);
        if (m && out.length >= m.index + m[0].length + Number(m[1])) resolve(JSON.parse(out.slice(m.index + m[0].length, m.index + m[0].length + Number(m[1]))));
      });
    });
    child.kill();
    assert.equal(response.success, true);
    assert.equal(response.body.supportsConfigurationDoneRequest, true);
  });
});

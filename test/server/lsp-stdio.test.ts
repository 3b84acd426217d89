// The language server as a separate process speaking LSP over stdio — the sources (server/main.ts
// through tsx) and the bundle the extension ships (dist/server.js, when built): initialize, open a
// document, receive its diagnostics as published, fix it and see them cleared, then hover,
// CodeLens, symbols and definition.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const ROOT = path.join(__dirname, '..', '..');
const URI = pathToFileURL('/tmp/shuttle-lsp/stdio.c').href;
const GOOD = '#include <shuttle.h>\nstruct pair { char c; long v; };\nint main(void) {\n    struct pair p;\n    p.v = 1;\n    migrate("m68k");\n    return (int)p.v;\n}\n';
const BROKEN = GOOD.replace('p.v = 1;', 'p.v = ;');

interface PublishedDiagnostics { uri: string; version?: number; diagnostics: { message: string; severity: number; range: { start: { line: number } } }[] }

const SERVERS: { name: string; args: string[] }[] = [
  { name: 'server/main.ts', args: ['--import', 'tsx', path.join(ROOT, 'server/main.ts')] },
  { name: 'dist/server.js', args: [path.join(ROOT, 'dist/server.js')] },
];

for (const server of SERVERS) {
  test(`the language server answers LSP over stdio (${server.name})`, { timeout: 120_000 }, async (t) => {
    if (server.name.startsWith('dist/') && !fs.existsSync(server.args[0])) {
      if (process.env.CI === 'true') throw new Error(`${server.name} is missing (npm run build)`);
      t.skip(`${server.name} not built (npm run build)`);
      return;
    }
    await speakLsp(server.args);
  });
}

async function speakLsp(args: string[]): Promise<void> {
  const child = spawn(process.execPath, [...args, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: PublishedDiagnostics[] = [];
  const waiters: (() => void)[] = [];
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => { published.push(p); waiters.splice(0).forEach((w) => w()); });
  const nextDiagnostics = async (version: number): Promise<PublishedDiagnostics> => {
    for (;;) {
      const hit = published.find((p) => p.version === version);
      if (hit) return hit;
      await new Promise<void>((r) => waiters.push(r));
    }
  };
  conn.listen();
  try {
    const init = await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} }) as { capabilities: Record<string, unknown> };
    assert.equal(init.capabilities.hoverProvider, true);
    assert.ok(init.capabilities.codeLensProvider);
    await conn.sendNotification('initialized', {});

    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'shuttle-c', version: 1, text: BROKEN } });
    const broken = await nextDiagnostics(1);
    assert.equal(broken.uri, URI);
    assert.equal(broken.diagnostics.length, 1);
    assert.equal(broken.diagnostics[0].severity, 1);
    assert.equal(broken.diagnostics[0].range.start.line, 4);

    await conn.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: GOOD }] });
    assert.deepEqual((await nextDiagnostics(2)).diagnostics, []);

    const hover = await conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 1, character: 9 } }) as { contents: { kind: string; value: string } };
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /\| `v` long \| 4 \| 2 \| 8 \|/);

    const lenses = await conn.sendRequest('textDocument/codeLens', { textDocument: { uri: URI } }) as { range: { start: { line: number } }; command: { title: string } }[];
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].range.start.line, 5);
    assert.match(lenses[0].command.title, /^migration point · rv32 0x[0-9a-f]{8} · m68k 0x[0-9a-f]{8}/);

    const symbols = await conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } }) as { name: string }[];
    assert.deepEqual(symbols.map((s) => s.name), ['struct pair', 'main']);

    const def = await conn.sendRequest('textDocument/definition', { textDocument: { uri: URI }, position: { line: 4, character: 4 } }) as { uri: string; range: { start: { line: number; character: number } } };
    assert.equal(def.uri, URI);
    assert.deepEqual(def.range.start, { line: 3, character: 16 });

    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
  } finally {
    conn.dispose();
    child.kill();
  }
}

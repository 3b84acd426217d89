// The adapter's entry point: `shuttle dap` speaks DAP over stdin/stdout; `shuttle dap --port N`
// listens on 127.0.0.1:N and serves one session per connection. Runnable directly
// (`node --import tsx adapter/main.ts`) or through the CLI.

import * as net from 'node:net';
import { ShuttleSession } from './session';

/** Serve DAP; returns once stdio is wired or the server is listening (resolves with its port). */
export function runDap(argv: string[]): Promise<number | undefined> {
  if (argv.length && !(argv.length === 2 && argv[0] === '--port')) return Promise.reject(new Error('usage: shuttle dap [--port N]  (DAP on stdio, or on 127.0.0.1:N; see docs/debug-adapter.md)'));
  // last resort: a bug must not take the debug session down with it
  process.on('uncaughtException', (e) => { process.stderr.write(`shuttle dap: internal error: ${e.stack ?? e.message}\n`); });
  const i = argv.indexOf('--port');
  if (i < 0) {
    const s = new ShuttleSession();
    s.setRunAsServer(false);
    s.start(process.stdin, process.stdout);
    return Promise.resolve(undefined);
  }
  const port = Number(argv[i + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return Promise.reject(new Error('--port needs a port number (0-65535)'));
  return new Promise((resolve, reject) => {
    const server = net.createServer((socket) => {
      const s = new ShuttleSession();
      s.setRunAsServer(true);
      s.start(socket, socket);
    });
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const a = server.address();
      const p = typeof a === 'object' && a ? a.port : port;
      process.stderr.write(`shuttle dap: listening on 127.0.0.1:${p}\n`);
      resolve(p);
    });
  });
}

if (require.main === module) {
  runDap(process.argv.slice(2)).catch((e: Error) => { process.stderr.write(`shuttle dap: ${e.message}\n`); process.exit(64); });
}

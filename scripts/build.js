#!/usr/bin/env node
// Bundles the command line (and later the extension and the adapter) with esbuild into dist/.
// Type checking is separate: `npm run typecheck` (tsc --noEmit).
const esbuild = require('esbuild');
const path = require('node:path');
const root = path.join(__dirname, '..');
esbuild.buildSync({
  entryPoints: [path.join(root, 'bin/cli.ts')],
  bundle: true, platform: 'node', target: 'node20', format: 'cjs',
  outfile: path.join(root, 'dist/cli.js'), sourcemap: true, logLevel: 'warning',
});

#!/usr/bin/env node
// Bundles Shuttle with esbuild into dist/: the command line (dist/cli.js), the VS Code extension
// (dist/extension.js, `vscode` left external), and the language server (dist/server.js, skipped
// with a warning while server/main.ts does not exist). Each bundle holds every dependency it
// needs, so the .vsix ships no node_modules. An ISA module that a registry names but that is not
// in the tree yet (x86_64 during its development) becomes a stub that throws when loaded.
// Type checking is separate: `npm run typecheck` (tsc --noEmit).
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');

/** The bundles: entry (relative to the root), output, externals. */
const BUNDLES = [
  { entry: 'bin/cli.ts', out: 'dist/cli.js', external: [] },
  { entry: 'extension/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
  { entry: 'server/main.ts', out: 'dist/server.js', external: [], optional: true },
];

/** Registries whose lazily required ISA modules may be missing from a checkout. */
const REGISTRIES = [path.join('emulator', 'isa', 'index.ts'), path.join('emulator', 'compiler', 'backend', 'index.ts')];

/** Resolve a missing ISA module required by a registry to a module that throws when loaded. */
const missingIsaStub = {
  name: 'missing-isa-stub',
  setup(build) {
    build.onResolve({ filter: /^\.\/[a-z0-9_]+(\/index)?$/ }, (args) => {
      if (!REGISTRIES.some((r) => args.importer.endsWith(r))) return undefined;
      const base = path.join(args.resolveDir, args.path);
      if (['.ts', '/index.ts'].some((ext) => fs.existsSync(base + ext))) return undefined;
      return { path: base, namespace: 'missing-isa', pluginData: args.path };
    });
    build.onLoad({ filter: /.*/, namespace: 'missing-isa' }, (args) => {
      const name = path.relative(root, args.path);
      return {
        contents: `throw new Error(${JSON.stringify(`${name} is not part of this build`)});`,
        loader: 'js',
        warnings: [{ text: `${name} does not exist: bundled as a stub that throws when loaded` }],
      };
    });
  },
};

async function main() {
  for (const b of BUNDLES) {
    const entry = path.join(root, b.entry);
    if (!fs.existsSync(entry)) {
      if (!b.optional) throw new Error(`build: missing entry ${b.entry}`);
      console.warn(`build: warning: ${b.entry} does not exist yet; ${b.out} not built`);
      continue;
    }
    const result = await esbuild.build({
      entryPoints: [entry],
      bundle: true, platform: 'node', target: 'node20', format: 'cjs',
      outfile: path.join(root, b.out), external: b.external,
      sourcemap: true, logLevel: 'warning', plugins: [missingIsaStub], write: false,
    });
    for (const f of result.outputFiles) writeAtomically(f.path, f.contents);
  }
}

/** Write through a temporary file and a rename, so a concurrent reader (a test packaging the
 *  extension while another builds) never sees half a bundle. */
function writeAtomically(file, contents) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, contents);
  fs.renameSync(tmp, file);
}

if (require.main === module) {
  main().catch((e) => { console.error(`build failed: ${e.message}`); process.exit(1); });
}
module.exports = { main, BUNDLES };

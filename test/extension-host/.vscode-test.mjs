// @vscode/test-cli configuration of the extension-host suite (suite/*.test.js, mocha "tdd" UI, run
// inside a desktop VS Code with this checkout as the extension under development and examples/
// as the workspace). Run by test/extension-host/run.test.ts when a VS Code build is available
// (VSCODE_EXECUTABLE, or SHUTTLE_VSCODE_DOWNLOAD=1 to let @vscode/test-electron download one).
import { defineConfig } from '@vscode/test-cli';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..', '..');

export default defineConfig({
  label: 'extension-host',
  files: path.join(here, 'suite', '*.test.js'),
  extensionDevelopmentPath: root,
  workspaceFolder: path.join(root, 'examples'),
  useInstallation: process.env.VSCODE_EXECUTABLE ? { fromPath: process.env.VSCODE_EXECUTABLE } : undefined,
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  mocha: { ui: 'tdd', timeout: 60_000 },
});

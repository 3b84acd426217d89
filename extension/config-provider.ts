// The `shuttle` debug configurations: initial launch.json entries, and resolution — F5 on a C file
// without a launch.json asks for the ISA with a quick pick and launches that file; every launch
// gets its defaults (isa from `shuttle.defaultIsa`, cwd the workspace folder or the program's
// folder) and a missing program is reported before the adapter starts.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DEBUG_TYPE } from './sessions';
import { describeIsa, localIsas } from './isa-info';

const C_LANGUAGES = new Set(['c', 'shuttle-c']);

export function defaultIsa(): string {
  return vscode.workspace.getConfiguration('shuttle').get<string>('defaultIsa') || 'rv32';
}

/** Ask for an ISA (the default first); undefined when the user dismisses the pick. */
export async function pickIsa(placeHolder: string, exclude?: string): Promise<string | undefined> {
  const first = defaultIsa();
  const isas = localIsas().filter((i) => i.id !== exclude).sort((a, b) => Number(b.id === first) - Number(a.id === first));
  const pick = await vscode.window.showQuickPick(isas.map((i) => ({ label: i.id, description: describeIsa(i), detail: i.title })), { placeHolder });
  return pick?.label;
}

export class ShuttleConfigurationProvider implements vscode.DebugConfigurationProvider {
  provideDebugConfigurations(): vscode.DebugConfiguration[] {
    return localIsas().map((i) => ({
      type: DEBUG_TYPE, request: 'launch', name: `Shuttle: debug on ${i.id}`, program: '${file}', isa: i.id, stopOnEntry: false,
    }));
  }

  async resolveDebugConfiguration(folder: vscode.WorkspaceFolder | undefined, config: vscode.DebugConfiguration): Promise<vscode.DebugConfiguration | undefined> {
    if (!config.type && !config.request && !config.name) {
      // F5 without launch.json: debug the C file in the editor on an ISA the user picks
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc || !C_LANGUAGES.has(doc.languageId)) {
        void vscode.window.showErrorMessage('Shuttle: open a C file to debug it, or add a "shuttle" configuration to launch.json.');
        return undefined;
      }
      const isa = await pickIsa(`Debug ${path.basename(doc.fileName)} on which ISA?`);
      if (!isa) return undefined;
      return withDefaults(folder, { type: DEBUG_TYPE, request: 'launch', name: `Shuttle: ${path.basename(doc.fileName)} on ${isa}`, program: doc.fileName, isa });
    }
    return withDefaults(folder, config);
  }

  resolveDebugConfigurationWithSubstitutedVariables(_folder: vscode.WorkspaceFolder | undefined, config: vscode.DebugConfiguration): vscode.DebugConfiguration | undefined {
    const problem = checkConfiguration(config);
    if (problem) {
      void vscode.window.showErrorMessage(`Shuttle: ${problem}`);
      return undefined;
    }
    return config;
  }
}

/** Fill in what a launch configuration leaves out. */
export function withDefaults(folder: vscode.WorkspaceFolder | undefined, config: vscode.DebugConfiguration): vscode.DebugConfiguration {
  const out = { ...config };
  out.type ??= DEBUG_TYPE;
  out.request ??= 'launch';
  out.name ??= 'Shuttle';
  out.program ??= '${file}';
  out.isa ??= defaultIsa();
  out.cwd ??= folder?.uri.fsPath ?? (path.isAbsolute(String(out.program)) ? path.dirname(String(out.program)) : '${fileDirname}');
  return out;
}

/** Why a launch configuration cannot start (after variable substitution), or undefined. */
export function checkConfiguration(config: vscode.DebugConfiguration): string | undefined {
  if (config.request !== 'launch') return `the "${String(config.request)}" request is not supported (use "launch")`;
  if (typeof config.program !== 'string' || !config.program) return 'the launch configuration needs a "program" (a C file)';
  const known = localIsas().map((i) => i.id);
  if (typeof config.isa !== 'string' || !known.includes(config.isa)) return `unknown ISA "${String(config.isa)}" (known: ${known.join(', ')})`;
  const file = path.resolve(typeof config.cwd === 'string' ? config.cwd : '', config.program);
  if (!fs.existsSync(file)) return `the program ${file} does not exist`;
  return undefined;
}

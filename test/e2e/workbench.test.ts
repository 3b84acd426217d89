// End-to-end tests in a real VS Code: code-server with the packaged extension installed, driven by
// playwright-core in Debian's Chromium (harness: test/helpers/code-server.ts; the Migration view's
// checks: migration-view.ts). One workbench is shared by the scenarios, which run in order: the
// language server (hover, diagnostics), the assembly listing, then a debug session — the Migration
// view's content and layout at a breakpoint, highlighting after a step, light, high contrast and
// dark themes, a migration rv32 → m68k by the command and back by the view's Migrate button — that
// finishes with the right output, and last the extension host's log is checked for Shuttle errors.
// Screenshots go to test-results/e2e/. Skips (visibly) without Chromium or code-server, except
// under CI=true, where code-server is installed and a missing Chromium fails.

import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ROOT, activeEditor, clickGutter, debugConsoleText, e2eRequirements, goToLine, openFile, openWorkbench,
  packageVsix, pickQuickItem, quickItem, runCommand, showHoverAtCursor, waitUntil, workbenchLogs, type Workbench,
} from '../helpers/code-server';
import type { Frame, Page } from 'playwright-core';
import {
  assertColumnsReadable, assertStopContent, chooseColorTheme, contrast, focusEditor, migrationFrame, roomForTheView, sideBarClip, viewColours,
  type ThemeKind,
} from './migration-view';

const BREAK_LINE = 33; // `list = reverse(list);` in examples/list.c
const SIDE_BAR_WIDE = 760; // wide enough for the Migration view's three columns side by side
const BROKEN = '#include <stdio.h>\nint main(void) {\n    printf("%d\\n", missing_value);\n    return 0;\n}\n';

/** What `shuttle run` prints for the program (the debug console must show the same). */
function expectedOutput(file: string, isa: string): string[] {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'shuttle'), 'run', file, '--isa', isa], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.split('\n').filter((l) => l.length);
}

/** Run one scenario; on failure save a screenshot named after it before rethrowing. */
async function scenario(t: TestContext, wb: Workbench, name: string, body: () => Promise<void>): Promise<void> {
  const only = process.env.SHUTTLE_E2E_ONLY;   // a regular expression: run only the scenarios it matches
  await t.test(name, { skip: only && !new RegExp(only, 'i').test(name) ? `SHUTTLE_E2E_ONLY=${only}` : false }, async () => {
    try {
      await body();
    } catch (e) {
      await wb.shot(`FAILED-${name.replace(/[^a-z0-9]+/gi, '-')}`).catch(() => undefined);
      throw e;
    }
  });
}

test('Shuttle in a real VS Code (code-server + Chromium)', { timeout: 30 * 60_000 }, async (t) => {
  const req = await e2eRequirements();
  if ('skip' in req) { t.skip(req.skip); return; }
  const wb = await openWorkbench(req.cs, packageVsix(), { files: { 'broken.c': BROKEN } });
  const { page } = wb;
  try {
    await wb.shot('00-workbench');
    await scenario(t, wb, 'hover shows the layout on every ISA', () => hoverScenario(page, wb));
    await scenario(t, wb, 'CodeLens on migrate() shows the point on each ISA', () => codeLensScenario(page, wb));
    await scenario(t, wb, 'a broken file shows a diagnostic in Problems', () => diagnosticScenario(page, wb));
    await scenario(t, wb, 'Show Assembly for… opens a highlighted listing', () => assemblyScenario(page, wb));
    await scenario(t, wb, 'breakpoint, F5, migrate to m68k, continue: full output', () => debugScenario(page, wb));
    await scenario(t, wb, 'the extension activated without errors in the logs', async () => activationScenario(wb));
  } finally {
    await wb.close();
  }
});

async function hoverScenario(page: Page, wb: Workbench): Promise<void> {
  await openFile(page, 'list.c');
  // the language server may still be starting: ask again until the hover has the layout table
  const text = await waitUntil('the hover over `list` to show the per-ISA layout', async () => {
    await goToLine(page, 29, 20);   // `struct node *list = NULL;` — cursor on `list`
    const hover = await showHoverAtCursor(page);
    await hover.waitFor({ state: 'visible', timeout: 5000 });
    const t = await hover.innerText();
    return t.includes('x86_64') ? t : undefined;
  }, 120_000);
  for (const want of ['struct node *', 'rv32', 'm68k', 'x86_64', 'next']) assert.ok(text.includes(want), `hover lacks '${want}':\n${text}`);
  await wb.shot('01-hover-layout');
  await page.keyboard.press('Escape');
}

async function codeLensScenario(page: Page, wb: Workbench): Promise<void> {
  await openFile(page, 'migrate.c');
  const line = fs.readFileSync(path.join(wb.workspace, 'migrate.c'), 'utf8').split('\n').findIndex((l) => /\bmigrate\(isa\)/.test(l)) + 1;
  assert.ok(line > 0, 'migrate.c has no migrate(isa) call');
  await goToLine(page, line);
  const lens = activeEditor(page).locator('.codelens-decoration', { hasText: /migration point · rv32 0x[0-9a-f]{8} · m68k 0x[0-9a-f]{8}/ }).first();
  await lens.waitFor({ timeout: 120_000 });
  await wb.shot('01b-codelens');
}

async function diagnosticScenario(page: Page, wb: Workbench): Promise<void> {
  await openFile(page, 'broken.c');
  await activeEditor(page).locator('.squiggly-error').first().waitFor({ timeout: 120_000 });
  await runCommand(page, 'Problems: Focus on Problems View');
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'missing_value' }).first();
  await row.waitFor();
  assert.match(await row.innerText(), /missing_value/);
  await wb.shot('02-diagnostic');
  // as you type: replace the undeclared name and the error goes away (nothing saved)
  await goToLine(page, 3, 22);
  await page.keyboard.press('Control+D');   // selects the word under the cursor
  await page.keyboard.type('42');
  await activeEditor(page).locator('.view-line', { hasText: 'printf("%d\\n", 42);' }).first().waitFor();
  await waitUntil('the diagnostic to clear after the edit', async () => (await activeEditor(page).locator('.squiggly-error').count()) === 0);
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'missing_value' }).first().waitFor({ state: 'detached' });
  await wb.shot('02b-diagnostic-fixed-as-you-type');
  await runCommand(page, 'File: Revert File');
}

async function assemblyScenario(page: Page, wb: Workbench): Promise<void> {
  await openFile(page, 'list.c');
  await runCommand(page, 'Shuttle: Show Assembly for…');
  await pickQuickItem(page, 'rv32');
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  await page.locator('.editor-group-container.active .tab.active', { hasText: 'list.c · rv32.lst' }).first().waitFor();
  await editor.locator('.view-line', { hasText: /^\s*[0-9a-f]{5,8}:\s+([0-9a-f]{2}\s){4}\s*(addi|sw|lw)\s/ }).first().waitFor();
  // the source lines are interleaved: `…/list.c:9:  <line 9 of list.c>` above its instructions
  const line9 = fs.readFileSync(path.join(wb.workspace, 'list.c'), 'utf8').split('\n')[8].trim();
  assert.match(line9, /malloc/, 'list.c has changed: line 9 was the malloc in prepend()');
  await waitUntil(`the listing to show list.c:9 (${line9})`, async () =>
    (await editor.locator('.view-line').allInnerTexts()).map((t) => t.replace(/\u00a0/g, ' ')).some((t) => /list\.c:9:/.test(t) && t.includes(line9)));
  const colours = await waitUntil('the listing to be coloured by its grammar', async () => {
    const cs = await editor.locator('.view-line span span').evaluateAll((spans) =>
      [...new Set(spans.filter((s) => (s.textContent ?? '').trim()).map((s) => (globalThis as unknown as Styles).getComputedStyle(s).color))]);
    return cs.length >= 3 ? cs : undefined;
  });
  assert.ok(colours.length >= 3, `only ${colours.length} colours in the listing`);
  await wb.shot('03-assembly-listing');
  await runCommand(page, 'View: Close All Editor Groups');
}

/** A view (pane) of the side bar by its title, e.g. 'Variables'. */
const pane = (page: Page, title: string) =>
  page.locator('.pane', { has: page.locator('.pane-header', { hasText: new RegExp(`^\\s*${title}`, 'i') }) }).first();

/** The part of the browser's window object the colour check uses (the tests compile without DOM types). */
interface Styles { getComputedStyle(e: unknown): { color: string } }

const statusIsa = (page: Page) =>
  page.locator('#workbench\\.parts\\.statusbar .statusbar-item', { has: page.locator('.codicon-chip') }).first();

async function debugScenario(page: Page, wb: Workbench): Promise<void> {
  const expected = expectedOutput(path.join(wb.workspace, 'list.c'), 'rv32');
  await openFile(page, 'list.c');
  await goToLine(page, BREAK_LINE);
  await clickGutter(page, BREAK_LINE);
  await activeEditor(page).locator('.codicon-debug-breakpoint').first().waitFor();
  await wb.shot('04-breakpoint-set');
  const bpRow = pane(page, 'Breakpoints').locator('.monaco-list-row', { hasText: 'list.c' }).first();

  await page.keyboard.press('F5');
  await pane(page, 'Call Stack').getByText(/paused on breakpoint/i).first().waitFor({ timeout: 120_000 });
  await pane(page, 'Variables').locator('.monaco-list-row', { hasText: 'Registers (rv32)' }).first().waitFor();
  await bpRow.waitFor();
  const view = await migrationFrame(page);
  for (const id of ['source-column', 'canonical-column', 'target-column']) assert.equal(await view.locator(`section#${id}`).count(), 1, id);
  const atStop = { isa: 'rv32', registers: ['pc', 'sp', 'ra', 'a0'], frame: 'main', target: 'm68k', targetRegisters: ['d0', 'a7', 'pc', 'sr'], targets: ['m68k', 'x86_64'] };
  await assertStopContent(view, atStop);
  await assertColumnsReadable(view, 'stacked'); // the side bar's default width
  assert.match(await statusIsa(page).innerText(), /\brv32\b/);
  await wb.shot('05-stopped-rv32-migration-view');

  // a step: the values that changed since the last stop are highlighted
  await focusEditor(page);
  await page.keyboard.press('F10');
  const changedPc = view.locator('#source-column .row.changed', { has: view.locator('.name', { hasText: /^pc$/ }) });
  await changedPc.waitFor();
  assert.ok(await view.locator('#source-column .row:not(.changed)', { has: view.locator('.name', { hasText: /^zero$/ }) }).count() === 1, 'x0 is highlighted but never changes');
  await assertStopContent(view, atStop);

  await roomForTheView(page, SIDE_BAR_WIDE);
  await assertColumnsReadable(view, 'side by side');
  await themes(page, wb, view, 'migration-view');

  await migrateByCommand(page, wb, view, bpRow);
  await migrateByButton(page, wb, view);

  await focusEditor(page);
  await page.keyboard.press('F5');
  const text = await waitUntil('the Debug Console to show the whole output', async () => {
    const t = await debugConsoleText(page);
    return t.includes(expected[expected.length - 1]) ? t : undefined;
  }, 120_000);
  let at = 0;
  for (const line of expected) {
    const i = text.indexOf(line, at);
    assert.ok(i >= 0, `Debug Console lacks '${line}' (in order):\n${text}`);
    at = i + line.length;
  }
  await page.locator('.debug-toolbar').waitFor({ state: 'hidden', timeout: 60_000 });
  await wb.shot('08-finished-output');
}

const THEMES: { label: string; kind: ThemeKind; suffix: string }[] = [
  { label: 'Light Modern', kind: 'vscode-light', suffix: 'light' },
  { label: 'Dark High Contrast', kind: 'vscode-high-contrast', suffix: 'hc' },
  { label: 'Dark Modern', kind: 'vscode-dark', suffix: 'dark' },
];

/** The view follows light, high contrast and dark themes: body class, readable text; a picture of each (`<name>-<suffix>.png`). */
async function themes(page: Page, wb: Workbench, view: Frame, name: string): Promise<void> {
  const seen: string[] = [];
  for (const t of THEMES) {
    await chooseColorTheme(page, view, t.label, t.kind);
    const c = await viewColours(view);
    for (const other of THEMES) if (other.kind !== t.kind) assert.ok(!c.classes.includes(other.kind), `${t.label}: body has ${other.kind} too`);
    assert.ok(contrast(c.text, c.background) >= 4.5, `${t.label}: text ${c.text} on ${c.background} is hard to read`);
    assert.ok(contrast(c.value, c.background) >= 3, `${t.label}: register values ${c.value} on ${c.background} are hard to read`);
    const dark = contrast(c.background, 'rgb(0, 0, 0)') < contrast(c.background, 'rgb(255, 255, 255)');
    assert.equal(dark, t.kind !== 'vscode-light', `${t.label}: background ${c.background}`);
    seen.push(`${c.text} on ${c.background}`);
    await wb.shot(`${name}-${t.suffix}`, await sideBarClip(page));
  }
  assert.equal(new Set(seen).size, THEMES.length, `the view looked the same in different themes: ${seen.join(' | ')}`);
}

/** "Shuttle: Migrate to…" from the palette: the quick pick, then the program on m68k with its breakpoint. */
async function migrateByCommand(page: Page, wb: Workbench, view: Frame, bpRow: ReturnType<Page['locator']>): Promise<void> {
  await runCommand(page, 'Shuttle: Migrate to…');
  assert.match(await (await quickItem(page, 'm68k')).innerText(), /big-endian · 32-bit · \d+ registers/);
  await wb.shot('06-migrate-quick-pick');
  await pickQuickItem(page, 'm68k');

  await waitUntil('the status bar to say m68k', async () => /\bm68k\b/.test(await statusIsa(page).innerText()));
  await pane(page, 'Variables').locator('.monaco-list-row', { hasText: 'Registers (m68k)' }).first().waitFor();
  await bpRow.waitFor();
  const box = bpRow.locator('input[type=checkbox], [role=checkbox]').first();
  const enabled = (await box.getAttribute('aria-checked')) === 'true' || await box.evaluate((e) => (e as { checked?: boolean }).checked === true);
  assert.ok(enabled, 'the breakpoint is no longer enabled');
  assert.match(await bpRow.innerText(), new RegExp(`\\b${BREAK_LINE}\\b`));
  await view.locator('#timeline li', { hasText: /rv32 → m68k · main:\d+:\d+ · [\d.]+ ms/ }).first().waitFor();
  assert.equal(await view.locator('#timeline li').count(), 1);
  await assertStopContent(view, { isa: 'm68k', registers: ['pc', 'd0', 'a7', 'sr'], frame: 'main', target: 'rv32', targetRegisters: ['pc', 'sp'], targets: ['rv32', 'x86_64'] });
  await wb.shot('07-migrated-m68k');
  await wb.shot('migration-done-dark', await sideBarClip(page));
  await chooseColorTheme(page, view, 'Light Modern', 'vscode-light');
  await wb.shot('migration-done-light', await sideBarClip(page));
  await chooseColorTheme(page, view, 'Dark Modern', 'vscode-dark');
}

/** The view's own Migrate button, with rv32 picked: back to rv32, and the timeline grows. */
async function migrateByButton(page: Page, wb: Workbench, view: Frame): Promise<void> {
  await view.locator('select#target-isa').selectOption('rv32');
  await view.locator('#target-column h3', { hasText: 'Target · rv32' }).waitFor();
  await view.locator('#migrate-button').click();
  await view.locator('#timeline li', { hasText: /m68k → rv32/ }).first().waitFor();
  const timeline = (await view.locator('#timeline li').allInnerTexts()).map((t) => t.trim());
  assert.equal(timeline.length, 2, timeline.join('\n'));
  assert.match(timeline[0], /^rv32 → m68k · main:\d+:\d+ · [\d.]+ ms$/);
  assert.match(timeline[1], /^m68k → rv32 · main:\d+:\d+ · [\d.]+ ms$/);
  await waitUntil('the status bar to say rv32 again', async () => /\brv32\b/.test(await statusIsa(page).innerText()));
  await pane(page, 'Variables').locator('.monaco-list-row', { hasText: 'Registers (rv32)' }).first().waitFor();
  await view.locator('#source-column h3', { hasText: 'Source · rv32' }).waitFor();
  await wb.shot('07b-migrated-back-by-the-view');
}

function activationScenario(wb: Workbench): void {
  const logs = workbenchLogs(wb);
  const exthost = logs.filter((l) => /exthost\.log$/i.test(l.file));
  assert.ok(exthost.length, `no extension host log among:\n${logs.map((l) => l.file).join('\n')}`);
  assert.ok(exthost.some((l) => /_doActivateExtension shuttle-dev\.shuttle\b/.test(l.text)), 'the extension host never activated shuttle-dev.shuttle');
  // an [error] line that names Shuttle anywhere, or any [error] in the extension's own log
  const bad = logs.flatMap((l) => l.text.split('\n')
    .filter((line) => /\[error\]|activating extension .* failed/i.test(line) && (/shuttle/i.test(line) || /shuttle-dev\.shuttle/.test(l.file)))
    .map((line) => `${path.basename(l.file)}: ${line}`));
  assert.deepEqual(bad, [], `errors mentioning Shuttle in the logs:\n${bad.join('\n')}`);
}

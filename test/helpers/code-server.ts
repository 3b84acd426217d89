// The end-to-end harness: one code-server (a real VS Code workbench, from scripts/code-server.js)
// with the packaged extension installed into a fresh profile, one headless Chromium driven by
// playwright-core, a throwaway copy of examples/ as the workspace, and helpers that act like a
// user (command palette, quick open, go to line, gutter clicks) and save screenshots to
// test-results/e2e/. Waits are on selectors and text, never on fixed sleeps.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { makeTempDir, removeTempDir } from './external';

export const ROOT = path.join(__dirname, '..', '..');
export const CHROMIUM = process.env.SHUTTLE_CHROMIUM || '/usr/bin/chromium';
export const ARTIFACTS = path.join(ROOT, 'test-results', 'e2e');
export const EXTENSION_ID = 'shuttle-dev.shuttle';
const WAIT = 60_000;

interface CodeServer { node: string; entry: string; version: string; env: NodeJS.ProcessEnv }
interface ProfileDirs { base: string; userData: string; extensions: string; xdgConfig: string; xdgData: string }
interface Running { url: string; port: number; stop(): Promise<void>; output(): string; logFile?: string }
interface CodeServerScript {
  locate(): CodeServer | undefined;
  install(): Promise<CodeServer>;
  profileDirs(base: string): ProfileDirs;
  writeSettings(dirs: ProfileDirs, extra?: Record<string, unknown>): string;
  installExtension(cs: CodeServer, dirs: ProfileDirs, vsix: string): string;
  freePort(): Promise<number>;
  launch(cs: CodeServer, dirs: ProfileDirs, opts: { folder?: string; port?: number; logFile?: string; timeoutMs?: number }): Promise<Running>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const codeServer = require(path.join(ROOT, 'scripts', 'code-server.js')) as CodeServerScript;

const onCI = () => process.env.CI === 'true';

/**
 * What the e2e tests need, or a reason to skip: Chromium and code-server. Under CI=true a missing
 * Chromium fails, and a missing code-server is installed (about 5 minutes cold).
 */
export async function e2eRequirements(): Promise<{ cs: CodeServer } | { skip: string }> {
  if (!fs.existsSync(CHROMIUM)) {
    if (onCI()) throw new Error(`Chromium is not installed at ${CHROMIUM} (required on CI: apt-get install chromium)`);
    return { skip: `Chromium not installed at ${CHROMIUM}` };
  }
  const found = codeServer.locate();
  if (found) return { cs: found };
  if (onCI()) return { cs: await codeServer.install() };
  return { skip: 'code-server is not installed (run: node scripts/code-server.js install)' };
}

/** Newest modification time of the files that go into the .vsix (bundles, manifest, grammars, webview). */
function newestInput(): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) visit(path.join(p, e));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const rel of ['dist/extension.js', 'dist/server.js', 'dist/cli.js', 'package.json', 'syntaxes', 'extension/webview']) visit(path.join(ROOT, rel));
  return newest;
}

/**
 * The .vsix of the current build: `npm run package` unless dist/ already holds one newer than
 * everything it packs (`npm test` has just built the bundles; packaging again would rewrite
 * dist/*.js under other tests' feet). Done at most once per process.
 */
let packaged: string | undefined;
export function packageVsix(): string {
  if (packaged) return packaged;
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const vsix = path.join(ROOT, 'dist', `shuttle-${version}.vsix`);
  const fresh = fs.existsSync(vsix) && fs.existsSync(path.join(ROOT, 'dist', 'extension.js')) && fs.statSync(vsix).mtimeMs > newestInput();
  if (!fresh) {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'package.js')], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`npm run package failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
    if (!fs.existsSync(vsix)) throw new Error(`npm run package did not write ${vsix}`);
  }
  packaged = vsix;
  return vsix;
}

export interface Workbench {
  page: Page;
  browser: Browser;
  server: Running;
  dirs: ProfileDirs;
  /** the workspace folder: a copy of examples/ */
  workspace: string;
  /** save test-results/e2e/<name>.png: the whole page, or the `clip` rectangle of it */
  shot(name: string, clip?: { x: number; y: number; width: number; height: number }): Promise<string>;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

async function launchBrowser(): Promise<Browser> {
  // playwright gives every launch a fresh profile in a temp dir of its own
  const { chromium } = await import('playwright-core');
  const opts = { executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 };
  try {
    return await chromium.launch(opts);
  } catch (first) {
    // one retry: a cold Chromium on 2 cores occasionally misses the launch timeout
    try { return await chromium.launch(opts); } catch { throw first; }
  }
}

/**
 * Start code-server with the extension installed, open the workspace (a copy of examples/ plus
 * `opts.files`) in Chromium, and wait for the workbench.
 */
export async function openWorkbench(cs: CodeServer, vsix: string, opts: { settings?: Record<string, unknown>; files?: Record<string, string> } = {}): Promise<Workbench> {
  const tmp = makeTempDir('shuttle-e2e-');
  const dirs = codeServer.profileDirs(tmp);
  const workspace = path.join(tmp, 'examples');
  fs.cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
  for (const [name, text] of Object.entries(opts.files ?? {})) fs.writeFileSync(path.join(workspace, name), text);
  const settings = opts.settings ?? {};
  codeServer.writeSettings(dirs, { 'workbench.colorTheme': 'Default Dark Modern', 'editor.hover.delay': 100, ...settings });
  codeServer.installExtension(cs, dirs, vsix);
  const server = await codeServer.launch(cs, dirs, { folder: workspace, logFile: path.join(tmp, 'code-server.log') });
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.setDefaultTimeout(WAIT);
    await page.goto(server.url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
    await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 120_000 }).catch(() => undefined);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const b = browser;
    return {
      page, browser: b, server, dirs, workspace,
      shot: async (name, clip) => { const file = path.join(ARTIFACTS, `${name}.png`); await page.screenshot({ path: file, clip }); return file; },
      close: async () => { await b.close().catch(() => undefined); await server.stop(); removeTempDir(tmp); },
    };
  } catch (e) {
    await browser?.close().catch(() => undefined);
    await server.stop();
    throw e;
  }
}

/** Every log file code-server and its extension hosts wrote for this profile, with its text. */
export function workbenchLogs(wb: Workbench): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p); else if (e.name.endsWith('.log')) out.push({ file: p, text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(path.join(wb.dirs.userData, 'logs'));
  if (wb.server.logFile && fs.existsSync(wb.server.logFile)) out.push({ file: wb.server.logFile, text: fs.readFileSync(wb.server.logFile, 'utf8') });
  return out;
}

// ---- acting like a user ----

const QUICK_INPUT = '.quick-input-widget';

/** Run a command from the palette (F1) by its full title, e.g. "Shuttle: Migrate to…". */
export async function runCommand(page: Page, title: string): Promise<void> {
  await closeQuickInput(page);
  await page.keyboard.press('F1');
  await chooseInQuickInput(page, `>${title}`, title);
}

/**
 * Type `filter` into the open quick input, wait until the focused row's label is exactly `label`, and
 * press Enter. Keyboard only: with mouse clicks on rows a stopped debug session was seen to resume
 * (the click reaching the debug toolbar beneath the closing widget).
 */
export async function chooseInQuickInput(page: Page, filter: string, label: string): Promise<void> {
  const input = page.locator(`${QUICK_INPUT} input`);
  await input.waitFor({ state: 'visible' });
  await input.fill(filter);
  const focused = page.locator(`${QUICK_INPUT} .monaco-list-row.focused`, { has: page.locator('.label-name', { hasText: exactText(label) }) });
  await focused.first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
}

/** The quick pick row whose label is `label` (the quick pick must be open), to read its description. */
export async function quickItem(page: Page, label: string): Promise<Locator> {
  const row = page.locator(`${QUICK_INPUT} .monaco-list-row`, { has: page.locator('.label-name', { hasText: exactText(label) }) }).first();
  await row.waitFor({ state: 'visible' });
  return row;
}

/** Choose the quick pick item labelled `label` (filtering by the label, then Enter). */
export async function pickQuickItem(page: Page, label: string): Promise<void> {
  await chooseInQuickInput(page, label, label);
}

export async function closeQuickInput(page: Page): Promise<void> {
  if (await page.locator(QUICK_INPUT).isVisible()) await page.keyboard.press('Escape');
}

const exactText = (s: string) => new RegExp(`^\\s*${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

/** Open a workspace file with Quick Open (Ctrl+P) and wait for its editor tab to be active. */
export async function openFile(page: Page, name: string): Promise<void> {
  await closeQuickInput(page);
  await page.keyboard.press('Control+P');
  await chooseInQuickInput(page, name, name);
  await page.locator('.editor-group-container.active .tab.active', { hasText: name }).first().waitFor();
  await activeEditor(page).locator('.view-line').first().waitFor();
}

export const activeEditor = (page: Page): Locator => page.locator('.editor-group-container.active .monaco-editor').first();

/** Move the cursor to `line` (1-based), `col` optional, with Go to Line (Ctrl+G). */
export async function goToLine(page: Page, line: number, col?: number): Promise<void> {
  await closeQuickInput(page);
  await page.keyboard.press('Control+G');
  const input = page.locator(`${QUICK_INPUT} input`);
  await input.waitFor({ state: 'visible' });
  await input.fill(col ? `:${line}:${col}` : `:${line}`);  // Ctrl+G opens the quick input with the ':' prefix
  await page.keyboard.press('Enter');
  await lineNumber(page, line).waitFor();
}

/** Show the hover at the cursor (Ctrl+K Ctrl+I, as a keyboard user would) and return the visible hover. */
export async function showHoverAtCursor(page: Page): Promise<Locator> {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  return page.locator('.monaco-hover:not(.hidden)').first();
}

/** The line-number element of `line` in the active editor (visible lines only). */
export const lineNumber = (page: Page, line: number): Locator =>
  activeEditor(page).locator('.margin-view-overlays .line-numbers', { hasText: new RegExp(`^\\s*${line}\\s*$`) }).first();

/** Click the gutter (glyph margin) left of `line` — sets or removes a breakpoint. */
export async function clickGutter(page: Page, line: number): Promise<void> {
  const ln = lineNumber(page, line);
  await ln.waitFor();
  const box = await ln.boundingBox();
  if (!box) throw new Error(`line ${line} is not visible`);
  const margin = await activeEditor(page).locator('.margin').first().boundingBox();
  const x = margin ? margin.x + 8 : box.x - 8;
  await page.mouse.move(x, box.y + box.height / 2);
  await page.mouse.click(x, box.y + box.height / 2);
}

/** The text of the Debug Console (all rendered rows; the panel is opened first). */
export async function debugConsoleText(page: Page): Promise<string> {
  const repl = page.locator('.repl .monaco-list-rows');
  if (!(await repl.isVisible())) await runCommand(page, 'Debug: Focus on Debug Console View');
  await repl.waitFor({ state: 'visible' });
  return (await repl.innerText()).replace(/\u00a0/g, ' ');
}

/** Wait until `f()` returns a truthy value (polling), or fail with `what` after `timeoutMs`. */
export async function waitUntil<T>(what: string, f: () => Promise<T | undefined | null | false>, timeoutMs = WAIT): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try { const v = await f(); if (v) return v; last = v; } catch (e) { last = e; }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : String(last)})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

// What the end-to-end tests read and do in the Migration view (the webview view in Run and Debug):
// find its frame, check the three columns' content (registers of the source ISA, the canonical
// frames, the target's registers from targetPreview, the picker), check that every column is
// readable at the side bar's width (none squeezed or cut off; stacked when narrow, side by side
// when wide), give the view room, switch the colour theme and measure the contrast the view gets.

import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import { activeEditor, chooseInQuickInput, closeQuickInput, waitUntil } from '../helpers/code-server';

/** The Migration view's webview frame (the one whose document has the three columns). */
export async function migrationFrame(page: Page): Promise<Frame> {
  const header = page.locator('.pane-header', { hasText: /^\s*Migration/ }).first();
  await header.waitFor();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  return waitUntil('the Migration view to show its columns', async () => {
    for (const f of page.frames()) {
      if ((await f.locator('section.column').count().catch(() => 0)) >= 3) return f;
    }
    return undefined;
  }, 90_000);
}

/** The register names a column (`source-column`, `target-column`) lists. */
export const rowNames = (view: Frame, column: string): Promise<string[]> =>
  view.locator(`#${column} .row .name`).allInnerTexts().then((ns) => ns.map((n) => n.trim()));

export interface StopExpectation {
  isa: string; registers: string[];
  /** the function of the selected frame, shown open in the canonical column */
  frame: string;
  target: string; targetRegisters: string[];
  /** the picker's choices */
  targets: string[];
}

/** The three columns describe this stop: source registers, canonical frames, target registers, and the picker. */
export async function assertStopContent(view: Frame, want: StopExpectation): Promise<void> {
  await view.locator('#source-column h3', { hasText: `Source · ${want.isa}` }).waitFor();
  await view.locator('#target-column h3', { hasText: `Target · ${want.target}` }).waitFor();
  await view.locator('#source-column .row').first().waitFor();
  const source = await rowNames(view, 'source-column');
  for (const r of want.registers) assert.ok(source.includes(r), `the source column lacks ${want.isa} register ${r}: ${source.join(' ')}`);
  const target = await rowNames(view, 'target-column');
  for (const r of want.targetRegisters) assert.ok(target.includes(r), `the target column lacks ${want.target} register ${r}: ${target.join(' ')}`);
  assert.match(await view.locator('#target-column .subtitle').first().innerText(), /^pc 0x[0-9a-f]+$/);
  const frames = (await view.locator('#canonical-column details > summary .name').allInnerTexts()).map((s) => s.trim());
  assert.ok(frames.some((f) => new RegExp(`^#\\d+ ${want.frame}$`).test(f)), `the canonical column has no frame of ${want.frame}: ${frames.join(' | ')}`);
  assert.match(await view.locator('#canonical-column details.selected > summary').first().innerText(), new RegExp(`\\b${want.frame}\\b`));
  assert.match(await view.locator('#canonical-column .subtitle').first().innerText(), /at \w+:\d+:\d+ · \d+ bytes/);
  const picker = view.locator('select#target-isa');
  assert.deepEqual((await picker.locator('option').allInnerTexts()).map((s) => s.trim()), want.targets);
  assert.equal(await picker.inputValue(), want.target);
  assert.equal(await view.locator('#migrate-button').isEnabled(), true);
}

interface Box { id: string; x: number; y: number; width: number; height: number }

/** The columns' boxes in the webview, its width, and the value cells cut short (ellipsis). */
async function measure(view: Frame): Promise<{ boxes: Box[]; width: number; scrollWidth: number; clippedValues: string[] }> {
  return view.evaluate(`(() => {
    const boxes = [...document.querySelectorAll('section.column')].map((s) => {
      const r = s.getBoundingClientRect();
      return { id: s.id, x: r.x, y: r.y, width: r.width, height: r.height };
    });
    const clippedValues = [...document.querySelectorAll('#source-column .row .value, #target-column .row .value')]
      .filter((v) => v.scrollWidth > v.clientWidth + 1)
      .map((v) => v.closest('section').id + ': ' + v.parentElement.textContent + ' (' + v.clientWidth + ' of ' + v.scrollWidth + 'px)');
    return { boxes, width: document.documentElement.clientWidth, scrollWidth: document.documentElement.scrollWidth, clippedValues };
  })()`);
}

/**
 * Every column is readable: at least `minWidth` wide, inside the view (nothing cut off on the
 * right, no horizontal scrolling), no register value cut short (long canonical values may end in
 * an ellipsis, their tooltip has them whole); and laid out as `layout` says.
 */
export async function assertColumnsReadable(view: Frame, layout: 'stacked' | 'side by side', minWidth = 180): Promise<Box[]> {
  const m = await measure(view);
  assert.equal(m.boxes.length, 3);
  for (const b of m.boxes) {
    assert.ok(b.width >= minWidth, `${b.id} is squeezed to ${b.width.toFixed(0)}px (view ${m.width}px)`);
    assert.ok(b.x >= 0 && b.x + b.width <= m.width + 0.5, `${b.id} is cut off: x ${b.x.toFixed(0)}..${(b.x + b.width).toFixed(0)} in a view ${m.width}px wide`);
  }
  assert.ok(m.scrollWidth <= m.width, `the view scrolls sideways (${m.scrollWidth}px of content in ${m.width}px)`);
  assert.deepEqual(m.clippedValues, [], 'values cut short');
  const [a, b, c] = m.boxes;
  if (layout === 'side by side') {
    assert.ok(a.y === b.y && b.y === c.y && a.x < b.x && b.x < c.x, `not side by side: ${JSON.stringify(m.boxes)}`);
  } else {
    assert.ok(a.x === b.x && b.x === c.x && a.y < b.y && b.y < c.y, `not stacked: ${JSON.stringify(m.boxes)}`);
  }
  return m.boxes;
}

/**
 * Room for the Migration view, as a user would make it: collapse Watch, drag the Migration pane's
 * top edge up (Variables keeps room for its scopes), and drag the side bar's edge to make it
 * `width` pixels wide.
 */
export async function roomForTheView(page: Page, width: number): Promise<void> {
  const watch = page.locator('.sidebar .pane-header', { hasText: /^\s*Watch/ }).first();
  if ((await watch.getAttribute('aria-expanded')) === 'true') await watch.click();
  const pane = page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: /^\s*Migration/ }) }).first();
  // the panes settle after the collapse: wait for a sash at the Migration pane's top edge
  const sash = await waitUntil('a sash at the Migration pane\'s top edge', async () => {
    const top = (await pane.boundingBox())!.y;
    const sashes = await page.locator('.sidebar .monaco-sash.horizontal').evaluateAll((els) =>
      els.map((e) => { const r = (e as unknown as { getBoundingClientRect(): { x: number; y: number; width: number; height: number } }).getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }));
    return sashes.find((s) => s.width > 0 && Math.abs(s.y + s.height / 2 - top) <= 4);
  });
  // up by what Variables can spare (the panes between are at their smallest already): it keeps
  // 190px, room for its scopes with Locals open (Locals' rows, Globals, Registers, Canonical frame)
  const variables = (await page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: /^\s*Variables/ }) }).first().boundingBox())!;
  const y = sash.y + sash.height / 2;
  await drag(page, sash.x + sash.width / 2, y, sash.x + sash.width / 2, y - Math.max(0, variables.height - 190));
  const edge = (await page.locator('.monaco-sash.vertical.primary-sidebar-sash').boundingBox())!;
  const bar = (await page.locator('.part.sidebar').boundingBox())!;
  await drag(page, edge.x + edge.width / 2, edge.y + 300, bar.x + width, edge.y + 300);
  await waitUntil(`the side bar to be ${width}px wide`, async () => Math.abs(((await page.locator('.part.sidebar').boundingBox())?.width ?? 0) - width) <= 4);
}

async function drag(page: Page, x0: number, y0: number, x1: number, y1: number): Promise<void> {
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.mouse.move(x1, y1, { steps: 12 });
  await page.mouse.up();
}

/** Put the keyboard focus back in the editor (after clicks in the webview), clicking its text away from the gutter. */
export async function focusEditor(page: Page): Promise<void> {
  const lines = activeEditor(page).locator('.view-lines');
  const box = (await lines.boundingBox())!;
  await page.mouse.click(box.x + Math.min(400, box.width - 10), box.y + box.height / 2);
}

export type ThemeKind = 'vscode-light' | 'vscode-dark' | 'vscode-high-contrast';

/** Choose a colour theme by its label in the theme picker (Ctrl+K Ctrl+T) and wait for the view to follow. */
export async function chooseColorTheme(page: Page, view: Frame, label: string, kind: ThemeKind): Promise<void> {
  await closeQuickInput(page);
  await focusEditor(page);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  await chooseInQuickInput(page, label, label);
  await waitUntil(`the Migration view to take the ${label} theme (body.${kind})`, async () =>
    ((await view.evaluate('document.body.className')) as string).split(/\s+/).includes(kind));
}

export interface Colours { classes: string[]; text: string; value: string; background: string }

/** The view's theme classes, its text and value colours, and the side bar background it is drawn on. */
export async function viewColours(view: Frame): Promise<Colours> {
  return view.evaluate(`(() => {
    const probe = document.createElement('div');
    probe.style.backgroundColor = 'var(--vscode-sideBar-background)';
    document.body.append(probe);
    const background = getComputedStyle(probe).backgroundColor;
    probe.remove();
    const value = document.querySelector('#source-column .row .value');
    return { classes: [...document.body.classList], text: getComputedStyle(document.body).color, value: value ? getComputedStyle(value).color : '', background };
  })()`);
}

/** WCAG contrast ratio of two `rgb(…)`/`rgba(…)` colours (1 = the same, 21 = black on white). */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    assert.ok(bl !== undefined, `not a colour: ${c}`);
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The part of the page worth a picture: the side bar and the start of the editor, full height. */
export async function sideBarClip(page: Page, editorWidth = 460): Promise<{ x: number; y: number; width: number; height: number }> {
  const bar = (await page.locator('.part.sidebar').boundingBox())!;
  const size = page.viewportSize()!;
  return { x: 0, y: 0, width: Math.min(size.width, Math.round(bar.x + bar.width + editorWidth)), height: size.height };
}

// Driving the web workbench through its DOM with playwright-core: open files from the Explorer, read the
// active editor's rendered lines and colours, scroll, run palette commands, read the Problems panel and the
// status bar. Every wait polls a condition with a deadline (wait.mjs), no fixed sleeps.
// Selectors are VS Code 1.139's; RECIPE.md pitfall 14: Ctrl+P quick open is unreliable headless, the
// Explorer, F1 and Ctrl+Shift+M work.
import { until } from './wait.mjs';

const EDITOR = '.editor-group-container.active .monaco-editor';

/** Resolves once the workbench shows the opened folder's Explorer rows. */
export async function waitForWorkbench(page, { timeout = 90000 } = {}) {
  await page.waitForSelector('.monaco-workbench .explorer-folders-view .monaco-list-row', { timeout });
}

/** The Explorer row showing exactly `name` (a file or folder name). */
export function explorerRow(page, name) {
  const exact = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return page.locator('.explorer-folders-view .monaco-list-row', { has: page.locator('.label-name', { hasText: exact }) }).first();
}

/**
 * Opens `file` from the Explorer and waits for its editor. `dir/name` clicks (expands) `dir` first; every
 * part must be visible once its parent is expanded (the folder open in the workbench is the root).
 */
export async function openFromExplorer(page, file, { timeout = 30000 } = {}) {
  const parts = file.split('/');
  for (const dir of parts.slice(0, -1)) {
    const row = explorerRow(page, dir);
    if ((await row.getAttribute('aria-expanded', { timeout })) !== 'true') { await row.click({ timeout }); }
  }
  const name = parts.at(-1);
  await explorerRow(page, name).click({ timeout });
  await until(() => page.evaluate(({ editor, name }) => {
    const tab = document.querySelector('.editor-group-container.active .tab.active');
    return !!tab && (tab.getAttribute('aria-label') ?? '').includes(name) && !!document.querySelector(`${editor} .view-lines .view-line`);
  }, { editor: EDITOR, name }), `the editor of ${name}`, timeout);
}

/**
 * The active editor's rendered lines inside its viewport, in order:
 * `{ line, text, spans: [{ text, color, bold, italic }] }` (colours as computed CSS `rgb(...)`).
 */
export function visibleLines(page) {
  return page.evaluate((editor) => {
    const root = document.querySelector(editor);
    if (!root) { return []; }
    const box = root.querySelector('.overflow-guard')?.getBoundingClientRect(); // the viewport
    if (!box) { return []; }
    const numbers = new Map();
    for (const el of root.querySelectorAll('.margin-view-overlays .line-numbers')) {
      const r = el.getBoundingClientRect();
      numbers.set(Math.round(r.top), Number(el.textContent.trim()));
    }
    const out = [];
    for (const el of root.querySelectorAll('.view-lines .view-line')) {
      const r = el.getBoundingClientRect();
      if (r.top < box.top - 1 || r.bottom > box.bottom + 1) { continue; }
      const line = numbers.get(Math.round(r.top));
      const spans = [...el.querySelectorAll(':scope > span > span')].map((s) => {
        const cs = getComputedStyle(s);
        return { text: s.textContent.replace(/\u00a0/g, ' '), color: cs.color, bold: Number(cs.fontWeight) >= 600, italic: cs.fontStyle === 'italic' };
      });
      out.push({ line, text: el.textContent.replace(/\u00a0/g, ' '), spans });
    }
    return out.filter((l) => Number.isFinite(l.line)).sort((a, b) => a.line - b.line);
  }, EDITOR);
}

/**
 * Gives the keyboard focus to the active editor (View: Focus First Editor Group, Ctrl+1; a click in the
 * Explorer opens a file but leaves the focus in the Explorer).
 */
export async function focusEditor(page, { timeout = 15000 } = {}) {
  const focused = () => page.evaluate((editor) => !!document.activeElement?.closest(editor), EDITOR);
  if (await focused()) { return; }
  await page.keyboard.press('Control+1');
  await until(focused, 'the focus in the editor', timeout);
}

/** The first line shown in the active editor. */
export async function topLine(page) {
  return (await visibleLines(page))[0]?.line;
}

/**
 * Scrolls the active editor until `line` is its first visible line (or as close as the end of the file
 * allows) with Scroll Line Down/Up (Ctrl+Down/Up: exact, one line per press, the cursor stays).
 */
export async function scrollToLine(page, line, { timeout = 20000 } = {}) {
  await focusEditor(page, { timeout });
  const deadline = Date.now() + timeout;
  for (;;) {
    const top = await topLine(page);
    if (top === line) { return top; }
    if (Date.now() > deadline) { throw new Error(`could not scroll to line ${line} (at ${top})`); }
    const key = line > top ? 'Control+ArrowDown' : 'Control+ArrowUp';
    for (let i = Math.abs(line - top); i > 0; i--) { await page.keyboard.press(key); }
    // the presses are handled asynchronously: wait until the target is reached or the top stays put
    let last = top; let still = 0;
    await until(async () => {
      const t = await topLine(page);
      if (t === line) { return true; }
      still = t === last ? still + 1 : 0;
      last = t;
      return still >= 5;
    }, 'the editor to scroll', 10000, 60).catch(() => {});
    if (last === top && last !== line) { return top; } // did not move: the end of the file
  }
}

/**
 * Readies the active editor for a picture: takes the focus away (no caret) and waits until its scrollbars,
 * shown by the last scroll, have faded out (Monaco marks them `invisible fade`, then a CSS transition takes
 * the opacity to 0); best effort, `timeout` at most.
 */
export async function settleForScreenshot(page, { timeout = 5000 } = {}) {
  await page.evaluate(() => { document.activeElement?.blur?.(); });
  await page.mouse.move(1, 1);
  await until(() => page.evaluate((editor) => [...document.querySelectorAll(`${editor} .scrollbar`)]
    .every((s) => s.classList.contains('invisible') && getComputedStyle(s).opacity === '0'), EDITOR), 'the scrollbars to fade', timeout, 100).catch(() => {});
}

/** Distinct span colours of the first visible line whose text starts with `prefix`, or undefined. */
export async function lineColours(page, prefix) {
  const l = (await visibleLines(page)).find((x) => x.text.startsWith(prefix));
  return l && [...new Set(l.spans.map((s) => s.color))];
}

/** The aria-label of the status bar item whose label matches `re` (undefined when none). */
export function statusItem(page, re) {
  return page.evaluate((src) => {
    const rx = new RegExp(src);
    for (const el of document.querySelectorAll('.statusbar-item')) {
      const label = el.getAttribute('aria-label') ?? el.textContent ?? '';
      if (rx.test(label)) { return label; }
    }
    return undefined;
  }, re.source);
}

/**
 * Clicks the quick input row (palette, pickers) whose label is exactly `label` (its aria-label may add
 * `, <keybinding>` or similar after a comma), once the filtering has shown it.
 */
async function pickQuickInputRow(page, label, timeout) {
  let seen = [];
  const index = await until(() => page.evaluate((want) => {
    const labels = [...document.querySelectorAll('.quick-input-widget .monaco-list-row')].map((r) => r.getAttribute('aria-label') ?? '');
    const i = labels.findIndex((a) => a === want || a.startsWith(`${want},`));
    return i < 0 ? { labels } : i;
  }, label).then((r) => (typeof r === 'number' ? r : (seen = r.labels, false))), `"${label}" in the quick input`, timeout)
    .catch((e) => { throw new Error(`${e.message}; its rows: ${JSON.stringify(seen)}`); });
  await page.locator('.quick-input-widget .monaco-list-row').nth(index).click({ timeout });
}

/** Runs a Command Palette entry by its exact label (`Developer: Inspect Editor Tokens and Scopes`). */
export async function runCommand(page, label, { timeout = 15000 } = {}) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(`>${label}`);
  await pickQuickInputRow(page, label, timeout);
}

/**
 * Picks a colour theme as a person does: Preferences: Color Theme, type its name, click it (the workbench
 * writes workbench.colorTheme to the user settings). Resolves when the picker has closed; the theme is
 * applied asynchronously (poll the `.monaco-workbench` classes).
 */
export async function pickColorTheme(page, theme, { timeout = 30000 } = {}) {
  await runCommand(page, 'Preferences: Color Theme', { timeout });
  const input = page.locator('.quick-input-widget input');
  // the palette closes and the theme picker opens in its place: type only into the picker
  await until(async () => /color theme/i.test((await input.getAttribute('placeholder').catch(() => '')) ?? ''), 'the theme picker', timeout);
  // the picker labels the built-in themes without the settings value's "Default " (Default Dark Modern: Dark Modern)
  const label = theme.replace(/^Default (?=(Light|Dark|High Contrast)\b)/, '');
  await input.fill(label);
  await pickQuickInputRow(page, label, timeout);
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout });
}

/** Moves the cursor of the active editor to `line`[:`column`] with Go to Line (Ctrl+G). */
export async function goToLine(page, line, column, { timeout = 15000 } = {}) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(`:${line}${column ? `:${column}` : ''}`);
  await page.keyboard.press('Enter');
  await until(async () => {
    const s = await statusItem(page, /^Ln \d+, Col \d+/);
    return s?.startsWith(`Ln ${line}, Col ${column ?? 1}`) ?? false;
  }, `the cursor at line ${line}`, timeout);
}

/**
 * The text of `Developer: Inspect Editor Tokens and Scopes` at the cursor (language, TextMate scopes,
 * semantic token type and modifiers when one applies, the theme rule and foreground); closes it again.
 */
export async function inspectTokenAtCursor(page, { timeout = 15000 } = {}) {
  await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes', { timeout });
  const widget = page.locator('.token-inspect-widget');
  await widget.waitFor({ state: 'visible', timeout });
  // the widget first says "Loading..." while it asks for the semantic tokens
  const text = await until(async () => {
    const t = await widget.innerText().catch(() => '');
    return t && !/loading/i.test(t) && /foreground/i.test(t) ? t : false;
  }, 'the token inspector', timeout);
  await page.keyboard.press('Escape');
  await widget.waitFor({ state: 'hidden', timeout }).catch(() => {});
  return text;
}

/**
 * Opens the Problems panel (Ctrl+Shift+M) and returns its rows' texts (file rows and marker rows), or []
 * when it says that no problems have been detected.
 */
export async function problemsPanel(page, { timeout = 15000 } = {}) {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible().catch(() => false))) { await page.keyboard.press('Control+Shift+M'); }
  await panel.waitFor({ state: 'visible', timeout });
  return until(async () => {
    const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
    if (rows.length) { return rows.map((r) => r.replace(/\s+/g, ' ').trim()); }
    const msg = await panel.innerText().catch(() => '');
    return /no problems have been detected/i.test(msg) ? [] : false;
  }, 'the Problems panel', timeout);
}

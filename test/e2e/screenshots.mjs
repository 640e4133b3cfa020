#!/usr/bin/env node
// `npm run screenshots`: pictures of the extension's colouring in a real VS Code (code-server + headless
// Chromium, the e2e driver), for a person to look at. Opens samples/ with the extension loaded from this
// working tree, and for each theme takes:
//   001-meta-<theme>.png      seed 001 scrolled to its post meta block (marker, glued fields, lists)
//   001-meta-end-<theme>.png  the rest of 001's meta block down to `Similar Posts`
//   003-body-<theme>.png      seed 003 from the top: title, image alt + caption, headings, code block, list
// plus colours-<theme>.json: the rendered spans (text, colour, bold/italic) of the lines in each picture, and
// the token inspector's text for a title, a code line and a meta field.
// Before each picture it polls until the grammar has coloured the lines in it (several colours on e.g.
// `reading time7`), the language server has answered (the Seed status item) and the semantic tokens are in
// (the token inspector reports a semantic token type on the title / code line). No fixed sleeps.
//
//   node test/e2e/screenshots.mjs [--out DIR] [--theme "Default Light Modern" --theme ...] [--timeout S]
// Default --out .vscode-test/screenshots/, default themes Default Light Modern and Default Dark Modern.
// Needs `npm run build` (npm run screenshots does it) and installs code-server on first use.
// Exit 0 pictures written, 2 something failed (the message says what).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './driver/browser.mjs';
import { REPO } from './driver/config.mjs';
import { startDevWorkbench } from './driver/dev-workbench.mjs';
import { ensureCodeServer } from './driver/install.mjs';
import { focusEditor, goToLine, inspectTokenAtCursor, openFromExplorer, pickColorTheme, scrollToLine, settleForScreenshot, statusItem, visibleLines, waitForWorkbench } from './driver/ui.mjs';
import { until } from './driver/wait.mjs';

const { values: opt } = parseArgs({
  options: {
    out: { type: 'string', default: path.join(REPO, '.vscode-test', 'screenshots') },
    theme: { type: 'string', multiple: true, default: ['Default Light Modern', 'Default Dark Modern'] },
    timeout: { type: 'string', default: '240' },
  },
});
const out = path.resolve(opt.out);
const ms = Number(opt.timeout) * 1000;
const t0 = Date.now();
const say = (m) => console.log(`[screenshots +${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const slug = (theme) => theme.replace(/^Default /i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const S001 = '001_c9c409a3a965c312.seed.txt';
const S003 = '003_ef4f30e95cfa6dd9.seed.txt';
/** The 1-based line of samples/`file` matching `re` (found in the file, so the pictures follow edits). */
const lineOf = (file, re) => {
  const i = fs.readFileSync(path.join(REPO, 'samples', file), 'utf8').split(/\r?\n/).findIndex((l) => re.test(l));
  if (i < 0) { throw new Error(`samples/${file} has no line matching ${re}`); }
  return i + 1;
};
/** Line and 1-based column of `at` on the first line of samples/`file` matching `re`. */
const spot = (file, re, at) => {
  const line = lineOf(file, re);
  const text = fs.readFileSync(path.join(REPO, 'samples', file), 'utf8').split(/\r?\n/)[line - 1];
  return { line, column: at ? text.indexOf(at) + 1 : 1 };
};
const SHOTS = [
  {
    name: '001-meta', file: S001,
    top: lineOf(S001, /^\S+ post meta\s*$/) - 2,
    // the grammar's work: name and glued value in different colours (`hash` is in the next shot: with the
    // seed default of wrapped lines, the long summary and outline lines push it below this one)
    ready: [{ prefix: 'reading time', colours: 2 }, { prefix: 'difficulty', colours: 2 }],
    // lines whose colours are printed (all of them are in colours-<theme>.json)
    keys: ['alphanode post meta', 'topic', 'difficulty', 'reading time', 'hash', '  • context'],
    // semantic tokens: the title is a `heading.declaration` token
    semantic: { ...spot(S001, /^field notes/), type: 'heading' },
    inspect: [
      { what: 'field name `reading time`', ...spot(S001, /^reading time/) },
      { what: 'its glued value `7`', ...spot(S001, /^reading time/, '7') },
      { what: 'the hash value', ...spot(S001, /^hash/, '2736') },
    ],
  },
  {
    name: '001-meta-end', file: S001,
    top: lineOf(S001, /^Similar Posts/) - 36,
    ready: [{ prefix: 'hash', colours: 2 }, { prefix: 'reference', colours: 2 }],
    keys: ['reference', 'Similar Posts'],
  },
  {
    name: '003-body', file: S003,
    top: 1,
    ready: [{ prefix: 'making service health visible with python services visual reference 1. image source', colours: 2 }, { prefix: 'production checks', colours: 1, notDefault: true }],
    keys: ['production checklist for', 'production checks', 'making service health visible with python services visual reference 1', 'making service health visible with python services visual reference 1.', 'app = ', '  • inspect'],
    // semantic tokens: the unfenced code block is `codeBlock`
    semantic: { ...spot(S003, /^from fastapi import/), type: 'codeBlock' },
    inspect: [
      { what: 'the title', ...spot(S003, /^production checklist for/) },
      { what: 'the image alt line', ...spot(S003, /visual reference 1$/) },
      { what: '`image source` in the caption', ...spot(S003, /\. image source: /, 'image source') },
    ],
  },
];

fs.mkdirSync(out, { recursive: true });
try {
  ensureCodeServer({ say });
} catch (e) {
  console.error(`[screenshots] ${e.message}`);
  process.exit(2);
}
for (const f of [path.join(REPO, 'dist', 'client', 'extension.js'), path.join(REPO, 'dist', 'server', 'main.js')]) {
  if (!fs.existsSync(f)) { console.error(`[screenshots] ${path.relative(REPO, f)} is missing: run npm run build`); process.exit(2); }
}

let wb; let browser;
const cleanup = async () => { await browser?.close().catch(() => {}); await wb?.stop(); };
for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(sig, () => { say(`${sig}: stopping`); cleanup().finally(() => process.exit(code)); });
}

/** The workbench's theme, read from the page: `vs` (light), `vs-dark` or high contrast, and the editor background. */
const pageTheme = (page) => page.evaluate(() => {
  const wbEl = document.querySelector('.monaco-workbench');
  const side = document.querySelector('.part.sidebar');
  return { classes: wbEl?.className ?? '', background: side ? getComputedStyle(side).backgroundColor : '' };
});
const wantBase = (theme) => (/high contrast/i.test(theme) ? /hc-/ : /dark/i.test(theme) ? /\bvs-dark\b/ : /\bvs\b/);

/** Polls until the lines starting with each `ready` prefix are on screen with at least that many colours. */
async function waitColoured(page, ready) {
  const defaultFg = await page.evaluate(() => getComputedStyle(document.querySelector('.editor-group-container.active .monaco-editor .view-lines')).color);
  let seen = 'nothing';
  try {
    return await until(async () => {
      const lines = await visibleLines(page);
      seen = `lines ${lines[0]?.line}-${lines.at(-1)?.line}`;
      for (const r of ready) {
        const l = lines.find((x) => x.text.startsWith(r.prefix));
        if (!l) { seen += `, no line "${r.prefix}"`; return false; }
        const colours = new Set(l.spans.filter((s) => s.text.trim()).map((s) => s.color));
        seen += `, "${r.prefix}": ${[...colours].join(' ')}`;
        if (colours.size < r.colours) { return false; }
        if (r.notDefault && [...colours].every((c) => c === defaultFg)) { return false; }
      }
      return lines;
    }, `colouring of ${ready.map((r) => `"${r.prefix}"`).join(', ')}`, ms, 100);
  } catch (e) {
    throw new Error(`${e.message} (last seen: ${seen})`);
  }
}

/** `"reading time" #e50000 | "7" #098658 b`: a line's non-blank spans with their colours (b bold, i italic). */
function describe(line) {
  const hex = (c) => { const m = /rgba?\((\d+), (\d+), (\d+)/.exec(c); return m ? `#${m.slice(1, 4).map((x) => Number(x).toString(16).padStart(2, '0')).join('')}` : c; };
  const spans = [];
  for (const sp of line.spans) {
    const key = `${hex(sp.color)}${sp.bold ? ' b' : ''}${sp.italic ? ' i' : ''}`;
    // Monaco splits long runs of one token; join neighbours with the same style
    if (spans.length && spans.at(-1).key === key) { spans.at(-1).text += sp.text; } else { spans.push({ text: sp.text, key }); }
  }
  return spans.filter((x) => x.text.trim()).map((x) => `${JSON.stringify(x.text.length > 30 ? `${x.text.slice(0, 29)}…` : x.text)} ${x.key}`).join(' | ');
}

const summary = [];
let code = 0;
try {
  // One workbench for all themes: the first one is in the user settings from the start, the others are
  // picked with Preferences: Color Theme, as a person does (the workbench did not react to settings.json
  // being rewritten under it).
  wb = await startDevWorkbench({ extensionDevelopmentPath: REPO, folder: path.join(REPO, 'samples'), settings: { 'workbench.colorTheme': opt.theme[0] } });
  say(`code-server up on ${wb.base}`);
  browser = await launchBrowser(wb.dirs);
  const page = browser.pages()[0] ?? await browser.newPage();
  page.on('pageerror', (e) => say(`[page error] ${e.message}`));
  await page.goto(wb.url);
  await waitForWorkbench(page, { timeout: ms });
  say('workbench loaded');

  for (const [ti, theme] of opt.theme.entries()) {
    const before = ti > 0 ? (await pageTheme(page)).classes : undefined;
    if (ti > 0) { await pickColorTheme(page, theme, { timeout: ms }); }
    const applied = await until(async () => {
      const t = await pageTheme(page);
      // vscode-theme-defaults-themes-light_modern-json: the theme's data is loaded, not only its base
      return wantBase(theme).test(t.classes) && /\bvscode-theme-/.test(t.classes) && t.classes !== before ? t : false;
    }, `the theme "${theme}"`, ms, 100);
    say(`theme "${theme}" applied (${applied.classes.split(' ').filter((c) => /^(vs|hc)|theme/.test(c)).join(' ')}; side bar ${applied.background})`);
    const record = { theme, shots: {} };

    for (const shot of SHOTS) {
      await openFromExplorer(page, shot.file, { timeout: ms });
      // the language server answered for this article (its diagnostics and model are in)
      await until(() => statusItem(page, /Article|post meta/), 'the Seed status bar item', ms);
      say(`${shot.name}: ${shot.file} open, the language server answered`);
      const inspected = [];
      if (shot.semantic) {
        await goToLine(page, shot.semantic.line, shot.semantic.column);
        const text = await until(async () => {
          const t = await inspectTokenAtCursor(page);
          return new RegExp(`semantic token type\\s+${shot.semantic.type}`).test(t) ? t : false;
        }, `the semantic token ${shot.semantic.type} on line ${shot.semantic.line}`, ms, 250);
        inspected.push({ what: `semantic ${shot.semantic.type}`, line: shot.semantic.line, text });
      }
      for (const i of shot.inspect ?? []) {
        await goToLine(page, i.line, i.column);
        inspected.push({ ...i, text: await inspectTokenAtCursor(page) });
      }
      say(`${shot.name}: semantic tokens in, ${inspected.length} tokens inspected`);
      await focusEditor(page);
      await page.keyboard.press('Control+Home'); // cursor out of the way of the picture
      await scrollToLine(page, shot.top);
      const lines = await waitColoured(page, shot.ready);
      await settleForScreenshot(page);
      const file = path.join(out, `${shot.name}-${slug(theme)}.png`);
      await page.screenshot({ path: file });
      say(`${path.relative(process.cwd(), file)} (lines ${lines[0].line}-${lines.at(-1).line})`);
      for (const k of shot.keys ?? []) {
        const l = lines.find((x) => x.text.startsWith(k));
        if (l) { console.log(`    ${String(l.line).padStart(3)}  ${describe(l)}`); }
      }
      summary.push(file);
      record.shots[shot.name] = { file, lines, inspected };
    }
    fs.writeFileSync(path.join(out, `colours-${slug(theme)}.json`), JSON.stringify(record, null, 2));
  }
} catch (e) {
  console.error('[screenshots] error:', e);
  code = 2;
} finally {
  await cleanup();
}
if (!code) { console.log(`${summary.length} screenshots in ${out}:\n${summary.map((f) => `  ${f}`).join('\n')}`); }
say(`exit ${code}`);
process.exit(code);

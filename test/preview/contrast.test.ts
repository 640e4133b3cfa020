/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Every text in the preview is readable in each built-in theme: at least 4.5:1 against the background it
// is drawn on (WCAG AA for text), and the status icons at least 3:1 (WCAG for graphics: they carry the
// colour, the words next to them say the status). Colours are the computed ones, with VS Code's default
// webview styles and the theme variables of a real VS Code (vscode-webview.ts).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { applyTheme, launch, modelOf, openPreview, ROOT, seedText, THEMES, type Theme } from './harness';

const MIN_TEXT = 4.5;
const MIN_ICON = 3;
/** the glyphs the preview uses as status icons */
const ICONS = ['✓', '!', '✕'];

interface Measured { readonly what: string; readonly text: string; readonly ratio: number }

/**
 * In the page: every visible text (text nodes and ::before/::after content) with its contrast ratio against
 * the background under it (the element's and its ancestors' background colours, composited).
 */
function measure(page: Page): Promise<Measured[]> {
  return page.evaluate(() => {
    type RGBA = [number, number, number, number];
    const parse = (css: string): RGBA => {
      let m = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(css);
      if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
      // color-mix() computes to color(srgb r g b / a), channels 0..1
      m = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(css);
      if (m) return [Number(m[1]) * 255, Number(m[2]) * 255, Number(m[3]) * 255, m[4] === undefined ? 1 : Number(m[4])];
      throw new Error(`unexpected computed colour ${css}`);
    };
    const over = (top: RGBA, below: RGBA): RGBA => [0, 1, 2].map((i) => top[i]! * top[3] + below[i]! * (1 - top[3])).concat(1) as RGBA;
    const luminance = (c: RGBA) => {
      const ch = (v: number) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2]);
    };
    const background = (el: Element): RGBA => {
      const layers: RGBA[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      let result: RGBA = [255, 255, 255, 1]; // the canvas under a page with no opaque background
      for (const layer of layers.reverse()) result = over(layer, result);
      return result;
    };
    const ratio = (color: string, el: Element) => {
      const bg = background(el);
      const fg = over(parse(color), bg);
      const [a, b] = [luminance(fg), luminance(bg)];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    };
    const what = (el: Element) => `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}`;
    const out: { what: string; text: string; ratio: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim() ?? '';
      if (!el || text === '' || !el.checkVisibility()) continue;
      out.push({ what: what(el), text: text.slice(0, 40), ratio: ratio(getComputedStyle(el).color, el) });
    }
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.checkVisibility()) continue;
      for (const pseudo of ['::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        const content = /^"([^"]*)"/.exec(s.content)?.[1]?.trim();
        if (content) out.push({ what: `${what(el)}${pseudo}`, text: content, ratio: ratio(s.color, el) });
      }
    }
    return out;
  });
}

const ARTICLES = {
  'seed 003 (clean)': () => modelOf(seedText(3)),
  'meta-problems (errors and warnings in the meta)': () => modelOf(fs.readFileSync(path.join(ROOT, 'samples', 'broken', 'meta-problems.seed.txt'), 'utf8')),
  'body-slips (warnings in the body)': () => modelOf(fs.readFileSync(path.join(ROOT, 'samples', 'broken', 'body-slips.seed.txt'), 'utf8')),
  'no-title (the missing title, and a message that the article is unavailable)': () => modelOf(fs.readFileSync(path.join(ROOT, 'samples', 'broken', 'no-title.seed.txt'), 'utf8')),
};

let browser: Browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const themes = Object.keys(THEMES) as Theme[];
const round = (x: number) => Math.round(x * 100) / 100;

for (const [name, model] of Object.entries(ARTICLES)) {
  describe(name, () => {
    test(`every text at least ${MIN_TEXT}:1, every status icon at least ${MIN_ICON}:1, in ${themes.join(', ')}`, async () => {
      const article = model();
      const p = await openPreview(browser, { article });
      try {
        await p.rendered(article.version);
        // the review summary's problem list too
        await p.page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
        if (name.startsWith('no-title')) {
          await p.send({ type: 'unavailable', source: article.uri, reason: 'The article was deleted.' });
          await p.page.waitForSelector('.unavailable');
        }
        const failures: string[] = [];
        for (const theme of themes) {
          await applyTheme(p.page, theme);
          const measured = await measure(p.page);
          assert.ok(measured.length > 20, `${theme}: the page has texts to measure`);
          for (const m of measured) {
            const min = ICONS.includes(m.text) ? MIN_ICON : MIN_TEXT;
            if (m.ratio < min) failures.push(`${THEMES[theme].name}: ${m.what} "${m.text}" ${round(m.ratio)}:1 (needs ${min}:1)`);
          }
        }
        assert.deepEqual(failures, []);
      } finally {
        await p.close();
      }
    });
  });
}

test('the theme data has every --vscode-* variable the stylesheet uses (null where VS Code leaves it unset)', () => {
  const used = [...new Set(fs.readFileSync(path.join(ROOT, 'media', 'preview.css'), 'utf8').match(/--vscode-[\w-]+/g))].sort();
  for (const theme of themes) {
    assert.deepEqual(used.filter((v) => !(v in THEMES[theme].vars)), [], `${THEMES[theme].name} (read them from a preview webview in that theme)`);
  }
});

describe('the status texts', () => {
  test(`"Meta ok", "All fields ok", the field badges and the problem counts are at least ${MIN_TEXT}:1 on their backgrounds`, async () => {
    const cases = [ARTICLES['seed 003 (clean)'](), ARTICLES['meta-problems (errors and warnings in the meta)']()];
    for (const article of cases) {
      const p = await openPreview(browser, { article });
      try {
        await p.rendered(article.version);
        for (const theme of themes) {
          await applyTheme(p.page, theme);
          const measured = await measure(p.page);
          // the words, not the icons drawn before them
          const status = measured.filter((m) => /^(span\.summary-item|p\.meta-summary|span\.status-label)/.test(m.what) && !m.what.includes('::'));
          const labels = new Set(status.map((m) => m.text));
          const want = article.meta?.errors ? ['problems in meta', 'error', 'warning', 'ok'] : ['Meta ok', 'All fields ok', 'ok'];
          for (const w of want) assert.ok([...labels].some((l) => l.includes(w)), `${theme}: a status text with "${w}" among ${[...labels].join(' | ')}`);
          for (const m of status) assert.ok(m.ratio >= MIN_TEXT, `${THEMES[theme].name}: ${m.what} "${m.text}" is ${round(m.ratio)}:1`);
        }
      } finally {
        await p.close();
      }
    }
  });
});

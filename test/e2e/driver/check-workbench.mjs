#!/usr/bin/env node
// Checks a running workbench from the outside, as a person would: opens `--url` (e.g. the address
// `npm start` prints) in headless Chromium, clicks `--file` in the Explorer (`dir/name` expands `dir`
// first), and checks that the editor shows it, that the extension's status item appears, and what the
// Problems panel lists for that file. Used to verify `npm start`; see test/e2e/README.md.
//
//   node test/e2e/driver/check-workbench.mjs --url URL --file 001_c9c409a3a965c312.seed.txt \
//        [--expect-text "field notes"] [--expect-problems 0] [--screenshot out.png] [--timeout 180]
// Exit 0 all checks hold, 1 a check failed, 2 the browser or the page failed.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { makeRunDirs } from './tempdirs.mjs';
import { openFromExplorer, problemsPanel, statusItem, visibleLines, waitForWorkbench } from './ui.mjs';
import { until } from './wait.mjs';

const { values: opt } = parseArgs({
  options: {
    url: { type: 'string' },
    file: { type: 'string', multiple: true, default: [] },
    'expect-text': { type: 'string' },
    'expect-problems': { type: 'string', multiple: true, default: [] },
    screenshot: { type: 'string' },
    timeout: { type: 'string', default: '180' },
  },
});
if (!opt.url || !opt.file.length) {
  console.error('usage: check-workbench.mjs --url URL --file NAME [--file NAME ...] [--expect-text T] [--expect-problems N ...] [--screenshot F]');
  process.exit(2);
}
const t0 = Date.now();
const say = (m) => console.log(`[check +${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const ms = Number(opt.timeout) * 1000;
let failures = 0;
const check = (ok, what) => { say(`${ok ? 'PASS' : 'FAIL'} ${what}`); if (!ok) { failures++; } };

const dirs = makeRunDirs(); // only the browser profile is used
let browser;
let code = 2;
try {
  browser = await launchBrowser(dirs);
  const page = browser.pages()[0] ?? await browser.newPage();
  await page.goto(opt.url);
  await waitForWorkbench(page, { timeout: ms });
  const title = await page.title();
  say(`workbench loaded: "${title}"`);
  check(/Extension Development Host/.test(title), 'the window is an Extension Development Host (the extension comes from the payload)');

  for (const [i, file] of opt.file.entries()) {
    const name = file.split('/').at(-1);
    await openFromExplorer(page, file, { timeout: ms });
    const lines = await visibleLines(page);
    say(`${name} open; first lines: ${JSON.stringify(lines.slice(0, 4).map((l) => `${l.line}: ${l.text.slice(0, 60)}`))}`);
    if (i === 0 && opt['expect-text']) {
      check(lines.some((l) => l.text.includes(opt['expect-text'])), `the editor shows "${opt['expect-text']}"`);
    }
    // The status item appears once the language server answered for this article: diagnostics are in.
    const status = await until(() => statusItem(page, /Article|post meta/), 'the Seed status bar item', ms).catch(() => undefined);
    check(!!status, `the Seed status item shows ("${status}")`);
    const want = opt['expect-problems'][i];
    if (want !== undefined) {
      // Problems is read once the status item is in (diagnostics published before the status item asks),
      // and again until the count for this file is stable, so a late publish is not missed.
      const count = async () => {
        const rows = await problemsPanel(page, { timeout: ms });
        const fileRow = rows.find((r) => r.startsWith(name));
        return { rows, n: fileRow ? Number(/(\d+)\s*$/.exec(fileRow)?.[1] ?? NaN) : 0 };
      };
      const got = await until(async () => { const c = await count(); return c.n === Number(want) ? c : false; }, `${want} problems for ${name}`, Math.min(ms, 30000)).catch(async () => count());
      say(`Problems panel: ${JSON.stringify(got.rows)}`);
      check(got.n === Number(want), `the Problems panel lists ${want} problems for ${name} (saw ${got.n})`);
    }
  }
  if (opt.screenshot) { await page.screenshot({ path: path.resolve(opt.screenshot) }); say(`screenshot ${opt.screenshot}`); }
  code = failures ? 1 : 0;
} catch (e) {
  console.error('[check] error:', e);
  code = 2;
} finally {
  await browser?.close().catch(() => {});
  dirs.remove();
}
say(`exit ${code}`);
process.exit(code);

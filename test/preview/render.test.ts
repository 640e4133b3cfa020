/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The preview page renders the five real articles as the site does, and the meta box shows each field's
// status; clicks reveal positions in the editor. Headless Chromium, the page built as the extension does.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { PreviewArticle } from '../../client/webview/messages';
import { applyTheme, assertQuiet, launch, modelOf, openPreview, ROOT, SEEDS, seedText, THEMES } from './harness';

let browser: Browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const blocksOf = (a: PreviewArticle) => [...a.intro, ...a.sections.flatMap((s) => s.blocks)];

describe('the five seed articles', () => {
  for (let n = 0; n < SEEDS.length; n++) {
    test(`seed ${SEEDS[n]} renders its title, sections, blocks and meta box`, async () => {
      const article = modelOf(seedText(n), `file:///work/${SEEDS[n]}.seed.txt`);
      const p = await openPreview(browser, { article });
      try {
        await p.rendered(article.version);
        const page = p.page;
        assert.equal(await page.textContent('h1.title'), article.title?.text);
        assert.deepEqual(await page.$$eval('section.section > h2', (els) => els.map((e) => e.textContent)), article.sections.map((s) => s.heading));
        const blocks = blocksOf(article);
        const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
        assert.deepEqual(await page.$$eval('article.article p', (els) => els.map((e) => e.textContent)), paragraphs.map((b) => b.kind === 'paragraph' && b.text));
        const lists = blocks.filter((b) => b.kind === 'list');
        assert.deepEqual(await page.$$eval('article.article ul.list', (els) => els.map((e) => [...e.querySelectorAll('li')].map((li) => li.textContent))),
          lists.map((b) => (b.kind === 'list' ? b.items : [])));
        // every rendered block carries its editor line (scroll sync and reveal use it)
        const lines = await page.$$eval('article.article [data-line]', (els) => els.map((e) => Number((e as HTMLElement).dataset.line)));
        assert.deepEqual([...lines].sort((a, b) => a - b), lines, 'data-line grows down the page');
        if (article.meta) {
          assert.equal(await page.$$eval('aside.meta-box .field', (els) => els.length), article.meta.fields.length);
          assert.deepEqual(await page.$$eval('aside.meta-box .field', (els) => els.map((e) => e.getAttribute('data-field'))), article.meta.fields.map((f) => f.name));
          assert.deepEqual(await page.$$eval('.status-badge .status-label', (els) => [...new Set(els.map((e) => e.textContent))]), ['ok']);
          assert.match(await page.textContent('.review-summary') ?? '', /^Meta ok/);
          assert.equal(await page.textContent('.meta-summary'), 'All fields ok');
          // list fields as lists, pairs and records as small tables
          assert.deepEqual(await page.$$eval('[data-field="stack"] ul.value-list li', (els) => els.map((e) => e.textContent)), ['python services', 'backend', 'python']);
          assert.deepEqual(await page.$$eval('[data-field="score"] table.pairs tr', (els) => els.map((e) => [...e.children].map((c) => c.textContent))),
            article.meta.fields.find((f) => f.name === 'score')?.pairs);
          assert.equal(await page.$$eval('[data-field="entities"] table.records tbody tr', (els) => els.length), 3);
          assert.deepEqual(await page.$$eval('[data-field="entities"] table.records thead th', (els) => els.map((e) => e.textContent)), ['name', 'type']);
          assert.equal(await page.textContent('[data-field="reading time"] .value'), '7');
          assert.equal(await page.$$eval('[data-field="notes"] li', (els) => els.length), 3);
        } else {
          assert.equal(await page.$('aside.meta-box'), null);
          assert.match(await page.textContent('.review-summary') ?? '', /^No post meta/);
        }
        await assertQuiet(p);
      } finally {
        await p.close();
      }
    });
  }

  test('seed 003: the unfenced code block in monospace, the image with caption and source, a placeholder instead of the remote image', async () => {
    const article = modelOf(seedText(3));
    const p = await openPreview(browser, { article, theme: 'dark' });
    try {
      await p.rendered(article.version);
      const page = p.page;
      const code = await page.textContent('figure.code pre code');
      assert.equal(code, "from fastapi import FastAPI\napp = FastAPI()\n\n@app.get('/health')\ndef health():\n    return {'ok': True}");
      assert.equal(await page.textContent('figure.code figcaption'), 'python', 'unfenced code is labelled with the article\'s code language');
      const font = await page.$eval('figure.code pre', (e) => getComputedStyle(e).fontFamily);
      assert.match(font, /Droid Sans Mono|monospace/);
      assert.equal(await page.$eval('figure.code pre', (e) => getComputedStyle(e).whiteSpace), 'pre');
      assert.equal(await page.textContent('figure.image .caption'), 'making service health visible with python services visual reference 1');
      assert.equal(await page.textContent('figure.image .image-source'), 'image source: loremflickr.com');
      assert.equal(await page.$('figure.image img'), null);
      assert.match(await page.textContent('figure.image .image-placeholder') ?? '', /seed\.preview\.remoteImages/);
      // the url in image sources is a link that the host opens
      await page.click('[data-field="image sources"] a.link');
      const opened = (await p.posted()).filter((m) => m.type === 'openLink');
      assert.deepEqual(opened, [{ type: 'openLink', source: article.uri, href: 'https://loremflickr.com/1200/630/code,developer?lock=14787' }]);
      assert.equal(page.url(), 'https://seed-preview.test/index.html', 'the page did not navigate');
      await assertQuiet(p);
    } finally {
      await p.close();
    }
  });

  test('a code block has one background: the code inside pre is a block without a background of its own', async () => {
    // VS Code's default webview style gives `code` an inline box with its own background, line by line
    const article = modelOf(seedText(3));
    const p = await openPreview(browser, { article });
    try {
      await p.rendered(article.version);
      for (const theme of ['light', 'dark', 'hcLight'] as const) {
        await applyTheme(p.page, theme);
        const style = await p.page.$eval('figure.code pre code', (code) => {
          const bg = (e: Element) => getComputedStyle(e).backgroundColor;
          const pre = code.parentElement as HTMLElement;
          const figure = pre.parentElement as HTMLElement;
          return { display: getComputedStyle(code).display, code: bg(code), pre: bg(pre), figure: bg(figure), codeWidth: code.getBoundingClientRect().width, preWidth: pre.clientWidth };
        });
        assert.equal(style.display, 'block', theme);
        assert.equal(style.code, 'rgba(0, 0, 0, 0)', `${theme}: the code element paints no background`);
        assert.equal(style.pre, 'rgba(0, 0, 0, 0)', theme);
        assert.notEqual(style.figure, 'rgba(0, 0, 0, 0)', `${theme}: the block's box carries the code background`);
        assert.ok(style.codeWidth > style.preWidth / 2, `${theme}: the code spans the block (${style.codeWidth} of ${style.preWidth} px)`);
      }
      await assertQuiet(p);
    } finally {
      await p.close();
    }
  });

  test('a fenced code block shows its language', async () => {
    const text = seedText(0).replace('the practical approach\n', 'the practical approach\n```php\n<?php echo "hi";\n```\n');
    const article = modelOf(text);
    const p = await openPreview(browser, { article });
    try {
      await p.rendered(article.version);
      assert.equal(await p.page.textContent('figure.code figcaption'), 'php');
      assert.equal(await p.page.textContent('figure.code code'), '<?php echo "hi";');
      await assertQuiet(p);
    } finally {
      await p.close();
    }
  });

  test('with remote images on, the https image loads (and only it leaves the page)', async () => {
    const article = modelOf(seedText(3));
    const p = await openPreview(browser, { article, remoteImages: true });
    try {
      await p.rendered(article.version);
      await p.page.waitForFunction(() => (document.querySelector('figure.image img') as HTMLImageElement | null)?.complete === true);
      assert.equal(await p.page.$eval('figure.image img', (e) => (e as HTMLImageElement).alt), 'making service health visible with python services visual reference 1');
      assert.equal(await p.page.$eval('figure.image img', (e) => e.getAttribute('referrerpolicy')), 'no-referrer');
      assert.deepEqual(p.recorder.outside, ['https://loremflickr.com/1200/630/code,developer?lock=14787']);
      await assertQuiet(p, (u) => u.startsWith('https://loremflickr.com/'));
    } finally {
      await p.close();
    }
  });
});

describe('the meta box for reviewers', () => {
  const broken = fs.readFileSync(path.join(ROOT, 'samples', 'broken', 'meta-problems.seed.txt'), 'utf8');

  test('each field shows its status and problems; the summary counts them', async () => {
    const article = modelOf(broken);
    const meta = article.meta;
    assert.ok(meta && meta.errors + meta.warnings > 0);
    const p = await openPreview(browser, { article });
    try {
      await p.rendered(article.version);
      const page = p.page;
      const n = meta.errors + meta.warnings;
      assert.match(await page.textContent('.review-summary') ?? '', new RegExp(`^${n} problems in meta`));
      assert.match(await page.textContent('.meta-summary') ?? '', new RegExp(`^${n} problems in meta \\(${meta.errors} errors?, ${meta.warnings} warnings?\\)`));
      const statuses = await page.$$eval('aside.meta-box .field', (els) => els.map((e) => [e.getAttribute('data-field'), e.querySelector('.status-badge .status-label')?.textContent]));
      assert.deepEqual(statuses, meta.fields.map((f) => [f.name, f.status]));
      for (const f of meta.fields.filter((x) => x.problems.length)) {
        const messages = await page.$$eval(`[data-field="${f.name}"] .field-problems .problem-message`, (els) => els.map((e) => e.textContent));
        // the `…` spans of the messages are shown as <code>
        assert.deepEqual(messages, f.problems.map((x) => x.message.replace(/`/g, '')), f.name);
        const codes = await page.$$eval(`[data-field="${f.name}"] .field-problems .problem-message code`, (els) => els.map((e) => e.textContent));
        assert.deepEqual(codes, f.problems.flatMap((x) => x.message.split('`').filter((_, i) => i % 2 === 1 && _ !== '')), f.name);
      }
      assert.equal(await page.$$eval('.review-problems li', (els) => els.length), article.problems.length);
      await assertQuiet(p);
    } finally {
      await p.close();
    }
  });

  test('clicking a field or a problem asks the host to reveal it', async () => {
    const article = modelOf(broken);
    const meta = article.meta;
    assert.ok(meta);
    const p = await openPreview(browser, { article });
    try {
      await p.rendered(article.version);
      const field = meta.fields.find((f) => f.name === 'revision');
      const problem = meta.fields.flatMap((f) => f.problems).find((x) => x.character > 0);
      assert.ok(field && problem);
      await p.page.click('[data-field="revision"] button.field-name');
      await p.page.click('summary.review-summary');
      await p.page.locator('.review-problems button.reveal').filter({ hasText: problem.message.replace(/`/g, '') }).first().click();
      await p.page.locator('[data-field] .field-problems button.reveal').first().click();
      const reveals = (await p.posted()).filter((m) => m.type === 'reveal');
      const firstFieldProblem = meta.fields.flatMap((f) => f.problems)[0];
      assert.deepEqual(reveals, [
        { type: 'reveal', source: article.uri, line: field.line, character: 0 },
        { type: 'reveal', source: article.uri, line: problem.line, character: problem.character },
        { type: 'reveal', source: article.uri, line: firstFieldProblem?.line, character: firstFieldProblem?.character },
      ]);
      // a double click on a block reveals its line
      await p.page.dblclick('section.section > h2');
      const last = (await p.posted()).filter((m) => m.type === 'reveal').pop();
      assert.deepEqual(last, { type: 'reveal', source: article.uri, line: article.sections[0]?.line, character: 0 });
      await assertQuiet(p);
    } finally {
      await p.close();
    }
  });
});

describe('screenshots', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`seed 003 in the ${theme} theme (out/test/preview/screenshots/seed-003-${theme}.png)`, async () => {
      const article = modelOf(seedText(3));
      const p = await openPreview(browser, { article, theme, viewport: { width: 820, height: 900 } });
      try {
        await p.rendered(article.version);
        await applyTheme(p.page, theme);
        const dir = path.join(ROOT, 'out', 'test', 'preview', 'screenshots');
        fs.mkdirSync(dir, { recursive: true });
        await p.page.screenshot({ path: path.join(dir, `seed-003-${theme}.png`), fullPage: true });
        // a screenshot of an empty page proves nothing: the article must be there
        assert.match(await p.page.evaluate(() => document.body.innerText), /production checklist for making service health visible/);
        const bg = await p.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        assert.equal(bg, theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(31, 31, 31)', `${THEMES[theme].name}'s editor background`);
        await assertQuiet(p);
      } finally {
        await p.close();
      }
    });
  }
});

/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Live updates (a new model replaces the DOM, the scroll position stays), stale models dropped, scroll
// sync both ways, following another article, and the state a reloaded page restores from.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { assertQuiet, launch, modelOf, openPreview, seedText, type PreviewPage } from './harness';

let browser: Browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const URI = 'file:///work/001.seed.txt';
const scrollY = (p: PreviewPage) => p.page.evaluate(() => window.scrollY);
/** The top of the element showing `line`, relative to the viewport. */
const topOfLine = (p: PreviewPage, line: number) =>
  p.page.evaluate((l) => document.querySelector(`[data-line="${l}"]:not(button)`)?.getBoundingClientRect().top ?? NaN, line);

describe('live update', () => {
  test('a new model changes the DOM and keeps the scroll position; an older one is dropped', async () => {
    const text = seedText(1);
    const v1 = modelOf(text, URI);
    const p = await openPreview(browser, { article: v1, viewport: { width: 800, height: 500 } });
    try {
      await p.rendered(v1.version);
      const scrolls = (await p.posted()).filter((m) => m.type === 'scrolled').length;
      await p.page.evaluate(() => window.scrollTo(0, 900));
      await p.page.waitForFunction(() => window.scrollY === 900);
      // the page reports a user scroll on the next animation frame: wait for that report, so it is not
      // taken for one the update below made
      await p.page.waitForFunction((n) => (window as unknown as { __seedPosted: { type: string }[] }).__seedPosted
        .filter((m) => m.type === 'scrolled').length > n, scrolls);
      const before = await p.posted();

      const v2 = modelOf(text.replace('keep the implementation boring on purpose.', 'keep the implementation dull on purpose.')
        .replace('  • document the migration', '  • document the migration\n  • tell the on-call team'), URI);
      assert.ok(v2.version > v1.version);
      await p.send({ type: 'update', source: URI, article: v2, locked: false });
      await p.rendered(v2.version);
      const body = await p.page.textContent('article.article') ?? '';
      assert.match(body, /keep the implementation dull on purpose\./);
      assert.doesNotMatch(body, /boring on purpose/);
      assert.deepEqual(await p.page.$$eval('article.article ul.list li', (els) => els.map((e) => e.textContent)).then((l) => l.slice(-2)),
        ['document the migration', 'tell the on-call team']);
      assert.equal(await p.page.getAttribute('#seed-preview', 'data-version'), String(v2.version));
      assert.equal(await scrollY(p), 900, 'the scroll position is kept');
      // the update's own scroll restore is not reported to the editor as a user scroll
      const after = await p.posted();
      assert.deepEqual(after.slice(before.length).map((m) => m.type), ['rendered']);

      // an older model (answers can overtake each other) is dropped
      await p.send({ type: 'update', source: URI, article: v1, locked: false });
      await p.send({ type: 'scrollTo', source: URI, line: 0 }); // a message after it, to know it was handled
      await p.page.waitForFunction(() => window.scrollY === 0);
      assert.match(await p.page.textContent('article.article') ?? '', /dull on purpose/);
      assert.equal((await p.posted()).filter((m) => m.type === 'rendered').length, 2);
      await assertQuiet(p);
    } finally {
      await p.close();
    }
  });

  test('loaded remote images are reused across updates: no reload, no flash', async () => {
    const text = seedText(3);
    const uri = 'file:///work/003.seed.txt';
    const v1 = modelOf(text, uri);
    const p = await openPreview(browser, { article: v1, remoteImages: true });
    try {
      await p.rendered(v1.version);
      await p.page.waitForFunction(() => (document.querySelector('figure.image img') as HTMLImageElement | null)?.complete === true);
      await p.page.evaluate(() => { (document.querySelector('figure.image img') as HTMLImageElement & { seedMark?: boolean }).seedMark = true; });
      let last = v1;
      for (let i = 0; i < 5; i++) {
        last = modelOf(text.replace('why this matters\n', `why this matters\n\nedit number ${i}.\n`), uri);
        await p.send({ type: 'update', source: uri, article: last, locked: false });
      }
      await p.rendered(last.version);
      assert.match(await p.page.textContent('article.article') ?? '', /edit number 4\./);
      assert.equal(await p.page.evaluate(() => (document.querySelector('figure.image img') as HTMLImageElement & { seedMark?: boolean }).seedMark), true);
      assert.deepEqual(p.recorder.outside, ['https://loremflickr.com/1200/630/code,developer?lock=14787']);
      await assertQuiet(p, (u) => u.startsWith('https://loremflickr.com/'));
    } finally {
      await p.close();
    }
  });
});

describe('scroll sync', () => {
  test('editor → preview: scrollTo puts the block of that line at the top', async () => {
    const article = modelOf(seedText(1), URI);
    const p = await openPreview(browser, { article, viewport: { width: 800, height: 500 } });
    try {
      await p.rendered(article.version);
      const heading = article.sections.find((s) => s.heading === 'final notes');
      assert.ok(heading);
      await p.send({ type: 'scrollTo', source: URI, line: heading.line });
      await p.page.waitForFunction(() => window.scrollY > 0);
      const top = await topOfLine(p, heading.line);
      assert.ok(Math.abs(top - 8) <= 2, `the heading is at the top (${top}px)`);
      // a line between two blocks lands between them
      const first = article.sections[0];
      const second = article.sections[1];
      assert.ok(first && second);
      const mid = (first.line + second.line) / 2;
      await p.send({ type: 'scrollTo', source: URI, line: mid });
      await p.page.waitForFunction((l) => {
        const el = document.querySelector(`[data-line="${l}"]:not(button)`);
        return el !== null && el.getBoundingClientRect().top < 0;
      }, first.line);
      assert.ok(await topOfLine(p, second.line) > 8, 'the next section is still below the top');
      // the page's own scrolling is not echoed back to the editor
      assert.equal((await p.posted()).filter((m) => m.type === 'scrolled').length, 0);
      // messages about another article are dropped
      const y = await scrollY(p);
      await p.send({ type: 'scrollTo', source: 'file:///work/other.seed.txt', line: 0 });
      const marker = modelOf(seedText(1), URI); // a later message, to know the one before was handled
      await p.send({ type: 'update', source: URI, article: marker, locked: false });
      await p.rendered(marker.version);
      assert.equal(await scrollY(p), y);
      // the host says the article cannot be shown: a notice, the last rendering stays
      await p.send({ type: 'unavailable', source: URI, reason: 'The article was deleted.' });
      assert.equal(await p.page.textContent('.unavailable'), 'The article was deleted.');
      assert.equal(await p.page.textContent('h1.title'), article.title?.text);
      await assertQuiet(p);
    } finally {
      await p.close();
    }
  });

  test('preview → editor: a user scroll reports the line at the top, and the page saves it for a reload', async () => {
    const article = modelOf(seedText(1), URI);
    const p = await openPreview(browser, { article, viewport: { width: 800, height: 500 } });
    try {
      await p.rendered(article.version);
      const heading = article.sections.find((s) => s.heading === 'the practical approach');
      assert.ok(heading);
      const y = await p.page.evaluate((l) => {
        const el = document.querySelector(`[data-line="${l}"]:not(button)`) as HTMLElement;
        return el.getBoundingClientRect().top + window.scrollY - 8;
      }, heading.line);
      await p.page.mouse.move(400, 250);
      await p.page.mouse.wheel(0, y);
      // wheel scrolling may animate: wait for the last report to settle near the heading
      await p.page.waitForFunction((l) => {
        const last = (window as unknown as { __seedPosted: { type: string; line?: number }[] }).__seedPosted.filter((m) => m.type === 'scrolled').pop();
        return last !== undefined && Math.abs((last.line ?? -9) - l) < 1.5;
      }, heading.line, { timeout: 10_000 });
      const scrolled = (await p.posted()).filter((m) => m.type === 'scrolled').pop();
      assert.ok(scrolled && scrolled.type === 'scrolled');
      assert.ok(Math.abs(scrolled.line - heading.line) < 1.5, `reported line ${scrolled.line}, heading at ${heading.line}`);
      const saved = await p.page.evaluate(() => (window as unknown as { __seedState: () => unknown }).__seedState()) as { source: string; line: number; locked: boolean };
      assert.equal(saved.source, URI);
      assert.equal(saved.locked, false);
      assert.ok(Math.abs(saved.line - heading.line) < 1.5);
      await assertQuiet(p);
    } finally {
      await p.close();
    }
  });

  test('a page opened with a line (a reload, a new preview) starts there', async () => {
    const article = modelOf(seedText(1), URI);
    const heading = article.sections.find((s) => s.heading === 'implementation checklist');
    assert.ok(heading);
    const p = await openPreview(browser, { article, line: heading.line, viewport: { width: 800, height: 500 } });
    try {
      await p.rendered(article.version);
      const top = await topOfLine(p, heading.line);
      assert.ok(Math.abs(top - 8) <= 2, `the heading is at the top (${top}px)`);
      await assertQuiet(p);
    } finally {
      await p.close();
    }
  });
  test('a page shown again without a model (hidden, then revealed) starts at its saved line once the model arrives', async () => {
    const article = modelOf(seedText(1), URI);
    const heading = article.sections.find((s) => s.heading === 'final notes');
    assert.ok(heading);
    const p = await openPreview(browser, { source: URI, line: heading.line, viewport: { width: 800, height: 500 } });
    try {
      assert.match(await p.page.textContent('#seed-preview') ?? '', /Loading the article/);
      await p.send({ type: 'update', source: URI, article, locked: false });
      await p.rendered(article.version);
      const top = await topOfLine(p, heading.line);
      assert.ok(Math.abs(top - 8) <= 2, `the heading is at the top (${top}px)`);
      // only once: a later update keeps the user's position
      await p.page.evaluate(() => window.scrollTo(0, 100));
      await p.page.waitForFunction(() => window.scrollY === 100);
      const again = modelOf(seedText(1), URI);
      await p.send({ type: 'update', source: URI, article: again, locked: false });
      await p.rendered(again.version);
      assert.equal(await scrollY(p), 100);
      await assertQuiet(p);
    } finally {
      await p.close();
    }
  });
});

describe('following another article', () => {
  test('an update with another source replaces the article and starts at the top', async () => {
    const a = modelOf(seedText(1), URI);
    const p = await openPreview(browser, { article: a, viewport: { width: 800, height: 500 } });
    try {
      await p.rendered(a.version);
      await p.page.evaluate(() => window.scrollTo(0, 600));
      const b = modelOf(seedText(4), 'file:///work/004.seed.txt');
      await p.send({ type: 'update', source: b.uri, article: b, locked: false });
      await p.rendered(b.version);
      assert.equal(await p.page.textContent('h1.title'), b.title?.text);
      assert.equal(await scrollY(p), 0);
      // from now on the old article's messages are stale
      await p.send({ type: 'scrollTo', source: URI, line: 50 });
      await p.send({ type: 'unavailable', source: URI, reason: 'stale' });
      const marker = modelOf(seedText(4), b.uri);
      await p.send({ type: 'update', source: b.uri, article: marker, locked: false });
      await p.rendered(marker.version);
      assert.equal(await scrollY(p), 0);
      assert.equal(await p.page.$('.unavailable'), null);
      const rendered = (await p.posted()).filter((m) => m.type === 'rendered');
      assert.deepEqual(rendered.slice(-2), [{ type: 'rendered', source: b.uri, version: b.version }, { type: 'rendered', source: b.uri, version: marker.version }]);
      await assertQuiet(p);
    } finally {
      await p.close();
    }
  });

  test('the lock state travels with updates', async () => {
    const a = modelOf(seedText(0), URI);
    const p = await openPreview(browser, { article: a });
    try {
      await p.rendered(a.version);
      assert.equal(await p.page.getAttribute('#seed-preview', 'data-locked'), 'false');
      const again = modelOf(seedText(0), URI);
      await p.send({ type: 'update', source: URI, article: again, locked: true });
      await p.rendered(again.version);
      assert.equal(await p.page.getAttribute('#seed-preview', 'data-locked'), 'true');
      await assertQuiet(p);
    } finally {
      await p.close();
    }
  });
});

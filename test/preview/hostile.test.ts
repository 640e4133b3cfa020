/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// An article full of <script>, <img onerror=…>, javascript: URLs and </style> executes nothing: no
// dialog, no console output, no global side effect, no CSP violation, no request out of the page (unless
// remote images are on, and then only https images). The text shows up as text.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { buildPreviewHtml, previewCsp } from '../../client/src/preview/html';
import { assertQuiet, launch, modelOf, openPreview, ORIGIN, type PreviewPage } from './harness';

let browser: Browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PAYLOADS = [
  '<script>window.__pwned = "script"; alert(1)</script>',
  '<img src=x onerror="window.__pwned = \'img\'; alert(2)">',
  '</style><script>window.__pwned = "style"</script><style>',
  '</script><script>window.__pwned = "close-script"</script>',
  '"><svg onload="window.__pwned = \'svg\'">',
  "'><iframe src=javascript:alert(3)></iframe>",
  'javascript:alert(4)',
  '<a href="javascript:window.__pwned=\'a\'">click</a>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '&lt;b&gt;entities stay text&lt;/b&gt;',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<base href="https://evil.example/">',
];

/** A valid-looking article whose every text slot holds a payload. */
function hostileArticle(): string {
  return [
    '| |',
    '',
    `production checklist for ${PAYLOADS[0]} in ${PAYLOADS[1]}`,
    '',
    `intro ${PAYLOADS[2]} and a link https://example.com/"onmouseover="window.__pwned='link' and javascript:alert(5).`,
    '',
    `${PAYLOADS[4]} alt`,
    `${PAYLOADS[4]} alt. image source: evil.example`,
    '',
    'why this matters',
    '',
    ...PAYLOADS.map((x, i) => `paragraph ${i} ${x} ends here.`),
    '',
    '```html',
    '</code></pre><script>window.__pwned = "code"</script>',
    '<img src="https://evil.example/pixel.gif">',
    '```',
    '',
    'implementation checklist',
    '',
    ...PAYLOADS.slice(0, 6).map((x) => `  • ${x}`),
    '',
    'final notes',
    '',
    `bye ${PAYLOADS[3]}.`,
    '',
    'alphanode post meta',
    '',
    `topic${PAYLOADS[0]} / ${PAYLOADS[1]}`,
    `summary${PAYLOADS[2]}`,
    'ai outline',
    `  • context: ${PAYLOADS[5]}`,
    `  • problem: ${PAYLOADS[0]}`,
    `  • stack: ${PAYLOADS[1]}`,
    `  • recommended action: ${PAYLOADS[6]}`,
    `ai brief${PAYLOADS[3]}`,
    'stack',
    `  • ${PAYLOADS[1]}`,
    'tools',
    ...PAYLOADS.slice(6, 10).map((x) => `  • ${x}`),
    `code language${PAYLOADS[0]}`,
    `difficulty${PAYLOADS[1]}`,
    'reading time<b>7</b>',
    'view count0',
    'score',
    `  • quality: ${PAYLOADS[2]}`,
    `  • ${PAYLOADS[4]}: 1`,
    'revision',
    '  • status: drafted',
    '  • version: 1.0.0',
    `  • last reviewed: ${PAYLOADS[3]}`,
    `reference${PAYLOADS[7]}`,
    'hash0123456789abcdef01234567',
    'flags',
    '  • ai generated style: 0',
    '  • has images: 1',
    '  • image heavy: 0',
    '  • needs human review: 1',
    'checklist',
    `  • ${PAYLOADS[5]}`,
    'entities',
    `    • name: ${PAYLOADS[0]}`,
    '    • type: stack',
    'image sources',
    '    • source: evil.example',
    '    • url: javascript:window.__pwned="img-url"',
    `    • caption: ${PAYLOADS[4]} alt`,
    '    • source: evil.example',
    '    • url: http://evil.example/plain-http.png',
    '    • caption: second',
    'payload',
    '  • source id: alphanode-000001',
    `  • generator: ${PAYLOADS[10]}`,
    '  • paragraphs: 3',
    `  • scenario: ${PAYLOADS[11]}`,
    '  • seed: 1',
    `${PAYLOADS[12]}`,
    'notes',
    ...PAYLOADS.map((x) => `  • ${x}`),
  ].join('\n');
}

async function assertInert(p: PreviewPage): Promise<void> {
  const page = p.page;
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined, 'no payload ran');
  assert.equal(await page.$$eval('script', (els) => els.length), 1, 'only the preview\'s own script');
  // style#_defaultStyles: VS Code's own (the harness adds it as VS Code does)
  assert.equal(await page.$$eval('iframe, svg, meta[http-equiv="refresh"], link[href^="https://evil"], base, style:not(#_defaultStyles), object, embed', (els) => els.length), 0);
  const handlers = await page.$$eval('*', (els) => els.flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.tagName}.${a.name}`)));
  assert.deepEqual(handlers, [], 'no element carries an event handler attribute');
  const hrefs = await page.$$eval('a', (els) => els.map((e) => e.getAttribute('href') ?? ''));
  assert.ok(hrefs.every((h) => /^https?:\/\//.test(h)), `only http(s) links: ${hrefs.join(' ')}`);
  const text = await page.textContent('#seed-preview') ?? '';
  for (const payload of PAYLOADS) assert.ok(text.includes(payload), `shown as text: ${payload}`);
  assert.ok(text.includes('</code></pre><script>window.__pwned = "code"</script>'));
  assert.equal(page.url(), `${ORIGIN}/index.html`, 'the page never navigated');
}

/** Clicks every link and reveal button: nothing may run or leave, links only go to the host, as http(s). */
async function clickEverything(p: PreviewPage): Promise<void> {
  for (const el of await p.page.$$('a, button.reveal')) await el.click({ force: true });
  const links = (await p.posted()).filter((m) => m.type === 'openLink');
  assert.ok(links.length > 0);
  for (const m of links) assert.ok(m.type === 'openLink' && /^https?:\/\/[^"\s]+$/.test(m.href), `link to the host: ${JSON.stringify(m)}`);
}

describe('a hostile article', () => {
  const text = hostileArticle();

  test('in the initial state (the escaped data- attribute) executes nothing', async () => {
    const article = modelOf(text);
    assert.ok(article.meta && article.problems.length > 0, 'the article is read, with problems');
    const p = await openPreview(browser, { article });
    try {
      await p.rendered(article.version);
      await assertInert(p);
      await clickEverything(p);
      await assertInert(p);
      await assertQuiet(p);
    } finally {
      await p.close();
    }
  });

  test('sent as a live update executes nothing', async () => {
    const first = modelOf('a plain title\n\nwhy this matters\n\nfine.');
    const p = await openPreview(browser, { article: first });
    try {
      await p.rendered(first.version);
      const article = modelOf(text, first.uri);
      await p.send({ type: 'update', source: first.uri, article, locked: false });
      await p.rendered(article.version);
      await assertInert(p);
      await clickEverything(p);
      await assertQuiet(p);
    } finally {
      await p.close();
    }
  });

  test('with remote images on, only https images load; javascript: and http: urls are not loaded', async () => {
    const article = modelOf(text);
    const p = await openPreview(browser, { article, remoteImages: true });
    try {
      await p.rendered(article.version);
      await assertInert(p);
      assert.equal(await p.page.$$eval('img', (els) => els.length), 0, 'the javascript: image is not an <img>');
      assert.match(await p.page.textContent('figure.image .image-placeholder') ?? '', /Only https images/);
      await assertQuiet(p);
    } finally {
      await p.close();
    }
  });

  test('a hostile source uri and title cannot break out of the HTML', async () => {
    const source = 'file:///work/"><script>window.__pwned="uri"</script>.seed.txt';
    const article = { ...modelOf(text, source) };
    const p = await openPreview(browser, { article, source });
    try {
      await p.rendered(article.version);
      await assertInert(p);
      assert.equal(await p.page.title(), article.title?.text);
      await assertQuiet(p);
    } finally {
      await p.close();
    }
  });

  test('the HTML: one nonce script, the CSP as documented, the state escaped', () => {
    const nonce = 'abcdefghijklmnopqrstuvwx';
    const state = { source: 'file:///a"b<c>.seed.txt', locked: false, remoteImages: false, article: modelOf(text) };
    const html = buildPreviewHtml({ cspSource: 'https://x.vscode-cdn.net', nonce, scriptUri: 'https://x.vscode-cdn.net/p.js', styleUri: 'https://x.vscode-cdn.net/p.css', state });
    assert.match(html, /content="default-src &#39;none&#39;; script-src &#39;nonce-abcdefghijklmnopqrstuvwx&#39;; style-src https:\/\/x\.vscode-cdn\.net; img-src https:\/\/x\.vscode-cdn\.net; base-uri &#39;none&#39;; form-action &#39;none&#39;"/);
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.match(html, /<script nonce="abcdefghijklmnopqrstuvwx" src="https:\/\/x\.vscode-cdn\.net\/p\.js"><\/script>/);
    const attr = /data-state="([^"]*)"/.exec(html)?.[1] ?? '';
    assert.doesNotMatch(attr, /[<>"']/);
    assert.equal(previewCsp('https://x', nonce, true).includes("img-src https://x https:"), true);
    assert.equal(previewCsp("'self' https://*.vscode-cdn.net", nonce, false).includes("style-src 'self' https://*.vscode-cdn.net; img-src 'self' https://*.vscode-cdn.net;"), true);
    assert.throws(() => previewCsp("https://x; script-src 'unsafe-inline'", nonce, false));
    assert.throws(() => previewCsp("'unsafe-inline'", nonce, false));
    assert.throws(() => previewCsp('https://x,https://y', nonce, false));
    assert.throws(() => previewCsp('https://x', 'short', false));
  });
});

/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Loads the preview page in headless Chromium exactly as the extension builds it (client/src/preview/html.ts,
// dist/webview/preview.js, media/preview.css), served from a fake webview origin through page.route.
// Every request that is not for the page's own files is recorded (and aborted unless a test allows
// images); CSP violations, dialogs, console output and page errors are recorded too.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildPreviewHtml } from '../../client/src/preview/html';
import type { PreviewArticle, PreviewState, ToHost, ToPage } from '../../client/webview/messages';
import { createLanguageService } from '../../server/src/service/index';
import { DEFAULT_STYLES, THEMES, type Theme } from './vscode-webview';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const ORIGIN = 'https://seed-preview.test';
/** What code-server gives as webview.cspSource; 'self' is the page's own (fake) origin here. */
export const CSP_SOURCE = "'self' https://*.vscode-cdn.net";
export const TODAY = '2026-11-23';
export const SEEDS = ['000_845d92889121c476', '001_c9c409a3a965c312', '002_cd69dee8f1a92494', '003_ef4f30e95cfa6dd9', '004_cbce871e3f87f1ce'];

const CHROMIUM = process.env.SEED_CHROMIUM ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export function seedText(n: number): string {
  return fs.readFileSync(path.join(ROOT, 'samples', `${SEEDS[n]}.seed.txt`), 'utf8');
}

let version = 0;
/** The server's model of `text`, as seed/previewModel returns it. */
export function modelOf(text: string, uri = 'file:///work/article.seed.txt'): PreviewArticle {
  const svc = createLanguageService({ today: () => TODAY });
  const v = ++version;
  return svc.getPreviewModel({ uri, version: v, getText: () => text });
}

export { THEMES, type Theme };

export interface OpenOptions {
  readonly article?: PreviewArticle | undefined;
  readonly source?: string;
  readonly remoteImages?: boolean;
  readonly locked?: boolean;
  readonly line?: number;
  readonly theme?: Theme;
  readonly viewport?: { width: number; height: number };
}

/** What happened in the page that the tests assert on. */
export interface Recorder {
  /** requests for anything but the page's own three files */
  readonly outside: string[];
  readonly dialogs: string[];
  readonly console: string[];
  readonly pageErrors: string[];
}

export interface PreviewPage {
  readonly page: Page;
  readonly html: string;
  readonly nonce: string;
  readonly recorder: Recorder;
  /** messages the page posted to the host, in order */
  posted(): Promise<ToHost[]>;
  /** `securitypolicyviolation` events seen in the page */
  violations(): Promise<string[]>;
  send(message: ToPage): Promise<void>;
  /** resolves when the page has posted `rendered` for this version */
  rendered(version: number): Promise<void>;
  close(): Promise<void>;
}

/** A 1×1 transparent PNG, served for allowed remote images. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

export async function openPreview(browser: Browser, o: OpenOptions = {}): Promise<PreviewPage> {
  const source = o.source ?? o.article?.uri ?? 'file:///work/article.seed.txt';
  const state: PreviewState = { source, article: o.article, locked: o.locked ?? false, remoteImages: o.remoteImages ?? false, line: o.line };
  const nonce = randomBytes(18).toString('base64');
  const html = buildPreviewHtml({
    cspSource: CSP_SOURCE, nonce, state,
    scriptUri: `${ORIGIN}/dist/webview/preview.js`, styleUri: `${ORIGIN}/media/preview.css`,
  });
  const context = await browser.newContext({ viewport: o.viewport ?? { width: 900, height: 700 } });
  const page = await context.newPage();
  const recorder: Recorder = { outside: [], dialogs: [], console: [], pageErrors: [] };
  const files: Record<string, [string, string | Buffer]> = {
    // VS Code's default webview styles come first, before the page's CSP (so it does not apply to them)
    [`${ORIGIN}/index.html`]: ['text/html; charset=utf-8', html.replace('<head>\n', `<head>\n<style id="_defaultStyles">${DEFAULT_STYLES}</style>\n`)],
    [`${ORIGIN}/dist/webview/preview.js`]: ['text/javascript; charset=utf-8', fs.readFileSync(path.join(ROOT, 'dist', 'webview', 'preview.js'))],
    [`${ORIGIN}/media/preview.css`]: ['text/css; charset=utf-8', fs.readFileSync(path.join(ROOT, 'media', 'preview.css'))],
  };
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    const file = files[url];
    if (file) return route.fulfill({ status: 200, contentType: file[0], body: file[1] });
    recorder.outside.push(url);
    if (o.remoteImages && route.request().resourceType() === 'image') return route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
    return route.abort('blockedbyclient');
  });
  page.on('dialog', (d) => { recorder.dialogs.push(`${d.type()}: ${d.message()}`); void d.dismiss(); });
  page.on('console', (m) => recorder.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => recorder.pageErrors.push(String(e)));
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const posted: unknown[] = [];
    const violations: string[] = [];
    let saved: unknown;
    w.__seedPosted = posted;
    w.__seedViolations = violations;
    w.__seedState = () => saved;
    document.addEventListener('securitypolicyviolation', (e) => {
      violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
    w.acquireVsCodeApi = () => ({
      postMessage: (m: unknown) => { posted.push(JSON.parse(JSON.stringify(m))); },
      getState: () => saved,
      setState: (s: unknown) => { saved = s; },
    });
  });
  await page.goto(`${ORIGIN}/index.html`);
  if (o.theme) await applyTheme(page, o.theme);
  const violations = () => page.evaluate(() => (window as unknown as { __seedViolations: string[] }).__seedViolations).catch(() => ['(the page is gone)']);
  /** A wait that fails with what the page did instead (CSP violations, errors, requests, navigation). */
  const waitFor = async (what: string, wait: Promise<unknown>) => {
    try {
      await wait;
    } catch (err) {
      throw new Error(`${what}: ${String(err)}\nurl: ${page.url()}\nviolations: ${(await violations()).join('; ')}\nrecorded: ${JSON.stringify(recorder)}`);
    }
  };
  await waitFor('the page never said ready', page.waitForFunction(() => ((window as unknown as { __seedPosted: { type: string }[] }).__seedPosted).some((m) => m.type === 'ready'), undefined, { timeout: 10_000 }));
  return {
    page, html, nonce, recorder, violations,
    posted: () => page.evaluate(() => (window as unknown as { __seedPosted: ToHost[] }).__seedPosted),
    send: (message) => page.evaluate((m) => window.postMessage(m, '*'), message),
    rendered: (v) => waitFor(`version ${v} was never rendered`, page.waitForFunction((ver) => ((window as unknown as { __seedPosted: { type: string; version?: number }[] }).__seedPosted)
      .some((m) => m.type === 'rendered' && m.version === ver), v, { timeout: 10_000 })),
    close: () => context.close(),
  };
}

/** What VS Code does for a theme: the body classes and the --vscode-* variables on <html> (unset ones removed). */
export async function applyTheme(page: Page, theme: Theme): Promise<void> {
  const t = THEMES[theme];
  await page.evaluate(({ cls, vars }) => {
    document.body.classList.remove('vscode-light', 'vscode-dark', 'vscode-high-contrast', 'vscode-high-contrast-light');
    document.body.classList.add(...cls.split(' '));
    for (const [k, v] of Object.entries(vars)) {
      if (v === null) document.documentElement.style.removeProperty(k);
      else document.documentElement.style.setProperty(k, v);
    }
  }, { cls: t.class, vars: t.vars as Record<string, string | null> });
}

/** The page is clean: no CSP violation, dialog, console output, page error or request that left it. */
export async function assertQuiet(p: PreviewPage, allowOutside: (url: string) => boolean = () => false): Promise<void> {
  const problems = [
    ...(await p.violations()).map((v) => `CSP violation: ${v}`),
    ...p.recorder.dialogs.map((d) => `dialog: ${d}`),
    ...p.recorder.console.map((c) => `console: ${c}`),
    ...p.recorder.pageErrors.map((e) => `page error: ${e}`),
    ...p.recorder.outside.filter((u) => !allowOutside(u)).map((u) => `request left the page: ${u}`),
  ];
  if (problems.length) throw new Error(`the preview page was not quiet:\n${problems.join('\n')}`);
}

#!/usr/bin/env node
// Runs an extension's mocha suite inside a REAL VS Code: code-server serves the workbench on loopback,
// headless Chromium opens it with the same `payload` URL parameter VS Code's own browser integration
// tests use, and the workbench loads the extension from source and require()s the test runner in the
// (node) extension host. It is the offline stand-in for @vscode/test-electron's runTests().
//
//   node run-tests.mjs --extensionDevelopmentPath DIR --extensionTestsPath FILE [--folder DIR]
//        [--timeout SECONDS] [--env K=V ...] [--screenshot FILE.png] [--artifacts DIR]
//        [--verbose] [--all-logs] [--disable-extensions]
//
// Exit: 0 the suite passed, 1 a test failed (or the runner did not load, or no test ran),
//       2 infrastructure: code-server, the browser or the deadline failed.
// The last output line before the driver's own is `N passed, N failed`.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { remoteAuthority, remoteUri, startCodeServer } from './code-server.mjs';
import { makeRunDirs } from './tempdirs.mjs';

const { values: opt } = parseArgs({
  options: {
    extensionDevelopmentPath: { type: 'string' },
    extensionTestsPath: { type: 'string' },
    folder: { type: 'string' },
    timeout: { type: 'string', default: '120' },
    env: { type: 'string', multiple: true, default: [] },
    screenshot: { type: 'string' },
    artifacts: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    'all-logs': { type: 'boolean', default: false },
    'disable-extensions': { type: 'boolean', default: false },
  },
});
if (!opt.extensionDevelopmentPath || !opt.extensionTestsPath) {
  console.error('usage: run-tests.mjs --extensionDevelopmentPath DIR --extensionTestsPath FILE [--folder DIR] [--timeout S] [--env K=V]');
  process.exit(2);
}

const t0 = Date.now();
const say = (msg) => console.log(`[driver +${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
// The runner (suite/index.ts) prefixes every console line of the tests with this tag, so that we can
// tell them apart from the workbench's own log records, which arrive through the same channel.
const TAG = '[seed-e2e] ';
// Workbench errors that every run here logs and that say nothing about the extension: with no network and
// no GitHub sign-in, the workbench's account lookup times out and its pending remote calls are cancelled.
const OFFLINE_NOISE = [/Timed out waiting for authentication provider 'github'/, /^Canceled: Canceled/];
const artifacts = opt.artifacts ? path.resolve(opt.artifacts) : undefined;
if (artifacts) { fs.mkdirSync(artifacts, { recursive: true }); }
const keep = (name, text) => { if (artifacts) { fs.appendFileSync(path.join(artifacts, name), text); } };

const dirs = makeRunDirs();
let server; let browser; let cleaning;

// Idempotent: a Ctrl-C reaches both run.mjs (which forwards it) and us, and the second signal must wait
// for the same cleanup instead of exiting halfway through it.
function cleanup() {
  cleaning ??= (async () => {
    await browser?.close().catch(() => {});
    await server?.stop({ graceMs: artifacts ? 3000 : 0 });
    if (artifacts && server) {
      try {
        fs.copyFileSync(server.logFile, path.join(artifacts, 'code-server.log'));
        // the server side's own logs: remote extension host (our extension and tests), remote agent, ...
        fs.cpSync(path.join(dirs.userData, 'logs'), path.join(artifacts, 'server-logs'), { recursive: true, force: true });
      } catch (e) { say(`artifacts incomplete: ${e.message}`); }
    }
    dirs.remove();
  })();
  return cleaning;
}
let interrupted = false;
for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(sig, () => { interrupted = true; say(`${sig}: stopping`); cleanup().finally(() => process.exit(code)); });
}
// last resort (an exit without cleanup): at least no temp folder stays behind
process.on('exit', () => { try { dirs.remove(); } catch { /* best effort */ } });

/** Runs the suite; resolves to the exit code. */
async function main() {
  const extEnv = {
    VSCODE_TEST_LOG_TAG: TAG,
    ...Object.fromEntries(opt.env.map((kv) => { const i = kv.indexOf('='); return [kv.slice(0, i), kv.slice(i + 1)]; })),
  };
  server = await startCodeServer(dirs, {
    // the remote extension host inherits the server's environment (the payload's extensionEnvironment
    // below is the documented route, this one also works with older servers)
    env: extEnv,
    onOutput: opt.verbose ? (s) => process.stdout.write(`[code-server] ${s}`) : undefined,
  });
  say(`code-server up on ${server.base}`);

  const authority = await remoteAuthority(server.base);
  const testsPath = path.resolve(opt.extensionTestsPath).replace(/\.js$/, '');
  const payload = [
    ['extensionDevelopmentPath', remoteUri(authority, path.resolve(opt.extensionDevelopmentPath))],
    ['extensionTestsPath', remoteUri(authority, testsPath)],
    ['extensionEnvironment', JSON.stringify(extEnv)],
    ['skipWelcome', 'true'],
    ...(opt['disable-extensions'] ? [['disableExtensions', 'true']] : []),
  ];
  const where = opt.folder ? `folder=${encodeURIComponent(path.resolve(opt.folder))}` : 'ew=true';
  const url = `${server.base}/?${where}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  browser = await launchBrowser(dirs);
  const page = browser.pages()[0] ?? await browser.newPage();
  let summary; let firstOutput = false;

  // The workbench calls these two while it runs extension tests; they must exist before it loads.
  //  codeAutomationLog(level, args): every log record, the extension host's console included
  //  codeAutomationExit(code, logs): once run() settled (0 resolved, 1 rejected), with the log files
  const finished = new Promise((resolve) => {
    page.exposeFunction('codeAutomationLog', (level, args) => {
      const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      const at = text.indexOf(TAG);
      if (at < 0) {
        keep('workbench.log', `[${level}] ${text}\n`);
        // Errors matter even when untagged, e.g. "Cannot find module <extensionTestsPath>": show their first
        // line (the stack is in --artifacts), except the ones every offline run has.
        if (opt['all-logs']) { console.log(`[workbench ${level}] ${text}`); }
        else if (level === 'error' && !OFFLINE_NOISE.some((re) => re.test(text))) { console.log(`[workbench error] ${text.split('\n')[0]}`); }
        return;
      }
      if (!firstOutput) { firstOutput = true; say('first test output: workbench, extension host and runner are up'); }
      const line = text.slice(at + TAG.length);
      keep('tests.log', `${line}\n`);
      const m = /^MOCHA_SUMMARY (\{.*\})$/.exec(line);
      if (m) { summary = JSON.parse(m[1]); } else { (level === 'error' ? console.error : console.log)(line); }
    });
    page.exposeFunction('codeAutomationExit', (code, logs) => {
      for (const l of (artifacts && Array.isArray(logs) ? logs : [])) {
        const f = path.join(artifacts, 'logs', l.relativePath);
        fs.mkdirSync(path.dirname(f), { recursive: true });
        fs.writeFileSync(f, l.contents);
      }
      resolve({ code });
    });
  });
  page.on('console', (m) => {
    keep('browser-console.log', `[${m.type()}] ${m.text()}\n`);
    if (opt.verbose) { console.log(`[browser ${m.type()}] ${m.text()}`); }
  });
  page.on('pageerror', (e) => console.log(`[browser pageerror] ${e.message}`));
  const crashed = new Promise((resolve) => page.on('crash', () => resolve({ infra: 'the page crashed' })));
  const serverDied = server.died.then((how) => ({ infra: `code-server exited (${how})` }));
  let timer;
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ infra: `no result after ${opt.timeout}s` }), Number(opt.timeout) * 1000);
  });

  say('opening the workbench');
  await page.goto(url);
  const outcome = await Promise.race([finished, crashed, serverDied, deadline]);
  clearTimeout(timer);

  const shots = [opt.screenshot, artifacts && path.join(artifacts, 'workbench.png')].filter(Boolean);
  for (const file of shots) { await page.screenshot({ path: file }).catch((e) => say(`screenshot failed: ${e.message}`)); }

  if (outcome.infra) { say(outcome.infra); return 2; }
  say(`tests finished, extension host exit code ${outcome.code}`);
  if (!summary) {
    console.log('no test summary: the runner did not load or did not report (see the workbench errors above)');
    return outcome.code === 0 ? 0 : 1;
  }
  console.log(`${summary.passes} passed, ${summary.failures} failed${summary.pending ? `, ${summary.pending} skipped` : ''}`);
  if (outcome.code === 0 && summary.passes + summary.failures === 0) { say('no test ran (MOCHA_GREP?)'); return 1; }
  return outcome.code === 0 ? 0 : 1;
}

let exitCode = 2;
try {
  exitCode = await main();
} catch (err) {
  // after a signal, the browser closing under a pending call is expected, not news
  if (!interrupted) { console.error('[driver] error:', err); }
  exitCode = 2;
} finally {
  await cleanup();
}
say(`exit ${exitCode}`);
process.exit(exitCode);

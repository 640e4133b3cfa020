// `npm start` (after `npm run build`): the product on samples/.
//  1. seed-check over samples/ (the five real articles are clean, samples/broken/ shows what it finds);
//  2. the extension in a real VS Code on samples/:
//     - the desktop `code` when it is installed and can show a window:
//         code --extensionDevelopmentPath=<repo> samples/
//     - otherwise the browser VS Code: code-server from .vscode-test/ (test/e2e/install.sh installs it on
//       first use, ~3-4 min) on 127.0.0.1 with the extension loaded from this working tree (the same
//       extensionDevelopmentPath payload route as the e2e driver). It prints the address to open and stays
//       up until Ctrl-C, then kills code-server's process group and removes its temp profile.
//
//   node scripts/start.mjs [--check-only] [--browser | --desktop] [--port N]
//   SEED_START_NO_EDITOR=1     only the check (as --check-only); also implied when CI is set
//   SEED_START_EDITOR=browser|desktop   pick the editor (browser forces code-server, also under CI)
//   SEED_START_PORT=N          code-server's port (default: a free one)
// Exit: the check's problems do not fail it (this is a demo); 2 when the check could not run or the editor
// could not start, 1 when code-server died while serving.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = path.join(REPO, 'samples');
const say = (msg) => console.log(`[start] ${msg}`);
const yes = (v) => !!v && !/^(0|false|no|off)$/i.test(v);

let opt;
try {
  ({ values: opt } = parseArgs({
    options: {
      'check-only': { type: 'boolean', default: false },
      browser: { type: 'boolean', default: false },
      desktop: { type: 'boolean', default: false },
      port: { type: 'string' },
    },
  }));
} catch (e) {
  console.error(`[start] ${e.message}\nusage: node scripts/start.mjs [--check-only] [--browser | --desktop] [--port N]`);
  process.exit(2);
}

// 1) the check, first and always
const checker = path.join(REPO, 'dist', 'cli', 'seed-check.js');
if (!fs.existsSync(checker)) {
  console.error('[start] dist/ is missing: run `npm run build` first (`npm start` does)');
  process.exit(2);
}
const r = spawnSync(process.execPath, [checker, 'samples/'], { stdio: 'inherit', cwd: REPO });
if (r.status === 2 || r.status === null) { process.exit(2); }
console.log('\nThe real articles in samples/ are clean; every problem above is in samples/broken/.\n');

// 2) the editor
const wanted = opt.browser ? 'browser' : opt.desktop ? 'desktop' : (process.env.SEED_START_EDITOR ?? '').toLowerCase();
if (wanted && wanted !== 'browser' && wanted !== 'desktop') {
  console.error(`[start] SEED_START_EDITOR=${wanted}: expected browser or desktop`);
  process.exit(2);
}
if (opt['check-only'] || yes(process.env.SEED_START_NO_EDITOR)) { process.exit(0); }
if (yes(process.env.CI) && !wanted) {
  // A CI job would wait forever for a Ctrl-C that never comes.
  say('CI is set: not starting an editor (SEED_START_EDITOR=browser forces one)');
  process.exit(0);
}

/** The desktop `code` launcher on PATH, when there is one that can open a window here. */
function desktopCode() {
  const names = process.platform === 'win32' ? ['code.cmd', 'code.exe'] : ['code'];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const n of names) {
      const f = path.join(dir, n);
      try { fs.accessSync(f, fs.constants.X_OK); if (fs.statSync(f).isFile()) { return f; } } catch { /* next */ }
    }
  }
  return undefined;
}
const code = wanted === 'browser' ? undefined : desktopCode();
// Linux without a display cannot show the desktop window, unless `code` is VS Code's remote CLI
// (a terminal inside VS Code), which opens the window on the client.
const canShow = process.platform !== 'linux' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.env.VSCODE_IPC_HOOK_CLI);
if (wanted === 'desktop' && !code) { console.error('[start] --desktop: no `code` on PATH'); process.exit(2); }

if (code && (canShow || wanted === 'desktop')) {
  say(`desktop VS Code: ${code} --extensionDevelopmentPath=${REPO} samples/`);
  // The launcher starts (or reuses) VS Code and returns; VS Code's window is not our child.
  const c = spawnSync(code, [`--extensionDevelopmentPath=${REPO}`, SAMPLES], { stdio: ['ignore', 'inherit', 'inherit'], cwd: REPO, shell: process.platform === 'win32' });
  process.exit(c.status === 0 ? 0 : 2);
}
if (code) { say(`\`code\` is on PATH but there is no display: using the browser VS Code instead (--desktop forces it)`); }

await startBrowserEditor();

async function startBrowserEditor() {
  // The driver modules are imported only here: --check-only must work without playwright/code-server.
  const { ensureCodeServer } = await import('../test/e2e/driver/install.mjs');
  const { startDevWorkbench } = await import('../test/e2e/driver/dev-workbench.mjs');
  const { CODE_SERVER_DIR } = await import('../test/e2e/driver/config.mjs');
  const main = path.join(REPO, JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).main);
  if (!fs.existsSync(main)) { console.error(`[start] ${path.relative(REPO, main)} is missing: run \`npm run build\``); process.exit(2); }
  try {
    ensureCodeServer({ say });
  } catch (e) {
    console.error(`[start] ${e.message}`);
    process.exit(2);
  }

  const port = opt.port ?? process.env.SEED_START_PORT;
  say('starting code-server (the browser VS Code) on 127.0.0.1 ...');
  let wb;
  let stopping;
  /** Stops code-server (its whole process group) and removes the temp profile, then exits. */
  const shutdown = async (why, exitCode) => {
    if (stopping) { return; }
    stopping = { why, exitCode };
    if (!wb) { return; } // still starting: the startup path below finishes the job
    say(`${why}: stopping code-server`);
    try { await wb.stop(); } catch (e) { console.error(`[start] cleanup: ${e.message}`); }
    process.exit(exitCode);
  };
  for (const [sig, exitCode] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.on(sig, () => { void shutdown(sig, exitCode); });
  }
  try {
    wb = await startDevWorkbench({ extensionDevelopmentPath: REPO, folder: SAMPLES, port });
  } catch (e) {
    console.error(`[start] code-server did not start: ${e.message}`);
    process.exit(stopping?.exitCode ?? 2);
  }
  if (stopping) { // a signal arrived during startup
    say(`${stopping.why}: stopping code-server`);
    await wb.stop();
    process.exit(stopping.exitCode);
  }
  const version = JSON.parse(fs.readFileSync(path.join(CODE_SERVER_DIR, 'package.json'), 'utf8')).version;
  console.log([
    '',
    `Seed in the browser VS Code (code-server ${version}), samples/ open, the extension loaded from ${REPO}:`,
    '',
    `    ${wb.url}`,
    '',
    'Open the whole address: its payload parameter is what loads the extension (the window title says',
    '"[Extension Development Host]"). It listens on 127.0.0.1 only; from another machine forward the port',
    `(ssh -L ${new URL(wb.url).port}:127.0.0.1:${new URL(wb.url).port} ...). After a rebuild, reload the page (Developer: Reload Window).`,
    `Settings and state live in ${wb.dirs.root} and are removed on exit. Ctrl-C stops it.`,
    '',
  ].join('\n'));
  const how = await wb.server.died;
  if (!stopping) {
    let tail = '';
    try { tail = fs.readFileSync(wb.server.logFile, 'utf8').split('\n').slice(-20).join('\n'); } catch { /* gone */ }
    console.error(`[start] code-server exited (${how}); the end of its log:\n${tail}`);
    await shutdown('code-server exited', 1);
  }
}

#!/usr/bin/env node
// `npm run test:e2e`: the extension's e2e suite in a real VS Code (code-server + headless Chromium), offline.
// Expects `npm run build` done (dist/ bundles and out/test/e2e/). Extra arguments go to the driver,
// e.g. `node test/e2e/run.mjs --screenshot /tmp/end.png --artifacts /tmp/e2e`; MOCHA_GREP=... narrows the run.
// Exit code: the driver's (0 passed, 1 failed, 2 infrastructure).
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO, CODE_SERVER_DIR } from './driver/config.mjs';

const here = path.join(REPO, 'test', 'e2e');
const fail = (msg) => { console.error(`[e2e] ${msg}`); process.exit(2); };

// (a) install once; install.sh itself is idempotent, the check here only saves starting bash.
const installed = fs.existsSync(path.join(REPO, '.vscode-test', 'code-server', '.installed'))
  && fs.existsSync(path.join(CODE_SERVER_DIR, 'out', 'node', 'entry.js'));
if (!installed) {
  console.log('[e2e] first run: installing code-server and node 24 into .vscode-test/ (about 3-4 minutes)');
  const r = spawnSync('bash', [path.join(here, 'install.sh')], { stdio: 'inherit' });
  if (r.status !== 0) { fail(`install.sh failed (exit ${r.status})`); }
}

const runner = path.join(REPO, 'out', 'test', 'e2e', 'suite', 'index.js');
const main = path.join(REPO, JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).main);
for (const f of [main, runner]) {
  if (!fs.existsSync(f)) { fail(`${path.relative(REPO, f)} is missing: run \`npm run build\` first`); }
}

// (b) the driver, against the repo as the extension under development
const driverArgs = [
  path.join(here, 'driver', 'run-tests.mjs'),
  '--extensionDevelopmentPath', REPO,
  '--extensionTestsPath', runner,
  '--folder', path.join(here, 'workspace'),
  '--timeout', '300',
  ...(process.env.MOCHA_GREP ? ['--env', `MOCHA_GREP=${process.env.MOCHA_GREP}`] : []),
  ...process.argv.slice(2),
];

// Offline for sure: a private network namespace with only loopback, when we may create one (root, or
// user namespaces allowed). unshare execs sh, which execs node: the child pid is the driver itself, so
// signals we forward reach it directly. Otherwise run on the host network (the driver only uses 127.0.0.1).
const canUnshare = spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up'], { stdio: 'ignore' }).status === 0;
const [cmd, args] = canUnshare
  ? ['unshare', ['-n', 'sh', '-c', 'ip link set lo up && exec "$@"', 'sh', process.execPath, ...driverArgs]]
  : [process.execPath, driverArgs];
if (!canUnshare) { console.log('[e2e] unshare -n not allowed here: running on the host network'); }

const child = spawn(cmd, args, { stdio: 'inherit', cwd: REPO });
for (const sig of ['SIGINT', 'SIGTERM']) { process.on(sig, () => child.kill(sig)); }
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 2 : 0)));
